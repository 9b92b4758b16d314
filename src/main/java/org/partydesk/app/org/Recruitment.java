package org.partydesk.app.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.RecruitmentRules;
import org.partydesk.logic.Terms;
import org.partydesk.model.Gender;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.Recruit;
import org.partydesk.model.RecruitStage;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.RecruitRepository;
import org.partydesk.store.Tx;

/**
 * 发展党员 (decision 0018): a person from the application (入党申请人) through 入党积极分子 and 发展对象 to
 * 预备党员 and 正式党员, each step dated, one audited transaction each. A step taken earlier than the rules
 * allow ({@link RecruitmentRules}) is refused with the rule quoted; the admission makes the person a member
 * (预备党员 of his branch from that day) and 转正 goes through {@link Members#makeFull}.
 */
public final class Recruitment {
    private final Workspace ws;
    private final RecruitmentRules rules = RecruitmentRules.standard();
    private final RecruitRepository recruits;

    public Recruitment(Workspace ws) {
        this.ws = ws;
        this.recruits = new RecruitRepository(ws.database());
    }

    public RecruitmentRules rules() {
        return rules;
    }

    public LocalDate today() {
        return LocalDate.now(ws.database().clock());
    }

    /** Every record, by branch and application date. */
    public List<Recruit> all() {
        return recruits.all();
    }

    public Recruit find(int id) {
        return recruits.find(id).orElseThrow(() -> new InputRejectedException("发展党员记录不存在（编号 " + id + "）"));
    }

    /** The record that brought a member in, if he came through the pipeline. */
    public Optional<Recruit> ofMember(int memberId) {
        return recruits.ofMember(memberId);
    }

    /** The step a record is waiting for. */
    public RecruitStep nextStep(Recruit r) {
        return switch (r.stage()) {
            case APPLICANT -> r.talkOn() == null ? RecruitStep.TALK : RecruitStep.ACTIVIST;
            case ACTIVIST -> RecruitStep.CANDIDATE;
            case CANDIDATE -> r.introducer1Id() == null || r.introducer2Id() == null || r.reviewOn() == null
                    || r.trainingDays() == null && r.trainingHours() == null ? RecruitStep.DOSSIER : RecruitStep.ADMIT;
            case PROBATIONARY -> r.approvedOn() == null ? RecruitStep.APPROVE : RecruitStep.CONFIRM;
            case FULL, STOPPED -> RecruitStep.NONE;
        };
    }

    /** The first day the next step may be taken by the rules (the day of the stage itself when no interval applies). */
    public LocalDate earliest(Recruit r) {
        return switch (nextStep(r)) {
            case CANDIDATE -> rules.candidateFrom(r.activistOn());
            case CONFIRM -> rules.probationEnds(r.admittedOn());
            default -> r.stageOn();
        };
    }

    /** The 支部党员大会 of the record's branch since it became a 发展对象, newest first: the meetings that may admit him. */
    public List<org.partydesk.model.MeetingSummary> assemblies(Recruit r) {
        if (r.candidateOn() == null) {
            return List.of();
        }
        return new MeetingRepository(ws.database()).list(new org.partydesk.model.MeetingFilter(r.branchId(),
                MeetingType.BRANCH_ASSEMBLY, r.candidateOn(), today(), null)).stream()
                .sorted(Comparator.comparing(org.partydesk.model.MeetingSummary::heldAt).reversed()).toList();
    }

    /** The members who may be introducers on {@code day}: 正式党员 on the roster, by name. */
    public List<Member> fullMembers(LocalDate day) {
        MemberRepository repo = new MemberRepository(ws.database());
        List<Member> on = repo.membersOn(day);
        Set<Integer> full = new MeetingRepository(ws.database()).votingMembers(on.stream().map(Member::id).toList(), day);
        return on.stream().filter(m -> full.contains(m.id())).sorted(Comparator.comparing(Member::name)).toList();
    }

    /** The branches of today, for an application. */
    public List<OrgUnit> branches() {
        return new Members(ws).branches();
    }

    /** 递交入党申请书: a new record at the stage 入党申请人. */
    public int apply(RecruitForm f) {
        String name = Members.text(f.name());
        if (name == null) {
            throw new InputRejectedException("请填写姓名");
        }
        InputRejectedException.refuseIf(org.partydesk.logic.TextLimits.personName(name));
        if (f.branchId() == null) {
            throw new InputRejectedException("请选择所在党支部");
        }
        day(f.appliedOn(), "递交入党申请书日期");
        String idNumber = Members.text(IdNumbers.normalize(f.idNumber()));
        LocalDate birth = f.birthDate();
        Gender gender = f.gender();
        if (idNumber != null) {
            InputRejectedException.refuseIf(IdNumbers.problem(idNumber)
                    .map(p -> "“" + name + "”的" + p + "，请核对"));
            LocalDate fromId = IdNumbers.birthDate(idNumber).orElseThrow();
            if (birth != null && !birth.equals(fromId)) {
                throw new InputRejectedException("出生日期（" + birth + "）与身份证号中的出生日期（" + fromId + "）不符，请核对");
            }
            birth = fromId;
            gender = IdNumbers.isMale(idNumber).orElseThrow() ? Gender.MALE : Gender.FEMALE;
        }
        rules.application(birth, f.appliedOn()).ifPresent(Recruitment::refuse);
        OrgUnit branch = branch(f.branchId(), f.appliedOn());
        Recruit r = new Recruit(null, name, gender, birth, idNumber, branch.id(), branch.name(), f.appliedOn(), null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, Members.text(f.notes()));
        return ws.database().write(ws.operator(), tx -> {
            RecruitRepository.withIdNumber(tx, idNumber, null).ifPresent(other -> refuse("身份证号 "
                    + IdNumbers.mask(idNumber) + " 已有“" + other.name() + "”的入党申请记录，请勿重复登记"));
            MemberRepository.withIdNumber(tx, idNumber, null).ifPresent(other -> refuse("身份证号 "
                    + IdNumbers.mask(idNumber) + " 已是党员“" + other.name() + "”的身份证号"));
            return RecruitRepository.add(tx, r);
        });
    }

    /** 谈话: the branch talked with the applicant on {@code day}. */
    public void talk(int id, LocalDate day) {
        change(id, "谈话", RecruitStage.APPLICANT, r -> {
            after(day, r.appliedOn(), "谈话日期", "递交入党申请书的日期");
            return copy(r, b -> b.talkOn = day);
        });
    }

    /** 确定为入党积极分子 on {@code day}. */
    public void makeActivist(int id, LocalDate day) {
        change(id, "确定为入党积极分子", RecruitStage.APPLICANT, r -> {
            after(day, r.appliedOn(), "确定为入党积极分子的日期", "递交入党申请书的日期");
            if (r.talkOn() == null) {
                refuse("“" + r.name() + "”还没有谈话记录：先记录党组织派人谈话的日期，再确定为入党积极分子。" + rules.talkRule() + "。");
            }
            return copy(r, b -> b.activistOn = day);
        });
    }

    /** 确定为发展对象 on {@code day}: at least the required time after becoming an 积极分子. */
    public void makeCandidate(int id, LocalDate day) {
        change(id, "确定为发展对象", RecruitStage.ACTIVIST, r -> {
            rules.candidate(r.activistOn(), day).ifPresent(Recruitment::refuse);
            return copy(r, b -> b.candidateOn = day);
        });
    }

    /** The two 入党介绍人 of a 发展对象 (members of the bureau). */
    public void setIntroducers(int id, Integer first, Integer second) {
        checkIntroducers(first, second);
        change(id, "填写入党介绍人", RecruitStage.CANDIDATE, r -> copy(r, b -> {
            b.introducer1Id = first;
            b.introducer2Id = second;
        }));
    }

    private void checkIntroducers(Integer first, Integer second) {
        if (first == null || second == null) {
            throw new InputRejectedException("请选择两名入党介绍人");
        }
        if (first.equals(second)) {
            throw new InputRejectedException("两名入党介绍人不能是同一人");
        }
        for (Integer m : List.of(first, second)) {
            new MemberRepository(ws.database()).find(m)
                    .orElseThrow(() -> new InputRejectedException("党员不存在（编号 " + m + "）"));
        }
    }

    /** 集中培训 of a 发展对象: days and hours (either may be null). */
    public void recordTraining(int id, Integer days, Integer hours) {
        checkTraining(days, hours);
        change(id, "记录集中培训", RecruitStage.CANDIDATE, r -> copy(r, b -> {
            b.trainingDays = days;
            b.trainingHours = hours;
        }));
    }

    private static void checkTraining(Integer days, Integer hours) {
        if (days != null && days < 0 || hours != null && hours < 0) {
            throw new InputRejectedException("培训天数和学时不能是负数");
        }
    }

    /**
     * The papers of a 发展对象 at once, as the window's form has them: the two 入党介绍人, 集中培训 (days and hours,
     * either may be null) and 政治审查 concluded on {@code reviewOn}. Everything is checked before anything is
     * written, and it is written in one go: a refusal leaves the record as it was (decision 0054).
     */
    public void recordPapers(int id, Integer first, Integer second, Integer days, Integer hours, LocalDate reviewOn) {
        checkIntroducers(first, second);
        checkTraining(days, hours);
        change(id, "填写发展对象材料", RecruitStage.CANDIDATE, r -> {
            after(reviewOn, r.candidateOn(), "政治审查结论日期", "确定为发展对象的日期");
            return copy(r, b -> {
                b.introducer1Id = first;
                b.introducer2Id = second;
                b.trainingDays = days;
                b.trainingHours = hours;
                b.reviewOn = reviewOn;
            });
        });
    }

    /** 政治审查 concluded on {@code day}. */
    public void recordReview(int id, LocalDate day) {
        change(id, "记录政治审查", RecruitStage.CANDIDATE, r -> {
            after(day, r.candidateOn(), "政治审查结论日期", "确定为发展对象的日期");
            return copy(r, b -> b.reviewOn = day);
        });
    }

    /**
     * 接收为预备党员: the 支部党员大会 of {@code day} ({@code meetingId}: its record, a 支部党员大会 of the branch that
     * day, or null) admitted the 发展对象. Two introducers who are 正式党员 that day, the training and the political
     * review are required. The person becomes a member (预备党员 of the branch from that day, 入党日期 = that day).
     */
    public int admit(int id, LocalDate day, Integer meetingId) {
        Recruit current = find(id);
        expect(current, RecruitStage.CANDIDATE, "接收为预备党员");
        day(day, "支部大会日期");
        after(day, current.candidateOn(), "支部大会日期", "确定为发展对象的日期");
        List<Integer> intro = new ArrayList<>();
        if (current.introducer1Id() != null) {
            intro.add(current.introducer1Id());
        }
        if (current.introducer2Id() != null) {
            intro.add(current.introducer2Id());
        }
        MeetingRepository meetings = new MeetingRepository(ws.database());
        Set<Integer> full = meetings.votingMembers(intro, day);
        rules.admission(intro.size(), full.size(), current.trainingDays(), current.trainingHours(), current.reviewOn(), day)
                .ifPresent(Recruitment::refuse);
        if (meetingId != null) {
            Meeting m = meetings.load(meetingId).orElseThrow(() -> new InputRejectedException("会议不存在（编号 " + meetingId + "）"));
            if (m.orgUnitId() != current.branchId() || !m.heldAt().toLocalDate().equals(day)
                    || !m.types().contains(MeetingType.BRANCH_ASSEMBLY)) {
                refuse("所选会议不是“" + current.branchName() + "”在 " + day + " 召开的" + Terms.label(MeetingType.BRANCH_ASSEMBLY)
                        + "，请选择接收预备党员的那次支部党员大会");
            }
        }
        OrgUnit branch = branch(current.branchId(), day);
        return ws.database().write(ws.operator(), tx -> {
            Recruit r = fresh(tx, current);
            int memberId = newMember(tx, r, branch.id(), day, null);
            RecruitRepository.update(tx, copy(r, b -> {
                b.admittedOn = day;
                b.admitMeetingId = meetingId;
                b.memberId = memberId;
            }));
            return memberId;
        });
    }

    /**
     * The member a 发展对象 becomes when the 支部党员大会 of {@code day} admits him (also used by the 发展党员台账
     * import): 预备党员 of {@code branchId} from that day, 入党日期 = that day; with {@code fullOn} already 正式党员
     * from then. Refused when his ID number is already a member's. Returns the member's id.
     */
    public static int newMember(Tx tx, Recruit r, int branchId, LocalDate day, LocalDate fullOn) {
        MemberRepository.withIdNumber(tx, r.idNumber(), null).ifPresent(other -> refuse("身份证号 "
                + IdNumbers.mask(r.idNumber()) + " 已是党员“" + other.name() + "”的身份证号"));
        Member member = new Member(null, r.name(), r.gender(), null, r.birthDate(), r.idNumber(), null,
                fullOn == null ? MemberStatus.PROBATIONARY : MemberStatus.FULL, MemberCategory.ACTIVE, null, day, fullOn,
                null, null, false, false, false, null);
        int memberId = MemberRepository.add(tx, member);
        MemberRepository.addMembership(tx, memberId, branchId, day, null);
        return memberId;
    }

    /** 上级党委审批 on {@code day}. */
    public void approve(int id, LocalDate day) {
        change(id, "记录上级党委审批", RecruitStage.PROBATIONARY, r -> {
            after(day, r.admittedOn(), "审批日期", "支部大会接收预备党员的日期");
            return copy(r, b -> b.approvedOn = day);
        });
    }

    /** 转正 on {@code day}: the probation year must be over (the member's 转正 through {@link Members#makeFull}). */
    public void confirm(int id, LocalDate day) {
        Recruit r = find(id);
        expect(r, RecruitStage.PROBATIONARY, "转正");
        if (r.approvedOn() == null) {
            refuse("“" + r.name() + "”的预备党员还没有上级党委审批记录，审批后才能转正。" + rules.approvalRule() + "。");
        }
        new Members(ws).makeFull(r.memberId(), day);
    }

    /** 终止培养: the application is no longer pursued (withdrawn, left the bureau …), with the reason. */
    public void stop(int id, LocalDate day, String reason) {
        if (Members.text(reason) == null) {
            throw new InputRejectedException("请填写终止培养的原因");
        }
        Recruit current = find(id);
        if (current.stage() == RecruitStage.PROBATIONARY || current.stage() == RecruitStage.FULL) {
            refuse("“" + current.name() + "”已是党员：预备党员不再培养，请在党员页面办理离开或其他手续");
        }
        change(id, "终止培养", current.stage(), r -> {
            after(day, r.stageOn(), "终止日期", "当前阶段的日期");
            return copy(r, b -> {
                b.stoppedOn = day;
                b.stopReason = Members.text(reason);
            });
        });
    }

    /**
     * What is due on {@code day}: talks not held within the rule after an application, admissions not approved
     * within the rule, 预备党员 (every one on the roster, from the pipeline or not) whose year ends within the
     * reminder days or has ended without 转正. Overdue first, then by due date.
     */
    public List<RecruitReminder> reminders(LocalDate day) {
        List<RecruitReminder> out = new ArrayList<>();
        List<Recruit> all = recruits.all();
        java.util.Map<Integer, Integer> recruitOfMember = new java.util.HashMap<>();
        all.stream().filter(r -> r.memberId() != null).forEach(r -> recruitOfMember.put(r.memberId(), r.id()));
        for (Recruit r : all) {
            if (r.stage() == RecruitStage.APPLICANT && r.talkOn() == null) {
                LocalDate due = rules.talkDue(r.appliedOn());
                boolean overdue = day.isAfter(due);
                out.add(new RecruitReminder(RecruitReminder.Kind.TALK_DUE, r.id(), r.memberId(), r.name(), r.branchName(), due,
                        overdue, "“" + r.name() + "”于 " + r.appliedOn() + " 递交入党申请书，" + (overdue ? "已超过谈话期限（"
                        + due + "）仍未谈话" : "应在 " + due + " 前谈话") + "。" + rules.talkRule() + "。"));
            }
            if (r.stage() == RecruitStage.PROBATIONARY && r.approvedOn() == null) {
                LocalDate due = rules.approvalDue(r.admittedOn());
                boolean overdue = day.isAfter(due);
                out.add(new RecruitReminder(RecruitReminder.Kind.APPROVAL_DUE, r.id(), r.memberId(), r.name(), r.branchName(),
                        due, overdue, "“" + r.name() + "”于 " + r.admittedOn() + " 经支部大会接收为预备党员，" + (overdue
                        ? "已超过审批期限（" + due + "）仍无上级党委审批记录" : "上级党委应在 " + due + " 前审批") + "。"
                        + rules.approvalRule() + "。"));
            }
        }
        MemberRepository members = new MemberRepository(ws.database());
        var branches = members.branchNamesOfAll(day);
        for (Member m : members.membersOn(day)) {
            if (m.status() != MemberStatus.PROBATIONARY || m.fullMemberOn() != null || m.joinedOn() == null) {
                continue;
            }
            LocalDate ends = rules.probationEnds(m.joinedOn());
            if (ends.isAfter(day.plusDays(rules.probationReminderDays()))) {
                continue;
            }
            boolean over = !ends.isAfter(day);
            out.add(new RecruitReminder(RecruitReminder.Kind.PROBATION_ENDING, recruitOfMember.get(m.id()), m.id(),
                    m.name(), branches.getOrDefault(m.id(), ""), ends, over, "预备党员“" + m.name()
                    + "”（入党日期 " + m.joinedOn() + "）的预备期" + (over ? "已于 " + ends.minusDays(1) + " 届满，请及时召开支部党员大会讨论转正"
                    : "将于 " + ends.minusDays(1) + " 届满，请准备讨论其转正") + "。"));
        }
        out.sort(Comparator.comparing(RecruitReminder::overdue).reversed().thenComparing(RecruitReminder::due));
        return out;
    }

    /** A year's figures of 发展党员 (stats --json "recruitment"). */
    public org.partydesk.model.MemberLifeStats.Recruitment counts(int year) {
        return recruits.counts(year);
    }

    // ---------------------------------------------------------------------------------------------------

    /** A step on a record at {@code stage}: {@code step} returns the changed record or refuses. */
    private void change(int id, String what, RecruitStage stage, UnaryOperator<Recruit> step) {
        Recruit current = find(id);
        expect(current, stage, what);
        ws.database().write(ws.operator(), tx -> {
            RecruitRepository.update(tx, step.apply(fresh(tx, current)));
            return null;
        });
    }

    /** The record as stored in the transaction, refused when someone changed it meanwhile. */
    private static Recruit fresh(Tx tx, Recruit read) {
        Recruit r = RecruitRepository.find(tx, read.id()).orElseThrow(() -> new InputRejectedException("发展党员记录已被删除"));
        if (r.stage() != read.stage()) {
            refuse("“" + r.name() + "”的记录已被修改，请刷新后重试");
        }
        return r;
    }

    private void expect(Recruit r, RecruitStage stage, String what) {
        if (r.stage() != stage) {
            refuse("“" + r.name() + "”目前是" + Terms.label(r.stage()) + "（" + r.stageOn() + "），不能" + what
                    + "：这一步只对" + Terms.label(stage) + "办理");
        }
    }

    private void day(LocalDate day, String what) {
        if (day == null) {
            throw new InputRejectedException("请填写" + what);
        }
        if (day.isAfter(today())) {
            throw new InputRejectedException(what + "（" + day + "）不能晚于今天（" + today() + "）");
        }
    }

    private void after(LocalDate day, LocalDate earlier, String what, String earlierWhat) {
        day(day, what);
        if (earlier != null && day.isBefore(earlier)) {
            refuse(what + "（" + day + "）不能早于" + earlierWhat + "（" + earlier + "）");
        }
    }

    private OrgUnit branch(int unitId, LocalDate day) {
        return new Members(ws).branch(unitId, day);
    }

    private static void refuse(String message) {
        throw new InputRejectedException(message);
    }

    /** A mutable copy of a record for one step. */
    private static final class Builder {
        LocalDate talkOn, activistOn, candidateOn, reviewOn, admittedOn, approvedOn, stoppedOn;
        Integer introducer1Id, introducer2Id, trainingDays, trainingHours, admitMeetingId, memberId;
        String stopReason;

        Builder(Recruit r) {
            talkOn = r.talkOn();
            activistOn = r.activistOn();
            candidateOn = r.candidateOn();
            reviewOn = r.reviewOn();
            admittedOn = r.admittedOn();
            approvedOn = r.approvedOn();
            stoppedOn = r.stoppedOn();
            introducer1Id = r.introducer1Id();
            introducer2Id = r.introducer2Id();
            trainingDays = r.trainingDays();
            trainingHours = r.trainingHours();
            admitMeetingId = r.admitMeetingId();
            memberId = r.memberId();
            stopReason = r.stopReason();
        }
    }

    private static Recruit copy(Recruit r, java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(r);
        change.accept(b);
        return new Recruit(r.id(), r.name(), r.gender(), r.birthDate(), r.idNumber(), r.branchId(), r.branchName(),
                r.appliedOn(), b.talkOn, b.activistOn, b.candidateOn, b.introducer1Id, r.introducer1Name(), b.introducer2Id,
                r.introducer2Name(), b.trainingDays, b.trainingHours, b.reviewOn, b.admittedOn, b.admitMeetingId, b.approvedOn,
                b.memberId, r.confirmedOn(), b.stoppedOn, b.stopReason, r.notes());
    }
}
