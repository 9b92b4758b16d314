package org.partydesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.ComplianceRule;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.PersonRef;
import org.partydesk.store.jooq.tables.records.CommitteeRoleRecord;
import org.partydesk.store.jooq.tables.records.MemberRecord;
import org.partydesk.store.jooq.tables.records.MembershipRecord;
import org.partydesk.store.jooq.tables.records.OrgUnitRecord;

import static org.partydesk.store.jooq.Tables.COMMITTEE_ROLE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.MEMBERSHIP;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/**
 * Builds hand-made test data in a real database: org units, members, memberships and committee roles
 * through audited inserts (the org and member repositories belong to another feature), meetings
 * through {@link MeetingRepository}.
 */
public final class MeetingFixture {
    public static final String OPERATOR = "测试";
    public final Database db;
    public final MeetingRepository meetings;

    public MeetingFixture(Database db) {
        this.db = db;
        this.meetings = new MeetingRepository(db);
    }

    public int unit(Integer parentId, OrgKind kind, String name, int sortOrder) {
        return unit(parentId, kind, name, sortOrder, null, null);
    }

    public int unit(Integer parentId, OrgKind kind, String name, int sortOrder, LocalDate established, LocalDate ended) {
        return db.write(OPERATOR, tx -> {
            OrgUnitRecord r = tx.dsl().newRecord(ORG_UNIT);
            r.setParentId(parentId);
            r.setKind(kind.name());
            r.setName(name);
            r.setSortOrder(sortOrder);
            r.setEstablishedOn(established);
            r.setEndedOn(ended);
            r.setTemporary(ended != null);
            return tx.insert(r);
        });
    }

    public int member(String name) {
        return member(name, MemberStatus.FULL);
    }

    public int member(String name, MemberStatus status) {
        return db.write(OPERATOR, tx -> {
            MemberRecord r = tx.dsl().newRecord(MEMBER);
            r.setName(name);
            r.setStatus(status.name());
            return tx.insert(r);
        });
    }

    /** A member belonging to the unit from {@code start} (to {@code end}, or still). */
    public void belongs(int memberId, int unitId, LocalDate start, LocalDate end) {
        db.write(OPERATOR, tx -> {
            MembershipRecord r = tx.dsl().newRecord(MEMBERSHIP);
            r.setMemberId(memberId);
            r.setOrgUnitId(unitId);
            r.setStartOn(start);
            r.setEndOn(end);
            return tx.insert(r);
        });
    }

    public void role(int memberId, int unitId, CommitteeRole role, LocalDate start) {
        db.write(OPERATOR, tx -> {
            CommitteeRoleRecord r = tx.dsl().newRecord(COMMITTEE_ROLE);
            r.setMemberId(memberId);
            r.setOrgUnitId(unitId);
            r.setRole(role.name());
            r.setStartOn(start);
            return tx.insert(r);
        });
    }

    /** A meeting without an attendance sheet, of these types, saved through the repository. */
    public int meeting(int unitId, LocalDateTime heldAt, MeetingType... types) {
        return meetings.save(OPERATOR, meeting(unitId, heldAt, null, List.of(), types));
    }

    public static Meeting meeting(int unitId, LocalDateTime heldAt, PersonRef lecturer, List<AttendanceEntry> sheet,
                                  MeetingType... types) {
        return new Meeting(null, unitId, heldAt, "会议室", null, null, lecturer, "学习贯彻会议精神",
                Set.of(types), List.of(), Set.of(), null, null, false, sheet, List.of());
    }

    /** A branch that met every month as committee and every quarter's last month also for a 党课. */
    public void monthlyCommitteeAndQuarterlyLessons(int branchId, int year, int fromMonth, Set<Integer> skippedMonths,
                                                    boolean lessons) {
        for (int m = fromMonth; m <= 12; m++) {
            if (skippedMonths.contains(m)) {
                continue;
            }
            List<MeetingType> types = new ArrayList<>(List.of(MeetingType.BRANCH_COMMITTEE));
            if (lessons && m % 3 == 0) {
                types.add(MeetingType.PARTY_LESSON);
            }
            meeting(branchId, LocalDateTime.of(year, m, 10, 9, 0), types.toArray(MeetingType[]::new));
        }
    }

    /**
     * A small bureau for 2025 with four active rules (支委会 monthly, 党课 quarterly, 党小组会 monthly,
     * 民主生活会 yearly): 局党组 green; 第一党支部 green with its cell; 第二党支部 missing April and May
     * (yellow); 第三党支部 never a 党课 (red); 临时党支部 set up on 2025-07-01, green for the months it existed.
     */
    public void bureau2025() {
        ComplianceRepository rules = new ComplianceRepository(db);
        for (ComplianceRule r : rules.rules()) {
            boolean keep = Set.of(MeetingType.BRANCH_COMMITTEE, MeetingType.PARTY_LESSON, MeetingType.CELL_MEETING,
                    MeetingType.DEMOCRATIC_LIFE_MEETING).contains(r.meetingType());
            if (!keep) {
                rules.updateRule(OPERATOR, new ComplianceRule(r.id(), r.meetingType(), r.unitKind(), r.period(),
                        r.required(), false));
            }
        }
        int group = unit(null, OrgKind.LEADING_GROUP, "局党组", 0);
        int organ = unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 1);
        int third = unit(organ, OrgKind.BRANCH, "第三党支部", 3);
        int first = unit(organ, OrgKind.BRANCH, "第一党支部", 1);
        int temporary = unit(organ, OrgKind.BRANCH, "临时党支部", 4, LocalDate.of(2025, 7, 1), null);
        int second = unit(organ, OrgKind.BRANCH, "第二党支部", 2);
        int cell = unit(first, OrgKind.CELL, "第一党小组", 1);
        meeting(group, LocalDateTime.of(2025, 12, 20, 9, 0), MeetingType.DEMOCRATIC_LIFE_MEETING);
        monthlyCommitteeAndQuarterlyLessons(first, 2025, 1, Set.of(), true);
        for (int m = 1; m <= 12; m++) {
            meeting(cell, LocalDateTime.of(2025, m, 20, 15, 0), MeetingType.CELL_MEETING);
        }
        monthlyCommitteeAndQuarterlyLessons(second, 2025, 1, Set.of(4, 5), true);
        monthlyCommitteeAndQuarterlyLessons(third, 2025, 1, Set.of(), false);
        monthlyCommitteeAndQuarterlyLessons(temporary, 2025, 7, Set.of(), true);
    }
}
