package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.dues.DuesBook;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.DuesLedger;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.model.DuesBase;
import org.partydesk.model.DuesPayment;
import org.partydesk.model.Member;
import org.partydesk.store.DuesRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

/**
 * Writes the 党费收缴台账 of a year (the current one when none is given): one row per recorded member's month, by
 * branch, member and month, with the base of that year, which {@link DuesImport} takes back without change. With a
 * branch, the months of that branch's members (their branch at each month's end).
 */
final class DuesExport {
    private DuesExport() {
    }

    static int write(Workspace ws, Path out, LedgerExport.Options options, Progress progress) {
        Integer branchId = options.branch() == null ? null : LedgerExport.unitNamed(ws, options.branch());
        Dues dues = new Dues(ws);
        int year = options.year() == null ? dues.today().getYear() : options.year();
        DuesBook book = dues.book(YearMonth.of(year, 1), YearMonth.of(year, 12));
        MemberRepository members = new MemberRepository(ws.database());
        Map<Integer, Member> byId = new HashMap<>();
        members.all().forEach(m -> byId.put(m.id(), m));
        // a branch by the name the other ledgers write: "综合党支部（上级名称）" where two share it
        Map<Integer, String> unitNames = UnitNames.qualifiedAll(new OrgRepository(ws.database()).all());
        Map<YearMonth, Map<Integer, Integer>> branchIds = new HashMap<>();
        record Line(String branch, String name, DuesPayment payment) {
        }
        List<Line> lines = new ArrayList<>();
        for (DuesPayment p : new DuesRepository(ws.database()).payments(YearMonth.of(year, 1), YearMonth.of(year, 12))) {
            LocalDate day = p.month().atEndOfMonth().isAfter(dues.today()) ? dues.today() : p.month().atEndOfMonth();
            Map<Integer, Integer> ids = branchIds.computeIfAbsent(p.month(), m -> members.branchIdsOfAll(day));
            if (branchId != null && !branchId.equals(ids.get(p.memberId()))) {
                continue;
            }
            Integer unit = ids.get(p.memberId());
            String branch = unit == null ? null : unitNames.get(unit);
            lines.add(new Line(branch == null ? "" : branch, byId.get(p.memberId()).name(), p));
        }
        lines.sort(java.util.Comparator.comparing(Line::branch).thenComparing(Line::name)
                .thenComparing(l -> l.payment().memberId()).thenComparing(l -> l.payment().month()));
        List<LedgerColumn> columns = DuesLedger.COLUMNS.columns();
        String title = DuesLedger.SHEET_TITLE + "（" + year + "年" + (options.branch() == null ? "" : "，" + options.branch()) + "）";
        return LedgerExport.writing(out, DuesLedger.SHEET_NAME, title, columns, DuesLedger.GUIDE, writer -> {
            int n = 0;
            for (Line l : lines) {
                progress.checkCancelled();
                n++;
                DuesPayment p = l.payment();
                DuesBase base = book.base(p.memberId(), year).filter(b -> b.year() == year).orElse(null);
                List<Object> values = new ArrayList<>(columns.size());
                for (LedgerColumn col : columns) {
                    values.add(switch (col.key()) {
                        case DuesLedger.SEQ -> n;
                        case DuesLedger.NAME -> l.name();
                        case DuesLedger.BRANCH -> l.branch();
                        case DuesLedger.MONTH -> p.month().toString();
                        case DuesLedger.BASE_KIND -> base == null ? null : DuesLedger.KIND_LABELS.get(base.kind());
                        case DuesLedger.BASE -> base == null || !base.kind().hasAmount() ? null : base.amount();
                        case DuesLedger.DUE -> p.due();
                        case DuesLedger.PAID -> p.paid();
                        case DuesLedger.PAID_ON -> p.paidOn();
                        case DuesLedger.COLLECTOR -> p.collector();
                        case DuesLedger.WAIVER -> p.waived() ? p.waiverNote() : null;
                        case DuesLedger.NOTES -> p.note();
                        default -> throw new IllegalStateException("no value for column " + col.key());
                    });
                }
                writer.row(values);
                progress.update(n, lines.size(), "正在导出第 " + n + " 条");
            }
            return n;
        });
    }
}
