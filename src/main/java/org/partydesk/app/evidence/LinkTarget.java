package org.partydesk.app.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingType;

/**
 * A record a 佐证材料 file can be linked to, as a picker lists it: its day (null: a kind without one), its unit or who
 * it concerns (a meeting's 党组织, a 纪实's or item's 清单, a 责任书's parties, an honour's recipients, a member's 党支部,
 * a unit's parent), a meeting's types, and its text (a meeting's 主题, an item's text …).
 */
public record LinkTarget(EvidenceRecordType type, int id, LocalDate day, String unit, Set<MeetingType> meetingTypes,
                         String text) {
    public LinkTarget {
        meetingTypes = Set.copyOf(meetingTypes);
    }

    /** The records a picker found, and whether there were more than it lists. */
    public record Found(List<LinkTarget> rows, boolean more) {
        public Found {
            rows = List.copyOf(rows);
        }
    }

    /** Whether records of this kind are narrowed by year (all but members and units). */
    public static boolean byYear(EvidenceRecordType type) {
        return type != EvidenceRecordType.MEMBER && type != EvidenceRecordType.ORG_UNIT;
    }
}
