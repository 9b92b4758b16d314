package org.partydesk.model;

/**
 * The 应到 / 实到 / 请假 / 缺席 a meetings ledger gave for a meeting whose attendance sheet the app cannot
 * build (按台账人数, decision 0012); null where the ledger gave no number. They count only while the
 * meeting has no attendance rows.
 */
public record RecordedCounts(Integer expected, Integer present, Integer onLeave, Integer absent) {
    public RecordedCounts {
        check(expected, "应到");
        check(present, "实到");
        check(onLeave, "请假");
        check(absent, "缺席");
    }

    private static void check(Integer n, String what) {
        if (n != null && n < 0) {
            throw new IllegalArgumentException(what + "人数不能为负数：" + n);
        }
    }

    /** Whether no number was given at all. */
    public boolean isEmpty() {
        return expected == null && present == null && onLeave == null && absent == null;
    }

    /**
     * The counts the app works with (decision 0012): a number given is used as given; a missing one is
     * worked out from the others (应到 = 实到 + 请假 + 缺席): 请假 not given is 0 unless 应到, 实到 and 缺席 give
     * it; 缺席 not given is what 应到 − 实到 leaves after 请假; 实到 not given is 应到 − 请假 − 缺席; 应到 not
     * given is the sum of the other three.
     */
    public AttendanceCounts effective() {
        boolean both = expected != null && present != null;
        int leave = onLeave != null ? onLeave
                : absent != null && both ? Math.max(0, expected - present - absent) : 0;
        int away = absent != null ? absent : both ? Math.max(0, expected - present - leave) : 0;
        int here = present != null ? present : expected != null ? Math.max(0, expected - leave - away) : 0;
        int all = expected != null ? expected : here + leave + away;
        return new AttendanceCounts(all, here, leave, away, true);
    }
}
