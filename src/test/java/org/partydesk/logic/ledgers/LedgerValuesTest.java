package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partydesk.model.Gender;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.logic.ledgers.LedgerValues.EDUCATION;
import static org.partydesk.logic.ledgers.LedgerValues.ETHNICITY;
import static org.partydesk.logic.ledgers.LedgerValues.GENDER;
import static org.partydesk.logic.ledgers.LedgerValues.JOB_CATEGORY;
import static org.partydesk.logic.ledgers.LedgerValues.PARTY_STANDING;

/** The value tables (resources under values/) and how the roster rule reads the standing columns by value. */
class LedgerValuesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final String ID = "420102198503171235";

    @Test
    void codesOfOtherSystemsAreDroppedBeforeTheLookup() {
        assertThat(LedgerValues.lookup(GENDER, "95_男")).contains("男");
        assertThat(LedgerValues.lookup(GENDER, "女性")).contains("女");
        assertThat(LedgerValues.lookup(PARTY_STANDING, "223_正式党员")).contains("正式党员");
        assertThat(LedgerValues.lookup(PARTY_STANDING, "中共预备党员")).contains("预备党员");
        assertThat(LedgerValues.lookup(JOB_CATEGORY, "011 公务员")).contains("公务员");
        assertThat(LedgerValues.normalise(ETHNICITY, "868_汉族")).isEqualTo("汉族");
        assertThat(LedgerValues.normalise(ETHNICITY, "01 朝鲜族")).isEqualTo("朝鲜族");
        assertThat(LedgerValues.normalise(ETHNICITY, "回")).isEqualTo("回族");
        assertThat(LedgerValues.normalise(EDUCATION, "21 大学")).isEqualTo("大学本科");
        assertThat(LedgerValues.normalise(EDUCATION, "在职研究生")).isEqualTo("在职研究生");
        assertThat(LedgerValues.normalise(EDUCATION, "硕士研究生")).isEqualTo("硕士研究生");
        assertThat(LedgerValues.normalise(EDUCATION, "硕士")).isEqualTo("硕士研究生");
        assertThat(LedgerValues.withoutCode("2025 年度")).isNull();
        assertThat(LedgerValues.withoutCode("2025年")).isNull();
    }

    @Test
    void nothingWrittenAnyWayIsBlankInEveryColumn() {
        for (String nothing : new String[] {"无", "—", "/", "／", "空", " - ", "——"}) {
            assertThat(LedgerCell.text(nothing).clean()).as(nothing).isNull();
            assertThat(LedgerCell.text(nothing).tidy()).as(nothing).isNull();
        }
        assertThat(LedgerCell.text("无锡").clean()).isEqualTo("无锡");
        assertThat(LedgerDates.parse(LedgerCell.text("—"))).isNull();
        assertThat(MeetingLedger.names(LedgerCell.text("无"))).isEmpty();
    }

    @Test
    void politicalStatusGivesTheStandingAndAProbationaryMemberStaysProbationary() {
        var r = MemberLedger.validate(row("政治面貌", "中共预备党员", "人员类别", "公务员"), TODAY);
        assertThat(r.problems()).isEmpty();
        assertThat(r.entry().status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(r.entry().jobTitle()).isEqualTo("公务员");
        assertThat(r.entry().gender()).isEqualTo(Gender.MALE);
        assertThat(r.entry().ethnicity()).isEqualTo("汉族");
        assertThat(r.entry().education()).isEqualTo("大学本科");

        var full = MemberLedger.validate(row("政治面貌", "中共党员", "人员类别", "离退休"), TODAY);
        assertThat(full.entry().status()).isEqualTo(MemberStatus.FULL);
        assertThat(full.entry().category()).isEqualTo(MemberCategory.RETIRED);
        assertThat(full.entry().jobTitle()).isNull();
    }

    @Test
    void aJobCategoryBesideAJobTitleIsNamedAndNotMistakenForAStanding() {
        Map<String, LedgerCell> cells = row("人员类别", "事业编制", "政治面貌", "223_正式党员");
        cells.put(MemberLedger.JOB_TITLE, LedgerCell.text("科员"));
        var r = MemberLedger.validate(cells, TODAY);
        assertThat(r.entry().status()).isEqualTo(MemberStatus.FULL);
        assertThat(r.entry().jobTitle()).isEqualTo("科员");
        assertThat(r.problems()).extracting(CellProblem::reason)
                .containsExactly("“事业编制”是编制或岗位类别，不是党员类别；已有职务“科员”，未另行记录");
    }

    @Test
    void contradictionsAndNonMembersAreRefused() {
        Map<String, LedgerCell> cells = row("政治面貌", "中共预备党员", "人员类别", "正式党员");
        cells.put(MemberLedger.STATUS, LedgerCell.text("正式党员"));
        assertThat(MemberLedger.validate(cells, TODAY).problems()).extracting(CellProblem::reason)
                .containsExactly("政治面貌“中共预备党员”与党员类别（正式党员）不一致，请核对是正式党员还是预备党员");
        assertThat(MemberLedger.validate(row("政治面貌", "共青团员", "人员类别", "在职"), TODAY).problems())
                .extracting(CellProblem::reason).containsExactly("政治面貌为“共青团员”，不是中共党员；花名册只收党员，该行不导入");
        assertThat(MemberLedger.validate(row("政治面貌", "中共党员", "人员类别", "临时工"), TODAY).problems())
                .extracting(CellProblem::reason).containsExactly("人员类别“临时工”既不是党员类别（正式党员、预备党员）、"
                        + "人员状态（在职、离退休、流动），也不是常见的编制类别（公务员、事业编制 等），未记录");
    }

    @Test
    void commendationLevelsAreOneTierEach() {
        for (String national : new String[] {"国家级", "全国", "中央"}) {
            assertThat(CommendationLedger.level(national)).as(national).isEqualTo(org.partydesk.model.CommendationLevel.NATIONAL);
        }
        for (String provincial : new String[] {"省级", "省部级", "部级", "国家部委级", "02_省部级"}) {
            assertThat(CommendationLedger.level(provincial)).as(provincial).isEqualTo(org.partydesk.model.CommendationLevel.PROVINCIAL);
        }
        for (String municipal : new String[] {"市级", "地市级"}) {
            assertThat(CommendationLedger.level(municipal)).as(municipal).isEqualTo(org.partydesk.model.CommendationLevel.MUNICIPAL);
        }
        assertThat(CommendationLedger.level("厅局级")).isEqualTo(org.partydesk.model.CommendationLevel.BUREAU);
        assertThat(CommendationLedger.level("乡镇级")).isNull();
    }

    private static Map<String, LedgerCell> row(String h1, String v1, String h2, String v2) {
        Map<String, LedgerCell> cells = new HashMap<>();
        cells.put(MemberLedger.NAME, LedgerCell.text("张三"));
        cells.put(MemberLedger.ID_NUMBER, LedgerCell.text(ID));
        cells.put(MemberLedger.BRANCH, LedgerCell.text("第一党支部"));
        cells.put(MemberLedger.GENDER, LedgerCell.text("95_男"));
        cells.put(MemberLedger.ETHNICITY, LedgerCell.text("868_汉族"));
        cells.put(MemberLedger.EDUCATION, LedgerCell.text("21 大学"));
        cells.put(MemberLedger.COLUMNS.match(h1).orElseThrow().key(), LedgerCell.text(v1));
        cells.put(MemberLedger.COLUMNS.match(h2).orElseThrow().key(), LedgerCell.text(v2));
        return cells;
    }
}
