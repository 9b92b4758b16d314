package org.partydesk.logic.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.partydesk.logic.Terms;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.Completion;
import org.partydesk.model.ListStats;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Rating;
import org.partydesk.model.ReportFigure;
import org.partydesk.model.YearStats;

/**
 * The fact sentences of the annual summary, generated from the year's statistics in the sources' style
 * ("共评选出153名“月度作风标兵”和26名“双月作风标兵”"). A number that is zero is left out with its words;
 * a sentence whose numbers are all zero is not written at all (never "共召开0次").
 */
public final class FactSentences {
    private static final int MAX_TAGS = 5;

    private final YearStats stats;
    private final Map<Rating, Integer> ratings;
    private final boolean yearOver;

    /**
     * @param ratings  how many branches got each 红黄旗 rating for the year
     * @param yearOver whether the year is over ("截至年底") or still running ("截至M月D日")
     */
    public FactSentences(YearStats stats, Map<Rating, Integer> ratings, boolean yearOver) {
        this.stats = stats;
        this.ratings = new EnumMap<>(Rating.class);
        this.ratings.putAll(ratings);
        this.yearOver = yearOver;
    }

    /** The sentence of a figure, empty when its numbers are all zero or the figure is a chart. */
    public Optional<String> sentence(ReportFigure figure) {
        String s = switch (figure) {
            case MEMBERS -> members();
            case MEETINGS -> meetings();
            case ATTENDANCE -> attendance();
            case TAGS -> tags();
            case RESPONSIBILITIES -> responsibilities();
            case RESPONSIBILITY_PROGRESS -> responsibilityProgress();
            case COMMENDATIONS_BY_TITLE -> commendationsByTitle();
            case COMMENDATIONS_BY_LEVEL -> commendationsByLevel();
            case RATINGS -> ratings();
            default -> "";
        };
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private String asOf() {
        return yearOver ? "截至" + stats.year() + "年底" : "截至" + ChineseText.fullDate(stats.asOf());
    }

    private String members() {
        YearStats.Members m = stats.members();
        if (m.total() == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder(asOf()).append("，共有党员").append(m.total()).append("名");
        if (m.probationary() > 0 && m.full() > 0) {
            s.append("，其中正式党员").append(m.full()).append("名、预备党员").append(m.probationary()).append("名");
        }
        int branches = (int) m.byBranch().values().stream().filter(n -> n > 0).count();
        if (branches > 0) {
            s.append("，分布在").append(branches).append("个党支部");
        }
        return s.append("。").toString();
    }

    private String meetings() {
        List<String> convened = counted(List.of(MeetingType.BRANCH_COMMITTEE, MeetingType.BRANCH_ASSEMBLY,
                MeetingType.CELL_MEETING, MeetingType.ORGANIZATIONAL_LIFE_MEETING, MeetingType.DEMOCRATIC_LIFE_MEETING));
        List<String> held = new ArrayList<>();
        if (stats.meetingsOf(MeetingType.THEMED_PARTY_DAY) > 0) {
            held.add("主题党日活动" + stats.meetingsOf(MeetingType.THEMED_PARTY_DAY) + "次");
        }
        held.addAll(counted(List.of(MeetingType.MEMBER_APPRAISAL, MeetingType.CENTRAL_GROUP_STUDY)));
        List<String> clauses = new ArrayList<>();
        if (!convened.isEmpty()) {
            clauses.add("召开" + ChineseText.join(convened));
        }
        if (!held.isEmpty()) {
            clauses.add("开展" + ChineseText.join(held));
        }
        if (stats.meetingsOf(MeetingType.PARTY_LESSON) > 0) {
            clauses.add("讲授党课" + stats.meetingsOf(MeetingType.PARTY_LESSON) + "次");
        }
        return clauses.isEmpty() ? "" : "全年各级党组织共" + String.join("，", clauses) + "。";
    }

    private List<String> counted(List<MeetingType> types) {
        List<String> out = new ArrayList<>();
        for (MeetingType t : types) {
            int n = stats.meetingsOf(t);
            if (n > 0) {
                out.add(Terms.label(t) + n + "次");
            }
        }
        return out;
    }

    private String attendance() {
        YearStats.Attendance a = stats.attendance();
        if (a.expected() == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder("党员参加组织生活应到").append(a.expected()).append("人次");
        if (a.present() > 0) {
            s.append("、实到").append(a.present()).append("人次");
        }
        if (a.onLeave() > 0) {
            s.append("，请假").append(a.onLeave()).append("人次");
        }
        if (a.absent() > 0) {
            s.append("，缺席").append(a.absent()).append("人次");
        }
        if (a.present() > 0) {
            s.append("，参会率").append(ChineseText.percent(a.rate()));
        }
        return s.append("。").toString();
    }

    private String tags() {
        List<String> items = new ArrayList<>();
        stats.tags().entrySet().stream().filter(e -> e.getValue() > 0).limit(MAX_TAGS)
                .forEach(e -> items.add(ChineseText.quoted(e.getKey()) + e.getValue() + "场"));
        return items.isEmpty() ? "" : "围绕中心工作，累计举办" + ChineseText.join(items) + "。";
    }

    private String responsibilities() {
        Map<String, List<ListStats>> byName = new LinkedHashMap<>();
        for (ListStats l : stats.responsibilities()) {
            if (l.completion().items() > 0) {
                byName.computeIfAbsent(l.listName(), k -> new ArrayList<>()).add(l);
            }
        }
        List<String> items = new ArrayList<>();
        byName.forEach((name, lists) -> {
            int first = lists.get(0).completion().items();
            if (lists.size() == 1) {
                items.add(name + first + "条");
            } else if (lists.stream().allMatch(l -> l.completion().items() == first)) {
                items.add(name + first + "条（共" + lists.size() + "份）");
            } else {
                int sum = lists.stream().mapToInt(l -> l.completion().items()).sum();
                items.add(name + lists.size() + "份共" + sum + "条");
            }
        });
        return items.isEmpty() ? "" : "层层压实管党治党责任，明确" + ChineseText.join(items) + "。";
    }

    private String responsibilityProgress() {
        Completion c = stats.responsibilities().stream().map(ListStats::completion)
                .reduce(Completion.NONE, Completion::plus);
        if (c.items() == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder(asOf()).append("，各责任清单共有落实措施").append(c.items()).append("项");
        List<String> parts = new ArrayList<>();
        if (c.dueItems() > 0) {
            parts.add("到期" + c.dueItems() + "项");
        }
        if (c.doneItems() > 0) {
            parts.add("已完成" + c.doneItems() + "项");
        }
        if (c.overdueItems() > 0) {
            parts.add("逾期" + c.overdueItems() + "项");
        }
        if (!parts.isEmpty()) {
            s.append("，其中").append(String.join("、", parts));
        }
        return s.append("。").toString();
    }

    private String commendationsByTitle() {
        YearStats.Commendations c = stats.commendations();
        List<String> items = new ArrayList<>();
        c.byTitle().forEach((title, n) -> {
            if (n > 0) {
                items.add(n + measureWord(title, c.collectiveTitles().contains(title)) + ChineseText.quoted(title));
            }
        });
        return items.isEmpty() ? "" : "常态开展评先创优，全年共评选出" + ChineseText.join(items) + "。";
    }

    /**
     * The measure word of a title: 个 for an honour of a collective and for a post (党员先锋岗, 先锋号: a post or
     * a banner is counted, not a person), 名 for a person.
     */
    static String measureWord(String title, boolean collective) {
        return collective || title.endsWith("岗") || title.endsWith("号") ? "个" : "名";
    }

    private String commendationsByLevel() {
        YearStats.Commendations c = stats.commendations();
        if (c.total() == 0) {
            return "";
        }
        List<String> items = new ArrayList<>();
        List<CommendationLevel> levels = new ArrayList<>();
        for (CommendationLevel level : CommendationLevel.values()) {
            int n = c.byLevel().getOrDefault(level, 0);
            if (n > 0) {
                items.add(Terms.label(level) + n + "项");
                levels.add(level);
            }
        }
        if (levels.size() == 1) {
            return "全年共获" + Terms.label(levels.get(0)) + "表彰" + c.total() + "项。";
        }
        return "全年共获各级表彰" + c.total() + "项，其中" + ChineseText.join(items) + "。";
    }

    private String ratings() {
        List<String> items = new ArrayList<>();
        boolean first = true;
        for (Rating r : Rating.values()) {
            int n = ratings.getOrDefault(r, 0);
            if (n > 0) {
                items.add(n + "个" + (first ? "党组织" : "") + "获评" + Terms.label(r));
                first = false;
            }
        }
        return items.isEmpty() ? "" : "对照“三会一课”要求开展红黄旗评比，" + ChineseText.join(items) + "。";
    }
}
