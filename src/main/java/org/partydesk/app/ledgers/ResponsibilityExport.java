package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.logic.ledgers.ResponsibilityLedger;
import org.partydesk.model.Cadence;
import org.partydesk.model.DeadlineState;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListProgress;
import org.partydesk.model.Member;
import org.partydesk.model.ResponsibilityItem;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.ResponsibilityRepository;

/**
 * Writes the responsibility-list ledger: every item of the chosen lists in tree order, with 完成情况 as of
 * today, which {@link ResponsibilityImport} takes back without change. A category (a level-1 item with
 * children) is written in 类别; deeper items repeat their category there for reading.
 */
final class ResponsibilityExport {
    private ResponsibilityExport() {
    }

    static int write(Workspace ws, Path out, LedgerExport.Options options, Progress progress) {
        ResponsibilityRepository repo = new ResponsibilityRepository(ws.database());
        LocalDate today = LocalDate.now(ws.database().clock());
        List<ResponsibilityList> lists = options.year() == null ? repo.allLists() : repo.lists(options.year());
        if (options.branch() != null) {
            int unit = LedgerExport.unitNamed(ws, options.branch());
            Set<Integer> units = new OrgRepository(ws.database()).subtreeIds(unit);
            MemberRepository members = new MemberRepository(ws.database());
            lists = lists.stream().filter(l -> (l.ownerOrgUnitId() != null && units.contains(l.ownerOrgUnitId()))
                    || (l.ownerMemberId() != null && members.members(unit, true, yearEnd(l.year(), today)).stream()
                    .map(Member::id).anyMatch(l.ownerMemberId()::equals))).toList();
        }
        Map<Integer, String> names = new MemberRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(Member::id, Member::name));
        Responsibilities responsibilities = new Responsibilities(ws);
        List<LedgerColumn> columns = ResponsibilityLedger.COLUMNS.columns();
        String title = ResponsibilityLedger.SHEET_TITLE + (options.year() == null ? "" : "（" + options.year() + "年）");
        List<ResponsibilityList> chosen = lists;
        Map<Integer, String> unitNames = UnitNames.qualifiedAll(new OrgRepository(ws.database()).all());
        return LedgerExport.writing(out, ResponsibilityLedger.SHEET_NAME, title, columns, ResponsibilityLedger.GUIDE, writer -> {
            int n = 0;
            int done = 0;
            for (ResponsibilityList list : chosen) {
                progress.checkCancelled();
                ListProgress tree = responsibilities.tree(list, today);
                String owner = list.ownerOrgUnitId() != null ? unitNames.get(list.ownerOrgUnitId())
                        : repo.ownerName(list.id()).orElse(null);
                List<Object[]> rows = new ArrayList<>();
                for (ItemProgress item : tree.items()) {
                    rows(item, List.of(), null, list, owner, names, rows);
                }
                for (Object[] values : rows) {
                    writer.row(java.util.Arrays.asList(values));
                }
                n += rows.size();
                progress.update(++done, chosen.size(), "正在导出第 " + done + " 份清单");
            }
            return n;
        });
    }

    private static LocalDate yearEnd(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today) ? today : end;
    }

    private static void rows(ItemProgress node, List<Integer> parentPath, String category, ResponsibilityList list,
                             String owner, Map<Integer, String> names, List<Object[]> out) {
        ResponsibilityItem item = node.item();
        List<Integer> path = new ArrayList<>(parentPath);
        path.add(item.seq());
        boolean parent = !node.children().isEmpty();
        boolean categoryRow = item.level() == 1 && parent;
        String responsible = item.responsibleText() != null ? item.responsibleText()
                : item.ownerMemberIds().isEmpty() ? null
                : item.ownerMemberIds().stream().map(names::get).collect(Collectors.joining("、"));
        Object deadline = null;
        if (!parent) {
            LocalDate once = node.deadlines().stream().map(DeadlineState::deadline).map(d -> d.dueOn()).findFirst().orElse(null);
            deadline = item.cadence() == Cadence.ONCE && once == null ? null : ResponsibilityLedger.deadlineValue(item.cadence(), once);
        }
        Object[] values = new Object[ResponsibilityLedger.COLUMNS.columns().size()];
        int i = 0;
        for (LedgerColumn col : ResponsibilityLedger.COLUMNS.columns()) {
            values[i++] = switch (col.key()) {
                case ResponsibilityLedger.YEAR -> list.year();
                case ResponsibilityLedger.LIST_NAME -> list.name();
                case ResponsibilityLedger.LIST_KIND -> ResponsibilityLedger.label(list.ownerKind());
                case ResponsibilityLedger.LIST_OWNER -> owner;
                case ResponsibilityLedger.PATH -> ResponsibilityLedger.pathText(path);
                case ResponsibilityLedger.CATEGORY -> categoryRow ? item.text() : item.level() == 1 ? null : category;
                case ResponsibilityLedger.TEXT -> categoryRow ? null : item.text();
                case ResponsibilityLedger.OWNER -> item.ownerText();
                case ResponsibilityLedger.RESPONSIBLE -> responsible;
                case ResponsibilityLedger.DEADLINE -> deadline;
                case ResponsibilityLedger.STATUS -> ResponsibilityLedger.label(node.status());
                default -> throw new IllegalStateException("no value for column " + col.key());
            };
        }
        out.add(values);
        String childCategory = item.level() == 1 ? item.text() : category;
        for (ItemProgress child : node.children()) {
            rows(child, path, childCategory, list, owner, names, out);
        }
    }
}
