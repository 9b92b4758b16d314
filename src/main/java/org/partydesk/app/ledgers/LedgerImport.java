package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.logic.ledgers.MemberEntry;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.model.Department;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.Database;
import org.partydesk.store.DepartmentRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.Tx;

/**
 * Imports the member roster ledger (花名册). Creating it reads and checks the whole file; {@link #preview()}
 * tells what would happen (members to add and to update, new branches and departments, warnings, errors)
 * and {@link #apply(Progress)} does it in one transaction, or writes nothing at all when there is any
 * error or the user cancels. Members are matched by ID number (a masked one, from a masked export, by
 * mask and name); a blank cell leaves the stored value alone, so importing the same file twice changes
 * nothing the second time. A member whose branch changed leaves the old one yesterday and joins the new
 * one today. Branches the database does not know are created under the organ committee (机关党委).
 */
public final class LedgerImport implements LedgerImporter {
    /** The name of the organ committee created when none exists and a new branch needs a parent. */
    static final String ORGAN_COMMITTEE_NAME = "机关党委";
    /** New members written per batch (the rows wait in memory until then). */
    private static final int BATCH = 5000;
    private static final Set<String> BRANCH_KINDS = Set.of(OrgKind.BRANCH.name(), OrgKind.GENERAL_BRANCH.name());

    private final Workspace workspace;
    private final CheckedSheet<MemberEntry> sheet;
    /** What the latest resolution against the database found (names that do not exist, masked IDs …). */
    private final List<LedgerMessage> resolutionMessages = new ArrayList<>();
    private final Preview preview;

    /** What an import would do, or did. */
    public record Preview(int adds, int updates, int unchanged, List<String> newBranches, List<String> newDepartments,
                          List<ImportMessage> warnings, List<ImportMessage> errors) implements ImportPreview {
        @Override
        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        @Override
        public String counts() {
            return "新增 " + adds + " 人，更新 " + updates + " 人";
        }

        /** e.g. "新增 3 人，更新 1 人，未变 20 人；新建党支部 1 个：…；警告 2 条，错误 0 条". */
        @Override
        public String summary() {
            StringBuilder sb = new StringBuilder("新增 " + adds + " 人，更新 " + updates + " 人，未变 " + unchanged + " 人");
            if (!newBranches.isEmpty()) {
                sb.append("；新建党支部 ").append(newBranches.size()).append(" 个：").append(String.join("、", newBranches));
            }
            if (!newDepartments.isEmpty()) {
                sb.append("；新建处室 ").append(newDepartments.size()).append(" 个：").append(String.join("、", newDepartments));
            }
            return sb.append("；警告 ").append(warnings.size()).append(" 条，错误 ").append(errors.size()).append(" 条").toString();
        }
    }

    /** What to do with one row against the database as it is now; {@code existing} is null for an add. */
    private record Plan(CheckedSheet.Row<MemberEntry> row, Member existing, Member target, boolean fieldsChanged, boolean branchChanged) {
        boolean isUpdate() {
            return existing != null && (fieldsChanged || branchChanged);
        }
    }

    /** The plans for all rows and what resolving them against the database found. */
    private record Resolution(List<Plan> plans, Map<String, Integer> branchIds, Map<String, Integer> departmentIds,
                              Set<String> newBranches, Set<String> newDepartments, List<LedgerMessage> messages) {
    }

    private LedgerImport(Workspace workspace, Path file) {
        this.workspace = workspace;
        LocalDate today = today();
        this.sheet = CheckedSheet.read(file, MemberLedger.COLUMNS, MemberLedger.REQUIRED,
                cells -> MemberLedger.validate(cells, today));
        checkDuplicates();
        this.preview = previewOf(resolve());
    }

    /**
     * Reads and checks a roster file against the workspace's database. Throws
     * {@link InputRejectedException} when the file cannot be read as a ledger at all.
     */
    public static LedgerImport members(Workspace workspace, Path file) {
        return new LedgerImport(workspace, file);
    }

    @Override
    public Path file() {
        return sheet.file();
    }

    /** What {@link #apply} would do, with every warning and error. */
    @Override
    public Preview preview() {
        return preview;
    }

    /**
     * Imports everything in one transaction, reporting progress per row; nothing is written when the file
     * has an error (then {@link InputRejectedException} lists them all) or the user cancels.
     */
    @Override
    public Preview apply(Progress progress) {
        CheckedSheet.rejectIfErrors(preview.errors());
        return workspace.database().write(workspace.operator(), tx -> {
            tx.beginBatch(LedgerKind.MEMBERS.name(), sheet.file().getFileName().toString());
            Resolution r = resolve();
            Preview done = previewOf(r);
            CheckedSheet.rejectIfErrors(done.errors());
            Map<String, Integer> branchIds = new HashMap<>(r.branchIds());
            if (!r.newBranches().isEmpty()) {
                int organ = organCommittee(workspace.database(), tx);
                for (String name : r.newBranches()) {
                    branchIds.put(name, OrgRepository.add(tx, new OrgUnit(null, organ, OrgKind.BRANCH, name, null,
                            false, null, null, 0)));
                }
            }
            Map<String, Integer> departmentIds = new HashMap<>(r.departmentIds());
            for (String name : r.newDepartments()) {
                departmentIds.put(name, DepartmentRepository.add(tx, new Department(null, name, 0)));
            }
            LocalDate today = today();
            int total = r.plans().size();
            int count = 0;
            List<Member> newMembers = new ArrayList<>();
            List<Integer> newBranchIds = new ArrayList<>();
            for (Plan plan : r.plans()) {
                progress.checkCancelled();
                MemberEntry e = plan.row().entry();
                Member target = withDepartment(plan.target(),
                        e.department() == null ? plan.target().departmentId() : departmentIds.get(e.department()));
                int branchId = branchIds.get(e.branch());
                if (plan.existing() == null) {
                    newMembers.add(target);
                    newBranchIds.add(branchId);
                    if (newMembers.size() >= BATCH) {
                        addAll(tx, newMembers, newBranchIds, today);
                    }
                } else {
                    addAll(tx, newMembers, newBranchIds, today);
                    if (plan.fieldsChanged()) {
                        MemberRepository.update(tx, target);
                    }
                    if (plan.branchChanged()) {
                        MemberRepository.moveToUnit(tx, target.id(), branchId, today);
                    }
                }
                progress.update(++count, total, "正在导入第 " + plan.row().number() + " 行");
            }
            addAll(tx, newMembers, newBranchIds, today);
            tx.audit("member", null, "IMPORT", null, "{\"file\":\"" + CheckedSheet.jsonEscape(sheet.file().getFileName().toString())
                    + "\",\"added\":" + done.adds() + ",\"updated\":" + done.updates() + "}");
            return done;
        });
    }

    /**
     * Writes a copy of the imported sheet to {@code out} (.xlsx) with a 导入结果 column beside the last
     * column, holding each row's errors and warnings.
     */
    @Override
    public void writeAnnotated(Path out) {
        sheet.writeAnnotated(resolutionMessages, out);
    }

    private void checkDuplicates() {
        Map<String, Integer> seen = new HashMap<>();
        List<CheckedSheet.Row<MemberEntry>> kept = new ArrayList<>();
        for (CheckedSheet.Row<MemberEntry> row : sheet.rows()) {
            MemberEntry e = row.entry();
            String key = e.idNumber() != null ? e.idNumber() : e.maskedIdNumber() + "|" + e.name();
            Integer first = seen.putIfAbsent(key, row.number());
            if (first == null) {
                kept.add(row);
            } else {
                sheet.add(Severity.ERROR, row.number(), MemberLedger.ID_NUMBER,
                        "身份证号与第" + first + "行重复（同一党员只能出现一次）");
            }
        }
        sheet.keep(kept);
    }

    /** Matches every row against the database as it is now (also inside the import's transaction). */
    private Resolution resolve() {
        Database db = workspace.database();
        LocalDate today = today();
        MemberRepository memberRepo = new MemberRepository(db);
        List<Member> all = memberRepo.all();
        Map<String, Member> byId = new HashMap<>();
        Map<String, List<Member>> byMask = new HashMap<>();
        for (Member m : all) {
            if (m.idNumber() != null) {
                byId.put(m.idNumber(), m);
                byMask.computeIfAbsent(IdNumbers.mask(m.idNumber()) + "|" + m.name(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<Integer, Integer> branchOf = memberRepo.branchIdsOfAll(today);
        List<OrgUnit> allUnits = new OrgRepository(db).all();
        Map<Integer, String> unitNames = UnitNames.qualifiedAll(allUnits);
        List<Department> departments = new DepartmentRepository(db).all();
        Map<String, Integer> departmentIds = departments.stream().collect(Collectors.toMap(Department::name, Department::id));
        Map<Integer, String> departmentNames = departments.stream().collect(Collectors.toMap(Department::id, Department::name));

        List<Plan> plans = new ArrayList<>();
        Map<String, Integer> branchIds = new HashMap<>();
        Set<String> newBranches = new LinkedHashSet<>();
        Set<String> newDepartments = new LinkedHashSet<>();
        List<LedgerMessage> messages = new ArrayList<>();
        for (CheckedSheet.Row<MemberEntry> row : sheet.rows()) {
            MemberEntry e = row.entry();
            Member existing;
            if (e.idNumber() != null) {
                existing = byId.get(e.idNumber());
            } else {
                List<Member> candidates = byMask.getOrDefault(e.maskedIdNumber() + "|" + e.name(), List.of());
                if (candidates.size() != 1) {
                    messages.add(sheet.message(Severity.ERROR, row.number(), MemberLedger.ID_NUMBER, candidates.isEmpty()
                            ? "身份证号是脱敏的（" + e.maskedIdNumber() + "），库中没有姓名为“" + e.name()
                                    + "”且号码相符的党员；新党员请填写完整的身份证号"
                            : "身份证号是脱敏的（" + e.maskedIdNumber() + "），库中有" + candidates.size() + "名同名且号码相符的党员，"
                                    + "无法确定是哪一位；请填写完整的身份证号"));
                    continue;
                }
                existing = candidates.get(0);
            }
            List<OrgUnit> units = UnitNames.resolve(e.branch(), allUnits).stream()
                    .filter(u -> BRANCH_KINDS.contains(u.kind().name())).toList();
            if (units.size() > 1) {
                messages.add(sheet.message(Severity.ERROR, row.number(), MemberLedger.BRANCH,
                        UnitNames.ambiguous(e.branch(), units, allUnits)));
                continue;
            } else if (units.size() == 1) {
                branchIds.put(e.branch(), units.get(0).id());
            } else if (UnitNames.isQualified(e.branch(), allUnits)) {
                messages.add(sheet.message(Severity.ERROR, row.number(), MemberLedger.BRANCH, UnitNames.notFound(e.branch())));
                continue;
            } else {
                newBranches.add(e.branch());
            }
            boolean newDepartment = e.department() != null && !departmentIds.containsKey(e.department());
            if (newDepartment) {
                newDepartments.add(e.department());
            }
            if (existing == null) {
                plans.add(new Plan(row, null, newMember(e, departmentIds.get(e.department())), true, true));
                continue;
            }
            Integer departmentId = e.department() == null ? existing.departmentId() : departmentIds.get(e.department());
            Member target = merged(existing, e, departmentId);
            boolean fieldsChanged = !target.equals(existing) || newDepartment;
            Integer oldBranch = branchOf.get(existing.id());
            boolean branchChanged = units.size() != 1 || !units.get(0).id().equals(oldBranch);
            if (!existing.name().equals(e.name())) {
                messages.add(sheet.message(Severity.WARNING, row.number(), MemberLedger.NAME,
                        "库中同一身份证号的党员姓名为“" + existing.name() + "”，将改为“" + e.name() + "”"));
            }
            if (existing.departmentId() != null && e.department() != null
                    && !e.department().equals(departmentNames.get(existing.departmentId()))) {
                messages.add(sheet.message(Severity.WARNING, row.number(), MemberLedger.DEPARTMENT,
                        "处室由“" + departmentNames.get(existing.departmentId()) + "”改为“" + e.department() + "”"));
            }
            if (branchChanged && oldBranch != null) {
                messages.add(sheet.message(Severity.WARNING, row.number(), MemberLedger.BRANCH,
                        "组织关系由“" + unitNames.get(oldBranch) + "”转到“" + e.branch() + "”（" + today + "起）"));
            }
            plans.add(new Plan(row, existing, target, fieldsChanged, branchChanged));
        }
        return new Resolution(plans, branchIds, departmentIds, newBranches, newDepartments, messages);
    }

    /** Writes the waiting new members with their memberships in batches, audited, and empties the lists. */
    private static void addAll(Tx tx, List<Member> members, List<Integer> branchIds, LocalDate today) {
        MemberRepository.addAll(tx, members, branchIds, today);
        members.clear();
        branchIds.clear();
    }

    private Preview previewOf(Resolution r) {
        resolutionMessages.clear();
        resolutionMessages.addAll(r.messages());
        int adds = (int) r.plans().stream().filter(p -> p.existing() == null).count();
        int updates = (int) r.plans().stream().filter(Plan::isUpdate).count();
        return new Preview(adds, updates, r.plans().size() - adds - updates, List.copyOf(r.newBranches()),
                List.copyOf(r.newDepartments()), sheet.warnings(r.messages()), sheet.errors(r.messages()));
    }

    /** The organ committee (机关党委) new branches go under, created when there is none. */
    static int organCommittee(Database db, Tx tx) {
        return new OrgRepository(db).all().stream()
                .filter(u -> u.kind() == OrgKind.ORGAN_COMMITTEE).map(OrgUnit::id).findFirst()
                .orElseGet(() -> OrgRepository.add(tx, new OrgUnit(null, null, OrgKind.ORGAN_COMMITTEE,
                        ORGAN_COMMITTEE_NAME, null, false, null, null, 0)));
    }

    private static Member newMember(MemberEntry e, Integer departmentId) {
        Gender gender = e.gender() != null ? e.gender()
                : IdNumbers.isMale(e.idNumber()).map(male -> male ? Gender.MALE : Gender.FEMALE).orElse(null);
        LocalDate birth = e.birthDate() != null ? e.birthDate() : IdNumbers.birthDate(e.idNumber()).orElse(null);
        return new Member(null, e.name(), gender, e.ethnicity(), birth, e.idNumber(), e.education(),
                e.status() != null ? e.status() : MemberStatus.FULL,
                e.category() != null ? e.category() : MemberCategory.ACTIVE, e.phone(), e.joinedOn(),
                e.fullMemberOn(), departmentId, e.jobTitle(), false, false, false, null);
    }

    private static Member merged(Member m, MemberEntry e, Integer departmentId) {
        return new Member(m.id(), e.name(), or(e.gender(), m.gender()), or(e.ethnicity(), m.ethnicity()),
                or(e.birthDate(), m.birthDate()), or(e.idNumber(), m.idNumber()), or(e.education(), m.education()),
                or(e.status(), m.status()), or(e.category(), m.category()), or(e.phone(), m.phone()),
                or(e.joinedOn(), m.joinedOn()), or(e.fullMemberOn(), m.fullMemberOn()), departmentId,
                or(e.jobTitle(), m.jobTitle()), m.leadershipMember(), m.partyAffairsStaff(),
                m.dualOrganizationalLife(), m.leftOn());
    }

    private static Member withDepartment(Member m, Integer departmentId) {
        return new Member(m.id(), m.name(), m.gender(), m.ethnicity(), m.birthDate(), m.idNumber(), m.education(),
                m.status(), m.category(), m.phone(), m.joinedOn(), m.fullMemberOn(), departmentId, m.jobTitle(),
                m.leadershipMember(), m.partyAffairsStaff(), m.dualOrganizationalLife(), m.leftOn());
    }

    private static <T> T or(T given, T stored) {
        return given != null ? given : stored;
    }

    private LocalDate today() {
        return LocalDate.now(workspace.database().clock());
    }
}
