package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.CommendationLedger;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.model.Commendation;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.RecipientKind;
import org.partydesk.store.CommendationRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

/**
 * Writes the commendations ledger: one row per recipient, oldest first, which {@link CommendationImport}
 * takes back without change. A member whose name another member shares is written 张伟（第一党支部）, a
 * party organisation whose name another shares with its parent: 综合党支部（第一基层党委）.
 * With a branch, only its recipients: the branch itself and its members on the day of the award.
 */
final class CommendationExport {
    private CommendationExport() {
    }

    static int write(Workspace ws, Path out, LedgerExport.Options options, Progress progress) {
        Integer branchId = options.branch() == null ? null : LedgerExport.unitNamed(ws, options.branch());
        List<Commendation> found = new ArrayList<>(new CommendationRepository(ws.database())
                .find(new CommendationRepository.Filter(options.year(), null, null, branchId, null)));
        found.sort(Comparator.comparing(Commendation::awardedOn).thenComparing(Commendation::id));
        MemberRepository members = new MemberRepository(ws.database());
        Set<String> sharedNames = members.all().stream().collect(Collectors.groupingBy(Member::name, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        List<OrgUnit> units = new OrgRepository(ws.database()).all();
        Map<Integer, String> unitNames = UnitNames.qualifiedAll(units);
        Map<LocalDate, Set<Integer>> branchMembers = new HashMap<>();
        List<LedgerColumn> columns = CommendationLedger.COLUMNS.columns();
        String title = CommendationLedger.SHEET_TITLE + (options.year() == null ? "" : "（" + options.year() + "年）");
        return LedgerExport.writing(out, CommendationLedger.SHEET_NAME, title, columns, CommendationLedger.GUIDE, writer -> {
            int n = 0;
            int done = 0;
            for (Commendation c : found) {
                progress.checkCancelled();
                for (Commendation.Recipient r : c.recipients()) {
                    if (branchId != null && !(r.kind() == RecipientKind.BRANCH && branchId.equals(r.orgUnitId()))
                            && !(r.kind() == RecipientKind.MEMBER && branchMembers.computeIfAbsent(c.awardedOn(),
                            d -> members.members(branchId, true, d).stream().map(Member::id).collect(Collectors.toSet()))
                            .contains(r.memberId()))) {
                        continue;
                    }
                    n++;
                    String name = r.displayName();
                    if (r.kind() == RecipientKind.MEMBER && sharedNames.contains(name)) {
                        name = members.branchName(r.memberId(), c.awardedOn())
                                .or(() -> members.branchName(r.memberId(), LocalDate.now(ws.database().clock())))
                                .map(b -> r.displayName() + "（" + b + "）").orElse(name);
                    }
                    if (r.kind() == RecipientKind.BRANCH) {
                        name = unitNames.getOrDefault(r.orgUnitId(), name);
                    }
                    List<Object> values = new ArrayList<>(columns.size());
                    for (LedgerColumn col : columns) {
                        values.add(switch (col.key()) {
                            case CommendationLedger.SEQ -> n;
                            case CommendationLedger.TITLE -> c.title();
                            case CommendationLedger.LEVEL -> CommendationLedger.label(c.level());
                            case CommendationLedger.RECIPIENTS -> name;
                            case CommendationLedger.RECIPIENT_KIND -> r.kind() == RecipientKind.MEMBER
                                    ? CommendationLedger.INDIVIDUAL : CommendationLedger.COLLECTIVE;
                            case CommendationLedger.AWARDED_BY -> c.awardedBy();
                            case CommendationLedger.AWARDED_ON -> c.awardedOn();
                            case CommendationLedger.PERIOD -> CommendationLedger.periodText(c.periodKind(), c.periodStart(), c.periodEnd());
                            case CommendationLedger.DOCUMENT_NUMBER -> c.documentNumber();
                            case CommendationLedger.NOTES -> c.notes();
                            default -> throw new IllegalStateException("no value for column " + col.key());
                        });
                    }
                    writer.row(values);
                }
                progress.update(++done, found.size(), "正在导出第 " + done + " 项表彰");
            }
            return n;
        });
    }
}
