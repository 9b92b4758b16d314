package org.partydesk.app.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.TextLimits;
import org.partydesk.logic.Terms;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Department;
import org.partydesk.model.Gender;
import org.partydesk.model.LeaveKind;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.AuditTrail;
import org.partydesk.store.CommitteeRoleRepository;
import org.partydesk.store.DepartmentRepository;
import org.partydesk.store.MemberLifeRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

/**
 * Use cases that change the roster (花名册) in the window: add a member with the branch and the day the
 * membership starts, edit every field, move to another branch on a day (调动: the old membership ends the day
 * before), 转正 (预备党员 → 正式党员 on a day), leave the roster (转出, 去世, 停止党籍, 出党: left_on, the reason,
 * memberships and committee roles end that day), and committee roles (支部委员会) with their dates. Each write is
 * one audited transaction; refused input throws {@link InputRejectedException} with a Chinese message and
 * writes nothing. Nothing a meeting or an honour refers to is deleted.
 */
public final class Members {
    /** Roles a committee has one of at a time; 副书记 and 支部委员 may be several. */
    private static final Set<CommitteeRole> SINGLE = EnumSet.of(CommitteeRole.SECRETARY,
            CommitteeRole.ORGANIZATION_MEMBER, CommitteeRole.PUBLICITY_MEMBER, CommitteeRole.DISCIPLINE_MEMBER);

    private final Workspace ws;
    private final MemberRepository members;
    private final OrgRepository orgs;
    private final CommitteeRoleRepository roles;

    public Members(Workspace ws) {
        this.ws = ws;
        this.members = new MemberRepository(ws.database());
        this.orgs = new OrgRepository(ws.database());
        this.roles = new CommitteeRoleRepository(ws.database());
    }

    /** Today, by the database's clock. */
    public LocalDate today() {
        return LocalDate.now(ws.database().clock());
    }

    /** The departments (处室), for the form's choice. */
    public List<Department> departments() {
        return new DepartmentRepository(ws.database()).all();
    }

    /** The branches (党支部) that exist today, for choosing where a member belongs. */
    public List<OrgUnit> branches() {
        LocalDate day = today();
        return orgs.all().stream().filter(u -> u.kind() == OrgKind.BRANCH && u.activeOn(day)).toList();
    }

    /** The form of a stored member, for editing. */
    public MemberForm form(int memberId) {
        return MemberForm.of(member(memberId));
    }

    /** Adds a member to the roster with a membership of {@code form.branchId()} from {@code form.memberFrom()}. */
    public int add(MemberForm form) {
        return add(form, (tx, id) -> { });
    }

    /** More work in the transaction of a change to a member (a transfer's details), given his id. */
    interface Also {
        void run(org.partydesk.store.Tx tx, int memberId);
    }

    /** {@link #add(MemberForm)} with {@code also} in the same transaction. */
    int add(MemberForm form, Also also) {
        Member m = checked(form, null);
        if (form.branchId() == null) {
            throw new InputRejectedException("请选择所在党支部");
        }
        if (form.memberFrom() == null) {
            throw new InputRejectedException("请填写组织关系起始日期（进入本支部的日期）");
        }
        notFuture(form.memberFrom(), "组织关系起始日期");
        if (form.memberFrom().isBefore(m.joinedOn())) {
            throw new InputRejectedException("组织关系起始日期（" + form.memberFrom() + "）不能早于入党日期（" + m.joinedOn() + "）");
        }
        OrgUnit branch = branch(form.branchId(), form.memberFrom());
        return ws.database().write(ws.operator(), tx -> {
            duplicateIdNumber(tx, m.idNumber(), null);
            int id = MemberRepository.add(tx, m);
            MemberRepository.addMembership(tx, id, branch.id(), form.memberFrom(), null);
            also.run(tx, id);
            return id;
        });
    }

    /** Stores every field of the form (not the branch) for a member; audited with before and after. */
    public void edit(int memberId, MemberForm form) {
        Member stored = member(memberId);
        Member m = checked(form, stored);
        ws.database().write(ws.operator(), tx -> {
            duplicateIdNumber(tx, m.idNumber(), memberId);
            MemberRepository.update(tx, m);
            return null;
        });
    }

    /**
     * Moves a member to another branch (调动) from {@code day}: the membership of the old branch (and its
     * 党小组) ends the day before, committee roles there end the day before, a membership of the new one starts.
     */
    public void move(int memberId, Integer branchId, LocalDate day) {
        Member m = member(memberId);
        notLeft(m, "调动");
        if (branchId == null) {
            throw new InputRejectedException("请选择调入的党支部");
        }
        if (day == null) {
            throw new InputRejectedException("请填写调动日期");
        }
        notFuture(day, "调动日期");
        notBeforeJoining(m, day, "调动日期");
        OrgUnit target = branch(branchId, day);
        notBeforeMemberships(memberId, day, "调动日期");
        ws.database().write(ws.operator(), tx -> {
            List<MemberRepository.MembershipRow> now = MemberRepository.membershipsOn(tx, memberId, day).stream()
                    .filter(r -> r.kind() != OrgKind.LEADING_GROUP).toList();
            for (MemberRepository.MembershipRow r : now) {
                if (r.orgUnitId() == target.id()) {
                    throw new InputRejectedException("“" + m.name() + "”在 " + day + " 已是“" + target.name()
                            + "”的党员，请选择另一个党支部");
                }
                if (!r.startOn().isBefore(day)) {
                    throw new InputRejectedException("调动日期（" + day + "）应晚于“" + m.name() + "”进入“" + r.unitName()
                            + "”的日期（" + r.startOn() + "）");
                }
            }
            MemberRepository.moveToUnit(tx, memberId, target.id(), day);
            for (MemberRepository.MembershipRow r : now) {
                CommitteeRoleRepository.endAllOf(tx, memberId, r.orgUnitId(), day.minusDays(1));
            }
            return null;
        });
    }

    /** 转正: a 预备党员 becomes a 正式党员 on {@code day} (status and 转正日期). */
    public void makeFull(int memberId, LocalDate day) {
        Member m = member(memberId);
        notLeft(m, "转正");
        if (m.status() == MemberStatus.FULL) {
            throw new InputRejectedException("“" + m.name() + "”已是正式党员，无需转正");
        }
        if (day == null) {
            throw new InputRejectedException("请填写转正日期");
        }
        notFuture(day, "转正日期");
        if (m.joinedOn() != null && !day.isAfter(m.joinedOn())) {
            throw new InputRejectedException("转正日期（" + day + "）应晚于入党日期（" + m.joinedOn() + "）");
        }
        if (m.joinedOn() != null) {
            InputRejectedException.refuseIf(org.partydesk.logic.RecruitmentRules.standard().confirmation(m.joinedOn(), day)
                    .map(reason -> "“" + m.name() + "”：" + reason));
        }
        Member full = m.madeFull(day);
        ws.database().write(ws.operator(), tx -> {
            MemberRepository.update(tx, full);
            return null;
        });
    }

    /**
     * A member leaves the roster on {@code day} (转出, 去世, 停止党籍, 出党) with a reason: left_on and the reason are
     * stored, memberships and committee roles end that day. The member stays on record for the meetings and
     * honours that name him.
     */
    public void leave(int memberId, LeaveKind kind, LocalDate day, String reason) {
        leave(memberId, kind, day, reason, null, (tx, id) -> { });
    }

    /**
     * {@link #leave(int, LeaveKind, LocalDate, String)}, recording the change of standing (停止党籍, 出党, 去世) or
     * the transfer out ({@code transfer}: its details; null: the reason is where he went), with {@code also} in the
     * same transaction.
     */
    void leave(int memberId, LeaveKind kind, LocalDate day, String reason, org.partydesk.model.Transfer transfer, Also also) {
        Member m = member(memberId);
        notLeft(m, "办理离开");
        if (kind == null) {
            throw new InputRejectedException("请选择离开方式（转出、去世、停止党籍、出党）");
        }
        if (day == null) {
            throw new InputRejectedException("请填写离开日期");
        }
        notFuture(day, "离开日期");
        notBeforeJoining(m, day, "离开日期");
        String why = text(reason);
        if (why == null && kind != LeaveKind.DECEASED) {
            throw new InputRejectedException("请填写" + Terms.label(kind) + "的原因或去向");
        }
        String stored = why == null ? Terms.label(kind) : Terms.label(kind) + "：" + why;
        notBeforeMemberships(memberId, day, "离开日期");
        ws.database().write(ws.operator(), tx -> {
            MemberRepository.leave(tx, memberId, day, stored);
            CommitteeRoleRepository.endAllOf(tx, memberId, null, day);
            if (kind == LeaveKind.TRANSFERRED_OUT) {
                MemberLifeRepository.addTransfer(tx, transfer != null ? transfer : new org.partydesk.model.Transfer(null,
                        memberId, m.name(), org.partydesk.model.TransferDirection.OUT, day, why, null, null, null, null));
            } else {
                MemberLifeRepository.addStanding(tx, new org.partydesk.model.Standing(null, memberId, switch (kind) {
                    case DECEASED -> org.partydesk.model.StandingKind.DECEASED;
                    case EXPELLED -> org.partydesk.model.StandingKind.EXPELLED;
                    default -> org.partydesk.model.StandingKind.STOPPED;
                }, day, null, null, why));
            }
            also.run(tx, memberId);
            return null;
        });
    }

    /** Why a member left (the kind and the reason), when he did. */
    public String leftReason(int memberId) {
        return members.leftReason(memberId).orElse(null);
    }

    // ---- committee (支部委员会) ---------------------------------------------------------------------------

    /** Every committee role of a unit: those held today first, then the past ones, newest first. */
    public List<CommitteeAssignment> committee(int unitId) {
        return roles.ofUnit(unitId);
    }

    /** Every committee role a member held. */
    public List<CommitteeAssignment> rolesOf(int memberId) {
        return roles.ofMember(memberId);
    }

    /** The members of a branch (with its 党小组) on {@code day}, for choosing a committee member. */
    public List<Member> membersOf(int unitId, LocalDate day) {
        return members.members(unitId, true, day);
    }

    /** A member takes a committee role in a branch from {@code startOn}. */
    public int appoint(int unitId, Integer memberId, CommitteeRole role, LocalDate startOn) {
        OrgUnit unit = orgs.find(unitId).orElseThrow(() -> new InputRejectedException("组织不存在（编号 " + unitId + "）"));
        if (unit.kind() != OrgKind.BRANCH) {
            throw new InputRejectedException("支部委员会只设在党支部：请在组织树中选择一个党支部");
        }
        if (memberId == null) {
            throw new InputRejectedException("请选择任职的党员");
        }
        if (role == null) {
            throw new InputRejectedException("请选择职务");
        }
        if (startOn == null) {
            throw new InputRejectedException("请填写任职日期");
        }
        notFuture(startOn, "任职日期");
        Member m = member(memberId);
        if (m.leftOn() != null && !m.leftOn().isAfter(startOn)) {
            throw new InputRejectedException("“" + m.name() + "”已于 " + m.leftOn() + " 离开，不能任职");
        }
        if (members.members(unitId, true, startOn).stream().noneMatch(x -> x.id().equals(memberId))) {
            throw new InputRejectedException("“" + m.name() + "”在 " + startOn + " 不是“" + unit.name() + "”的党员，不能担任其"
                    + Terms.label(role));
        }
        return ws.database().write(ws.operator(), tx -> {
            for (CommitteeAssignment a : CommitteeRoleRepository.heldOn(tx, unitId, startOn)) {
                if (a.memberId() == memberId && a.role() == role) {
                    throw new InputRejectedException("“" + m.name() + "”自 " + a.startOn() + " 起已是“" + unit.name() + "”的"
                            + Terms.label(role));
                }
                if (a.role() == role && SINGLE.contains(role)) {
                    throw new InputRejectedException("“" + unit.name() + "”的" + Terms.label(role) + "是“" + a.memberName()
                            + "”（自 " + a.startOn() + "）：请先结束其任职");
                }
            }
            return CommitteeRoleRepository.add(tx, memberId, unitId, role, startOn);
        });
    }

    /** A committee role ends on {@code endOn} (its last day). */
    public void endRole(int roleId, LocalDate endOn) {
        if (endOn == null) {
            throw new InputRejectedException("请填写任职结束日期");
        }
        notFuture(endOn, "任职结束日期");
        ws.database().write(ws.operator(), tx -> {
            CommitteeAssignment a = CommitteeRoleRepository.find(tx, roleId)
                    .orElseThrow(() -> new InputRejectedException("任职记录不存在（编号 " + roleId + "）"));
            if (a.endOn() != null) {
                throw new InputRejectedException("“" + a.memberName() + "”的" + Terms.label(a.role()) + "任职已于 "
                        + a.endOn() + " 结束");
            }
            if (endOn.isBefore(a.startOn())) {
                throw new InputRejectedException("结束日期（" + endOn + "）不能早于任职日期（" + a.startOn() + "）");
            }
            CommitteeRoleRepository.end(tx, roleId, endOn);
            return null;
        });
    }

    // ---- history from the audit trail --------------------------------------------------------------------

    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", "姓名");
        FIELDS.put("gender", "性别");
        FIELDS.put("ethnicity", "民族");
        FIELDS.put("birth_date", "出生日期");
        FIELDS.put("id_number", "身份证号");
        FIELDS.put("education", "学历");
        FIELDS.put("status", "党员状态");
        FIELDS.put("category", "人员类别");
        FIELDS.put("phone", "联系电话");
        FIELDS.put("joined_on", "入党日期");
        FIELDS.put("full_member_on", "转正日期");
        FIELDS.put("department_id", "所在处室");
        FIELDS.put("job_title", "职务");
        FIELDS.put("leadership_member", "班子成员");
        FIELDS.put("party_affairs_staff", "党务干部");
        FIELDS.put("dual_organizational_life", "双重组织生活");
        FIELDS.put("left_on", "离开日期");
        FIELDS.put("left_reason", "离开原因");
        FIELDS.put("notes", "备注");
    }

    /**
     * The changes of a member's record as the audit trail holds them, oldest first: entered on the roster,
     * 转正, left, and every corrected field with its old and new value (the ID number masked).
     */
    public List<MemberChange> changes(int memberId) {
        Map<String, String> departments = departments().stream()
                .collect(Collectors.toMap(d -> String.valueOf(d.id()), Department::name));
        List<MemberChange> out = new ArrayList<>();
        for (AuditTrail.Entry e : new AuditTrail(ws.database()).of("member", memberId)) {
            Function<Object, String> show = Members::value;
            String text;
            if ("INSERT".equals(e.action())) {
                text = "登记入册（" + show.apply(label(MemberStatus.class, e.after().get("status")))
                        + "，入党日期 " + show.apply(e.after().get("joined_on")) + "）";
            } else if ("UPDATE".equals(e.action())) {
                text = updateText(e, show, departments);
            } else {
                continue;
            }
            if (text != null) {
                out.add(new MemberChange(e.at(), e.operator(), text));
            }
        }
        return out;
    }

    private static String updateText(AuditTrail.Entry e, Function<Object, String> show, Map<String, String> departments) {
        Map<String, Object> before = e.before();
        Map<String, Object> after = e.after();
        if (!Objects.equals(before.get("left_on"), after.get("left_on")) && after.get("left_on") != null) {
            return "离开：" + show.apply(after.get("left_reason")) + "（" + after.get("left_on") + "）";
        }
        if (MemberStatus.PROBATIONARY.name().equals(before.get("status")) && MemberStatus.FULL.name().equals(after.get("status"))) {
            return "转正：预备党员 → 正式党员（转正日期 " + show.apply(after.get("full_member_on")) + "）";
        }
        List<String> parts = new ArrayList<>();
        FIELDS.forEach((field, label) -> {
            Object was = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(was, now)) {
                if ("id_number".equals(field)) {
                    was = IdNumbers.mask((String) was);
                    now = IdNumbers.mask((String) now);
                } else if ("status".equals(field)) {
                    was = label(MemberStatus.class, was);
                    now = label(MemberStatus.class, now);
                } else if ("category".equals(field)) {
                    was = label(MemberCategory.class, was);
                    now = label(MemberCategory.class, now);
                } else if ("gender".equals(field)) {
                    was = label(Gender.class, was);
                    now = label(Gender.class, now);
                } else if ("department_id".equals(field)) {
                    was = was == null ? null : departments.getOrDefault(was.toString(), was.toString());
                    now = now == null ? null : departments.getOrDefault(now.toString(), now.toString());
                }
                parts.add(label + " " + show.apply(was) + " → " + show.apply(now));
            }
        });
        return parts.isEmpty() ? null : "修改：" + String.join("；", parts);
    }

    private static <E extends Enum<E>> Object label(Class<E> type, Object name) {
        return name == null ? null : Terms.label(Enum.valueOf(type, name.toString()));
    }

    private static String value(Object v) {
        if (v == null || v.toString().isEmpty()) {
            return "（空）";
        }
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return v.toString();
    }

    // ---- checks ------------------------------------------------------------------------------------------

    private Member member(int memberId) {
        return members.find(memberId).orElseThrow(() -> new InputRejectedException("党员不存在（编号 " + memberId + "）"));
    }

    /** The form as a member (the stored one's id and flags kept), or refused with what to correct. */
    private Member checked(MemberForm f, Member stored) {
        String name = text(f.name());
        if (name == null) {
            throw new InputRejectedException("请填写姓名");
        }
        InputRejectedException.refuseIf(TextLimits.personName(name));
        String idNumber = text(IdNumbers.normalize(f.idNumber()));
        LocalDate birth = f.birthDate();
        Gender gender = f.gender();
        if (idNumber != null) {
            InputRejectedException.refuseIf(IdNumbers.problem(idNumber)
                    .map(p -> "“" + name + "”的" + p + "，请核对"));
            LocalDate fromId = IdNumbers.birthDate(idNumber).orElseThrow();
            if (birth == null) {
                birth = fromId;
            } else if (!birth.equals(fromId)) {
                throw new InputRejectedException("出生日期（" + birth + "）与身份证号中的出生日期（" + fromId + "）不符，请核对");
            }
            Gender idGender = IdNumbers.isMale(idNumber).orElseThrow() ? Gender.MALE : Gender.FEMALE;
            if (gender == null) {
                gender = idGender;
            } else if (gender != idGender) {
                throw new InputRejectedException("性别（" + Terms.label(gender) + "）与身份证号（" + Terms.label(idGender)
                        + "）不符，请核对");
            }
        }
        if (f.status() == null) {
            throw new InputRejectedException("请选择党员状态（正式党员或预备党员）");
        }
        if (f.joinedOn() == null) {
            throw new InputRejectedException("请填写入党日期");
        }
        notFuture(birth, "出生日期");
        notFuture(f.joinedOn(), "入党日期");
        notFuture(f.fullMemberOn(), "转正日期");
        if (birth != null && !f.joinedOn().isAfter(birth)) {
            throw new InputRejectedException("入党日期（" + f.joinedOn() + "）应晚于出生日期（" + birth + "）");
        }
        if (f.fullMemberOn() != null) {
            if (f.status() == MemberStatus.PROBATIONARY) {
                throw new InputRejectedException("预备党员没有转正日期：请清空转正日期，或把状态改为正式党员");
            }
            if (!f.fullMemberOn().isAfter(f.joinedOn())) {
                throw new InputRejectedException("转正日期（" + f.fullMemberOn() + "）应晚于入党日期（" + f.joinedOn() + "）");
            }
        }
        MemberCategory category = f.category() == null ? MemberCategory.ACTIVE : f.category();
        return new Member(stored == null ? null : stored.id(), name, gender, text(f.ethnicity()), birth, idNumber,
                text(f.education()), f.status(), category, text(f.phone()), f.joinedOn(), f.fullMemberOn(),
                f.departmentId(), text(f.jobTitle()), stored != null && stored.leadershipMember(),
                stored != null && stored.partyAffairsStaff(), stored != null && stored.dualOrganizationalLife(),
                stored == null ? null : stored.leftOn());
    }

    private static void duplicateIdNumber(org.partydesk.store.Tx tx, String idNumber, Integer exceptId) {
        if (idNumber != null) {
            MemberRepository.withIdNumber(tx, idNumber, exceptId).ifPresent(other -> {
                throw new InputRejectedException("身份证号 " + IdNumbers.mask(idNumber) + " 已登记为“" + other.name()
                        + "”的身份证号：同一人不能登记两次，请核对");
            });
        }
    }

    /** The branch {@code unitId}, refused when it is not a 党支部 or does not exist on {@code day}. */
    OrgUnit branch(int unitId, LocalDate day) {
        OrgUnit unit = orgs.find(unitId).orElseThrow(() -> new InputRejectedException("组织不存在（编号 " + unitId + "）"));
        if (unit.kind() != OrgKind.BRANCH) {
            throw new InputRejectedException("“" + unit.name() + "”不是党支部，请选择一个党支部");
        }
        if (!unit.activeOn(day)) {
            throw new InputRejectedException("“" + unit.name() + "”在 " + day + " 不存在（尚未成立或已撤销）");
        }
        return unit;
    }

    private void notFuture(LocalDate day, String what) {
        if (day != null && day.isAfter(today())) {
            throw new InputRejectedException(what + "（" + day + "）不能晚于今天（" + today() + "）");
        }
    }

    private static void notBeforeJoining(Member m, LocalDate day, String what) {
        if (m.joinedOn() != null && day.isBefore(m.joinedOn())) {
            throw new InputRejectedException(what + "（" + day + "）不能早于“" + m.name() + "”的入党日期（" + m.joinedOn() + "）");
        }
    }

    /** Refuses a day before the start of one of the member's memberships (nothing of his history is rewritten). */
    private void notBeforeMemberships(int memberId, LocalDate day, String what) {
        for (MemberRepository.MembershipRow r : members.memberships(memberId)) {
            if (r.startOn().isAfter(day)) {
                throw new InputRejectedException(what + "（" + day + "）不能早于进入“" + r.unitName() + "”的日期（"
                        + r.startOn() + "）");
            }
        }
    }

    private static void notLeft(Member m, String what) {
        if (m.leftOn() != null) {
            throw new InputRejectedException("“" + m.name() + "”已于 " + m.leftOn() + " 离开本单位党组织，不能" + what);
        }
    }

    /** A clerk's text stripped, or null when blank. */
    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
