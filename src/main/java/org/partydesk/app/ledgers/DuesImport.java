package org.partydesk.app.ledgers;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.dues.DuesBook;
import org.partydesk.logic.ledgers.DuesEntry;
import org.partydesk.logic.ledgers.DuesLedger;
import org.partydesk.logic.ledgers.LedgerDates;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.model.DuesBase;
import org.partydesk.model.DuesBaseKind;
import org.partydesk.model.DuesPayment;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.office.ledgers.LedgerReader;
import org.partydesk.store.DuesRepository;
import org.partydesk.store.MemberRepository;

/**
 * Imports the 党费收缴台账 or a bank list (decision 0020). A row is one member's month, the member found by name
 * (and 所在党支部 when names are shared): a month not recorded becomes a payment row, a recorded one gets what the
 * file gives (a blank cell leaves the stored value alone, so importing the same file again changes nothing). A row
 * with 基数类型 and 党费基数 sets the base of the month's year. The due is the file's, else by the base; a month the
 * member owes nothing for (not yet admitted, left, no base) is an error saying why. One transaction, one import batch
 * (undone by {@code undo-import}).
 */
public final class DuesImport implements LedgerImporter {
    static final String UNIT = "条";

    private final Workspace workspace;
    private final ColumnMaps columnMaps;
    private final CheckedSheet<DuesEntry> sheet;
    private final List<LedgerMessage> resolutionMessages = new ArrayList<>();
    private final ImportSummary preview;

    /** One row: the member's month as stored ({@code existing}, null: new) and as it will be; a base to set, if any. */
    private record Plan(int row, DuesEntry entry, String name, DuesPayment existing, DuesPayment target, DuesBase base) {
        /** A stored month whose fields change, or whose year's base the row changes. */
        boolean isUpdate() {
            return existing != null && (!same(existing, target) || base != null);
        }
    }

    private DuesImport(Workspace workspace, Path file, ImportOptions options) {
        this.workspace = workspace;
        this.columnMaps = ColumnMaps.of(LedgerKind.DUES, workspace, file, options);
        LocalDate today = LocalDate.now(workspace.database().clock());
        Map<LedgerReader.Header, java.util.Optional<Integer>> years = new java.util.IdentityHashMap<>();
        this.sheet = CheckedSheet.readWithHeader(file, options.sheet(), columnMaps.aliases(), DuesLedger.REQUIRED,
                KindGuess.given(LedgerKind.DUES), (header, cells) -> DuesLedger.validate(cells, today,
                        years.computeIfAbsent(header, h -> java.util.Optional.ofNullable(yearOf(h))).orElse(null)));
        this.preview = summaryOf(resolve());
    }

    /** The year a sheet's title (or else its name) gives: 机关第一党支部2026年党费收缴登记表, a sheet named 2026年. */
    private static Integer yearOf(LedgerReader.Header h) {
        Integer year = LedgerDates.yearInTitle(h.aboveHeader());
        return year != null || h.sheet() == null ? year : LedgerDates.yearInTitle(List.of(h.sheet()));
    }

    public static DuesImport open(Workspace workspace, Path file, ImportOptions options) {
        return new DuesImport(workspace, file, options);
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
        return sheet.writeImport(workspace, LedgerKind.DUES, columnMaps, preview, "dues_payment", tx -> {
            List<Plan> plans = resolve();
            ImportSummary done = summaryOf(plans);
            CheckedSheet.rejectIfErrors(done.errors());
            int count = 0;
            for (Plan p : plans) {
                progress.checkCancelled();
                if (p.base() != null) {
                    DuesRepository.putBase(tx, p.base());
                }
                if (p.existing() == null || !same(p.existing(), p.target())) {
                    DuesRepository.putPayment(tx, p.target());
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

    private List<Plan> resolve() {
        resolutionMessages.clear();
        Dues dues = new Dues(workspace);
        YearMonth thisMonth = YearMonth.from(dues.today());
        Map<DuesEntry, String> columnOf = new java.util.IdentityHashMap<>();
        Set<DuesEntry> blank = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<CheckedSheet.Row<DuesEntry>> rows = byMonth(sheet.rows(), dues.today(), columnOf, blank);
        Set<Integer> dueRefused = new java.util.HashSet<>(); // a row a member: its missing due said once, not each month
        YearMonth from = rows.stream().map(r -> r.entry().month()).min(YearMonth::compareTo).orElse(thisMonth);
        YearMonth to = rows.stream().map(r -> r.entry().month()).max(YearMonth::compareTo).orElse(thisMonth);
        DuesBook book = dues.book(from, to);
        MemberRepository memberRepo = new MemberRepository(workspace.database());
        Map<String, List<Member>> byName = memberRepo.all().stream().collect(Collectors.groupingBy(Member::name));
        Map<Integer, Set<String>> unitsEver = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, DuesBase> basesSet = new HashMap<>();
        Map<String, Integer> baseRows = new HashMap<>();
        LocalDate today = dues.today();
        List<Plan> plans = new ArrayList<>();
        Map<String, Integer> kindTaken = new java.util.LinkedHashMap<>(); // sheet → its first row given a kind by 人员状态
        for (CheckedSheet.Row<DuesEntry> row : rows) {
            DuesEntry read = row.entry();
            int n = row.number();
            String monthKey = columnOf.getOrDefault(read, DuesLedger.MONTH);
            List<Member> candidates = byName.getOrDefault(read.name(), List.of());
            if (read.branch() != null) {
                String branch = read.branch().replaceAll("[（(].*[）)]$", "").strip();
                candidates = candidates.stream().filter(m -> unitsEver.computeIfAbsent(m.id(), id -> memberRepo.memberships(id)
                        .stream().map(MemberRepository.MembershipRow::unitName).collect(Collectors.toSet())).contains(branch)).toList();
            }
            if (candidates.isEmpty()) {
                error(n, DuesLedger.NAME, read.branch() == null ? "库中没有党员“" + read.name() + "”；请核对姓名（银行流水的户名须是党员本人）"
                        : "库中没有在“" + read.branch() + "”的党员“" + read.name() + "”");
                continue;
            }
            if (candidates.size() > 1 && read.idNumber() != null) {
                // two 张伟 in one branch: the 身份证号 beside the name tells which
                candidates = candidates.stream().filter(m -> read.idNumber().equalsIgnoreCase(m.idNumber())).toList();
                if (candidates.isEmpty()) {
                    error(n, DuesLedger.ID_NUMBER, "库中叫“" + read.name() + "”的党员没有身份证号为 " + read.idNumber() + " 的");
                    continue;
                }
            }
            if (candidates.size() > 1) {
                error(n, DuesLedger.NAME, "库中有 " + candidates.size() + " 名党员叫“" + read.name() + "”" + (read.branch() == null
                        ? "；请在“所在党支部”一列写明是哪个支部的" : "，同在“" + read.branch() + "”；请加一列“身份证号”写明是哪一位"));
                continue;
            }
            Member m = candidates.get(0);
            DuesBaseKind taken = null;
            if (read.baseKind() == null && read.base() != null) {
                // a sheet without a 基数类型 column: the member's 人员状态 says whose base it is
                taken = m.category() == MemberCategory.ACTIVE ? DuesBaseKind.SALARY
                        : m.category() == MemberCategory.RETIRED ? DuesBaseKind.PENSION : null;
                if (taken == null) {
                    error(n, DuesLedger.BASE, "填写了党费基数，表中没有“基数类型”一列，“" + m.name() + "”的人员状态为流动，"
                            + "看不出是税后工资还是离退休费；请加一列“基数类型”（税后工资、离退休费、学生、失业 或 低保）");
                    continue;
                }
                kindTaken.putIfAbsent(sheet.sheetOf(n), n);
            }
            DuesEntry e = taken == null ? read : new DuesEntry(read.name(), read.branch(), read.month(), taken, read.base(),
                    read.due(), read.paid(), read.paidOn(), read.collector(), read.waiver(), read.notes(), read.idNumber(),
                    read.months());
            String key = m.id() + "|" + e.month();
            Integer earlier = seen.putIfAbsent(key, n);
            if (earlier != null) {
                error(n, monthKey, "与" + sheet.rowText(earlier) + "是同一人同一月份（" + Dues.text(e.month())
                        + "）；每人每月只写一行，合计后填写");
                continue;
            }
            if (!book.member(m.id(), e.month())) {
                if (!blank.contains(read)) { // a blank month column of a month he owed nothing for is no payment
                    error(n, monthKey, dues.notDueReason(m, e.month()));
                }
                continue;
            }
            // the base the row sets for the month's year
            DuesBase base = null;
            DuesBase stored = book.base(m.id(), e.month().getYear()).filter(b -> b.year() == e.month().getYear()).orElse(null);
            if (e.baseKind() != null) {
                BigDecimal amount = e.base() == null ? BigDecimal.ZERO.setScale(2) : e.base();
                String yearKey = m.id() + "|" + e.month().getYear();
                DuesBase given = basesSet.get(yearKey);
                if (given != null && (given.kind() != e.baseKind() || given.amount().compareTo(amount) != 0)) {
                    error(n, DuesLedger.BASE, "与" + sheet.rowText(baseRows.get(yearKey)) + "给“" + m.name() + "”"
                            + e.month().getYear() + "年的党费基数不同；一年一个党费基数，请核对");
                    continue;
                }
                boolean same = stored != null && stored.kind() == e.baseKind() && stored.amount().compareTo(amount) == 0;
                if (given == null && !same) {
                    base = new DuesBase(null, m.id(), e.month().getYear(), e.baseKind(), amount,
                            stored == null ? null : stored.voluntary(), today, stored == null ? null : stored.note());
                    basesSet.put(yearKey, base);
                    baseRows.put(yearKey, n);
                }
                if (given == null && same) {
                    basesSet.put(yearKey, stored);
                    baseRows.put(yearKey, n);
                }
            }
            DuesBase applies = basesSet.containsKey(m.id() + "|" + e.month().getYear())
                    ? basesSet.get(m.id() + "|" + e.month().getYear()) : book.base(m.id(), e.month().getYear()).orElse(null);
            BigDecimal computed = applies == null ? null
                    : dues.rules().monthly(applies.kind(), applies.amount(), applies.voluntary());
            DuesPayment existing = book.payment(m.id(), e.month()).orElse(null);
            BigDecimal due = e.due() != null ? e.due() : existing != null && base == null ? existing.due() : computed;
            if (due == null) {
                if (dueRefused.add(n)) {
                    error(n, DuesLedger.DUE, "“" + m.name() + "”还没有核定" + e.month().getYear()
                            + "年的党费基数；请在表中填写基数类型和党费基数，或填写应缴金额"
                            + (columnOf.containsKey(read) ? "（每月一列的表可加一列“月缴纳标准”）" : ""));
                }
                continue;
            }
            if ((e.due() == null || columnOf.containsKey(read)) && e.paid() != null && due.signum() > 0
                    && e.paid().compareTo(due.multiply(BigDecimal.valueOf(2))) > 0) {
                // the same check as for a 应缴 written in the file's row of a month (DuesLedger.validate), on the due
                // worked out here or written beside a row of months
                resolutionMessages.add(sheet.message(Severity.WARNING, n, columnOf.getOrDefault(read, DuesLedger.PAID),
                        DuesLedger.overpaid(e.paid(), due)));
            }
            if (e.due() != null && computed != null && e.due().compareTo(computed) != 0) {
                resolutionMessages.add(sheet.message(Severity.WARNING, n, DuesLedger.DUE, "表中应缴 " + e.due() + " 元，按党费基数计算为 "
                        + computed + " 元；按表中记录"));
            }
            DuesPayment target = new DuesPayment(existing == null ? null : existing.id(), m.id(), e.month(), due,
                    e.paid() != null ? e.paid() : existing != null ? existing.paid() : BigDecimal.ZERO.setScale(2),
                    e.paidOn() != null ? e.paidOn() : existing == null ? null : existing.paidOn(),
                    e.collector() != null ? e.collector() : existing == null ? null : existing.collector(),
                    e.waiver() != null || existing != null && existing.waived(),
                    e.waiver() != null ? e.waiver() : existing == null ? null : existing.waiverNote(),
                    e.notes() != null ? e.notes() : existing == null ? null : existing.note());
            if (target.paid().signum() > 0 && target.paidOn() == null) {
                error(n, DuesLedger.PAID_ON, "填写了实缴金额，请同时填写交纳日期");
                continue;
            }
            plans.add(new Plan(n, e, m.name(), existing, target, base));
        }
        for (int first : kindTaken.values()) {
            resolutionMessages.add(sheet.message(Severity.WARNING, first, DuesLedger.BASE, "表中没有“基数类型”一列："
                    + "党费基数按各党员的人员状态记为税后工资（在职）或离退休费（离退休）；不对的请加一列“基数类型”写明"));
        }
        return plans;
    }

    /**
     * The rows with each row of a sheet kept a column a month (decision 0055) made one row a month, under the same row
     * number: a month column with an amount is paid that amount on the month's last day (today for this month), a blank
     * one up to the last month any row of the sheet fills is unpaid (0), later blank months are not registered yet.
     * {@code columnOf} gets each made month's column key, {@code blank} the months made of a blank cell; one warning per
     * such sheet says how the days are taken.
     */
    private List<CheckedSheet.Row<DuesEntry>> byMonth(List<CheckedSheet.Row<DuesEntry>> read, LocalDate today,
                                                      Map<DuesEntry, String> columnOf, Set<DuesEntry> blank) {
        Map<String, YearMonth> lastFilled = new HashMap<>();
        Map<String, Integer> firstRow = new java.util.LinkedHashMap<>();
        for (CheckedSheet.Row<DuesEntry> row : read) {
            if (row.entry().months() != null) {
                String sheetName = sheet.sheetOf(row.number());
                firstRow.putIfAbsent(sheetName, row.number());
                row.entry().months().forEach((month, paid) -> {
                    if (paid != null) {
                        lastFilled.merge(sheetName, month, (a, b) -> a.isAfter(b) ? a : b);
                    }
                });
            }
        }
        List<CheckedSheet.Row<DuesEntry>> out = new ArrayList<>();
        for (CheckedSheet.Row<DuesEntry> row : read) {
            DuesEntry e = row.entry();
            if (e.months() == null) {
                out.add(row);
                continue;
            }
            YearMonth last = lastFilled.get(sheet.sheetOf(row.number()));
            e.months().forEach((month, paid) -> {
                if (paid == null && (last == null || month.isAfter(last))) {
                    return;
                }
                LocalDate end = month.atEndOfMonth();
                BigDecimal amount = paid == null ? BigDecimal.ZERO.setScale(2) : paid;
                DuesEntry made = e.ofMonth(month, amount, amount.signum() > 0 ? (end.isAfter(today) ? today : end) : null);
                columnOf.put(made, DuesLedger.MONTH_KEYS.get(month.getMonthValue() - 1));
                if (paid == null) {
                    blank.add(made);
                }
                out.add(new CheckedSheet.Row<>(row.number(), made));
            });
        }
        firstRow.forEach((name, n) -> resolutionMessages.add(sheet.message(Severity.WARNING, n, null, "这张表每人一行、每月一列："
                + "各月按该月一列的金额记为实缴，交纳日期按当月最后一天（本月按今天）记录"
                + (lastFilled.containsKey(name) ? "；" + Dues.text(lastFilled.get(name)) + "以前空着的月份记为未交，以后的月份尚未登记" : "")
                + "；补缴等交纳日期不同的，请在“党费”页面更正")));
        return out;
    }

    private static boolean same(DuesPayment a, DuesPayment b) {
        return a.due().compareTo(b.due()) == 0 && a.paid().compareTo(b.paid()) == 0 && Objects.equals(a.paidOn(), b.paidOn())
                && Objects.equals(a.collector(), b.collector()) && a.waived() == b.waived()
                && Objects.equals(a.waiverNote(), b.waiverNote()) && Objects.equals(a.note(), b.note());
    }

    private void error(int row, String key, String reason) {
        resolutionMessages.add(sheet.message(Severity.ERROR, row, key, reason));
    }

    private ImportSummary summaryOf(List<Plan> plans) {
        int adds = (int) plans.stream().filter(p -> p.existing() == null).count();
        int updates = (int) plans.stream().filter(Plan::isUpdate).count();
        List<ImportRecord> records = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (Plan p : plans) {
            if (p.base() != null) {
                bases.add(p.name() + "（" + p.base().year() + "年）");
            }
            DuesPayment t = p.target();
            records.add(new ImportRecord(p.existing() == null ? ImportRecord.Action.ADD
                    : p.isUpdate() ? ImportRecord.Action.UPDATE : ImportRecord.Action.UNCHANGED,
                    CheckedSheet.excelRow(p.row()), p.name() + " " + Dues.text(t.month()) + " 实缴 " + t.paid() + " 元",
                    p.isUpdate() ? (p.base() != null ? "党费基数有变化" : "金额、日期或其他信息有变化") : "", sheet.sheetOf(p.row())));
        }
        return new ImportSummary(UNIT, adds, updates, plans.size() - adds - updates,
                List.of(new ImportSummary.Created("核定党费基数", "人次", bases)),
                sheet.warnings(resolutionMessages), sheet.errors(resolutionMessages), records, columnMaps.mappings(sheet.sheets()));
    }
}
