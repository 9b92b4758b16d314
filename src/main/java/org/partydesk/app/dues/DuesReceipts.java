package org.partydesk.app.dues;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partydesk.app.OutputPaths;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.model.DuesPayment;
import org.partydesk.model.DuesReceipt;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;
import org.partydesk.office.reports.DuesReceiptsWriter;
import org.partydesk.store.DuesRepository;
import org.partydesk.store.MemberRepository;

/**
 * A branch's 党费收据 of a month to print (decision 0020): one receipt per member who paid something for the month
 * (members of the branch at the month's end), by name, numbered {@code yyyymm-001} …; a 补缴 or 减免 says so in 备注.
 */
public final class DuesReceipts {
    private DuesReceipts() {
    }

    /** The receipts of {@code branchId}'s {@code month}. */
    public static List<DuesReceipt> of(Workspace ws, int branchId, YearMonth month) {
        MemberRepository members = new MemberRepository(ws.database());
        LocalDate day = month.atEndOfMonth();
        Map<Integer, Integer> branchOf = members.branchIdsOfAll(day);
        Map<Integer, String> branchName = members.branchNamesOfAll(day);
        Map<Integer, Member> byId = new HashMap<>();
        members.all().forEach(m -> byId.put(m.id(), m));
        List<DuesPayment> paid = new DuesRepository(ws.database()).payments(month, month).stream()
                .filter(p -> p.paid().signum() > 0 && Integer.valueOf(branchId).equals(branchOf.get(p.memberId())))
                .sorted(Comparator.comparing((DuesPayment p) -> byId.get(p.memberId()).name())
                        .thenComparing(DuesPayment::memberId))
                .toList();
        List<DuesReceipt> out = new ArrayList<>();
        String prefix = String.format("%d%02d-", month.getYear(), month.getMonthValue());
        for (DuesPayment p : paid) {
            String remark = p.waived() ? "减免：" + p.waiverNote()
                    : p.backPayment() ? "补缴" + Dues.text(p.month()) + "党费" + (p.note() == null ? "" : "；" + p.note())
                    : p.note();
            out.add(new DuesReceipt(prefix + String.format("%03d", out.size() + 1), byId.get(p.memberId()).name(),
                    branchName.get(p.memberId()), p.month(), p.due(), p.paid(), p.paidOn(), p.collector(), remark));
        }
        return out;
    }

    /** Writes the receipts of {@code branch}'s {@code month} to {@code out} (.docx); returns how many. */
    public static int write(Workspace ws, OrgUnit branch, YearMonth month, Path out, Progress progress) {
        OutputPaths.check(ws, out, ".docx");
        List<DuesReceipt> receipts = of(ws, branch.id(), month);
        OutputPaths.writeAtomically(out, o -> DuesReceiptsWriter.write(branch.name(), receipts, o, progress::isCancelled));
        return receipts.size();
    }
}
