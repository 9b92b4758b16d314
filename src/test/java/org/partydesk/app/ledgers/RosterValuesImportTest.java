package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rosters of other systems and clerks, into an empty database: coded values ("95_男", "868_汉族", "21 大学"),
 * 政治面貌 holding the party standing, 人员类别 holding the job category, and 无 / — for nothing. The files are
 * coded-values/党员信息导出.xlsx and .xls and political-status/人员信息表.xlsx under src/test/resources/ledgers.
 */
class RosterValuesImportTest extends EmptyDatabaseTest {
    private Map<String, Member> byName() {
        return new MemberRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(Member::name, Function.identity()));
    }

    @Test
    void codedValuesPoliticalStatusAndJobCategoriesAreStoredAsTheyMean() throws Exception {
        for (String name : new String[] {"党员信息导出.xlsx", "党员信息导出.xls"}) {
            Path file = ClerkFiles.copy(dir, "coded-values/" + name);
            LedgerImport im = LedgerImport.members(ws, file);
            LedgerImport.Preview p = im.preview();
            assertThat(p.errors()).isEmpty();
            assertThat(p.warnings()).extracting(ImportMessage::text).filteredOn(t -> t.contains("行，"))
                    .containsExactly(file.getFileName()
                    + "，工作表“党员名册”，第4行，H列（人员类别）：“事业编制”是编制或岗位类别，不是党员类别；已有职务“科员”，未另行记录");
            im.apply(Progress.NONE);
        }
        Map<String, Member> byName = byName();
        assertThat(byName).containsOnlyKeys("张三", "李四", "王五");
        Member zhang = byName.get("张三");
        assertThat(zhang.gender()).isEqualTo(Gender.MALE);
        assertThat(zhang.ethnicity()).isEqualTo("汉族");
        assertThat(zhang.education()).isEqualTo("大学本科");
        assertThat(zhang.status()).isEqualTo(MemberStatus.FULL);
        assertThat(zhang.jobTitle()).isEqualTo("公务员");
        assertThat(zhang.phone()).isNull();
        Member li = byName.get("李四");
        assertThat(li.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(li.gender()).isEqualTo(Gender.FEMALE);
        assertThat(li.jobTitle()).isEqualTo("科员");
        Member wang = byName.get("王五");
        assertThat(wang.ethnicity()).isEqualTo("回族");
        assertThat(wang.education()).isEqualTo("大专");
        assertThat(wang.status()).isEqualTo(MemberStatus.FULL);
        assertThat(wang.category()).isEqualTo(MemberCategory.RETIRED);
        assertThat(byName.values()).extracting(Member::name).doesNotContain("无");
    }

    @Test
    void aProbationaryMemberWhoseCategoryIsHisJobIsStoredAsProbationary() throws Exception {
        Path file = ClerkFiles.copy(dir, "political-status/人员信息表.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).isEmpty();
        Map<String, Member> byName = byName();
        assertThat(byName).containsOnlyKeys("张三", "李四", "王五");
        assertThat(byName.get("张三").status()).isEqualTo(MemberStatus.FULL);
        assertThat(byName.get("李四").status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(byName.get("王五").status()).isEqualTo(MemberStatus.FULL);
        assertThat(byName.values()).extracting(Member::jobTitle).containsExactlyInAnyOrder("公务员", "公务员", "事业编制");
        assertThat(byName.values()).extracting(Member::category).containsOnly(MemberCategory.ACTIVE);
    }
}
