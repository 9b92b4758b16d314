package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Joins;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.logic.ledgers.MemberEntry;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.logic.ledgers.Texts;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Department;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.Database;
import org.partydesk.store.DepartmentRepository;
import org.partydesk.store.CommitteeRoleRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.Tx;

/**
 * Imports the member roster ledger (花名册). Creating it reads and checks the whole file; {@link #preview()}
 * tells what would happen (members to add and to update, new branches and departments, each record,
 * warnings, errors) and {@link #apply(Progress)} does it in one transaction, or writes nothing at all when
 * there is any error or the user cancels. Members are matched by ID number (a masked one, from a masked
 * export, by mask and name); a blank cell leaves the stored value alone, so importing the same file twice
 * changes nothing the second time. Branches the database does not know are created under the organ
 * committee (机关党委).
 * <p>
 * A roster describes membership on its date (decision 0011): the date the clerk gives, else one found
 * above the header or under the data (截至2025年12月31日, 填报日期：…, 2025年度), else today. A member first
 * seen belongs to his branch from the row's 转入本支部日期, else his 入党日期, else {@link #RECORDS_START}; a
 * member shown in another branch than on the roster's date moves on that date (or the row's 转入本支部日期),
 * the old membership ending the day before. The 党内职务 column sets the branch committee posts.
 */
public final class LedgerImport implements LedgerImporter {
    /** The name of the leading party group created when none exists and a row says 党组成员. */
    static final String LEADING_GROUP_NAME = "局党组";
    /** Where a new member's membership starts when the row gives neither 转入本支部日期 nor 入党日期. */
    public static final LocalDate RECORDS_START = LocalDate.of(2000, 1, 1);
    /** New members written per batch (the rows wait in memory until then; each batch prepares its statements again). */
    private static final int BATCH = 20_000;
    private static final Set<String> BRANCH_KINDS = Set.of(OrgKind.BRANCH.name(), OrgKind.GENERAL_BRANCH.name());

    private final Workspace workspace;
    private final CheckedSheet<MemberEntry> sheet;
    /** The date the roster describes, and where it comes from (in Chinese, for the preview). */
    private final LocalDate asOf;
    private final String asOfSource;
    /** Messages about the file as a whole (no date found …). */
    private final List<LedgerMessage> dateMessages = new ArrayList<>();
    /** What the latest resolution against the database found (names that do not exist, masked IDs …). */
    private final List<LedgerMessage> resolutionMessages = new ArrayList<>();
    /** A member's earlier rows (his earlier branches, by 转入本支部日期) by the number of his latest row. */
    private final Map<Integer, List<CheckedSheet.Row<MemberEntry>>> earlierRows = new HashMap<>();
    /** The preview, made on a thread of its own while an import at once writes ({@link #importCounted}). */
    private final java.util.concurrent.CompletableFuture<Preview> preview;
    /** The preview's matching of rows to the database, reused by {@link #apply} while the database is unchanged. */
    private final Resolution resolution;
    /** The column mapping this import reads with (decision 0016). */
    private final ColumnMaps columnMaps;

    /** What an import would do, or did. */
    public record Preview(int adds, int updates, int unchanged, List<String> newBranches, List<String> newDepartments,
                          List<ImportMessage> warnings, List<ImportMessage> errors, LocalDate asOf, String asOfSource,
                          int missing, List<ImportRecord> records, int recordsOmitted, List<ColumnMapping> columns)
            implements ImportPreview {
        @Override
        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        @Override
        public String counts() {
            return "新增 " + adds + " 人，更新 " + updates + " 人";
        }

        /** The roster's date and the rule the memberships follow, e.g. "名册日期 2025-12-31（…）；组织关系自…起算". */
        public String dateRule() {
            return "名册日期 " + asOf + "（" + asOfSource + "）；新党员的组织关系自“转入本支部日期”起算，未填时自入党日期起算"
                    + "（都未填时自" + RECORDS_START + "起算）；转到其他党支部的党员自" + asOf + "起转入（或按其转入本支部日期），原组织关系止于前一天";
        }

        /** e.g. "名册日期 …；新增 3 人，更新 1 人，未变 20 人；新建党支部 1 个：…；警告 2 条，错误 0 条". */
        @Override
        public String summary() {
            StringBuilder sb = new StringBuilder(dateRule()).append("。")
                    .append("新增 " + adds + " 人，更新 " + updates + " 人，未变 " + unchanged + " 人");
            if (missing > 0) {
                sb.append("；名册中不再出现 ").append(missing).append(" 人（未删除，见警告）");
            }
            sb.append(ImportPreview.created("新建党支部", "个", newBranches));
            sb.append(ImportPreview.created("新建处室", "个", newDepartments));
            return sb.append("；警告 ").append(warnings.size()).append(" 条，错误 ").append(errors.size()).append(" 条").toString();
        }
    }

    /**
     * What to do with one row against the database as it is now; {@code existing} is null for an add.
     * {@code since} is the first day of a new membership (an add, a move, or an earlier start of the
     * membership the member already has: {@code startEarlier}); {@code postsFrom} the first day of new
     * committee posts {@code newPosts}; {@code endPosts} the posts that end, each on its day. {@code cell}
     * is the 党小组 he joins on {@code cellFrom} (leaving {@code oldCell} the day before), {@code earlier}
     * the memberships before this one that a new member's earlier rows give, {@code leadingFrom} the first
     * day in the 党组 when he joins it; {@code changes} says what changes in words (null for a new member:
     * {@link #changesText}). {@code target} is the stored member as he will be, null for a new member (made from his row
     * only when he is written: {@link #target(Plan, Map)}).
     */
    private record Plan(CheckedSheet.Row<MemberEntry> row, Member existing, Member target, boolean fieldsChanged,
                        boolean branchChanged, LocalDate since, boolean startEarlier, Set<CommitteeRole> newPosts,
                        LocalDate postsFrom, Map<CommitteeAssignment, LocalDate> endPosts, String cell,
                        Integer oldCell, LocalDate cellFrom, List<Earlier> earlier, LocalDate leadingFrom, String changes) {
        /** What the plan changes, in words; a new member's is made from the plan when asked. */
        String changesText() {
            return changes != null ? changes : "组织关系自" + since + "起" + (cell == null ? "" : "（" + cell + "）") + posts(newPosts)
                    + (leadingFrom != null ? "，党组成员" : "");
        }

        boolean isUpdate() {
            return existing != null && (fieldsChanged || branchChanged || startEarlier || !newPosts.isEmpty()
                    || !endPosts.isEmpty() || cellFrom != null || leadingFrom != null);
        }
    }

    /** An earlier membership of a new member, from an earlier row of his (转入本支部日期 before the latest row's). */
    private record Earlier(int row, String branch, String cell, LocalDate start, LocalDate end) {
    }

    /** The plans for all rows and what resolving them against the database found. */
    private record Resolution(List<Plan> plans, Map<String, Integer> branchIds, Map<String, Integer> departmentIds,
                              Set<String> newBranches, Set<String> newDepartments, List<LedgerMessage> messages,
                              int missing, Map<String, Integer> cellIds, Set<String> newCells, Integer leadingGroup,
                              long stamp, LocalDate day) {
        /** Whether nothing was written since it was made, on the same day: then it is what resolving again would give. */
        boolean still(Database db, LocalDate today) {
            return day.equals(today) && stamp == db.changeStamp();
        }
    }

    /**
     * An error for each column whose header is not known but whose values are ID numbers, on a sheet without a
     * 身份证号 column: read without them, its members would be known by name only (decision 0048).
     */
    private static List<LedgerMessage> idNumbersUnderAnotherName(CheckedSheet<MemberEntry> sheet) {
        List<LedgerMessage> out = new ArrayList<>();
        for (org.partydesk.office.ledgers.LedgerReader.Result r : sheet.sheets()) {
            if (r.header() == null || r.header().columns().containsKey(MemberLedger.ID_NUMBER)) {
                continue;
            }
            for (org.partydesk.office.ledgers.LedgerReader.Column c : r.columns()) {
                List<String> values = c.samples().stream().map(v -> IdNumbers.normalize(Texts.toHalfWidth(v)))
                        .filter(v -> !v.isEmpty()).toList();
                if (c.key() == null && !values.isEmpty() && values.stream().allMatch(IdNumbers::isValid)) {
                    out.add(new LedgerMessage(Severity.ERROR, r.header().file(), r.header().sheet(), r.header().rowNumber(),
                            c.index(), c.header(), "这一列是身份证号，但列名“" + c.header() + "”不认识：请把它对应为“身份证号”"
                            + "（导入预览的“列对应”，命令行 --map \"" + c.header() + "=身份证号\"）后重新导入，否则党员只能按姓名识别"));
                }
            }
        }
        return out;
    }

    /** The key of a 党小组 by the written names of its branch and itself. */
    private static String cellKey(String branch, String cell) {
        return branch + "|" + cell;
    }

    /**
     * The import of {@code sheet}, read with {@code columnMaps}, describing the members on {@code given} (null: the date
     * found in the file, else today); {@code stored}: the database's members and 处室 as they were before anything of this
     * import was written (null: as they are now); {@code distinct}: each row is known to be a different member's (every
     * key seen once while the rows were read), so there are no earlier rows to find; {@code previewAside}: the preview is
     * made on a thread of its own (for a writing that does not need it until its end).
     */
    private LedgerImport(Workspace workspace, ColumnMaps columnMaps, CheckedSheet<MemberEntry> sheet, LocalDate given,
                         Stored stored, boolean distinct, boolean previewAside) {
        this.workspace = workspace;
        LocalDate today = today();
        this.columnMaps = columnMaps;
        this.sheet = sheet;
        List<String> lines = new ArrayList<>(sheet.aboveHeader());
        lines.addAll(sheet.notes());
        Optional<MemberLedger.RosterDate> found = MemberLedger.rosterDate(lines);
        LocalDate date;
        String source;
        if (given != null) {
            date = given;
            source = "按指定的名册日期" + found.map(f -> "，表中“" + f.text() + "”未采用").orElse("");
        } else if (found.isPresent()) {
            date = found.get().date();
            source = "取自表中“" + found.get().text() + "”";
        } else {
            date = today;
            source = "表中未写名册日期，按今天";
            dateMessages.add(sheet.message(Severity.WARNING, 0, null, "表头上下未找到名册日期（如标题中的“截至"
                    + today.getYear() + "年12月31日”或“填报日期：…”），按今天（" + today + "）计；如名册描述的是更早的日期，"
                    + "请在预览中填写名册日期（命令行：--as-of " + today.getYear() + "-12-31）"));
        }
        if (date.isAfter(today)) {
            dateMessages.add(sheet.message(Severity.WARNING, 0, null, "名册日期 " + date + " 晚于今天，按今天（" + today + "）计"));
            source = source + "，晚于今天，按今天";
            date = today;
        }
        if (sheet.wrongKind()) {
            dateMessages.clear();
        } else {
            dateMessages.addAll(idNumbersUnderAnotherName(sheet));
        }
        this.asOf = date;
        this.asOfSource = source;
        if (!distinct) {
            checkDuplicates();
        }
        this.resolution = resolve(stored != null ? stored : Stored.of(workspace.database()));
        this.preview = previewAside ? java.util.concurrent.CompletableFuture.supplyAsync(() -> previewOf(resolution), Joins::aside)
                : java.util.concurrent.CompletableFuture.completedFuture(previewOf(resolution));
    }

    /**
     * Reads every roster sheet of {@code file} ({@code sheetName} only, when not null) with {@code aliases}, checking
     * each row on {@code today}; {@code checkCancelled} runs before each row (it may throw to stop the reading).
     */
    static CheckedSheet<MemberEntry> read(Path file, String sheetName, org.partydesk.logic.ledgers.HeaderAliases aliases,
                                          LocalDate today, Runnable checkCancelled) {
        return read(file, sheetName, aliases, today, checkCancelled, row -> { });
    }

    /** {@link #read(Path, String, org.partydesk.logic.ledgers.HeaderAliases, LocalDate, Runnable)} handing each valid row to {@code onRow} as it is checked. */
    static CheckedSheet<MemberEntry> read(Path file, String sheetName, org.partydesk.logic.ledgers.HeaderAliases aliases,
                                          LocalDate today, Runnable checkCancelled,
                                          java.util.function.Consumer<CheckedSheet.Row<MemberEntry>> onRow) {
        // the date in a sheet's title (截至2025年12月31日), by sheet: a new member's standing is judged on it
        Map<String, LocalDate> rosterDates = new HashMap<>();
        return CheckedSheet.readWithHeader(file, sheetName, aliases, MemberLedger.REQUIRED, KindGuess.given(LedgerKind.MEMBERS),
                (header, cells) -> {
                    checkCancelled.run();
                    LocalDate on = rosterDates.get(header.sheet());
                    if (on == null) {
                        on = MemberLedger.rosterDate(header.aboveHeader()).map(MemberLedger.RosterDate::date)
                                .filter(d -> !d.isAfter(today)).orElse(today);
                        rosterDates.put(header.sheet(), on);
                    }
                    return MemberLedger.validate(cells, today, on);
                }, onRow);
    }

    /**
     * Reads and checks a roster file against the workspace's database, finding its date in the file.
     * Throws {@link InputRejectedException} when the file cannot be read as a ledger at all.
     */
    public static LedgerImport members(Workspace workspace, Path file) {
        return members(workspace, file, ImportOptions.NONE);
    }

    /**
     * {@link #members(Workspace, Path)} for a roster describing the members on {@code asOf} (null: the
     * date found in the file, else today), whatever the file's title says.
     */
    public static LedgerImport members(Workspace workspace, Path file, LocalDate asOf) {
        return members(workspace, file, null, asOf);
    }

    /** {@link #members(Workspace, Path, LocalDate)} of one sheet ({@code sheetName}; null: every ledger sheet). */
    public static LedgerImport members(Workspace workspace, Path file, String sheetName, LocalDate asOf) {
        return members(workspace, file, ImportOptions.NONE.withSheet(sheetName).withAsOf(asOf));
    }

    /** Reads and checks a roster as {@code options} say (sheet, date, column mapping). */
    public static LedgerImport members(Workspace workspace, Path file, ImportOptions options) {
        return members(workspace, file, options, ReadAhead.NONE);
    }

    /** {@link #members(Workspace, Path, ImportOptions)} taking the file's reading from {@code ahead} where it fits. */
    static LedgerImport members(Workspace workspace, Path file, ImportOptions options, ReadAhead ahead) {
        return members(workspace, file, options, ahead, ColumnMaps.of(LedgerKind.MEMBERS, workspace, file, options));
    }

    /** {@link #members(Workspace, Path, ImportOptions, ReadAhead)} with the column mapping already found ({@code maps}). */
    private static LedgerImport members(Workspace workspace, Path file, ImportOptions options, ReadAhead ahead, ColumnMaps maps) {
        LocalDate today = LocalDate.now(workspace.database().clock());
        CheckedSheet<MemberEntry> read = ahead.members(file, options, maps, today);
        return new LedgerImport(workspace, maps, read != null ? read : read(file, options.sheet(), maps.aliases(), today, () -> { }),
                options.asOf(), null, false, false);
    }

    /**
     * Checks and imports a roster in one transaction, writing its new members while the file is still being read
     * ({@link ReadAhead#rows}; the command line's import, where nobody looks at a preview in between, issue 21): returns
     * what was done, or, when the file has an error, the preview with every error and nothing written. What is written
     * is what {@link #members} and {@link #apply} write: the members written early are the first new members of the
     * plans, in their order with their values, or the transaction is rolled back and the import made as {@link #apply}
     * makes it. Without a reading ahead that fits, it is {@link #members} and {@link #apply}.
     */
    static ImportPreview importAtOnce(Workspace workspace, Path file, ImportOptions options, Progress progress, ReadAhead ahead) {
        return importCounted(workspace, file, options, progress, ahead).preview();
    }

    /** What {@link #importAtOnce} did: its result, and the members and memberships it wrote while reading that were kept. */
    record AtOnce(ImportPreview preview, int earlyMembers, int earlyMemberships) {
    }

    /** {@link #importAtOnce}, saying how much of what it wrote while reading was kept (for tests). */
    static AtOnce importCounted(Workspace workspace, Path file, ImportOptions options, Progress progress, ReadAhead ahead) {
        Database db = workspace.database();
        ColumnMaps maps = ColumnMaps.of(LedgerKind.MEMBERS, workspace, file, options);
        ReadAhead.Rows rows = ahead.rows(file, options, maps, LocalDate.now(db.clock()));
        if (rows == null) {
            LedgerImport im = members(workspace, file, options, ahead, maps);
            return new AtOnce(im.preview().hasErrors() ? im.preview() : im.apply(progress), 0, 0);
        }
        LedgerImport[] made = new LedgerImport[1];
        Early[] kept = new Early[1];
        try {
            Preview done = db.write(workspace.operator(), tx -> {
                tx.beginBatch(LedgerKind.MEMBERS.name(), file.getFileName().toString());
                Stored stored = Stored.of(db);
                EarlyMembers early = new EarlyMembers(stored, db);
                while (rows.hasNext()) {
                    progress.checkCancelled();
                    early.offer(tx, rows.next());
                }
                early.write(tx);
                LedgerImport im = new LedgerImport(workspace, maps, rows.sheet(), options.asOf(), stored, early.sawEachOnce(), true);
                made[0] = im;
                if (!im.sheet.errors(im.resolution.messages()).isEmpty()) {
                    throw new RolledBack(im.preview());
                }
                if (!early.agrees(im.resolution)) {
                    throw new RolledBack(null);
                }
                kept[0] = early.written();
                return im.write(tx, im.resolution, im::preview, kept[0], progress);
            });
            made[0].columnMaps.remember(made[0].sheet.headers());
            return new AtOnce(done, kept[0].ids().size(), kept[0].placed());
        } catch (RolledBack r) {
            return new AtOnce(r.preview != null ? r.preview : made[0].apply(progress, true), 0, 0);
        }
    }

    /** Rolls back {@link #importAtOnce}'s transaction: for a file with errors (its preview), or to import as {@link #apply} does (null). */
    private static final class RolledBack extends RuntimeException {
        private final transient Preview preview;

        RolledBack(Preview preview) {
            super("名册未按边读边写的方式导入", null, false, false);
            this.preview = preview;
        }
    }

    /**
     * What {@link #importAtOnce} writes while the roster is being read: the member of each row whose full ID number is not
     * in the database, as {@link #apply} would write him, and each new 处室 a row names, in the order of the rows (as
     * {@link #apply} creates them, before any member). A member's second row ends the early writing: his rows are
     * resolved together after the reading, and the members after him are written by {@link #apply}'s code in its order.
     * The first members' memberships of their branches are written too, with the new branches they name (in the order
     * {@link #apply} creates them, before any 党小组), until a row needs more than that: a stored member's, one with a
     * 党小组, a post or 党组, one whose first day in the branch only the roster's date can give, or one whose branch is not
     * found as the matching finds it. The rows are matched against the database as it was before ({@link Stored}), so
     * what was written early does not change the matching.
     */
    private static final class EarlyMembers {
        /** Members written a batch at a time. */
        private static final int CHUNK = 1000;
        private final Database db;
        private final Set<String> storedIds = new HashSet<>();
        /** The names of the stored members without an ID number: a row with his name may be his (decision 0048). */
        private final Set<String> storedNamesWithoutId = new HashSet<>();
        private final Set<String> seen = new HashSet<>();
        /** The rows whose members were written (the first {@code ids.size()}) or wait to be, in order. */
        private final List<CheckedSheet.Row<MemberEntry>> rows = new ArrayList<>();
        private final List<Integer> ids = new ArrayList<>();
        /** The id of each 处室 (stored, or created here), and the 处室 created here, in the order of the rows, by name. */
        private final Map<String, Integer> departmentIds = new HashMap<>();
        private final Map<String, Integer> created = new LinkedHashMap<>();
        /** New 处室 met since the last {@link #write(Tx)}, which creates them (in order) as one batch. */
        private final Set<String> newDepartments = new LinkedHashSet<>();
        private boolean ended;
        /** The branches as they were before the import, found by name as the matching finds them. */
        private final BranchNames names;
        /** Creates the new branches as {@link #write(Tx, Resolution, java.util.function.Supplier, Early, Progress)} creates them. */
        private final BranchNames creator;
        /** The branch of each name met so far (stored, or created here), and the branches created here in order. */
        private final Map<String, Integer> branchIds = new HashMap<>();
        private final Map<String, Integer> createdBranches = new LinkedHashMap<>();
        /** New branches met since the last {@link #write(Tx)}, which creates them (in order) as one batch. */
        private final Set<String> newBranches = new LinkedHashSet<>();
        /**
         * The branch (by name) and first day of each member whose membership is written here: the first of {@link #rows}
         * (those beyond {@code placed} are written with the members waiting).
         */
        private final List<String> placedBranches = new ArrayList<>();
        private final List<LocalDate> placedStarts = new ArrayList<>();
        private boolean placingEnded;
        /** How many of the members written have their membership written too (the first of them). */
        private int placed;

        EarlyMembers(Stored stored, Database db) {
            for (Member m : stored.members()) {
                if (m.idNumber() != null) {
                    storedIds.add(m.idNumber());
                } else {
                    storedNamesWithoutId.add(m.name());
                }
            }
            stored.departments().forEach(d -> departmentIds.put(d.name(), d.id()));
            this.names = BranchNames.branches(stored.units());
            this.creator = BranchNames.branches(stored.units());
            this.db = db;
        }

        /**
         * Whether this row's member can be placed in his branch now (a new branch is then created with the next
         * {@link #write(Tx)}); false when his membership must wait for the matching after the reading (and so must every
         * later one's).
         */
        private boolean placeable(MemberEntry e) {
            if (e.cell() != null || e.posts() != null && !e.posts().isEmpty() || e.leadingGroup() || datedFirstDay(e) == null
                    || e.branch() == null) {
                return false;
            }
            if (branchIds.containsKey(e.branch()) || newBranches.contains(e.branch())) {
                return true;
            }
            BranchNames.Resolved r = names.resolve(e.branch());
            if (r.problem() != null) {
                return false;
            }
            if (r.unit() != null) {
                branchIds.put(e.branch(), r.unit().id());
            } else {
                newBranches.add(e.branch());
            }
            return true;
        }

        void offer(Tx tx, CheckedSheet.Row<MemberEntry> row) {
            if (ended) {
                return;
            }
            MemberEntry e = row.entry();
            if (!seen.add(memberKey(e))) {
                ended = true; // a member's second row: his rows are resolved together, after the reading
                return;
            }
            if (e.department() != null && !departmentIds.containsKey(e.department())) {
                newDepartments.add(e.department()); // as apply creates them, in row order
            }
            if (e.idNumber() == null || storedIds.contains(e.idNumber()) || storedNamesWithoutId.contains(e.name())) {
                placingEnded = true; // his changes come in the plans' order, after the members before him
                return; // a stored member, or one found by his name: matched after the reading
            }
            if (!placingEnded) {
                if (placeable(e)) {
                    placedBranches.add(e.branch());
                    placedStarts.add(datedFirstDay(e));
                } else {
                    placingEnded = true;
                }
            }
            rows.add(row);
            if (rows.size() - ids.size() >= CHUNK) {
                write(tx);
            }
        }

        /**
         * Writes the members still waiting with the new 处室 they name, and the memberships of the first of them with the
         * new branches they name (each kind of unit as one batch, in the order of the rows).
         */
        void write(Tx tx) {
            if (!newDepartments.isEmpty()) {
                Map<String, Integer> made = DepartmentRepository.addAll(tx, newDepartments);
                departmentIds.putAll(made);
                created.putAll(made);
                newDepartments.clear();
            }
            if (!newBranches.isEmpty()) {
                for (OrgUnit made : creator.createAll(newBranches, db, tx)) {
                    createdBranches.put(made.name(), made.id());
                    branchIds.put(made.name(), made.id());
                }
                newBranches.clear();
            }
            if (ids.size() < rows.size()) {
                List<Integer> made = MemberRepository.insertMembers(tx, rows.subList(ids.size(), rows.size()).stream()
                        .map(row -> newMember(row.entry(), row.entry().department() == null ? null
                                : departmentIds.get(row.entry().department()))).toList());
                ids.addAll(made);
                int placing = placedBranches.size() - placed;
                MemberRepository.addMemberships(tx, made.subList(0, placing),
                        placedBranches.subList(placed, placed + placing).stream().map(branchIds::get).toList(),
                        placedStarts.subList(placed, placed + placing));
                placed += placing;
            }
        }

        /** Whether every row was offered and no member key came twice (then the sheet has no earlier rows). */
        boolean sawEachOnce() {
            return !ended;
        }

        /** What was written early, for {@link #write(Tx, Resolution, java.util.function.Supplier, Early, Progress)}. */
        Early written() {
            return new Early(ids, placed, created, createdBranches);
        }

        /**
         * Whether the plans' new members begin with the members written here (the same rows, in order), their new 处室 and
         * branches with those created here, and each member placed here has his plan's branch and first day and nothing
         * more to write (no stored member's plan before him). Then they are the same members and memberships: each was
         * made from its row's entry as the plan's, with the same ids of 处室 and branches
         * ({@link #write(Tx, Resolution, java.util.function.Supplier, Early, Progress)} takes those created here).
         */
        boolean agrees(Resolution r) {
            if (!startsWith(r.newDepartments(), created.keySet()) || !startsWith(r.newBranches(), createdBranches.keySet())) {
                return false;
            }
            int i = 0;
            for (Plan p : r.plans()) {
                if (p.existing() != null) {
                    if (i < placed) {
                        return false; // a stored member's changes stand before memberships written early
                    }
                    continue;
                }
                if (i == rows.size()) {
                    return true;
                }
                if (p.row() != rows.get(i) || i < placed && !placedAsPlanned(p, r, i)) {
                    return false;
                }
                i++;
            }
            return i == rows.size();
        }

        /** Whether the membership written early for the {@code i}th member is all his plan writes besides him. */
        private boolean placedAsPlanned(Plan p, Resolution r, int i) {
            String branch = p.row().entry().branch();
            Integer planned = r.branchIds().containsKey(branch) ? r.branchIds().get(branch) : createdBranches.get(branch);
            return branchIds.get(placedBranches.get(i)).equals(planned) && placedStarts.get(i).equals(p.since()) && p.cell() == null
                    && p.newPosts().isEmpty() && p.earlier().isEmpty() && p.leadingFrom() == null;
        }

        /** Whether {@code all} begins with {@code first}, in order. */
        private static boolean startsWith(Set<String> all, Set<String> first) {
            return all.size() >= first.size() && List.copyOf(all).subList(0, first.size()).equals(List.copyOf(first));
        }
    }

    /** The member a plan writes, with {@code departmentIds} giving his 处室's id. */
    private static Member target(Plan plan, Map<String, Integer> departmentIds) {
        MemberEntry e = plan.row().entry();
        Integer department = e.department() == null ? null : departmentIds.get(e.department());
        if (plan.existing() == null) {
            return newMember(e, department);
        }
        return e.department() == null ? plan.target() : plan.target().withDepartment(department);
    }

    /**
     * The key a member's rows share: his ID number, or a masked one with his name, or without either his name and birth
     * date (decision 0048).
     */
    private static String memberKey(MemberEntry e) {
        return e.idNumber() != null ? e.idNumber() : e.maskedIdNumber() != null ? e.maskedIdNumber() + "|" + e.name()
                : "姓名|" + e.name() + "|" + e.birthDate();
    }

    /** Whether a row gives neither an ID number nor a masked one: its member is known by name (decision 0048). */
    private static boolean byName(MemberEntry e) {
        return e.idNumber() == null && e.maskedIdNumber() == null;
    }

    @Override
    public Path file() {
        return sheet.file();
    }

    /** What {@link #apply} would do, with every warning and error. */
    @Override
    public Preview preview() {
        return Joins.join(preview);
    }

    /**
     * Imports everything in one transaction, reporting progress per row; nothing is written when the file
     * has an error (then {@link InputRejectedException} lists them all) or the user cancels.
     */
    @Override
    public Preview apply(Progress progress) {
        return apply(progress, false);
    }

    /**
     * {@link #apply(Progress)}; {@code matchAgain}: the rows are matched against the database again whatever it says of
     * itself (after {@link #importAtOnce} rolled back the transaction its matching was made in).
     */
    private Preview apply(Progress progress, boolean matchAgain) {
        CheckedSheet.rejectIfErrors(preview().errors());
        Preview written = workspace.database().write(workspace.operator(), tx -> {
            boolean unchanged = !matchAgain && resolution.still(workspace.database(), today()); // before the batch's own first row
            tx.beginBatch(LedgerKind.MEMBERS.name(), sheet.file().getFileName().toString());
            Resolution r = unchanged ? resolution : resolve();
            Preview done = r == resolution ? preview() : previewOf(r);
            CheckedSheet.rejectIfErrors(done.errors());
            return write(tx, r, () -> done, Early.NOTHING, progress);
        });
        columnMaps.remember(sheet.headers());
        return written;
    }

    /**
     * What {@link #importAtOnce} wrote while reading, which {@link #write(Tx, Resolution, java.util.function.Supplier, Early, Progress)} does
     * not write again: {@code ids}, the plans' first new members, of whom the first {@code placed} have their
     * membership of their branch too (their other memberships, posts … are written with the others'); new 处室 and new
     * branches, by name.
     */
    private record Early(List<Integer> ids, int placed, Map<String, Integer> departments, Map<String, Integer> branches) {
        static final Early NOTHING = new Early(List.of(), 0, Map.of(), Map.of());
    }

    /**
     * Writes what {@code r} plans in {@code tx} (whose import batch has begun) and returns the {@code preview} (asked for at the
     * end), but what {@code early} says was written already.
     */
    private Preview write(Tx tx, Resolution r, java.util.function.Supplier<Preview> preview, Early early, Progress progress) {
        Map<String, Integer> branchIds = new HashMap<>(r.branchIds());
        branchIds.putAll(early.branches());
        List<String> newBranches = r.newBranches().stream().filter(b -> !early.branches().containsKey(b)).toList();
        if (!newBranches.isEmpty()) {
            BranchNames.branches(new OrgRepository(workspace.database()).all())
                    .createAll(newBranches, workspace.database(), tx).forEach(u -> branchIds.put(u.name(), u.id()));
        }
        Map<String, Integer> departmentIds = new HashMap<>(r.departmentIds());
        departmentIds.putAll(early.departments());
        departmentIds.putAll(DepartmentRepository.addAll(tx,
                r.newDepartments().stream().filter(d -> !early.departments().containsKey(d)).toList()));
        Map<String, Integer> cellIds = new HashMap<>(r.cellIds());
        List<String> newCells = List.copyOf(r.newCells());
        List<Integer> cellsMade = OrgRepository.addAll(tx, newCells.stream().map(key -> new OrgUnit(null,
                branchIds.get(key.substring(0, key.lastIndexOf('|'))), OrgKind.CELL, key.substring(key.lastIndexOf('|') + 1),
                null, false, null, null, 0)).toList());
        for (int i = 0; i < newCells.size(); i++) {
            cellIds.put(newCells.get(i), cellsMade.get(i));
        }
        Integer leadingGroup = r.leadingGroup();
        if (leadingGroup == null && r.plans().stream().anyMatch(pl -> pl.leadingFrom() != null)) {
            leadingGroup = OrgRepository.add(tx, new OrgUnit(null, null, OrgKind.LEADING_GROUP, LEADING_GROUP_NAME, null,
                    false, null, null, 0));
        }
        Integer lg = leadingGroup;
        int total = r.plans().size();
        int count = 0;
        NewMembers waiting = new NewMembers(early, plan -> target(plan, departmentIds), (id, plan) -> {
            MemberEntry e = plan.row().entry();
            int branchId = branchIds.get(e.branch());
            for (CommitteeRole role : plan.newPosts()) {
                CommitteeRoleRepository.add(tx, id, branchId, role, plan.postsFrom());
            }
            if (plan.cell() != null) {
                MemberRepository.addMembership(tx, id, cellIds.get(cellKey(e.branch(), plan.cell())), plan.since(), null);
            }
            for (Earlier h : plan.earlier()) {
                MemberRepository.addMembership(tx, id, branchIds.get(h.branch()), h.start(), h.end());
                if (h.cell() != null) {
                    MemberRepository.addMembership(tx, id, cellIds.get(cellKey(h.branch(), h.cell())), h.start(), h.end());
                }
            }
            if (plan.leadingFrom() != null) {
                MemberRepository.addMembership(tx, id, lg, plan.leadingFrom(), null);
            }
        });
        for (Plan plan : r.plans()) {
            progress.checkCancelled();
            MemberEntry e = plan.row().entry();
            int branchId = branchIds.get(e.branch());
            if (plan.existing() == null) {
                waiting.add(branchId, plan);
                if (waiting.size() >= BATCH) {
                    waiting.write(tx);
                }
            } else {
                waiting.write(tx);
                Member target = target(plan, departmentIds);
                int id = target.id();
                if (plan.fieldsChanged()) {
                    MemberRepository.update(tx, target);
                }
                plan.endPosts().forEach((post, lastDay) -> CommitteeRoleRepository.end(tx, post.id(), lastDay));
                if (plan.branchChanged()) {
                    MemberRepository.moveToUnit(tx, id, branchId, plan.since());
                } else if (plan.startEarlier()) {
                    MemberRepository.startMembershipOn(tx, id, branchId, plan.since());
                }
                if (plan.cellFrom() != null) {
                    int cellId = cellIds.get(cellKey(e.branch(), plan.cell()));
                    if (plan.oldCell() != null) {
                        MemberRepository.leaveUnit(tx, id, plan.oldCell(), plan.cellFrom().minusDays(1));
                    }
                    if (!plan.startEarlier() || !MemberRepository.startMembershipOn(tx, id, cellId, plan.cellFrom())) {
                        MemberRepository.addMembership(tx, id, cellId, plan.cellFrom(), null);
                    }
                }
                for (CommitteeRole role : plan.newPosts()) {
                    CommitteeRoleRepository.add(tx, id, branchId, role, plan.postsFrom());
                }
                if (plan.leadingFrom() != null) {
                    MemberRepository.addMembership(tx, id, lg, plan.leadingFrom(), null);
                }
            }
            int number = plan.row().number();
            progress.update(++count, total, () -> "正在导入" + sheet.rowText(number));
        }
        waiting.write(tx);
        Preview done = preview.get();
        CheckedSheet.auditImport(tx, "member", sheet.file(), done.adds(), done.updates(), "\"asOf\":\"" + asOf + "\"");
        return done;
    }

    /** New members waiting to be written in one batch, with their branches and plans (posts, 党小组 …, written after). */
    private static final class NewMembers {
        private final List<Integer> branchIds = new ArrayList<>();
        private final List<LocalDate> starts = new ArrayList<>();
        private final List<Plan> plans = new ArrayList<>();
        /** The member a plan adds (made only for those not written early). */
        private final java.util.function.Function<Plan, Member> member;
        private final BiConsumer<Integer, Plan> extras;
        /** The first new members (and memberships), written already; {@code used} of them have been taken. */
        private final Early early;
        private int used;

        NewMembers(Early early, java.util.function.Function<Plan, Member> member, BiConsumer<Integer, Plan> extras) {
            this.early = early;
            this.member = member;
            this.extras = extras;
        }

        void add(int branchId, Plan plan) {
            branchIds.add(branchId);
            starts.add(plan.since());
            plans.add(plan);
        }

        int size() {
            return plans.size();
        }

        /** Writes the waiting members with their memberships in batches, then the rest of their plans, audited. */
        void write(Tx tx) {
            if (plans.isEmpty()) {
                return;
            }
            int taken = Math.min(plans.size(), early.ids().size() - used);
            int placed = Math.max(0, Math.min(taken, early.placed() - used));
            List<Integer> ids = new ArrayList<>(early.ids().subList(used, used + taken));
            used += taken;
            if (taken < plans.size()) {
                ids.addAll(MemberRepository.insertMembers(tx, plans.subList(taken, plans.size()).stream().map(member).toList()));
            }
            MemberRepository.addMemberships(tx, ids.subList(placed, ids.size()), branchIds.subList(placed, ids.size()),
                    starts.subList(placed, ids.size()));
            for (int i = 0; i < ids.size(); i++) {
                extras.accept(ids.get(i), plans.get(i));
            }
            branchIds.clear();
            starts.clear();
            plans.clear();
        }
    }

    /**
     * Writes a copy of the imported sheet to {@code out} (.xlsx) with a 导入结果 column beside the last
     * column, holding each row's errors and warnings.
     */
    @Override
    public void writeAnnotated(Path out) {
        sheet.writeAnnotated(resolutionMessages, out);
    }

    /**
     * One row per member, except that a member may have earlier rows, each with its own 转入本支部日期 before
     * that of his latest row (his branches over time, as an export of a year writes a member who moved):
     * those are kept in {@link #earlierRows}. Any other repeated ID number is an error naming both rows.
     */
    private void checkDuplicates() {
        Set<String> keys = new HashSet<>();
        if (sheet.rows().stream().allMatch(row -> keys.add(memberKey(row.entry())))) {
            return; // each member once, as in most rosters: every row is his latest
        }
        Map<String, List<CheckedSheet.Row<MemberEntry>>> byKey = new LinkedHashMap<>();
        for (CheckedSheet.Row<MemberEntry> row : sheet.rows()) {
            MemberEntry e = row.entry();
            // one immutable list per member; a list of its own only for a key that repeats
            byKey.compute(memberKey(e), (k, rows) -> {
                if (rows == null) {
                    return List.of(row);
                }
                List<CheckedSheet.Row<MemberEntry>> more = rows instanceof ArrayList ? rows : new ArrayList<>(rows);
                more.add(row);
                return more;
            });
        }
        dropRepeatedSheets(byKey);
        Set<Integer> latest = new HashSet<>();
        for (List<CheckedSheet.Row<MemberEntry>> rows : byKey.values()) {
            if (rows.size() == 1) {
                latest.add(rows.get(0).number());
                continue;
            }
            Set<LocalDate> dates = rows.stream().map(r -> r.entry().branchSince()).collect(Collectors.toSet());
            if (rows.size() > 1 && !dates.contains(null) && dates.size() == rows.size()) {
                List<CheckedSheet.Row<MemberEntry>> byDate = new ArrayList<>(rows);
                byDate.sort(java.util.Comparator.comparing(r -> r.entry().branchSince()));
                CheckedSheet.Row<MemberEntry> last = byDate.remove(byDate.size() - 1);
                latest.add(last.number());
                earlierRows.put(last.number(), byDate);
                continue;
            }
            latest.add(rows.get(0).number());
            for (CheckedSheet.Row<MemberEntry> row : rows.subList(1, rows.size())) {
                if (byName(row.entry())) {
                    sheet.add(Severity.ERROR, row.number(), MemberLedger.NAME, "与" + sheet.rowText(rows.get(0).number())
                            + "姓名相同" + (row.entry().birthDate() == null ? "" : "、出生日期相同") + "，又都没有身份证号，无法区分是否同一人"
                            + "（不是同一人时请填写身份证号或出生日期；是同一人时只保留一行，写他先后所在的党支部时每行都要填不同的转入本支部日期）");
                } else {
                    sheet.add(Severity.ERROR, row.number(), MemberLedger.ID_NUMBER, "身份证号与" + sheet.rowText(rows.get(0).number())
                            + "重复（同一党员只能出现一次；写他先后所在的党支部时，每行都要填不同的转入本支部日期）");
                }
            }
        }
        sheet.keep(sheet.rows().stream().filter(r -> latest.contains(r.number())).toList());
    }

    /**
     * Drops from {@code byKey} each row that is the same in every value as an earlier row of its member: on an earlier
     * sheet (a workbook with a sheet per branch and a 总表 of them all) with one warning for each sheet that repeated
     * rows, saying so of a sheet that repeats the others whole; on the same sheet (typed twice) with a warning at the
     * row. Rows that differ stay, to be told apart or refused.
     */
    private void dropRepeatedSheets(Map<String, List<CheckedSheet.Row<MemberEntry>>> byKey) {
        Map<Integer, Integer> repeatedBySheet = new java.util.TreeMap<>();
        for (Map.Entry<String, List<CheckedSheet.Row<MemberEntry>>> member : byKey.entrySet()) {
            List<CheckedSheet.Row<MemberEntry>> rows = member.getValue();
            if (rows.size() < 2) {
                continue;
            }
            List<CheckedSheet.Row<MemberEntry>> kept = new ArrayList<>();
            for (CheckedSheet.Row<MemberEntry> row : rows) {
                int sheetIndex = row.number() / CheckedSheet.SHEET_ROWS;
                CheckedSheet.Row<MemberEntry> same = kept.stream().filter(k -> k.entry().equals(row.entry())).findFirst().orElse(null);
                if (same != null && same.number() / CheckedSheet.SHEET_ROWS != sheetIndex) {
                    repeatedBySheet.merge(sheetIndex, 1, Integer::sum);
                } else if (same != null) {
                    // the same member typed twice on one sheet, every value alike: one member, said at the second row
                    sheet.add(Severity.WARNING, row.number(), null, "与第" + same.number() % CheckedSheet.SHEET_ROWS
                            + "行完全相同（同一名党员写了两遍），只导入一次");
                } else {
                    kept.add(row);
                }
            }
            if (kept.size() < rows.size()) {
                member.setValue(kept.size() == 1 ? List.of(kept.get(0)) : kept);
            }
        }
        if (repeatedBySheet.isEmpty()) {
            return;
        }
        Map<Integer, Long> rowsBySheet = sheet.rows().stream()
                .collect(Collectors.groupingBy(r -> r.number() / CheckedSheet.SHEET_ROWS, Collectors.counting()));
        repeatedBySheet.forEach((index, count) -> {
            int at = index * CheckedSheet.SHEET_ROWS;
            sheet.add(Severity.WARNING, at, null, count.longValue() == rowsBySheet.getOrDefault(index, 0L)
                    ? "本表的" + count + "行与其他工作表完全相同：同一份名册出现了两次，只导入一次"
                            + "（可删去其中一张，或用命令行的 --sheet 只导入其中一张）"
                    : "本表与其他工作表的" + count + "行完全相同，只导入一次");
        });
    }

    /** Matches every row against the database as it is now (also inside the import's transaction). */
    private Resolution resolve() {
        return resolve(Stored.of(workspace.database()));
    }

    /** The members, 处室 and units a roster is matched against. */
    private record Stored(List<Member> members, List<Department> departments, List<OrgUnit> units) {
        static Stored of(Database db) {
            return new Stored(new MemberRepository(db).all(), new DepartmentRepository(db).all(), new OrgRepository(db).all());
        }

        /** The largest id of the stored members (0 when there are none): a member written since has a larger one. */
        int lastMember() {
            return members.stream().mapToInt(Member::id).max().orElse(0);
        }
    }

    /**
     * Matches every row against the database as it is now, its members, 处室 and units being {@code stored} (as they were
     * before the import's transaction wrote any: {@link #importAtOnce} has written new ones, and the first new members'
     * memberships, whose members are left out of the memberships read here).
     */
    private Resolution resolve(Stored stored) {
        List<Member> all = stored.members();
        Database db = workspace.database();
        long stamp = db.changeStamp();
        LocalDate day = today();
        MemberRepository memberRepo = new MemberRepository(db);
        Map<String, Member> byId = new HashMap<>();
        Map<String, List<Member>> byMask = new HashMap<>();
        Map<String, List<Member>> byName = new HashMap<>();
        for (Member m : all) {
            if (m.idNumber() != null) {
                byId.put(m.idNumber(), m);
                byMask.computeIfAbsent(IdNumbers.mask(m.idNumber()) + "|" + m.name(), k -> new ArrayList<>()).add(m);
            }
            byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
        }
        // the memberships of the stored members only: those written early are of new members (and numerous)
        int last = stored.lastMember();
        Map<Integer, Integer> branchOf = memberRepo.branchIdsOfAll(asOf, last);
        Map<Integer, LocalDate> branchStart = memberRepo.branchStartsOfAll(asOf, last);
        Map<Integer, Integer> branchNow = memberRepo.branchIdsOfAll(today(), last);
        Map<Integer, List<CommitteeAssignment>> postsOf = new HashMap<>();
        for (CommitteeAssignment p : new CommitteeRoleRepository(workspace.database()).all()) {
            postsOf.computeIfAbsent(p.memberId(), k -> new ArrayList<>()).add(p);
        }
        List<OrgUnit> allUnits = stored.units();
        Map<Integer, OrgUnit> unitsById = allUnits.stream().collect(Collectors.toMap(OrgUnit::id, u -> u));
        Map<Integer, String> unitNames = UnitNames.qualifiedAll(allUnits);
        List<Department> departments = stored.departments();
        Map<String, Integer> departmentIds = departments.stream().collect(Collectors.toMap(Department::name, Department::id));
        Map<Integer, String> departmentNames = departments.stream().collect(Collectors.toMap(Department::id, Department::name));

        Map<Integer, Integer> cellOf = new HashMap<>();
        Map<Integer, Set<Integer>> membersByUnit = memberRepo.memberIdsByUnit(asOf, last);
        membersByUnit.forEach((unit, ids) -> {
            if (unitsById.get(unit) != null && unitsById.get(unit).kind() == OrgKind.CELL) {
                ids.forEach(id -> cellOf.put(id, unit));
            }
        });
        Integer leadingGroup = allUnits.stream().filter(u -> u.kind() == OrgKind.LEADING_GROUP).map(OrgUnit::id)
                .findFirst().orElse(null);
        Set<Integer> inLeadingGroup = leadingGroup == null ? Set.of() : membersByUnit.getOrDefault(leadingGroup, Set.of());

        List<Plan> plans = new ArrayList<>();
        Units units = new Units(allUnits);
        Set<String> newDepartments = new LinkedHashSet<>();
        List<LedgerMessage> messages = new ArrayList<>(dateMessages);
        Set<Integer> seenMembers = new HashSet<>();
        Map<Integer, Integer> rowByName = new HashMap<>();
        Set<Integer> fileBranches = new HashSet<>();
        NameMatch names = new NameMatch(byName, branchOf, branchNow, unitNames);
        for (CheckedSheet.Row<MemberEntry> row : sheet.rows()) {
            MemberEntry e = row.entry();
            Member existing;
            if (e.idNumber() != null && byId.containsKey(e.idNumber())) {
                existing = byId.get(e.idNumber());
            } else if (e.idNumber() != null || byName(e)) {
                // a new ID number, or none: a stored member of this name without one may be him (decision 0048)
                NameMatch.Found found = names.find(e, units.peek(e.branch()));
                if (found.problem() != null) {
                    messages.add(sheet.message(Severity.ERROR, row.number(), MemberLedger.NAME, found.problem()));
                    continue;
                }
                existing = found.member();
                if (found.note() != null) {
                    messages.add(sheet.message(Severity.WARNING, row.number(), MemberLedger.NAME, found.note()));
                }
                if (existing != null && byName(e)) {
                    Integer first = rowByName.putIfAbsent(existing.id(), row.number());
                    if (first != null) {
                        messages.add(sheet.message(Severity.ERROR, row.number(), MemberLedger.NAME, "与" + sheet.rowText(first)
                                + "都按姓名对应到库中的“" + existing.name() + "”，无法区分；请填写身份证号或出生日期"));
                        continue;
                    }
                }
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
            if (existing != null) {
                seenMembers.add(existing.id());
            }
            Integer branchId = units.branch(e.branch(), row.number(), messages);
            if (branchId != null && branchId < 0) {
                continue;
            } else if (branchId != null) {
                fileBranches.add(branchId);
            }
            Integer cellId = units.cell(e.branch(), branchId, e.cell());
            boolean newDepartment = e.department() != null && !departmentIds.containsKey(e.department());
            if (newDepartment) {
                newDepartments.add(e.department());
            }
            Set<CommitteeRole> given = e.posts() == null ? Set.of() : e.posts();
            List<CheckedSheet.Row<MemberEntry>> earlierOnes = earlierRows.getOrDefault(row.number(), List.of());
            if (existing == null) {
                LocalDate since = firstDay(e);
                List<Earlier> earlier = earlierOnes.isEmpty() ? List.of() : new ArrayList<>();
                for (int i = 0; i < earlierOnes.size(); i++) {
                    MemberEntry h = earlierOnes.get(i).entry();
                    Integer id = units.branch(h.branch(), earlierOnes.get(i).number(), messages);
                    if (id == null || id >= 0) {
                        units.cell(h.branch(), id, h.cell());
                        LocalDate next = i + 1 < earlierOnes.size() ? earlierOnes.get(i + 1).entry().branchSince() : since;
                        earlier.add(new Earlier(earlierOnes.get(i).number(), h.branch(), h.cell(), h.branchSince(), next.minusDays(1)));
                    }
                }
                LocalDate firstOfAll = earlier.isEmpty() ? since : earlier.get(0).start();
                // the text of a new member's changes is made only for the records a preview lists (Plan.changesText)
                plans.add(new Plan(row, null, null, true, true, since, false,
                        given, since, Map.of(), e.cell(), null, e.cell() == null ? null : since,
                        earlier, e.leadingGroup() ? firstOfAll : null, null));
                continue;
            }
            Integer departmentId = e.department() == null ? existing.departmentId() : departmentIds.get(e.department());
            Member target = merged(existing, e, departmentId);
            boolean fieldsChanged = !target.equals(existing) || newDepartment;
            List<String> changes = new ArrayList<>(fieldChanges(existing, target, departmentNames, e.department()));
            Integer oldBranch = branchOf.get(existing.id());
            boolean sameBranch = branchId != null && branchId.equals(oldBranch);
            boolean branchChanged = false;
            boolean startEarlier = false;
            LocalDate since = null;
            LocalDate latest;
            if (!sameBranch && oldBranch == null && branchId != null && branchId.equals(branchNow.get(existing.id()))) {
                // in this branch today, but from after the roster's date: the roster shows him there earlier
                since = firstDay(e);
                LocalDate lastEnd = lastEnd(memberRepo, existing.id(), branchId);
                if (lastEnd != null && !since.isAfter(lastEnd)) {
                    since = lastEnd.plusDays(1);
                }
                since = since.isAfter(asOf) ? asOf : since;
                startEarlier = true;
                changes.add("组织关系改为自" + since + "起");
            } else if (!sameBranch && (latest = latestBranchStart(memberRepo, existing.id())).isAfter(asOf)) {
                // a newer roster was imported first: this older one does not rewrite what came after it
                messages.add(sheet.message(Severity.WARNING, row.number(), MemberLedger.BRANCH, "库中已有该党员"
                        + latest + "起的组织关系，晚于名册日期 " + asOf
                        + "，未按本名册改动其组织关系、党小组和职务"));
                plans.add(new Plan(row, existing, target, fieldsChanged, false, null, false, Set.of(), null, Map.of(),
                        null, null, null, List.of(), null, String.join("；", changes)));
                continue;
            } else if (!sameBranch) {
                branchChanged = true;
                since = e.branchSince() != null ? e.branchSince() : asOf;
                String to = "组织关系" + (oldBranch == null ? "" : "由“" + unitNames.get(oldBranch) + "”") + "转到“" + e.branch()
                        + "”（" + since + "起）";
                changes.add(to);
                if (oldBranch != null) {
                    messages.add(sheet.message(Severity.WARNING, row.number(), MemberLedger.BRANCH, to));
                }
            }
            // committee posts: those of the branch the row names are as the row says; a move ends the old ones
            Map<CommitteeAssignment, LocalDate> endPosts = new LinkedHashMap<>();
            Set<CommitteeRole> held = EnumSet.noneOf(CommitteeRole.class);
            boolean moving = branchChanged || startEarlier;
            for (CommitteeAssignment p : postsOf.getOrDefault(existing.id(), List.of())) {
                OrgUnit unit = unitsById.get(p.orgUnitId());
                if (!p.heldOn(asOf) || unit == null || !BRANCH_KINDS.contains(unit.kind().name())) {
                    continue;
                }
                boolean here = branchId != null && p.orgUnitId() == branchId;
                if (here && (e.posts() == null || e.posts().contains(p.role()))) {
                    held.add(p.role());
                    continue;
                }
                if (!here && !moving) {
                    continue; // a post elsewhere while the member stays: not this roster's business
                }
                LocalDate lastDay = (moving ? since : asOf).minusDays(1);
                if (!p.startOn().isAfter(lastDay)) {
                    endPosts.put(p, lastDay);
                    changes.add("不再任" + unitNames.get(p.orgUnitId()) + MemberLedger.label(p.role()) + "（" + lastDay + "止）");
                }
            }
            Set<CommitteeRole> newPosts = EnumSet.noneOf(CommitteeRole.class);
            if (e.posts() != null) {
                newPosts.addAll(e.posts());
                newPosts.removeAll(held);
            }
            // a new post or 党组 membership of a stored member: from the move, else from 1 January of the roster's
            // year or his start in the branch, whichever is later
            LocalDate jan1 = LocalDate.of(asOf.getYear(), 1, 1);
            LocalDate branchFrom = branchStart.getOrDefault(existing.id(), jan1);
            LocalDate newRoleFrom = moving ? since : branchFrom.isAfter(jan1) ? branchFrom : jan1;
            LocalDate postsFrom = null;
            if (!newPosts.isEmpty()) {
                postsFrom = newRoleFrom;
                changes.add("任" + newPosts.stream().map(MemberLedger::label).collect(Collectors.joining("、"))
                        + "（" + postsFrom + "起）");
            }
            // 党小组: the row's, from the move or from the roster's date
            Integer oldCell = cellOf.get(existing.id());
            LocalDate cellFrom = null;
            if (e.cell() != null && (moving || cellId == null || !cellId.equals(oldCell))) {
                cellFrom = moving ? since : asOf;
                oldCell = moving ? null : oldCell;
                changes.add("党小组" + (oldCell == null ? "" : "由“" + unitNames.get(oldCell) + "”") + "改为“" + e.cell()
                        + "”（" + cellFrom + "起）");
            }
            LocalDate leadingFrom = null;
            if (e.leadingGroup() && !inLeadingGroup.contains(existing.id())) {
                leadingFrom = newRoleFrom;
                changes.add("党组成员（" + leadingFrom + "起）");
            }
            if (!existing.name().equals(e.name())) {
                messages.add(sheet.message(Severity.WARNING, row.number(), MemberLedger.NAME,
                        "库中同一身份证号的党员姓名为“" + existing.name() + "”，将改为“" + e.name() + "”"));
            }
            if (existing.departmentId() != null && e.department() != null
                    && !e.department().equals(departmentNames.get(existing.departmentId()))) {
                messages.add(sheet.message(Severity.WARNING, row.number(), MemberLedger.DEPARTMENT,
                        "处室由“" + departmentNames.get(existing.departmentId()) + "”改为“" + e.department() + "”"));
            }
            plans.add(new Plan(row, existing, target, fieldsChanged, branchChanged, since, startEarlier, newPosts,
                    postsFrom, endPosts, e.cell(), oldCell, cellFrom, List.of(), leadingFrom, String.join("；", changes)));
        }
        withoutIdNumbers(messages);
        int missing = 0;
        if (!fileBranches.isEmpty()) {
            for (Member m : all) {
                Integer b = branchOf.get(m.id());
                if (b != null && fileBranches.contains(b) && !seenMembers.contains(m.id())
                        && (m.leftOn() == null || m.leftOn().isAfter(asOf))) {
                    missing++;
                    messages.add(sheet.message(Severity.WARNING, 0, null, "“" + m.name() + "”（" + unitNames.get(b)
                            + (m.idNumber() == null ? "" : "，身份证号 " + IdNumbers.mask(m.idNumber())) + "）名册中不再出现；导入不会删除党员，"
                            + "如已转出、去世等，请在党员页面办理"));
                }
            }
        }
        return new Resolution(plans, units.branchIds, departmentIds, units.newBranches, newDepartments, messages, missing,
                units.cellIds, units.newCells, leadingGroup, stamp, day);
    }

    /**
     * One warning for the rows that give no ID number, whose members are known by name (decision 0048): a roster
     * without the column (many offices keep ID numbers out of their ledgers), or rows whose cell is empty.
     */
    private void withoutIdNumbers(List<LedgerMessage> messages) {
        List<Integer> rows = sheet.rows().stream().filter(r -> byName(r.entry())).map(CheckedSheet.Row::number).toList();
        if (rows.isEmpty()) {
            return;
        }
        String how = "按姓名识别党员（同名时再按出生日期、所在党支部区分），新党员登记时不带身份证号，可在党员页面或以后的名册中补登";
        if (rows.size() == sheet.rows().size() && !sheet.hasColumn(rows.get(0), MemberLedger.ID_NUMBER)) {
            messages.add(sheet.message(Severity.WARNING, 0, null, "名册没有身份证号列：" + how));
        } else {
            messages.add(sheet.message(Severity.WARNING, 0, null, rows.size() + "行没有填写身份证号（"
                    + rows.stream().limit(5).map(sheet::rowText).collect(Collectors.joining("、"))
                    + (rows.size() > 5 ? "等" : "") + "）：这些行" + how));
        }
    }

    /** The branches and 党小组 the rows name: found ones by written name, new ones to create. */
    private final class Units {
        final Map<String, Integer> branchIds = new HashMap<>();
        final Set<String> newBranches = new LinkedHashSet<>();
        final Map<String, Integer> cellIds = new HashMap<>();
        final Set<String> newCells = new LinkedHashSet<>();
        private final List<OrgUnit> all;
        private final BranchNames names;

        Units(List<OrgUnit> all) {
            this.all = all;
            this.names = BranchNames.branches(all);
        }

        /** The id of the stored branch {@code name} means, or null (a new one, or a name with a problem): nothing is noted. */
        Integer peek(String name) {
            if (name == null) {
                return null;
            }
            BranchNames.Resolved r = names.resolve(name);
            return r.problem() == null && r.unit() != null ? r.unit().id() : null;
        }

        /** The id of the branch a row names, null for a new one, -1 after an error message about the name. */
        Integer branch(String name, int row, List<LedgerMessage> messages) {
            BranchNames.Resolved r = names.resolve(name);
            if (r.problem() != null) {
                messages.add(sheet.message(Severity.ERROR, row, MemberLedger.BRANCH, r.problem()));
                return -1;
            } else if (r.unit() != null) {
                String note = names.noteOnce(name, r);
                if (note != null) {
                    messages.add(sheet.message(Severity.WARNING, row, MemberLedger.BRANCH, note));
                }
                branchIds.put(name, r.unit().id());
                return r.unit().id();
            }
            if (newBranches.add(name)) {
                twin(name, row, messages);
            }
            return null;
        }

        /** The row each new branch's name is first written in, for {@link #twin}. */
        private final Map<String, Integer> newBranchRows = new HashMap<>();

        /**
         * Warns when the new branch {@code name} looks like another way of writing one this file named before (一支部 and
         * 机关第一党支部 in one roster of an empty database): they would be two branches, each with part of its members.
         */
        private void twin(String name, int row, List<LedgerMessage> messages) {
            List<OrgUnit> earlier = new ArrayList<>();
            newBranchRows.forEach((n, r) -> earlier.add(new OrgUnit(r, null, OrgKind.BRANCH, n, null, false, null, null, 0)));
            newBranchRows.put(name, row);
            UnitNames.variants(name, earlier).stream().min(java.util.Comparator.comparing(OrgUnit::id)).ifPresent(u ->
                    messages.add(sheet.message(Severity.WARNING, row, MemberLedger.BRANCH, "“" + name + "”与" + sheet.rowText(u.id())
                            + "的“" + u.name() + "”像是同一个党支部的两种写法，导入后将是两个党支部，各有一部分党员；"
                            + "如是同一个党支部，请统一写法后再导入")));
        }

        /** The id of the 党小组 {@code cell} of the branch (null when none is named or it is new, then to be created). */
        Integer cell(String branch, Integer branchId, String cell) {
            if (cell == null) {
                return null;
            }
            Integer id = branchId == null ? null : all.stream().filter(u -> u.kind() == OrgKind.CELL
                    && branchId.equals(u.parentId()) && u.name().equals(cell)).map(OrgUnit::id).findFirst().orElse(null);
            if (id == null) {
                newCells.add(cellKey(branch, cell));
            } else {
                cellIds.put(cellKey(branch, cell), id);
            }
            return id;
        }
    }

    /** The first day in the branch of a member first seen: 转入本支部日期, else 入党日期, else the start of records. */
    private LocalDate firstDay(MemberEntry e) {
        LocalDate dated = datedFirstDay(e);
        if (dated != null) {
            return dated;
        }
        return RECORDS_START.isAfter(asOf) ? asOf : RECORDS_START;
    }

    /** {@link #firstDay} when the row itself gives it (转入本支部日期, else 入党日期); null when only the roster's date can. */
    private static LocalDate datedFirstDay(MemberEntry e) {
        return e.branchSince() != null ? e.branchSince() : e.joinedOn();
    }

    /** The first day of the member's latest membership of a branch or 党小组 ({@link LocalDate#MIN} when none). */
    private static LocalDate latestBranchStart(MemberRepository repo, int memberId) {
        return repo.memberships(memberId).stream().filter(r -> r.kind() != OrgKind.LEADING_GROUP)
                .map(MemberRepository.MembershipRow::startOn).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }

    /** The last day of the member's latest ended membership outside {@code unitId}, or null. */
    private static LocalDate lastEnd(MemberRepository repo, int memberId, int unitId) {
        return repo.memberships(memberId).stream().filter(r -> r.orgUnitId() != unitId && r.endOn() != null)
                .map(MemberRepository.MembershipRow::endOn).max(LocalDate::compareTo).orElse(null);
    }

    private static String posts(Set<CommitteeRole> posts) {
        return posts.isEmpty() ? "" : "，任" + posts.stream().map(MemberLedger::label).collect(Collectors.joining("、"));
    }

    /** The fields an update changes, as "手机号码 13800138000→13800138001". */
    private static List<String> fieldChanges(Member a, Member b, Map<Integer, String> departments, String newDepartment) {
        List<String> out = new ArrayList<>();
        change(out, "姓名", a.name(), b.name());
        change(out, "性别", MemberLedger.label(a.gender()), MemberLedger.label(b.gender()));
        change(out, "民族", a.ethnicity(), b.ethnicity());
        change(out, "出生日期", a.birthDate(), b.birthDate());
        change(out, "学历", a.education(), b.education());
        change(out, "党员类别", MemberLedger.label(a.status()), MemberLedger.label(b.status()));
        change(out, "人员状态", MemberLedger.label(a.category()), MemberLedger.label(b.category()));
        change(out, "手机号码", a.phone(), b.phone());
        change(out, "入党日期", a.joinedOn(), b.joinedOn());
        change(out, "转正日期", a.fullMemberOn(), b.fullMemberOn());
        change(out, "职务", a.jobTitle(), b.jobTitle());
        change(out, "处室", a.departmentId() == null ? null : departments.get(a.departmentId()),
                b.departmentId() == null ? newDepartment : departments.getOrDefault(b.departmentId(), newDepartment));
        return out;
    }

    private static void change(List<String> out, String label, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            out.add(label + " " + (before == null ? "（空）" : before) + "→" + (after == null ? "（空）" : after));
        }
    }

    private Preview previewOf(Resolution r) {
        resolutionMessages.clear();
        resolutionMessages.addAll(r.messages());
        int adds = (int) r.plans().stream().filter(p -> p.existing() == null).count();
        int updates = (int) r.plans().stream().filter(Plan::isUpdate).count();
        ImportRecord.Collector records = new ImportRecord.Collector();
        for (Plan p : r.plans()) {
            List<CheckedSheet.Row<MemberEntry>> earlier = earlierRows.getOrDefault(p.row().number(), List.of());
            if (records.full()) {
                records.omit(earlier.size() + 1); // counted only: no texts for the rows the preview does not list
                continue;
            }
            MemberEntry e = p.row().entry();
            String id = e.idNumber() != null ? IdNumbers.mask(e.idNumber()) : e.maskedIdNumber() != null ? e.maskedIdNumber() : "（无身份证号）";
            for (CheckedSheet.Row<MemberEntry> h : earlier) {
                Earlier done = p.earlier().stream().filter(x -> x.row() == h.number()).findFirst().orElse(null);
                records.add(done == null ? ImportRecord.Action.UNCHANGED : ImportRecord.Action.ADD, sheet.sheetOf(h.number()),
                        CheckedSheet.excelRow(h.number()),
                        h.entry().name() + " " + id + " " + h.entry().branch(), done == null
                                ? "较早的组织关系（库中已有该党员，不比对）" : "较早的组织关系，自" + done.start() + "至" + done.end());
            }
            ImportRecord.Action action = p.existing() == null ? ImportRecord.Action.ADD
                    : p.isUpdate() ? ImportRecord.Action.UPDATE : ImportRecord.Action.UNCHANGED;
            records.add(action, sheet.sheetOf(p.row().number()), CheckedSheet.excelRow(p.row().number()), e.name() + " " + id + " " + e.branch(),
                    action == ImportRecord.Action.UNCHANGED ? "" : p.changesText());
        }
        return new Preview(adds, updates, r.plans().size() - adds - updates, List.copyOf(r.newBranches()),
                List.copyOf(r.newDepartments()), sheet.warnings(r.messages()), sheet.errors(r.messages()), asOf, asOfSource,
                r.missing(), records.records(), records.omitted(), columnMaps.mappings(sheet.sheets()));
    }

    private static Member newMember(MemberEntry e, Integer departmentId) {
        Gender gender = e.gender() != null ? e.gender()
                : IdNumbers.isMale(e.idNumber()).map(male -> male ? Gender.MALE : Gender.FEMALE).orElse(null);
        LocalDate birth = e.birthDate() != null ? e.birthDate() : IdNumbers.birthDate(e.idNumber()).orElse(null);
        return new Member(null, e.name(), gender, e.ethnicity(), birth, e.idNumber(), e.education(),
                e.status() != null ? e.status() : e.probationByDates() ? MemberStatus.PROBATIONARY : MemberStatus.FULL,
                e.category() != null ? e.category() : MemberCategory.ACTIVE, e.phone(), e.joinedOn(),
                e.fullMemberOn(), departmentId, e.jobTitle(), false, false, false, null);
    }

    private static Member merged(Member m, MemberEntry e, Integer departmentId) {
        return new Member(m.id(), e.name(), or(e.gender(), m.gender()), or(e.ethnicity(), m.ethnicity()),
                birth(e, m.birthDate()), or(e.idNumber(), m.idNumber()), or(e.education(), m.education()),
                or(e.status(), m.status()), or(e.category(), m.category()), or(e.phone(), m.phone()),
                or(e.joinedOn(), m.joinedOn()), or(e.fullMemberOn(), m.fullMemberOn()), departmentId,
                or(e.jobTitle(), m.jobTitle()), m.leadershipMember(), m.partyAffairsStaff(),
                m.dualOrganizationalLife(), m.leftOn());
    }

    /**
     * The birth date a row gives a stored member: the row's; the day its ID number gives when the row has none and only
     * the month (a roster's 出生年月, stored as the month's first day) or nothing was stored; but a month alone does not
     * replace the day stored in that month (decision 0048).
     */
    private static LocalDate birth(MemberEntry e, LocalDate stored) {
        LocalDate given = e.birthDate() != null ? e.birthDate() : IdNumbers.birthDate(e.idNumber()).orElse(null);
        if (given == null) {
            return stored;
        }
        boolean sameMonth = stored != null && java.time.YearMonth.from(stored).equals(java.time.YearMonth.from(given));
        if (sameMonth && given.getDayOfMonth() == 1 && stored.getDayOfMonth() != 1) {
            return stored; // 1982.03 over 1982-03-15
        }
        if (e.birthDate() == null && stored != null && !(sameMonth && stored.getDayOfMonth() == 1)) {
            return stored; // the ID number's day only in place of a month
        }
        return given;
    }

    private static <T> T or(T given, T stored) {
        return given != null ? given : stored;
    }

    private LocalDate today() {
        return LocalDate.now(workspace.database().clock());
    }
}
