package org.partydesk.logic.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.Completion;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ListStats;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Rating;
import org.partydesk.model.RecipientKind;
import org.partydesk.model.ReportFigure;
import org.partydesk.model.YearStats;

import static org.assertj.core.api.Assertions.assertThat;

class FactSentencesTest {
    private static YearStats stats(int total, Map<MeetingType, Integer> meetings, YearStats.Attendance attendance,
                                   Map<String, Integer> byTitle, Map<CommendationLevel, Integer> byLevel) {
        int honours = byTitle.values().stream().mapToInt(Integer::intValue).sum();
        return new YearStats(2025, LocalDate.of(2025, 12, 31),
                new YearStats.Members(total, total, 0, total == 0 ? Map.of() : Map.of("第一党支部", total)),
                meetings, Map.of(), attendance, Map.of(),
                List.of(new ListStats(1, "党组集体责任清单", ListOwnerKind.LEADING_GROUP, "党组", new Completion(28, 28, 20, 20, 0, 28, 20))),
                new YearStats.Commendations(honours, byTitle, byLevel, Set.of("红旗党支部")));
    }

    @Test
    void chineseListsPercentagesAndNumbers() {
        assertThat(ChineseText.join(List.of("甲"))).isEqualTo("甲");
        assertThat(ChineseText.join(List.of("甲", "乙"))).isEqualTo("甲和乙");
        assertThat(ChineseText.join(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙和丙");
        assertThat(ChineseText.comrades(List.of("王骏", "张平"))).isEqualTo("王骏和张平同志");
        assertThat(ChineseText.percent(0.92745)).isEqualTo("92.7%");
        assertThat(ChineseText.percent(1.0)).isEqualTo("100.0%");
        assertThat(ChineseText.headingNumber(1, 12)).isEqualTo("十二、");
        assertThat(ChineseText.headingNumber(2, 3)).isEqualTo("（三）");
        assertThat(ChineseText.headingNumber(3, 2)).isEqualTo("2.");
        assertThat(ChineseText.headingNumber(4, 1)).isEqualTo("（1）");
        assertThat(ChineseText.chineseNumber(21)).isEqualTo("二十一");
    }

    @Test
    void zerosAreLeftOutAndAllZeroSentencesAreNotWritten() {
        YearStats s = stats(0, Map.of(MeetingType.BRANCH_COMMITTEE, 12, MeetingType.BRANCH_ASSEMBLY, 0),
                new YearStats.Attendance(0, 0, 0, 0), Map.of(), Map.of());
        FactSentences f = new FactSentences(s, Map.of(Rating.GREEN, 0), true);
        assertThat(f.sentence(ReportFigure.MEMBERS)).isEmpty();
        assertThat(f.sentence(ReportFigure.ATTENDANCE)).isEmpty();
        assertThat(f.sentence(ReportFigure.TAGS)).isEmpty();
        assertThat(f.sentence(ReportFigure.COMMENDATIONS_BY_LEVEL)).isEmpty();
        assertThat(f.sentence(ReportFigure.COMMENDATIONS_BY_TITLE)).isEmpty();
        assertThat(f.sentence(ReportFigure.RATINGS)).isEmpty();
        assertThat(f.sentence(ReportFigure.CHART_MEETINGS_PER_MONTH)).isEmpty();
        assertThat(f.sentence(ReportFigure.MEETINGS)).contains("全年各级党组织共召开支部委员会12次。");
        assertThat(f.sentence(ReportFigure.RESPONSIBILITY_PROGRESS).orElseThrow()).doesNotContain("逾期").contains("已完成20项");
    }

    @Test
    void sentencesReadLikeTheSources() {
        YearStats s = stats(344, Map.of(MeetingType.THEMED_PARTY_DAY, 459, MeetingType.PARTY_LESSON, 152),
                new YearStats.Attendance(1000, 927, 50, 23), Map.of("月度作风标兵", 153, "双月作风标兵", 26, "红旗党支部", 3,
                        "党员先锋岗", 6),
                Map.of(CommendationLevel.BUREAU, 188));
        FactSentences f = new FactSentences(s, Map.of(Rating.GREEN, 35, Rating.RED, 2), true);
        assertThat(f.sentence(ReportFigure.MEMBERS)).contains("截至2025年底，共有党员344名，分布在1个党支部。");
        assertThat(f.sentence(ReportFigure.MEETINGS)).contains("全年各级党组织共开展主题党日活动459次，讲授党课152次。");
        assertThat(f.sentence(ReportFigure.ATTENDANCE))
                .contains("党员参加组织生活应到1000人次、实到927人次，请假50人次，缺席23人次，参会率92.7%。");
        assertThat(f.sentence(ReportFigure.COMMENDATIONS_BY_TITLE).orElseThrow())
                .contains("153名“月度作风标兵”", "26名“双月作风标兵”", "3个“红旗党支部”", "6个“党员先锋岗”");
        assertThat(f.sentence(ReportFigure.COMMENDATIONS_BY_LEVEL)).contains("全年共获局级表彰188项。");
        assertThat(f.sentence(ReportFigure.RATINGS)).contains("对照“三会一课”要求开展红黄旗评比，35个党组织获评绿旗和2个获评红旗。");
        assertThat(f.sentence(ReportFigure.RESPONSIBILITIES)).contains("层层压实管党治党责任，明确党组集体责任清单28条。");
    }

    @Test
    void honourRollAndCaptions() {
        Commendation people = new Commendation(1, "先进个人", CommendationLevel.PROVINCIAL, "省生态环境厅", LocalDate.of(2025, 11, 1),
                null, null, null, null, null, List.of(
                new Commendation.Recipient(RecipientKind.MEMBER, 1, null, null, null, "孙艳"),
                new Commendation.Recipient(RecipientKind.MEMBER, 2, null, null, null, "陈伟")));
        Commendation group = new Commendation(2, "工人先锋号", CommendationLevel.MUNICIPAL, null, LocalDate.of(2025, 4, 1),
                null, null, null, null, null, List.of(Commendation.Recipient.external("市辐危中心危废科")));
        assertThat(HonourRoll.prose(List.of(people, group)))
                .isEqualTo("孙艳和陈伟同志获评省生态环境厅“先进个人”；市辐危中心危废科获市级“工人先锋号”称号。");
        assertThat(HonourRoll.prose(List.of())).isEmpty();
        assertThat(Captions.of("▲8月7日，机关第一党支部开展主题党日活动。", null, LocalDate.of(2025, 8, 7), "孙艳"))
                .isEqualTo("▲8月7日，机关第一党支部开展主题党日活动。 孙艳摄");
        assertThat(Captions.of("机关第一党支部开展主题党日活动", null, LocalDate.of(2025, 8, 7), null))
                .isEqualTo("▲8月7日，机关第一党支部开展主题党日活动。");
    }

    @Test
    void builtInOutlinesParse() {
        List<Outline> all = Outlines.builtIn();
        assertThat(all).extracting(Outline::key).containsExactly("four-strengths", "numbered");
        assertThat(all.get(0).sections()).extracting(Outline.Section::heading).contains("以“政治强”为核心，显著增强凝聚力");
        assertThat(all.get(1).sections()).extracting(Outline.Section::level).contains(1, 2);
        assertThat(all.stream().flatMap(o -> o.sections().stream()).flatMap(x -> x.figures().stream()))
                .contains(ReportFigure.values());
    }
}
