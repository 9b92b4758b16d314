package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.Recruitment;
import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.RecruitmentRules;
import org.partydesk.logic.ledgers.CommendationEntry.RecipientName;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.logic.ledgers.RecruitmentEntry;
import org.partydesk.logic.ledgers.RecruitmentLedger;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.Recruit;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.RecruitRepository;

/**
 * Imports the 发展党员台账 (decision 0018). A row is one person, matched by 身份证号, else by 姓名 and 所在党支部:
 * a new person becomes a recruit record, a stored one gets the dates the file gives (a blank cell leaves the
 * stored value alone, so importing the same file again changes nothing). Every interval of
 * {@link RecruitmentRules} is checked per row ({@link RecruitmentLedger#validate}) and again on the record as it
 * will be stored. 入党介绍人 are members found by name (张伟（第一党支部） when two share it). A row with
 * 支部大会接收日期 makes the person a member (预备党员 of his branch from that day, {@link Recruitment#newMember}); one
 * with 转正日期 a 正式党员. One transaction, one import batch (undone by {@code undo-import}).
 */
public final class RecruitmentImport implements LedgerImporter {
    static final String UNIT = "人";

    private final Workspace workspace;
    private final ColumnMaps columnMaps;
    private final CheckedSheet<RecruitmentEntry> sheet;
    private final RecruitmentRules rules = RecruitmentRules.standard();
    private final List<LedgerMessage> resolutionMessages = new ArrayList<>();
    /** The sheets without a 谈话日期 column already said so, in the current resolution. */
    private final java.util.Set<String> noTalkColumn = new java.util.HashSet<>();
    private final ImportSummary preview;

    /**
     * What to do with one row: {@code existing} null for an add; {@code target} the record to store (memberId
     * null while a new member is still to be made); {@code confirm} the member to make 正式党员, if any.
     */
    private record Plan(int row, RecruitmentEntry entry, Recruit existing, Recruit target, Member confirm) {
        boolean isUpdate() {
            return existing != null && (!sameFields(existing, target) || confirm != null);
        }
    }

    private RecruitmentImport(Workspace workspace, Path file, ImportOptions options) {
        this.workspace = workspace;
        this.columnMaps = ColumnMaps.of(LedgerKind.RECRUITMENT, workspace, file, options);
        LocalDate today = LocalDate.now(workspace.database().clock());
        this.sheet = CheckedSheet.read(file, options.sheet(), columnMaps.aliases(), RecruitmentLedger.REQUIRED, KindGuess.given(LedgerKind.RECRUITMENT),
                cells -> RecruitmentLedger.validate(cells, today, rules));
        this.preview = summaryOf(resolve());
    }

    /** Reads and checks the ledger as {@code options} say (sheet, column mapping). */
    public static RecruitmentImport open(Workspace workspace, Path file, ImportOptions options) {
        return new RecruitmentImport(workspace, file, options);
    }

    @Override
    public Path file() {
        return sheet.file();
    }

    @Override
    public ImportSummary preview() {
        return preview;
    }

    @Override
    public ImportSummary apply(Progress progress) {
        return sheet.writeImport(workspace, LedgerKind.RECRUITMENT, columnMaps, preview, "recruit", tx -> {
            List<Plan> plans = resolve();
            ImportSummary done = summaryOf(plans);
            CheckedSheet.rejectIfErrors(done.errors());
            int count = 0;
            for (Plan p : plans) {
                progress.checkCancelled();
                Recruit t = p.target();
                boolean newMember = t.admittedOn() != null && t.memberId() == null;
                if (newMember) {
                    t = withMember(t, Recruitment.newMember(tx, t, t.branchId(), t.admittedOn(), t.confirmedOn()));
                }
                if (p.existing() == null) {
                    RecruitRepository.add(tx, t);
                } else if (!sameFields(p.existing(), t)) {
                    RecruitRepository.update(tx, t);
                }
                if (p.confirm() != null) {
                    MemberRepository.update(tx, p.confirm().madeFull(t.confirmedOn()));
                }
                progress.update(++count, plans.size(), "正在导入" + sheet.rowText(p.row()));
            }
            return done;
        });
    }

    @Override
    public void writeAnnotated(Path out) {
        sheet.writeAnnotated(resolutionMessages, out);
    }

    /** What the database knows that rows are matched against. */
    private final class Directory {
        final MemberRepository memberRepo = new MemberRepository(workspace.database());
        final List<Member> members = memberRepo.all();
        final Map<Integer, Member> memberById = members.stream().collect(Collectors.toMap(Member::id, m -> m));
        final Map<String, List<Member>> membersByName = members.stream().collect(Collectors.groupingBy(Member::name));
        final Map<String, Member> memberByIdNumber = members.stream().filter(m -> m.idNumber() != null)
                .collect(Collectors.toMap(Member::idNumber, m -> m, (a, b) -> a));
        final Map<Integer, String> branchNow = memberRepo.branchNamesOfAll(LocalDate.now(workspace.database().clock()));
        final List<OrgUnit> units = new OrgRepository(workspace.database()).all();
        final BranchNames branches = BranchNames.branches(units);
        final List<Recruit> recruits = new RecruitRepository(workspace.database()).all();
        final Map<String, Recruit> byIdNumber = recruits.stream().filter(r -> r.idNumber() != null)
                .collect(Collectors.toMap(Recruit::idNumber, Function.identity(), (a, b) -> a));
        final Map<String, List<Recruit>> byNameAndBranch = recruits.stream()
                .collect(Collectors.groupingBy(r -> r.name() + "|" + r.branchId()));
        final Map<Integer, Set<String>> unitsEver = new HashMap<>();

        Set<String> unitsOf(int memberId) {
            return unitsEver.computeIfAbsent(memberId, id -> memberRepo.memberships(id).stream()
                    .map(MemberRepository.MembershipRow::unitName).collect(Collectors.toSet()));
        }
    }

    private List<Plan> resolve() {
        resolutionMessages.clear();
        noTalkColumn.clear();
        Directory dir = new Directory();
        MeetingRepository meetings = new MeetingRepository(workspace.database());
        List<Plan> plans = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CheckedSheet.Row<RecruitmentEntry> row : sheet.rows()) {
            RecruitmentEntry e = row.entry();
            int n = row.number();
            BranchNames.Resolved branch = dir.branches.resolve(e.branch());
            if (branch.problem() != null || branch.isNew()) {
                error(n, RecruitmentLedger.BRANCH, branch.problem() != null ? branch.problem()
                        : "库中没有党支部“" + e.branch() + "”；请先在组织页面添加或导入花名册，再导入发展党员台账");
                continue;
            }
            int branchId = branch.unit().id();
            // 一支部 for the stored 机关第一党支部: read as the stored branch, said once per name
            String note = dir.branches.noteOnce(e.branch(), branch);
            if (note != null) {
                resolutionMessages.add(sheet.message(Severity.WARNING, n, RecruitmentLedger.BRANCH, note));
            }
            String identity = e.idNumber() != null ? e.idNumber() : e.name() + "|" + branchId;
            Integer earlier = seen.putIfAbsent(identity, n);
            if (earlier != null) {
                error(n, e.idNumber() != null ? RecruitmentLedger.ID_NUMBER : RecruitmentLedger.NAME,
                        "与" + sheet.rowText(earlier) + "是同一人（" + (e.idNumber() != null ? "身份证号" : "姓名和所在党支部")
                                + "相同），每人只写一行");
                continue;
            }
            Recruit existing = e.idNumber() != null ? dir.byIdNumber.get(e.idNumber()) : null;
            if (existing == null) {
                List<Recruit> same = dir.byNameAndBranch.getOrDefault(e.name() + "|" + branchId, List.of()).stream()
                        .filter(r -> e.idNumber() == null || r.idNumber() == null).toList();
                if (same.size() > 1) {
                    error(n, RecruitmentLedger.NAME, "库中“" + e.branch() + "”有 " + same.size() + " 条“" + e.name()
                            + "”的发展党员记录，无法确定是哪一条；请填写身份证号");
                    continue;
                }
                existing = same.isEmpty() ? null : same.get(0);
            }
            List<Integer> introducers = new ArrayList<>();
            boolean ok = true;
            for (RecipientName name : e.introducers()) {
                Integer id = introducer(dir, n, e.introducersKey(), name);
                ok &= id != null;
                if (id != null) {
                    introducers.add(id);
                }
            }
            if (!ok) {
                continue;
            }
            if (introducers.size() == 2 && introducers.get(0).equals(introducers.get(1))) {
                error(n, e.introducersKey(), "两名入党介绍人不能是同一人");
                continue;
            }
            Recruit target = merge(existing, e, branchId, introducers);
            Member onRoster = target.memberId() == null && target.admittedOn() != null && target.idNumber() != null
                    ? dir.memberByIdNumber.get(target.idNumber()) : null;
            if (onRoster != null) {
                // already a member (the roster came first): the row is his development record, not a new admission
                target = withMember(target, onRoster.id());
                if (onRoster.joinedOn() != null && !onRoster.joinedOn().equals(target.admittedOn())) {
                    resolutionMessages.add(sheet.message(Severity.WARNING, n, RecruitmentLedger.ADMITTED_ON, "“" + e.name()
                            + "”已在花名册中，入党日期为 " + onRoster.joinedOn() + "，与支部大会接收日期 " + target.admittedOn()
                            + " 不同；花名册未改动，请核对"));
                }
            }
            if (!check(n, e, existing, target, dir, meetings)) {
                continue;
            }
            Member confirm = null;
            if (target.memberId() != null && e.confirmedOn() != null
                    && (existing == null || !e.confirmedOn().equals(existing.confirmedOn()))) {
                confirm = dir.memberById.get(target.memberId());
                if (existing == null && confirm.fullMemberOn() != null) {
                    confirm = null; // the roster has him full already; the record keeps the ledger's date
                } else if (existing != null && existing.confirmedOn() != null) {
                    error(n, RecruitmentLedger.CONFIRMED_ON, "“" + e.name() + "”已于 " + existing.confirmedOn()
                            + " 转正，与表中的转正日期不同；请在党员页面核对");
                    continue;
                }
            }
            plans.add(new Plan(n, e, existing, target, confirm));
        }
        return plans;
    }

    /** The record as it will be stored: the stored one with the dates the file gives, or a new one. */
    private static Recruit merge(Recruit s, RecruitmentEntry e, int branchId, List<Integer> introducers) {
        Integer i1 = introducers.size() > 0 ? introducers.get(0) : s == null ? null : s.introducer1Id();
        Integer i2 = introducers.size() > 1 ? introducers.get(1) : s == null ? null : s.introducer2Id();
        if (s == null) {
            return new Recruit(null, e.name(), e.gender(), e.birthDate(), e.idNumber(), branchId, e.branch(), e.appliedOn(),
                    e.talkOn(), e.activistOn(), e.candidateOn(), i1, null, i2, null, e.trainingDays(), e.trainingHours(),
                    e.reviewOn(), e.admittedOn(), null, e.approvedOn(), null, e.confirmedOn(), e.stoppedOn(), e.stopReason(),
                    e.notes());
        }
        return new Recruit(s.id(), s.name(), or(e.gender(), s.gender()), or(e.birthDate(), s.birthDate()),
                or(e.idNumber(), s.idNumber()), s.branchId(), s.branchName(), or(e.appliedOn(), s.appliedOn()),
                or(e.talkOn(), s.talkOn()), or(e.activistOn(), s.activistOn()), or(e.candidateOn(), s.candidateOn()),
                i1, s.introducer1Name(), i2, s.introducer2Name(), or(e.trainingDays(), s.trainingDays()),
                or(e.trainingHours(), s.trainingHours()), or(e.reviewOn(), s.reviewOn()), or(e.admittedOn(), s.admittedOn()),
                s.admitMeetingId(), or(e.approvedOn(), s.approvedOn()), s.memberId(), or(e.confirmedOn(), s.confirmedOn()),
                or(e.stoppedOn(), s.stoppedOn()), or(e.stopReason(), s.stopReason()), or(e.notes(), s.notes()));
    }

    private static <T> T or(T given, T held) {
        return given != null ? given : held;
    }

    /** The checks of the record as it will be stored (the row alone was checked by the ledger); false on an error. */
    private boolean check(int n, RecruitmentEntry e, Recruit existing, Recruit t, Directory dir, MeetingRepository meetings) {
        int errors = resolutionMessages.size();
        if (existing != null && existing.admittedOn() != null && e.admittedOn() != null
                && !existing.admittedOn().equals(e.admittedOn())) {
            error(n, RecruitmentLedger.ADMITTED_ON, "“" + e.name() + "”已于 " + existing.admittedOn()
                    + " 经支部大会接收为预备党员，与表中的日期不同；请在党员页面核对");
        }
        if (t.appliedOn() == null) {
            error(n, RecruitmentLedger.APPLIED_ON, "递交入党申请书日期为空");
            return false;
        }
        if (t.activistOn() != null && t.talkOn() == null && sheet.hasColumn(n, RecruitmentLedger.TALK_ON)) {
            error(n, RecruitmentLedger.TALK_ON, "谈话日期为空：先谈话，再确定为入党积极分子。" + rules.talkRule() + "。");
        } else if (t.activistOn() != null && t.talkOn() == null && noTalkColumn.add(sheet.sheetOf(n))) {
            // an older ledger that never kept the 谈话 day: not a breach of the rule, a day not recorded (said once a sheet)
            resolutionMessages.add(sheet.message(Severity.WARNING, n, null, "表中没有“谈话日期”一列，这张表的人员都没有谈话日期；"
                    + rules.talkRule() + "。请在发展党员页面补登"));
        }
        if (t.candidateOn() != null) {
            if (t.activistOn() == null) {
                error(n, RecruitmentLedger.ACTIVIST_ON, "确定为入党积极分子日期为空，不能确定为发展对象");
            } else if (e.activistOn() == null || e.candidateOn() == null) {
                rules.candidate(t.activistOn(), t.candidateOn()).ifPresent(r -> error(n, RecruitmentLedger.CANDIDATE_ON, r));
            }
        }
        if (t.admittedOn() != null && t.candidateOn() == null) {
            error(n, RecruitmentLedger.CANDIDATE_ON, "确定为发展对象日期为空，不能接收为预备党员");
        }
        if (t.approvedOn() != null && t.admittedOn() == null) {
            error(n, RecruitmentLedger.ADMITTED_ON, "支部大会接收日期为空，不能填写上级党委审批日期");
        }
        if (t.confirmedOn() != null) {
            if (t.admittedOn() == null) {
                error(n, RecruitmentLedger.ADMITTED_ON, "支部大会接收日期为空，不能转正");
            } else if (e.admittedOn() == null || e.confirmedOn() == null) {
                rules.confirmation(t.admittedOn(), t.confirmedOn()).ifPresent(r -> error(n, RecruitmentLedger.CONFIRMED_ON, r));
            }
            if (t.approvedOn() == null) {
                error(n, RecruitmentLedger.APPROVED_ON, "上级党委审批日期为空，不能转正。" + rules.approvalRule() + "。");
            }
        }
        if (t.idNumber() != null && t.admittedOn() != null && t.memberId() == null) {
            Member other = dir.memberByIdNumber.get(t.idNumber());
            if (other != null) {
                error(n, RecruitmentLedger.ID_NUMBER, "身份证号 " + IdNumbers.mask(t.idNumber()) + " 已是党员“" + other.name()
                        + "”的身份证号；已在花名册中的党员不能再由发展党员台账接收");
            }
        }
        if (e.admittedOn() != null && (existing == null || existing.admittedOn() == null)) {
            List<Integer> intro = new ArrayList<>();
            if (t.introducer1Id() != null) {
                intro.add(t.introducer1Id());
            }
            if (t.introducer2Id() != null) {
                intro.add(t.introducer2Id());
            }
            Set<Integer> full = meetings.votingMembers(intro, t.admittedOn());
            // the introducers who were no 正式党员 that day, by name: the rule's message says who
            List<String> notFull = intro.stream().filter(id -> !full.contains(id))
                    .map(id -> dir.memberById.containsKey(id) ? dir.memberById.get(id).name() : String.valueOf(id)).toList();
            rules.admission(intro.size(), full.size(), t.trainingDays(), t.trainingHours(), t.reviewOn(), t.admittedOn())
                    .map(r -> notFull.isEmpty() || !r.startsWith("入党介绍人中有人") ? r
                            : "入党介绍人" + String.join("、", notFull) + "在 " + t.admittedOn() + " 不是正式党员。"
                            + r.substring(r.indexOf('。') + 1))
                    .ifPresent(r -> error(n, RecruitmentLedger.ADMITTED_ON, r));
            OrgUnit unit = dir.units.stream().filter(u -> u.id() == t.branchId()).findFirst().orElseThrow();
            if (!unit.activeOn(t.admittedOn())) {
                error(n, RecruitmentLedger.BRANCH, "“" + unit.name() + "”在 " + t.admittedOn() + " 不存在（尚未成立或已撤销）");
            }
        }
        return resolutionMessages.size() == errors;
    }

    /** The member an 入党介绍人 name stands for, or null with an error. */
    private Integer introducer(Directory dir, int row, String key, RecipientName n) {
        List<Member> candidates = dir.membersByName.getOrDefault(n.name(), List.of());
        if (n.qualifier() != null) {
            candidates = candidates.stream().filter(m -> dir.unitsOf(m.id()).contains(n.qualifier())).toList();
        }
        if (candidates.size() == 1) {
            return candidates.get(0).id();
        }
        if (candidates.isEmpty()) {
            error(row, key, n.qualifier() == null ? "入党介绍人“" + n.name() + "”不是库中的党员（入党介绍人须为正式党员）"
                    : "库中没有在“" + n.qualifier() + "”的党员“" + n.name() + "”");
            return null;
        }
        String where = candidates.stream().map(m -> dir.branchNow.getOrDefault(m.id(), "无组织关系"))
                .collect(Collectors.joining("、"));
        error(row, key, "入党介绍人“" + n.text() + "”有" + candidates.size() + "名同名党员（" + where
                + "），无法确定是哪一位；请写作 " + n.name() + "（所在党支部）");
        return null;
    }

    private void error(int row, String key, String reason) {
        resolutionMessages.add(sheet.message(Severity.ERROR, row, key, reason));
    }

    private static Recruit withMember(Recruit r, int memberId) {
        return new Recruit(r.id(), r.name(), r.gender(), r.birthDate(), r.idNumber(), r.branchId(), r.branchName(),
                r.appliedOn(), r.talkOn(), r.activistOn(), r.candidateOn(), r.introducer1Id(), r.introducer1Name(),
                r.introducer2Id(), r.introducer2Name(), r.trainingDays(), r.trainingHours(), r.reviewOn(), r.admittedOn(),
                r.admitMeetingId(), r.approvedOn(), memberId, r.confirmedOn(), r.stoppedOn(), r.stopReason(), r.notes());
    }

    /** Whether the stored columns of two records are the same (names and 转正 are not stored on the record). */
    private static boolean sameFields(Recruit a, Recruit b) {
        return Objects.equals(a.gender(), b.gender()) && Objects.equals(a.birthDate(), b.birthDate())
                && Objects.equals(a.idNumber(), b.idNumber()) && a.branchId() == b.branchId()
                && Objects.equals(a.appliedOn(), b.appliedOn()) && Objects.equals(a.talkOn(), b.talkOn())
                && Objects.equals(a.activistOn(), b.activistOn()) && Objects.equals(a.candidateOn(), b.candidateOn())
                && Objects.equals(a.introducer1Id(), b.introducer1Id()) && Objects.equals(a.introducer2Id(), b.introducer2Id())
                && Objects.equals(a.trainingDays(), b.trainingDays()) && Objects.equals(a.trainingHours(), b.trainingHours())
                && Objects.equals(a.reviewOn(), b.reviewOn()) && Objects.equals(a.admittedOn(), b.admittedOn())
                && Objects.equals(a.approvedOn(), b.approvedOn()) && Objects.equals(a.memberId(), b.memberId())
                && Objects.equals(a.stoppedOn(), b.stoppedOn()) && Objects.equals(a.stopReason(), b.stopReason())
                && Objects.equals(a.notes(), b.notes());
    }

    private ImportSummary summaryOf(List<Plan> plans) {
        int adds = (int) plans.stream().filter(p -> p.existing() == null).count();
        int updates = (int) plans.stream().filter(Plan::isUpdate).count();
        List<ImportRecord> records = new ArrayList<>();
        List<String> newMembers = new ArrayList<>();
        for (Plan p : plans) {
            RecruitmentEntry e = p.entry();
            if (p.target().admittedOn() != null && p.target().memberId() == null) {
                newMembers.add(e.name());
            }
            records.add(new ImportRecord(p.existing() == null ? ImportRecord.Action.ADD
                    : p.isUpdate() ? ImportRecord.Action.UPDATE : ImportRecord.Action.UNCHANGED,
                    CheckedSheet.excelRow(p.row()), e.name() + "（" + e.branch() + "）",
                    p.isUpdate() ? (p.confirm() != null ? "转正" : "日期或其他信息有变化") : "", sheet.sheetOf(p.row())));
        }
        return new ImportSummary(UNIT, adds, updates, plans.size() - adds - updates,
                List.of(new ImportSummary.Created("新接收预备党员", "人", newMembers)),
                sheet.warnings(resolutionMessages), sheet.errors(resolutionMessages), records, columnMaps.mappings(sheet.sheets()));
    }
}
