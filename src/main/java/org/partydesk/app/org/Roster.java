package org.partydesk.app.org;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.partydesk.app.Workspace;
import org.partydesk.logic.IdNumbers;
import org.partydesk.model.Department;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.DepartmentRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

/**
 * The roster use case: the organisation tree with member counts and the members (花名册) of a unit,
 * as they stand on a date. Reads only.
 */
public final class Roster {
    private static final Collator CHINESE = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    private final Workspace workspace;
    private final OrgRepository orgs;
    private final MemberRepository members;
    private final DepartmentRepository departments;

    public Roster(Workspace workspace) {
        this.workspace = workspace;
        this.orgs = new OrgRepository(workspace.database());
        this.members = new MemberRepository(workspace.database());
        this.departments = new DepartmentRepository(workspace.database());
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Today, by the database's clock. */
    public LocalDate today() {
        return LocalDate.now(workspace.database().clock());
    }

    /** Whether the database holds any organisation unit at all. */
    public boolean hasOrganisation() {
        return orgs.count() > 0;
    }

    /** The tree as it stands today. */
    public List<OrgNode> tree() {
        return tree(today());
    }

    /**
     * The roots of the organisation tree of the units that exist on {@code date}, each with the number
     * of members in its subtree on that date; children sorted by sort order, then name.
     */
    public List<OrgNode> tree(LocalDate date) {
        List<OrgUnit> units = orgs.all().stream().filter(u -> u.activeOn(date)).toList();
        Map<Integer, OrgUnit> byId = units.stream().collect(Collectors.toMap(OrgUnit::id, u -> u));
        Map<Integer, List<OrgUnit>> childrenOf = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : units) {
            if (u.parentId() == null) {
                roots.add(u);
            } else if (byId.containsKey(u.parentId())) {
                childrenOf.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Map<Integer, Set<Integer>> direct = members.memberIdsByUnit(date);
        return roots.stream().sorted(UNIT_ORDER).map(r -> node(r, childrenOf, direct, new HashSet<>())).toList();
    }

    /** The units in the order they are listed everywhere (by sort order, then 第一 before 第二). */
    private static final Comparator<OrgUnit> UNIT_ORDER = OrgUnit.ORDER;

    private static OrgNode node(OrgUnit unit, Map<Integer, List<OrgUnit>> childrenOf,
                                Map<Integer, Set<Integer>> direct, Set<Integer> subtreeMembers) {
        subtreeMembers.addAll(direct.getOrDefault(unit.id(), Set.of()));
        List<OrgNode> children = new ArrayList<>();
        for (OrgUnit child : childrenOf.getOrDefault(unit.id(), List.of()).stream().sorted(UNIT_ORDER).toList()) {
            Set<Integer> childMembers = new HashSet<>();
            children.add(node(child, childrenOf, direct, childMembers));
            subtreeMembers.addAll(childMembers);
        }
        return new OrgNode(unit, subtreeMembers.size(), children);
    }

    /**
     * The members of a unit (with {@code includeSubtree}, of the unit and every unit below it) on
     * {@code date}, grouped by branch in the order of the tree, then ordered by name; ID numbers masked.
     */
    public List<MemberRow> members(int unitId, boolean includeSubtree, LocalDate date) {
        Map<String, Integer> branchOrder = new HashMap<>();
        tree(date).forEach(root -> numberUnits(root, branchOrder));
        List<Member> found = members.members(unitId, includeSubtree, date);
        Map<Integer, String> branches = members.branchNames(found.stream().map(Member::id).toList(), date);
        Map<Integer, String> departmentNames = departments.all().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        return found.stream()
                .map(m -> new MemberRow(m.id(), m.name(), m.gender(), m.status(), m.category(),
                        branches.get(m.id()), m.departmentId() == null ? null : departmentNames.get(m.departmentId()),
                        m.jobTitle(), m.joinedOn(), IdNumbers.mask(m.idNumber()), m.phone()))
                .sorted(Comparator.comparing((MemberRow r) -> branchOrder.getOrDefault(r.branchName(), Integer.MAX_VALUE))
                        .thenComparing(MemberRow::name, CHINESE))
                .toList();
    }

    /**
     * The members who left the roster (转出, 去世, 停止党籍, 出党) from the unit (with {@code includeSubtree}, from
     * the unit or a unit below it), each with the day and why, newest first: a member who left stays on record
     * with his history (含已转出).
     */
    public List<LeftMember> leftMembers(int unitId, boolean includeSubtree) {
        Set<Integer> units = includeSubtree ? orgs.subtreeIds(unitId) : Set.of(unitId);
        Map<Integer, List<MemberRepository.MembershipRow>> memberships = members.membershipsOfAll();
        Map<Integer, String> departmentNames = departments.all().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        List<LeftMember> out = new ArrayList<>();
        for (Member m : members.all()) {
            if (m.leftOn() == null) {
                continue;
            }
            // his memberships ended the day he left: the branch of that day is where he left from
            memberships.getOrDefault(m.id(), List.of()).stream()
                    .filter(r -> units.contains(r.orgUnitId()) && !r.startOn().isAfter(m.leftOn())
                            && (r.endOn() == null || !r.endOn().isBefore(m.leftOn())))
                    .findFirst()
                    .ifPresent(r -> out.add(new LeftMember(new MemberRow(m.id(), m.name(), m.gender(), m.status(), m.category(),
                            r.unitName(), m.departmentId() == null ? null : departmentNames.get(m.departmentId()), m.jobTitle(),
                            m.joinedOn(), IdNumbers.mask(m.idNumber()), m.phone()), m.leftOn(),
                            members.leftReason(m.id()).orElse(null))));
        }
        out.sort(Comparator.comparing(LeftMember::leftOn).reversed().thenComparing(l -> l.row().name(), CHINESE));
        return out;
    }

    /**
     * A member's page: details, branch history, attendance, honours (newest first), linked evidence, committee
     * roles and the changes of the record.
     */
    public MemberPage memberPage(int memberId) {
        Member m = members.find(memberId)
                .orElseThrow(() -> new org.partydesk.app.InputRejectedException("党员不存在（编号 " + memberId + "）"));
        Members editing = new Members(workspace);
        String department = m.departmentId() == null ? null : departments.all().stream()
                .filter(d -> d.id().equals(m.departmentId())).map(Department::name).findFirst().orElse(null);
        List<BranchHistory> history = members.memberships(memberId).stream()
                .map(r -> new BranchHistory(r.unitName(), r.kind(), r.startOn(), r.endOn())).toList();
        return new MemberPage(m, IdNumbers.mask(m.idNumber()), department, members.branchName(memberId, today()).orElse(null),
                history, new org.partydesk.app.meetings.Meetings(workspace).attendanceOf(memberId),
                new org.partydesk.app.commendations.Commendations(workspace).ofMember(memberId),
                new org.partydesk.app.evidence.EvidenceService(workspace).linkedTo(EvidenceRecordType.MEMBER, memberId),
                editing.leftReason(memberId), editing.rolesOf(memberId), editing.changes(memberId),
                new MemberLife(workspace).events(memberId));
    }

    private static void numberUnits(OrgNode node, Map<String, Integer> order) {
        order.putIfAbsent(node.unit().name(), order.size());
        node.children().forEach(child -> numberUnits(child, order));
    }
}
