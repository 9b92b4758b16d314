package org.partydesk.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every figure of a year that a report uses (the {@code stats} command prints it as JSON), computed from
 * rows by SQL aggregates as of {@code asOf}: the end of the year, or today for the current year.
 *
 * @param meetings         meetings held in the year per type; a meeting of two types counts once under each
 * @param meetingsByBranch the same per branch (a 党小组's meetings count under its branch; units above the
 *                         branches, such as the 党组, under their own name), in org tree order
 *                         (a name several units share is followed by the parent's in brackets:
 *                         "机关第一党支部（第二基层党委）", in {@link Members#byBranch} too)
 * @param tags             meetings per tag (e.g. "生态文明大讲堂"), most first
 * @param responsibilities per responsibility list of the year, counts of its leaf items
 */
public record YearStats(int year, LocalDate asOf, Members members, Map<MeetingType, Integer> meetings,
                        Map<String, Map<MeetingType, Integer>> meetingsByBranch, Attendance attendance,
                        Map<String, Integer> tags, List<ListStats> responsibilities, Commendations commendations) {
    public YearStats {
        meetings = enumMap(MeetingType.class, meetings);
        Map<String, Map<MeetingType, Integer>> byBranch = new LinkedHashMap<>();
        meetingsByBranch.forEach((k, v) -> byBranch.put(k, enumMap(MeetingType.class, v)));
        meetingsByBranch = Collections.unmodifiableMap(byBranch);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        responsibilities = List.copyOf(responsibilities);
    }

    private static <K extends Enum<K>> Map<K, Integer> enumMap(Class<K> type, Map<K, Integer> map) {
        Map<K, Integer> copy = new java.util.EnumMap<>(type);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }

    /** All meetings of a type, 0 when none. */
    public int meetingsOf(MeetingType type) {
        return meetings.getOrDefault(type, 0);
    }

    /** Members on the roster on {@code asOf}: 正式党员 and 预备党员 on that day, and per branch. */
    public record Members(int total, int full, int probationary, Map<String, Integer> byBranch) {
        public Members {
            byBranch = Collections.unmodifiableMap(new LinkedHashMap<>(byBranch));
        }
    }

    /** 应到 / 实到 / 请假 / 缺席 summed over the attendance rows of the year's meetings. */
    public record Attendance(int expected, int present, int onLeave, int absent) {
        /** 实到 / 应到, 0 when nobody was expected. */
        public double rate() {
            return expected == 0 ? 0.0 : (double) present / expected;
        }
    }

    /**
     * Honours awarded in the year, counted per recipient (a commendation of 13 members counts 13, as the
     * sources say "153名月度作风标兵"). {@code collectiveTitles}: titles given to a branch, department or
     * external collective rather than to members (counted with 个, not 名).
     */
    public record Commendations(int total, Map<String, Integer> byTitle, Map<CommendationLevel, Integer> byLevel,
                                Set<String> collectiveTitles) {
        public Commendations {
            byTitle = Collections.unmodifiableMap(new LinkedHashMap<>(byTitle));
            byLevel = enumMap(CommendationLevel.class, byLevel);
            collectiveTitles = Set.copyOf(collectiveTitles);
        }
    }
}
