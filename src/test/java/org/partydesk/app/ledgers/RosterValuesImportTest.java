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
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A roster exported by another party-building system, into an empty database: coded values ("95_男",
 * "868_汉族", "21 大学"), 政治面貌 holding the party standing, 人员类别 holding the job category, and 无 / — for
 * nothing.
 */
class RosterValuesImportTest extends EmptyDatabaseTest {
    static final String ZHANG = id("42010219850317123");
    static final String LI = id("42010219900101234");
    static final String WANG = id("11010519491231002");

    static SheetMaker exported() {
        return new SheetMaker()
                .row("党员信息导出")
                .row("序号", "姓名", "性别", "民族", "身份证号", "学历", "政治面貌", "人员类别", "所在党支部", "职务", "联系电话", "党内职务")
                .row(1, "张三", "95_男", "868_汉族", ZHANG, "21 大学", "中共党员", "011 公务员", "第一党支部", "无", "—", "无")
                .row(2, "李四", "96_女", "868_汉族", LI, "研究生", "中共预备党员", "事业编制", "第一党支部", "科员", "/", "组织委员")
                .row(3, "王五", "女性", "03 回", WANG, "31 专科", "223_中共党员", "离退休", "第一党支部", null, null, null);
    }

    @Test
    void codedValuesPoliticalStatusAndJobCategoriesAreStoredAsTheyMean() throws Exception {
        for (Path file : new Path[] {exported().xlsx(dir.resolve("导出.xlsx")), exported().xls(dir.resolve("导出.xls"))}) {
            LedgerImport im = LedgerImport.members(ws, file);
            LedgerImport.Preview p = im.preview();
            assertThat(p.errors()).isEmpty();
            assertThat(p.warnings()).extracting(ImportMessage::text).filteredOn(t -> t.contains("行，"))
                    .containsExactly(file.getFileName()
                    + "，工作表“党员名册”，第4行，H列（人员类别）：“事业编制”是编制或岗位类别，不是党员类别；已有职务“科员”，未另行记录");
            im.apply(Progress.NONE);
        }
        Map<String, Member> byName = new MemberRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(Member::name, Function.identity()));
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
}
