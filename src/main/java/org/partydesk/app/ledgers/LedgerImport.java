package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.ledgers.HeaderAliases;
import org.partydesk.logic.ledgers.LedgerColumn;
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
import org.partydesk.office.ledgers.AnnotatedCopy;
import org.partydesk.office.ledgers.LedgerFileException;
import org.partydesk.office.ledgers.LedgerReader;
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
    private static final Set<String> BRANCH_KINDS = Set.of(OrgKind.BRANCH.name(), OrgKind.GENERAL_BRANCH.name());

    private final Workspace workspace;
    private final Path file;
    private final LedgerReader.Header header;
    private final List<LedgerMessage> fileMessages = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
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

    /** A valid row of the file. */
    private record Row(int number, MemberEntry entry) {
    }

    /** What to do with one row against the database as it is now; {@code existing} is null for an add. */
    private record Plan(Row row, Member existing, Member target, boolean fieldsChanged, boolean branchChanged) {
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
        this.file = file;
        LocalDate today = today();
        List<LedgerMessage> rowMessages = new ArrayList<>();
        LedgerReader.Result result;
        try {
            result = LedgerReader.read(file, null, MemberLedger.COLUMNS, (header, r) -> {
                MemberLedger.RowResult checked = MemberLedger.validate(r.cells(), today);
                checked.problems().forEach(p -> rowMessages.add(header.message(p.severity(), r.number(), p.key(), p.reason())));
                if (checked.entry() != null) {
                    rows.add(new Row(r.number(), checked.entry()));
                }
            });
        } catch (LedgerFileException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
        this.header = result.header();
        fileMessages.addAll(result.messages());
        List<LedgerMessage> missing = missingColumns(header, MemberLedger.COLUMNS, MemberLedger.REQUIRED);
        fileMessages.addAll(missing);
        if (missing.isEmpty()) {
            fileMessages.addAll(rowMessages);
            checkDuplicates();
        } else {
            rows.clear();
        }
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
        return file;
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
        rejectIfErrors(preview);
        return workspace.database().write(workspace.operator(), tx -> {
            Resolution r = resolve();
            Preview done = previewOf(r);
            rejectIfErrors(done);
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
            for (Plan plan : r.plans()) {
                progress.checkCancelled();
                MemberEntry e = plan.row().entry();
                Member target = withDepartment(plan.target(),
                        e.department() == null ? plan.target().departmentId() : departmentIds.get(e.department()));
                int branchId = branchIds.get(e.branch());
                if (plan.existing() == null) {
                    int id = MemberRepository.add(tx, target);
                    MemberRepository.addMembership(tx, id, branchId, today, null);
                } else {
                    if (plan.fieldsChanged()) {
                        MemberRepository.update(tx, target);
                    }
                    if (plan.branchChanged()) {
                        MemberRepository.moveToUnit(tx, target.id(), branchId, today);
                    }
                }
                progress.update(++count, total, "正在导入第 " + plan.row().number() + " 行");
            }
            tx.audit("member", null, "IMPORT", null, "{\"file\":\"" + jsonEscape(file.getFileName().toString())
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
        annotate(file, header, allMessages(resolutionMessages), out);
    }

    /** The annotated copy of {@code file}: each message in a 导入结果 column beside its row. */
    static void annotate(Path file, LedgerReader.Header header, List<LedgerMessage> messages, Path out) {
        Map<Integer, List<String>> byRow = new TreeMap<>();
        for (LedgerMessage m : messages) {
            int row = m.row() <= header.rowNumber() ? header.rowNumber() : m.row();
            String where = m.column() == null ? "" : m.columnLabel() + "：";
            byRow.computeIfAbsent(row, k -> new ArrayList<>()).add((m.isError() ? "错误：" : "提醒：") + where + m.reason());
        }
        Map<Integer, String> texts = byRow.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, en -> String.join("；", en.getValue())));
        int resultColumn = header.headerTexts().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        try {
            AnnotatedCopy.write(file, header.sheet(), header.rowNumber(), resultColumn, texts, out);
        } catch (LedgerFileException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
    }

    private void checkDuplicates() {
        Map<String, Integer> seen = new HashMap<>();
        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            MemberEntry e = row.entry();
            String key = e.idNumber() != null ? e.idNumber() : e.maskedIdNumber() + "|" + e.name();
            Integer first = seen.putIfAbsent(key, row.number());
            if (first == null) {
                kept.add(row);
            } else {
                fileMessages.add(header.message(Severity.ERROR, row.number(), MemberLedger.ID_NUMBER,
                        "身份证号与第" + first + "行重复（同一党员只能出现一次）"));
            }
        }
        rows.clear();
        rows.addAll(kept);
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
        Map<Integer, String> branchOf = memberRepo.branchNamesOfAll(today);
        Map<String, List<OrgUnit>> unitsByName = new OrgRepository(db).all().stream()
                .filter(u -> BRANCH_KINDS.contains(u.kind().name()))
                .collect(Collectors.groupingBy(OrgUnit::name));
        List<Department> departments = new DepartmentRepository(db).all();
        Map<String, Integer> departmentIds = departments.stream().collect(Collectors.toMap(Department::name, Department::id));
        Map<Integer, String> departmentNames = departments.stream().collect(Collectors.toMap(Department::id, Department::name));

        List<Plan> plans = new ArrayList<>();
        Map<String, Integer> branchIds = new HashMap<>();
        Set<String> newBranches = new LinkedHashSet<>();
        Set<String> newDepartments = new LinkedHashSet<>();
        List<LedgerMessage> messages = new ArrayList<>();
        for (Row row : rows) {
            MemberEntry e = row.entry();
            Member existing;
            if (e.idNumber() != null) {
                existing = byId.get(e.idNumber());
            } else {
                List<Member> candidates = byMask.getOrDefault(e.maskedIdNumber() + "|" + e.name(), List.of());
                if (candidates.size() != 1) {
                    messages.add(header.message(Severity.ERROR, row.number(), MemberLedger.ID_NUMBER, candidates.isEmpty()
                            ? "身份证号是脱敏的（" + e.maskedIdNumber() + "），库中没有姓名为“" + e.name()
                                    + "”且号码相符的党员；新党员请填写完整的身份证号"
                            : "身份证号是脱敏的（" + e.maskedIdNumber() + "），库中有" + candidates.size() + "名同名且号码相符的党员，"
                                    + "无法确定是哪一位；请填写完整的身份证号"));
                    continue;
                }
                existing = candidates.get(0);
            }
            List<OrgUnit> units = unitsByName.getOrDefault(e.branch(), List.of());
            if (units.size() > 1) {
                messages.add(header.message(Severity.ERROR, row.number(), MemberLedger.BRANCH,
                        "有" + units.size() + "个名为“" + e.branch() + "”的党组织，无法确定是哪一个；请在组织树中改名后再导入"));
                continue;
            } else if (units.size() == 1) {
                branchIds.put(e.branch(), units.get(0).id());
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
            boolean branchChanged = !e.branch().equals(branchOf.get(existing.id()));
            if (!existing.name().equals(e.name())) {
                messages.add(header.message(Severity.WARNING, row.number(), MemberLedger.NAME,
                        "库中同一身份证号的党员姓名为“" + existing.name() + "”，将改为“" + e.name() + "”"));
            }
            if (existing.departmentId() != null && e.department() != null
                    && !e.department().equals(departmentNames.get(existing.departmentId()))) {
                messages.add(header.message(Severity.WARNING, row.number(), MemberLedger.DEPARTMENT,
                        "处室由“" + departmentNames.get(existing.departmentId()) + "”改为“" + e.department() + "”"));
            }
            if (branchChanged && branchOf.containsKey(existing.id())) {
                messages.add(header.message(Severity.WARNING, row.number(), MemberLedger.BRANCH,
                        "组织关系由“" + branchOf.get(existing.id()) + "”转到“" + e.branch() + "”（" + today + "起）"));
            }
            plans.add(new Plan(row, existing, target, fieldsChanged, branchChanged));
        }
        return new Resolution(plans, branchIds, departmentIds, newBranches, newDepartments, messages);
    }

    private Preview previewOf(Resolution r) {
        resolutionMessages.clear();
        resolutionMessages.addAll(r.messages());
        List<LedgerMessage> all = allMessages(r.messages());
        int adds = (int) r.plans().stream().filter(p -> p.existing() == null).count();
        int updates = (int) r.plans().stream().filter(Plan::isUpdate).count();
        return new Preview(adds, updates, r.plans().size() - adds - updates, List.copyOf(r.newBranches()),
                List.copyOf(r.newDepartments()),
                all.stream().filter(m -> !m.isError()).map(LedgerImport::toImportMessage).toList(),
                all.stream().filter(LedgerMessage::isError).map(LedgerImport::toImportMessage).toList());
    }

    /** File and row messages with the resolution's, ordered by row, then column. */
    private List<LedgerMessage> allMessages(List<LedgerMessage> resolution) {
        List<LedgerMessage> all = new ArrayList<>(fileMessages);
        all.addAll(resolution);
        all.sort(Comparator.comparingInt(LedgerMessage::row)
                .thenComparing(m -> m.column() == null ? -1 : m.column()));
        return all;
    }

    static ImportMessage toImportMessage(LedgerMessage m) {
        return new ImportMessage(m.isError(), m.sheet(), m.row(),
                m.column() == null ? null : LedgerMessage.columnLetter(m.column()), m.header(), m.reason(), m.text());
    }

    /** An error for each required column the header does not have. */
    static List<LedgerMessage> missingColumns(LedgerReader.Header header, HeaderAliases aliases, List<String> required) {
        List<LedgerMessage> out = new ArrayList<>();
        for (String key : required) {
            if (!header.columns().containsKey(key)) {
                LedgerColumn c = aliases.column(key);
                out.add(new LedgerMessage(Severity.ERROR, header.file(), header.sheet(), header.rowNumber(), null, null,
                        "缺少必填的列“" + c.header() + "”（也可写作：" + String.join("、", c.aliases()) + "）"));
            }
        }
        return out;
    }

    static void rejectIfErrors(ImportPreview p) {
        if (p.hasErrors()) {
            throw new InputRejectedException("台账有 " + p.errors().size() + " 处错误，未写入任何数据：\n"
                    + p.errors().stream().map(ImportMessage::text).collect(Collectors.joining("\n")));
        }
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

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private LocalDate today() {
        return LocalDate.now(workspace.database().clock());
    }
}
