package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.sample.BatchRows;
import org.partydesk.logic.ledgers.CellProblem;
import org.partydesk.logic.ledgers.LedgerCell;
import org.partydesk.logic.ledgers.LedgerDates;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.logic.ledgers.MeetingEntry;
import org.partydesk.logic.ledgers.MeetingEntry.NamedNote;
import org.partydesk.logic.ledgers.MeetingLedger;
import org.partydesk.logic.ledgers.MeetingLedger.RosterMember;
import org.partydesk.logic.ledgers.Texts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.model.PersonRef;
import org.partydesk.model.RecordedCounts;
import org.partydesk.office.ledgers.LedgerFileException;
import org.partydesk.office.ledgers.LedgerReader;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.Tx;

import static org.partydesk.store.jooq.Tables.AGENDA_ITEM;
import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.NON_VOTING_ATTENDEE;

/**
 * Imports the meetings ledger (三会一课台账) with attendance. Opening it reads and checks the whole file
 * against the database (a streaming pass that keeps no rows); {@link #apply} reads the file a second time
 * inside one transaction, creating new branches under the organ committee and writing new meetings in
 * jOOQ batches, so 100,000 rows need neither 100,000 rows of memory nor a query each. Any error, or a
 * cancel, writes nothing.
 * <p>
 * A meeting is identified by its unit, time, types and theme ({@link MeetingRosters#key}): a row that
 * names a stored meeting updates it, and only where the row says something else, so importing the
 * same file twice changes nothing. The attendance sheet is built from who belonged to the unit on the
 * meeting day: everyone not named on leave or absent was present.
 */
public final class MeetingLedgerImport implements LedgerImporter {
    private final Workspace workspace;
    private final Path file;
    private int rowCount;
    private List<LedgerReader.Header> headers;
    /** Only this sheet (null: every ledger sheet of the workbook). */
    private final String sheetName;
    private List<LedgerMessage> messages;
    private Preview preview;

    /** What an import would do, or did. */
    public record Preview(int adds, int updates, int unchanged, List<String> newBranches, List<ImportMessage> warnings,
                          List<ImportMessage> errors, List<ImportMessage> duplicates, int skipped,
                          List<ImportRecord> records, int recordsOmitted, List<ColumnMapping> columns)
            implements ImportPreview {
        /** A preview without its columns. */
        public Preview(int adds, int updates, int unchanged, List<String> newBranches, List<ImportMessage> warnings,
                       List<ImportMessage> errors, List<ImportMessage> duplicates, int skipped,
                       List<ImportRecord> records, int recordsOmitted) {
            this(adds, updates, unchanged, newBranches, warnings, errors, duplicates, skipped, records, recordsOmitted,
                    List.of());
        }

        @Override
        public String counts() {
            return "新增 " + adds + " 次会议，更新 " + updates + " 次会议";
        }

        /** e.g. "新增 3 次会议，更新 1 次会议，未变 20 次会议；新建党支部 1 个：…；警告 2 条，错误 0 条". */
        @Override
        public String summary() {
            StringBuilder sb = new StringBuilder(counts()).append("，未变 ").append(unchanged).append(" 次会议");
            sb.append(ImportPreview.created("新建党支部", "个", newBranches));
            if (skipped > 0) {
                sb.append("；跳过可能重复的 ").append(skipped).append(" 行");
            }
            return sb.append("；警告 ").append(warnings.size()).append(" 条，错误 ").append(errors.size()).append(" 条").toString();
        }

        /** The rows that may repeat a meeting, e.g. "第5行、第9行". */
        public String duplicateRows() {
            // rows of several sheets name their sheet (工作表“第二党支部”第5行), so that equal numbers are not one row
            boolean sheets = duplicates.stream().map(ImportMessage::sheet).distinct().count() > 1;
            List<String> rows = duplicates.stream().map(d -> (sheets ? "工作表“" + d.sheet() + "”" : "") + "第" + d.row() + "行")
                    .distinct().toList();
            // a list a clerk can read: the first rows, then how many in all (each row has its own message too)
            return rows.size() <= SHOWN_ROWS ? String.join("、", rows)
                    : String.join("、", rows.subList(0, SHOWN_ROWS)) + "等" + rows.size() + "行";
        }

        /** How many rows {@link #duplicateRows} names before it says how many there are. */
        private static final int SHOWN_ROWS = 20;
    }

    /**
     * What to do with a row that may repeat a meeting (same unit, day and types as a stored meeting or an
     * earlier row, but another theme or time): stop the import (the default), skip such rows, or add them.
     */
    public enum Duplicates {
        STOP, SKIP, ADD
    }

    /** The column mapping this import reads with (decision 0016). */
    private final ColumnMaps columnMaps;

    private MeetingLedgerImport(Workspace workspace, Path file, ImportOptions options) {
        this.workspace = workspace;
        this.file = file;
        this.sheetName = options.sheet();
        this.columnMaps = ColumnMaps.of(LedgerKind.MEETINGS, workspace, file, options);
    }

    /**
     * Reads and checks a meetings ledger against the workspace's database. Throws
     * {@link InputRejectedException} when the file cannot be read as a ledger at all.
     */
    public static MeetingLedgerImport open(Workspace workspace, Path file, Progress progress) {
        return open(workspace, file, progress, null);
    }

    /**
     * Reads and checks a meetings ledger as {@link #open(Workspace, Path, Progress)}; with a policy for
     * possible duplicates the preview shows what that policy does (STOP: each is an error), without one they
     * are listed as warnings for the clerk to choose ({@link #apply(Progress, Duplicates)}).
     */
    public static MeetingLedgerImport open(Workspace workspace, Path file, Progress progress, Duplicates duplicates) {
        return open(workspace, file, null, progress, duplicates);
    }

    /** {@link #open(Workspace, Path, Progress, Duplicates)} of one sheet ({@code sheetName}; null: every ledger sheet). */
    public static MeetingLedgerImport open(Workspace workspace, Path file, String sheetName, Progress progress,
                                           Duplicates duplicates) {
        return open(workspace, file, ImportOptions.NONE.withSheet(sheetName).withDuplicates(duplicates), progress);
    }

    /**
     * Reads and checks a meetings ledger as {@code options} say (sheet, column mapping; possible duplicates as
     * {@link #open(Workspace, Path, Progress, Duplicates)} with {@code options.duplicates()}).
     */
    public static MeetingLedgerImport open(Workspace workspace, Path file, ImportOptions options, Progress progress) {
        Duplicates duplicates = options.duplicates();
        MeetingLedgerImport im = new MeetingLedgerImport(workspace, file, options);
        Database db = workspace.database();
        Pass pass = im.new Pass(new MeetingRosters(db.read(), new OrgRepository(db).all()), null, progress, 0, duplicates);
        im.finish(pass, pass.read());
        return im;
    }

    /**
     * Checks and imports in one reading of the file, in one transaction (the command line's import, where
     * no one looks at a preview in between): returns what was done, or, when the file has an error, the
     * preview with every error and nothing written.
     */
    public static Preview importAtOnce(Workspace workspace, Path file, Progress progress) {
        return importAtOnce(workspace, file, progress, Duplicates.STOP);
    }

    /** {@link #importAtOnce(Workspace, Path, Progress)} doing {@code duplicates} with possible duplicates. */
    public static Preview importAtOnce(Workspace workspace, Path file, Progress progress, Duplicates duplicates) {
        return importAtOnce(workspace, file, null, progress, duplicates);
    }

    /** {@link #importAtOnce(Workspace, Path, Progress, Duplicates)} of one sheet ({@code sheetName}; null: every ledger sheet). */
    public static Preview importAtOnce(Workspace workspace, Path file, String sheetName, Progress progress,
                                       Duplicates duplicates) {
        return importAtOnce(workspace, file, ImportOptions.NONE.withSheet(sheetName).withDuplicates(duplicates), progress);
    }

    /** {@link #importAtOnce(Workspace, Path, Progress)} as {@code options} say (no duplicates policy: STOP). */
    public static Preview importAtOnce(Workspace workspace, Path file, ImportOptions options, Progress progress) {
        MeetingLedgerImport im = new MeetingLedgerImport(workspace, file, options);
        try {
            return im.write(progress, options.duplicates() == null ? Duplicates.STOP : options.duplicates());
        } catch (Rejected r) {
            return r.preview;
        }
    }

    /** Rolls the transaction back when the file turns out to have errors. */
    private static final class Rejected extends RuntimeException {
        private final transient Preview preview;

        Rejected(Preview preview) {
            super("台账有错误，未写入任何数据", null, false, false);
            this.preview = preview;
        }
    }

    private void finish(Pass pass, List<LedgerReader.Header> h) {
        this.headers = h;
        this.rowCount = pass.rows;
        this.messages = pass.messages();
        this.preview = pass.preview();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Preview preview() {
        return preview;
    }

    /**
     * Imports as previewed; possible duplicates must have been chosen for ({@link #apply(Progress, Duplicates)}),
     * else the import is refused naming their rows.
     */
    @Override
    public Preview apply(Progress progress) {
        return apply(progress, Duplicates.STOP);
    }

    /** Imports, skipping or adding the rows that may repeat a meeting (STOP refuses when there are any). */
    public Preview apply(Progress progress, Duplicates duplicates) {
        CheckedSheet.rejectIfErrors(preview);
        if (duplicates == Duplicates.STOP && !preview.duplicates().isEmpty()) {
            throw new InputRejectedException(file.getFileName() + "：" + preview.duplicateRows()
                    + "可能与已有会议重复（同一党组织、同一天、会议类型相同或有重合，主题或时间写法不同）；请选择跳过这些行或仍然新增，未写入任何数据");
        }
        try {
            return write(progress, duplicates);
        } catch (Rejected r) {
            CheckedSheet.rejectIfErrors(r.preview);
            throw r;
        }
    }

    /** Reads the file inside one transaction, writing as it goes; {@link Rejected} rolls it all back. */
    private Preview write(Progress progress, Duplicates duplicates) {
        Database db = workspace.database();
        List<List<LedgerReader.Header>> read = new ArrayList<>();
        Preview written = db.write(workspace.operator(), tx -> {
            tx.beginBatch(LedgerKind.MEETINGS.name(), file.getFileName().toString());
            Writer writer = new Writer(db, tx);
            Pass pass = new Pass(new MeetingRosters(tx.dsl(), new OrgRepository(db).all()), writer, progress, rowCount,
                    duplicates);
            List<LedgerReader.Header> h = pass.read();
            read.add(h);
            writer.rows.flushAll();
            Preview done = pass.preview();
            if (done.hasErrors()) {
                finish(pass, h);
                throw new Rejected(done);
            }
            CheckedSheet.auditImport(tx, "meeting", file, done.adds(), done.updates(), "\"rows\":" + writer.rows.countsJson());
            return done;
        });
        columnMaps.remember(read.get(0));
        return written;
    }

    @Override
    public void writeAnnotated(Path out) {
        CheckedSheet.annotate(file, headers, messages, out);
    }

    /** One reading of the file: checks every row, and writes it when there is a writer. */
    private final class Pass {
        private final MeetingRosters rosters;
        private final Writer writer;
        private final Progress progress;
        private final int total;
        private final LocalDate today = LocalDate.now(workspace.database().clock());
        private final MeetingRepository repo = new MeetingRepository(workspace.database());
        private final List<LedgerMessage> fileMessages = new ArrayList<>();
        private final List<LedgerMessage> rowMessages = new ArrayList<>();
        private final Map<String, String> seen = new HashMap<>();
        private final Set<String> newBranches = new LinkedHashSet<>();
        /** The policy for possible duplicates; null: list them as warnings (the window's preview). */
        private final Duplicates duplicates;
        /** The rows of the file so far per unit and day, with their types: "第3行的会议「主题」". */
        private final Map<String, List<Map.Entry<Set<MeetingType>, String>>> fileDays = new HashMap<>();
        private final List<LedgerMessage> duplicateMessages = new ArrayList<>();
        /** The stored meetings a row of this file matched as they were stored (by unit, time, types and theme). */
        private final Set<Integer> matched = new HashSet<>();
        /** The stored meetings whose time a row of this file corrects, with that row ("第5行"). */
        private final Map<Integer, String> retimedBy = new HashMap<>();
        /** The missing required columns of each sheet read. */
        private final Map<String, List<LedgerMessage>> missing = new HashMap<>();
        /** Whether a sheet read so far lacks required columns and is no 汇总 (no later row needs checking). */
        private boolean blockingSheet;
        /** The branch each sheet without a branch column names ("" when none). */
        /** The branches whose 支委会 had no committee member to expect, said once each. */
        private final Set<String> noCommittee = new HashSet<>();
        /** The branches without 党小组 whose 党小组会 were recorded under the branch, said once each. */
        private final Set<String> cellless = new HashSet<>();
        /** What each sheet gives its rows (its branch, from its name or title), by sheet. */
        private final Map<String, Map<String, LedgerCell>> sheetBranches = new HashMap<>();
        private final Map<String, Integer> sheetOrder = new HashMap<>();
        private String firstSheet;
        private int rows;
        /** The year a sheet's title names, per sheet (header), for dates written without one. */
        private final Map<LedgerReader.Header, java.util.Optional<Integer>> titleYears = new java.util.IdentityHashMap<>();
        private int adds;
        private int updates;
        private int unchanged;
        private final ImportRecord.Collector records = new ImportRecord.Collector();
        private int skipped;
        /** The columns of the sheets read and their fields. */
        private List<ColumnMapping> columns = List.of();

        Pass(MeetingRosters rosters, Writer writer, Progress progress, int total, Duplicates duplicates) {
            this.rosters = rosters;
            this.writer = writer;
            this.progress = progress;
            this.total = total;
            this.duplicates = duplicates;
        }

        List<LedgerReader.Header> read() {
            LedgerReader.Workbook book;
            try {
                book = LedgerReader.readAll(file, sheetName, columnMaps.aliases(), this::row);
            } catch (LedgerFileException e) {
                throw CheckedSheet.rejected(e, LedgerKind.MEETINGS, file, sheetName);
            }
            List<LedgerReader.Header> headers = new ArrayList<>();
            columns = columnMaps.mappings(book.sheets());
            for (LedgerReader.Result result : book.sheets()) {
                headers.add(result.header());
                missing(result.header());
            }
            // a 汇总 sheet beside complete ones is skipped (its rows were never checked, see row())
            Set<String> totals = TotalsSheets.toSkip(headers, missing);
            for (LedgerReader.Result result : book.sheets()) {
                LedgerReader.Header h = result.header();
                sheetOrder.put(h.sheet(), sheetOrder.size());
                if (totals.contains(h.sheet())) {
                    missing.put(h.sheet(), List.of());
                    fileMessages.add(TotalsSheets.warning(h, columnMaps.aliases(), requiredOf(h)));
                    continue;
                }
                fileMessages.addAll(result.messages());
                fileMessages.addAll(missing(h));
            }
            fileMessages.addAll(book.skipped());
            if (missing.values().stream().anyMatch(m -> !m.isEmpty())) {
                CheckedSheet.otherKind(LedgerKind.MEETINGS, file, sheetName, headers.get(0).sheet()).ifPresent(other -> {
                    fileMessages.clear();
                    fileMessages.add(other);
                });
            }
            return headers;
        }

        private List<LedgerMessage> missing(LedgerReader.Header h) {
            return missing.computeIfAbsent(h.sheet(), k -> CheckedSheet.missingColumns(h, columnMaps.aliases(), requiredOf(h)));
        }

        private List<String> requiredOf(LedgerReader.Header h) {
            return SheetGiven.required(MeetingLedger.REQUIRED, givenOf(h), columnMaps.aliases());
        }

        /** Whether a sheet lacking required columns stops the import (one that looks like a 汇总 may be skipped). */
        private boolean blocking(LedgerReader.Header h) {
            return !missing(h).isEmpty() && !TotalsSheets.looksLikeTotals(h);
        }

        private Map<String, LedgerCell> givenOf(LedgerReader.Header h) {
            return sheetBranches.computeIfAbsent(h.sheet(), k -> KindGuess.given(LedgerKind.MEETINGS).of(h));
        }

        /** "第5行", or "工作表“第二党支部”第5行" for a row of a later sheet. */
        private String rowText(LedgerReader.Header h, int row) {
            if (firstSheet == null) {
                firstSheet = h.sheet();
            }
            return (firstSheet.equals(h.sheet()) ? "" : "工作表“" + h.sheet() + "”") + "第" + row + "行";
        }

        private void row(LedgerReader.Header h, LedgerReader.Row row) {
            if (!missing(h).isEmpty() || blockingSheet) {
                blockingSheet |= blocking(h);
                return;
            }
            if (firstSheet == null) {
                firstSheet = h.sheet();
            }
            progress.checkCancelled();
            rows++;
            if (rows % 500 == 0) {
                progress.update(rows, total, (writer == null ? "正在检查第 " : "正在导入第 ") + row.number() + " 行");
            }
            // a 会议时间 written as 5月8日 takes its year from the sheet's title ("……2025年三会一课台账")
            MeetingLedger.RowResult checked = MeetingLedger.validate(
                    SheetGiven.cells(row.cells(), givenOf(h)), today,
                    titleYears.computeIfAbsent(h, x -> java.util.Optional.ofNullable(LedgerDates.yearInTitle(x.aboveHeader())))
                            .orElse(null));
            report(h, row.number(), checked.problems());
            MeetingEntry e = checked.entry();
            if (e == null) {
                return;
            }
            String sameAs = Texts.clean(e.branch()) + "|" + e.heldAt() + "|" + e.types().stream().sorted().toList() + "|"
                    + Texts.clean(e.theme());
            String first = seen.putIfAbsent(sameAs, rowText(h, row.number()));
            if (first != null) {
                rowMessages.add(h.message(Severity.ERROR, row.number(), null, "与" + first
                        + "是同一次会议（所在党支部、会议时间、会议类型、会议主题都相同），同一次会议只能写一行"));
                return;
            }
            BranchNames.Resolved unit = rosters.resolve(e.branch());
            if (unit.problem() != null) {
                rowMessages.add(h.message(Severity.ERROR, row.number(), MeetingLedger.BRANCH, unit.problem()));
                return;
            }
            Integer unitId;
            // a name written another way (第一党支部 for 机关第一党支部) is shown as stored
            String unitName = unit.note() != null ? unit.unit().name() : Texts.clean(e.branch());
            String note = rosters.noteOnce(e.branch(), unit);
            if (note != null) {
                rowMessages.add(h.message(Severity.WARNING, row.number(), MeetingLedger.BRANCH, note));
            }
            if (!unit.isNew()) {
                unitId = unit.unit().id();
            } else {
                newBranches.add(unitName);
                unitId = writer == null ? null : rosters.create(unitName, writer.db, writer.tx).id();
            }
            // a branch ledger's 党小组会 is its 党小组's meeting, when the row tells which one
            boolean cellMeeting = e.types().equals(Set.of(MeetingType.CELL_MEETING));
            String branchName = unitName;
            boolean ofBranch = cellMeeting && rosters.isBranch(unitId);
            org.partydesk.model.OrgUnit cell = ofBranch ? rosters.cellOf(unitId, e) : null;
            if (cell != null) {
                unitId = cell.id();
                unitName = rosters.written(cell);
            }
            LocalDate day = e.heldAt().toLocalDate();
            List<RosterMember> members = rosters.members(unitId, day);
            e = MeetingLedger.fitted(e, members); // 欧阳 晓明 is one member, 阿依古丽·买买提欧阳晓明 two
            List<RosterMember> expected = rosters.expected(unitId, day, e.types(), members);
            CellGuess guess = ofBranch && cell == null ? cellUnknown(h, row.number(), unitId, branchName, e) : null;
            if (guess == CellGuess.NAMED) {
                expected = MeetingLedger.named(e, members);
            }
            if (expected != members) {
                // a committee member is known by name even if his membership lies elsewhere
                Map<Integer, RosterMember> known = new LinkedHashMap<>();
                members.forEach(m -> known.put(m.memberId(), m));
                expected.forEach(m -> known.putIfAbsent(m.memberId(), m));
                members = List.copyOf(known.values());
            }
            Integer unitOf = unitId;
            MeetingLedger.Attendance a = MeetingLedger.attendance(e, unitName, members, expected,
                    name -> rosters.elsewhere(name, unitOf, day));
            if (a.hasError()) {
                report(h, row.number(), a.problems());
                return;
            }
            report(h, row.number(), a.problems()); // warnings: 参会人员 who were not expected, expected ones not listed
            RecordedCounts recorded = guess == CellGuess.COUNTED ? MeetingLedger.counted(e) : MeetingLedger.recorded(e, expected.size());
            if (expected.isEmpty() && recorded == null && e.types().equals(Set.of(MeetingType.BRANCH_COMMITTEE))
                    && noCommittee.add(unitName)) {
                // no committee members registered that day: a 支委会 of nobody, said (once a branch) instead of an empty sheet
                report(h, row.number(), List.of(new CellProblem(MeetingLedger.TYPES, Severity.WARNING,
                        "会议当天“" + unitName + "”没有登记支部委员，这次支委会（及该支部其他这样的支委会）不逐人记录出勤；"
                                + "请先登记支部委员（组织页面，或花名册的“党内职务”一列），再导入一次")));
            }
            Integer existingId = unitId == null ? null : rosters.existingMeeting(unitId, e.heldAt(), e.types(), e.theme());
            if (existingId == null && unitId != null && !e.heldAt().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                // the same meeting stored from a ledger that gave only its day: this row gives it its time
                existingId = rosters.existingMeeting(unitId, day.atStartOfDay(), e.types(), e.theme());
            }
            boolean retimed = false;
            if (existingId != null) {
                String by = retimedBy.get(existingId);
                if (by != null) {
                    rowMessages.add(h.message(Severity.ERROR, row.number(), MeetingLedger.HELD_AT, "与" + by
                            + "是同一党组织同一天、会议类型和主题都相同的会议；库中只有本行时间的这一次，" + by
                            + "已作为它的时间更正。是两次会议的，请在主题上加以区分（如写明上午、下午）；是同一次会议的，请只写一行"));
                    return;
                }
                matched.add(existingId);
            } else if (unitId != null) {
                // the same unit, day, types and theme at another time: the clerk corrected the meeting's time
                MeetingRosters.StoredMeeting before = retimedMeeting(unitId, e);
                if (before != null) {
                    existingId = before.id();
                    retimed = true;
                    retimedBy.put(before.id(), rowText(h, row.number()));
                    rowMessages.add(h.message(Severity.WARNING, row.number(), MeetingLedger.HELD_AT, "与已有的会议 "
                            + when(before.heldAt()) + "「" + before.theme() + "」是同一次会议（同一党组织、同一天、会议类型和主题都相同），"
                            + "会议时间按本行更正为 " + when(e.heldAt())));
                }
            }
            List<Map.Entry<Set<MeetingType>, String>> thatDay = fileDays.computeIfAbsent(unitName + "|" + day, k -> new ArrayList<>(1));
            Set<MeetingType> types = e.types();
            String earlier = thatDay.stream().filter(d -> MeetingRosters.overlap(d.getKey(), types)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            thatDay.add(Map.entry(types, rowText(h, row.number()) + "的会议「" + e.theme() + "」"));
            if (existingId == null && duplicate(h, row.number(), unitId, e, earlier)) {
                return;
            }
            Meeting target;
            boolean keepNames = false;
            if (existingId == null) {
                target = new Meeting(null, unitId == null ? 0 : unitId, e.heldAt(), e.place(), a.host(), a.recorder(),
                        a.lecturer(), e.theme(), e.types(), e.agenda(), Set.of(), e.minutes(), null, false,
                        recorded != null ? List.of() : a.sheet(), a.nonVoting(), recorded);
                adds++;
                record(ImportRecord.Action.ADD, h.sheet(), row.number(), unitName, e);
                if (writer != null) {
                    writer.add(target);
                }
            } else {
                Meeting existing = repo.load(existingId).orElseThrow();
                // a row without names never wipes the names, reasons and make-ups stored for the meeting
                keepNames = !e.hasNames() && existing.recorded() == null
                        && existing.attendance().stream().anyMatch(x -> x.status() != AttendanceStatus.PRESENT);
                if (keepNames) {
                    recorded = null;
                }
                target = merged(existing, e, a, recorded, keepNames, h, retimed);
                if (target.equals(existing)) {
                    unchanged++;
                    record(ImportRecord.Action.UNCHANGED, h.sheet(), row.number(), unitName, e);
                } else {
                    updates++;
                    record(ImportRecord.Action.UPDATE, h.sheet(), row.number(), unitName, e);
                    if (writer != null) {
                        writer.update(target);
                    }
                }
            }
            if (recorded != null && guess != CellGuess.COUNTED) {
                boolean committeeOnly = e.types().stream().allMatch(t -> t == MeetingType.BRANCH_COMMITTEE);
                report(h, row.number(), List.of(MeetingLedger.recordedNotice(recorded, expected.size(), committeeOnly)));
            } else if (recorded == null && target.recorded() == null) {
                List<CellProblem> counts = new ArrayList<>(MeetingLedger.checkCounts(e, target.attendance()));
                if (keepNames && !counts.isEmpty()) {
                    counts.add(new CellProblem(MeetingLedger.ON_LEAVE, Severity.WARNING, "这一行没有写请假、缺席人员的姓名，"
                            + "库中这次会议逐人登记的出勤（请假、缺席人员及原因、补课）保留未改；要更改，请在台账中写明姓名"));
                }
                report(h, row.number(), counts);
            }
        }

        /**
         * How a branch's 党小组会 whose 党小组 the row does not tell is recorded (under the branch), said in a warning:
         * each such row when the branch has 党小组 (the row could name one), once a branch when it has none.
         * {@code NAMED}: expected are the people its 参会人员 list, 请假 and 缺席 name; {@code COUNTED}: its numbers are
         * kept (按台账人数); {@code WHOLE_BRANCH}: it gives neither, so every member of the branch was expected and came.
         */
        private CellGuess cellUnknown(LedgerReader.Header h, int row, int branchId, String branchName, MeetingEntry e) {
            CellGuess guess = !e.attendees().isEmpty() ? CellGuess.NAMED
                    : e.hasCounts() ? CellGuess.COUNTED : CellGuess.WHOLE_BRANCH;
            boolean hasCells = !rosters.cells(branchId).isEmpty();
            String why = hasCells ? "这次党小组会没有写明是哪个党小组（会议主题、地点、内容中没有党小组的名称，所列人员也不属于同一个党小组），"
                    : "“" + branchName + "”没有登记党小组，这次党小组会";
            String how = switch (guess) {
                case NAMED -> "应到人员按这一行所列的参会、请假、缺席人员计";
                case COUNTED -> "按台账人数记录（" + MeetingLedger.countsText(MeetingLedger.counted(e)) + "），不逐人登记出勤";
                case WHOLE_BRANCH -> "这一行没有写参会人员和人数，应到人员按全支部党员计";
            };
            String hint = hasCells ? "" : "；在花名册的“所在党小组”一列登记党小组后再导入一次，会按党小组记录";
            if (hasCells || guess == CellGuess.COUNTED || cellless.add(branchName)) {
                report(h, row, List.of(new CellProblem(MeetingLedger.TYPES, Severity.WARNING,
                        why + "记在“" + branchName + "”名下，" + how + hint)));
            }
            return guess;
        }

        /** A record of the preview: unit, time, types and theme. */
        private void record(ImportRecord.Action action, String sheet, int row, String unit, MeetingEntry e) {
            LocalDateTime at = e.heldAt();
            records.add(action, sheet, row, unit + " " + (at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate()
                    : at.toLocalDate() + " " + at.toLocalTime()) + " " + MeetingLedger.typesText(e.types())
                    + " " + e.theme(), "");
        }

        /**
         * The stored meeting with what the row says; what the row leaves blank stays as it is. Figures the row
         * gives instead of names ({@code recorded}) replace the stored sheet; a stored meeting with recorded
         * figures gets the roster's sheet when the row gives names or numbers that need none.
         */
        private Meeting merged(Meeting m, MeetingEntry e, MeetingLedger.Attendance a, RecordedCounts recorded,
                               boolean keepNames, LedgerReader.Header h, boolean retimed) {
            boolean attendanceGiven = h.columns().containsKey(MeetingLedger.ON_LEAVE) || h.columns().containsKey(MeetingLedger.ABSENT);
            List<AttendanceEntry> sheet;
            RecordedCounts counts = null;
            if (recorded != null) {
                sheet = List.of();
                counts = recorded;
            } else if (m.recorded() != null) {
                boolean rowSays = e.hasCounts() || e.hasNames();
                sheet = rowSays ? a.sheet() : List.of();
                counts = rowSays ? null : m.recorded();
            } else {
                sheet = keepNames || !attendanceGiven || sameAttendance(m, e) ? m.attendance() : withMakeUps(a.sheet(), m);
            }
            List<NonVotingAttendee> nonVoting = e.nonVoting().isEmpty() || sameNonVoting(m, e) ? m.nonVotingAttendees() : a.nonVoting();
            List<String> agenda = e.agenda().isEmpty() || e.agenda().equals(m.agenda().stream().map(Texts::clean).toList())
                    ? m.agenda() : e.agenda();
            String minutes = e.minutes() == null || m.minutes() != null
                    && e.minutes().equals(m.minutes().strip().replace("\r\n", "\n")) ? m.minutes() : e.minutes();
            // a time of day the row gives to a meeting stored with its day alone
            LocalDateTime heldAt = retimed || m.heldAt().toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? e.heldAt() : m.heldAt();
            return new Meeting(m.id(), m.orgUnitId(), heldAt, e.place() == null ? m.place() : e.place(),
                    role(m.host(), e.host(), a.host()), role(m.recorder(), e.recorder(), a.recorder()),
                    role(m.lecturer(), e.lecturer(), a.lecturer()), m.theme(), m.types(), agenda, m.tags(), minutes,
                    m.decisions(), m.election(), sheet, nonVoting, counts);
        }

        /**
         * The one stored meeting of the unit held the same day with the same types and theme as the row but at another
         * time, that no earlier row of the file matched or corrected: the same meeting, its time corrected in the
         * ledger; null when there is none or more than one (then the row may repeat a meeting, {@link #duplicate}).
         */
        private MeetingRosters.StoredMeeting retimedMeeting(int unitId, MeetingEntry e) {
            String theme = Texts.clean(e.theme());
            List<MeetingRosters.StoredMeeting> same = rosters.sameDay(unitId, e.heldAt().toLocalDate(), e.types()).stream()
                    .filter(m -> m.types().equals(e.types()) && Texts.clean(m.theme()).equals(theme)
                            && !m.heldAt().equals(e.heldAt()))
                    .toList();
            if (same.size() != 1 || matched.contains(same.get(0).id()) || retimedBy.containsKey(same.get(0).id())) {
                return null;
            }
            return same.get(0);
        }

        /**
         * Reports a new row that may repeat a stored meeting or an earlier row (same unit and day, a type in common);
         * true when the row is not to be imported (skipped, or refused under STOP).
         */
        private boolean duplicate(LedgerReader.Header h, int row, Integer unitId, MeetingEntry e, String earlier) {
            List<MeetingRosters.StoredMeeting> stored = unitId == null ? List.of()
                    : rosters.sameDay(unitId, e.heldAt().toLocalDate(), e.types());
            String other = !stored.isEmpty() ? "已有的会议 " + when(stored.get(0).heldAt()) + "「" + stored.get(0).theme() + "」"
                    : earlier;
            if (other == null) {
                return false;
            }
            String text = "可能与" + other + "重复（同一党组织、同一天、会议类型相同或有重合，会议主题或时间写法不同）";
            LedgerMessage m;
            if (duplicates == Duplicates.STOP) {
                m = h.message(Severity.ERROR, row, MeetingLedger.THEME, text
                        + "；请确认：是同一次会议的选择“跳过这些行”（--duplicates skip），是另一次会议的选择“仍然新增”（--duplicates add）");
            } else if (duplicates == Duplicates.SKIP) {
                m = h.message(Severity.WARNING, row, MeetingLedger.THEME, text + "，已跳过此行");
                skipped++;
            } else {
                m = h.message(Severity.WARNING, row, MeetingLedger.THEME,
                        text + (duplicates == Duplicates.ADD ? "，仍然新增" : "；导入前请选择跳过这些行或仍然新增"));
            }
            rowMessages.add(m);
            duplicateMessages.add(m);
            return duplicates == Duplicates.STOP || duplicates == Duplicates.SKIP;
        }

        private void report(LedgerReader.Header h, int row, List<CellProblem> problems) {
            problems.forEach(p -> rowMessages.add(h.message(p.severity(), row, p.key(), p.reason())));
        }

        List<LedgerMessage> messages() {
            List<LedgerMessage> all = new ArrayList<>(fileMessages);
            if (missing.values().stream().allMatch(List::isEmpty)) {
                all.addAll(rowMessages);
            }
            all.sort(CheckedSheet.bySheetAndRow(sheetOrder));
            return all;
        }

        Preview preview() {
            List<LedgerMessage> all = messages();
            return new Preview(adds, updates, unchanged, List.copyOf(newBranches),
                    CheckedSheet.collapsed(all.stream().filter(m -> !m.isError()).toList()),
                    all.stream().filter(LedgerMessage::isError).map(CheckedSheet::toImportMessage).toList(),
                    duplicateMessages.stream().map(CheckedSheet::toImportMessage).toList(), skipped,
                    records.records(), records.omitted(), columns);
        }
    }

    /** How a branch's 党小组会 whose 党小组 is unknown is recorded ({@code Pass.cellUnknown}). */
    private enum CellGuess { NAMED, COUNTED, WHOLE_BRANCH }

    /** A meeting's time as a message names it: the day alone when no time was given. */
    private static String when(java.time.LocalDateTime at) {
        return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
                : at.toLocalDate() + " " + at.toLocalTime();
    }

    /** The stored role holder when the row names the same person, else the row's. */
    private static PersonRef role(PersonRef stored, String name, PersonRef given) {
        if (name == null || stored != null && name.equals(stored.name())) {
            return stored;
        }
        return given;
    }

    /** Whether the stored sheet has exactly the row's names on leave and absent, with their reasons. */
    private static boolean sameAttendance(Meeting m, MeetingEntry e) {
        List<String> storedLeave = new ArrayList<>();
        List<String> storedAbsent = new ArrayList<>();
        for (AttendanceEntry a : m.attendance()) {
            if (a.status() == AttendanceStatus.ON_LEAVE) {
                storedLeave.add(a.name() + "|" + Objects.toString(
                        MeetingLedger.leaveNote(a.leaveReason(), a.makeUpOn(), m.heldAt().toLocalDate()), ""));
            } else if (a.status() == AttendanceStatus.ABSENT) {
                storedAbsent.add(a.name() + "|" + Objects.toString(a.leaveReason(), ""));
            }
        }
        List<String> leave = new ArrayList<>(e.onLeave().stream().map(n -> n.name() + "|" + Objects.toString(n.note(), "")).toList());
        List<String> absent = new ArrayList<>(e.absent().stream().map(n -> n.name() + "|" + Objects.toString(n.note(), "")).toList());
        storedLeave.sort(null);
        storedAbsent.sort(null);
        leave.sort(null);
        absent.sort(null);
        return storedLeave.equals(leave) && storedAbsent.equals(absent);
    }

    private static boolean sameNonVoting(Meeting m, MeetingEntry e) {
        return m.nonVotingAttendees().stream().map(n -> new NamedNote(n.name(), n.note())).toList().equals(e.nonVoting());
    }

    /** The new sheet, keeping the make-up date (补课) of those still on leave whose row gives none. */
    private static List<AttendanceEntry> withMakeUps(List<AttendanceEntry> sheet, Meeting stored) {
        Map<Integer, LocalDate> makeUps = new HashMap<>();
        stored.attendance().stream().filter(a -> a.status() == AttendanceStatus.ON_LEAVE && a.makeUpOn() != null)
                .forEach(a -> makeUps.put(a.memberId(), a.makeUpOn()));
        return sheet.stream().map(a -> a.status() == AttendanceStatus.ON_LEAVE && a.makeUpOn() == null
                && makeUps.containsKey(a.memberId())
                ? a.withStatus(AttendanceStatus.ON_LEAVE, a.leaveReason(), makeUps.get(a.memberId())) : a).toList();
    }

    /** Writes inside the import's transaction: new meetings in batches, changed ones one by one, audited. */
    private static final class Writer {
        final BatchRows rows;
        private final Database db;
        private final Tx tx;
        private final BatchRows.Sink meeting;
        private final BatchRows.Sink type;
        private final BatchRows.Sink agenda;
        private final BatchRows.Sink attendance;
        private final BatchRows.Sink nonVoting;

        Writer(Database db, Tx tx) {
            this.db = db;
            this.tx = tx;
            this.rows = new BatchRows(tx.dsl());
            meeting = rows.sink(MEETING, MEETING.ID, MEETING.ID, MEETING.ORG_UNIT_ID, MEETING.HELD_AT, MEETING.PLACE,
                    MEETING.HOST_MEMBER_ID, MEETING.HOST_NAME, MEETING.RECORDER_MEMBER_ID, MEETING.RECORDER_NAME,
                    MEETING.LECTURER_MEMBER_ID, MEETING.LECTURER_NAME, MEETING.THEME, MEETING.MINUTES,
                    MEETING.RECORDED_EXPECTED, MEETING.RECORDED_PRESENT, MEETING.RECORDED_ON_LEAVE, MEETING.RECORDED_ABSENT);
            type = rows.sink(MEETING_TYPE, null, MEETING_TYPE.MEETING_ID, MEETING_TYPE.TYPE);
            agenda = rows.sink(AGENDA_ITEM, AGENDA_ITEM.ID, AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.SEQ, AGENDA_ITEM.TEXT);
            attendance = rows.sink(ATTENDANCE, ATTENDANCE.ID, ATTENDANCE.MEETING_ID, ATTENDANCE.MEMBER_ID,
                    ATTENDANCE.STATUS, ATTENDANCE.LEAVE_REASON, ATTENDANCE.MAKE_UP_ON);
            nonVoting = rows.sink(NON_VOTING_ATTENDEE, NON_VOTING_ATTENDEE.ID, NON_VOTING_ATTENDEE.MEETING_ID,
                    NON_VOTING_ATTENDEE.MEMBER_ID, NON_VOTING_ATTENDEE.NAME, NON_VOTING_ATTENDEE.NOTE);
        }

        void add(Meeting m) {
            int id = meeting.newId();
            RecordedCounts rc = m.recorded();
            meeting.add(id, m.orgUnitId(), m.heldAt(), m.place(), memberId(m.host()), name(m.host()),
                    memberId(m.recorder()), name(m.recorder()), memberId(m.lecturer()), name(m.lecturer()), m.theme(),
                    m.minutes(), rc == null ? null : rc.expected(), rc == null ? null : rc.present(),
                    rc == null ? null : rc.onLeave(), rc == null ? null : rc.absent());
            for (MeetingType t : m.types()) {
                type.add(id, t.name());
            }
            int seq = 1;
            for (String item : m.agenda()) {
                agenda.add(id, seq++, item);
            }
            for (AttendanceEntry a : m.attendance()) {
                attendance.add(id, a.memberId(), a.status().name(), a.leaveReason(), a.makeUpOn());
            }
            for (NonVotingAttendee n : m.nonVotingAttendees()) {
                nonVoting.add(id, n.memberId(), n.name(), n.note());
            }
        }

        void update(Meeting m) {
            rows.flushAll();
            MeetingRepository.replace(tx, m);
        }

        private static Integer memberId(PersonRef p) {
            return p == null ? null : p.memberId();
        }

        private static String name(PersonRef p) {
            return p == null ? null : p.name();
        }
    }
}
