package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partydesk.model.Cadence;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.PeriodKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure rules of the commendations and responsibility-list ledgers: periods, names, 序号, 时间节点. */
class CommendationAndResponsibilityRulesTest {
    @Test
    void periodsInEveryFormAndBackToText() {
        assertThat(CommendationLedger.period("2025年3月")).isEqualTo(new CommendationLedger.Period(PeriodKind.MONTH,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
        assertThat(CommendationLedger.period("2025.03")).isEqualTo(CommendationLedger.period("2025年3月"));
        assertThat(CommendationLedger.period("2025年3-4月")).isEqualTo(new CommendationLedger.Period(PeriodKind.TWO_MONTHS,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)));
        assertThat(CommendationLedger.period("2025年3月至4月").kind()).isEqualTo(PeriodKind.TWO_MONTHS);
        assertThat(CommendationLedger.period("2025年一季度")).isEqualTo(CommendationLedger.period("2025Q1"));
        assertThat(CommendationLedger.period("２０２５年第４季度").end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(CommendationLedger.period("2024年度").kind()).isEqualTo(PeriodKind.YEAR);
        assertThatThrownBy(() -> CommendationLedger.period("2025年3-5月")).hasMessage("评选期“2025年3-5月”的两个月份应相邻，如 2025年3-4月");
        assertThatThrownBy(() -> CommendationLedger.period("上半年"))
                .hasMessage("无法识别的评选期“上半年”，请写成 2025年3月、2025年3-4月、2025年第1季度 或 2025年度");
        for (String text : List.of("2025年3月", "2025年11-12月", "2025年第2季度", "2025年度")) {
            CommendationLedger.Period p = CommendationLedger.period(text);
            assertThat(CommendationLedger.periodText(p.kind(), p.start(), p.end())).isEqualTo(text);
        }
        assertThat(CommendationLedger.periodText(PeriodKind.MONTH, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 31))).isNull();
    }

    @Test
    void recipientsLevelsAndDocumentNumbers() {
        var row = CommendationLedger.validate(Map.of(
                CommendationLedger.TITLE, LedgerCell.text(" 优秀共产党员 "),
                CommendationLedger.LEVEL, LedgerCell.text("省部级"),
                CommendationLedger.RECIPIENTS, LedgerCell.text("张 三，王伟(第一党支部)、张三；李四"),
                CommendationLedger.AWARDED_ON, LedgerCell.date(LocalDate.of(2025, 6, 28)),
                CommendationLedger.DOCUMENT_NUMBER, LedgerCell.text("省直工委［2025］ 12号")), LocalDate.of(2026, 1, 1));
        assertThat(row.problems()).isEmpty();
        assertThat(row.entry().level()).isEqualTo(CommendationLevel.PROVINCIAL);
        assertThat(row.entry().recipients()).extracting(CommendationEntry.RecipientName::text)
                .containsExactly("张三", "王伟（第一党支部）", "李四");
        assertThat(row.entry().documentNumber()).isEqualTo("省直工委〔2025〕12号");
    }

    @Test
    void namesOnLinesOfTheirOwnAreTwoAndAQuotedHonourIsTheSameHonour() {
        var row = CommendationLedger.validate(Map.of(
                CommendationLedger.TITLE, LedgerCell.text("“优秀共产党员”"),
                CommendationLedger.LEVEL, LedgerCell.text("市级"),
                CommendationLedger.RECIPIENTS, LedgerCell.text("张三\n李四\r\n王 五"),
                CommendationLedger.AWARDED_ON, LedgerCell.number("2025.3")), LocalDate.of(2026, 1, 1));
        assertThat(row.problems()).extracting(CellProblem::reason).containsExactly("只填写了年月，按当月1日记录");
        assertThat(row.entry().title()).isEqualTo("优秀共产党员");
        assertThat(row.entry().recipients()).extracting(CommendationEntry.RecipientName::text)
                .as("a line break separates names; a space inside one is dropped").containsExactly("张三", "李四", "王五");
        assertThat(row.entry().awardedOn()).as("the number 2025.3 is March: there is no thirtieth month")
                .isEqualTo(LocalDate.of(2025, 3, 1));

        var ambiguous = CommendationLedger.validate(Map.of(
                CommendationLedger.TITLE, LedgerCell.text("《先进个人》"),
                CommendationLedger.LEVEL, LedgerCell.text("市级"),
                CommendationLedger.RECIPIENTS, LedgerCell.text("张三"),
                CommendationLedger.AWARDED_ON, LedgerCell.number("2025.1")), LocalDate.of(2026, 1, 1));
        assertThat(ambiguous.problems()).extracting(CellProblem::reason)
                .containsExactly("“2025.1”被存成了数字，分不清是2025年1月还是2025年10月，请将该列设为文本或写成 2025年1月");
    }

    @Test
    void levelsWrittenAsTheAwardingBodyOrWithANote() {
        assertThat(CommendationLedger.level("市委")).isEqualTo(CommendationLevel.MUNICIPAL);
        assertThat(CommendationLedger.level("市级（市直机关工委）")).isEqualTo(CommendationLevel.MUNICIPAL);
        assertThat(CommendationLedger.level("省委")).isEqualTo(CommendationLevel.PROVINCIAL);
        assertThat(CommendationLedger.level("党中央")).isEqualTo(CommendationLevel.NATIONAL);
        assertThat(CommendationLedger.level("区级")).isNull();
    }

    @Test
    void listKindsAsListsAreTitled() {
        assertThat(ResponsibilityLedger.ownerKind("党组书记第一责任人")).isEqualTo(org.partydesk.model.ListOwnerKind.SECRETARY);
        assertThat(ResponsibilityLedger.ownerKind("班子成员“一岗双责”")).isEqualTo(org.partydesk.model.ListOwnerKind.LEADERSHIP_MEMBER);
        assertThat(ResponsibilityLedger.ownerKind("党组成员一岗双责责任清单")).isEqualTo(org.partydesk.model.ListOwnerKind.LEADERSHIP_MEMBER);
        assertThat(ResponsibilityLedger.ownerKind("党组主体责任")).isEqualTo(org.partydesk.model.ListOwnerKind.LEADING_GROUP);
        assertThat(ResponsibilityLedger.ownerKind("书记")).isEqualTo(org.partydesk.model.ListOwnerKind.SECRETARY);
        assertThat(ResponsibilityLedger.ownerKind("群众")).isNull();
    }

    @Test
    void pathsAndDeadlines() {
        assertThat(ResponsibilityLedger.path("1")).containsExactly(1);
        assertThat(ResponsibilityLedger.path("２．１０．３")).containsExactly(2, 10, 3);
        assertThat(ResponsibilityLedger.path("3、")).containsExactly(3);
        assertThat(ResponsibilityLedger.path("1.1.1.1")).isNull();
        assertThat(ResponsibilityLedger.path("0.1")).isNull();
        assertThat(ResponsibilityLedger.path("一")).isNull();
        assertThat(ResponsibilityLedger.pathText(List.of(2, 10, 3))).isEqualTo("2.10.3");

        assertThat(deadline("按季度")).isEqualTo(new ResponsibilityLedger.Deadline(Cadence.QUARTERLY, null, null));
        assertThat(deadline("每半年一次").cadence()).isEqualTo(Cadence.HALF_YEARLY);
        assertThat(deadline("年底前").cadence()).isEqualTo(Cadence.YEARLY);
        assertThat(deadline("持续推进").note()).isEqualTo("“持续推进”按每年记，年底为时间节点");
        assertThat(deadline("6月底前")).isEqualTo(new ResponsibilityLedger.Deadline(Cadence.ONCE, LocalDate.of(2025, 6, 30), null));
        assertThat(deadline("9月15日前").onceOn()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(deadline("2025年11月30日前").onceOn()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(deadline("2025.07").onceOn()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(ResponsibilityLedger.deadline(LedgerCell.date(LocalDate.of(2025, 5, 4)), 2025).onceOn())
                .isEqualTo(LocalDate.of(2025, 5, 4));
        assertThatThrownBy(() -> deadline("2月30日前")).hasMessageStartingWith("无法识别的时间节点“2月30日前”");
        assertThat(ResponsibilityLedger.deadlineValue(Cadence.HALF_YEARLY, null)).isEqualTo("每半年");
    }

    private static ResponsibilityLedger.Deadline deadline(String text) {
        return ResponsibilityLedger.deadline(LedgerCell.text(text), 2025);
    }
}
