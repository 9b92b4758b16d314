package org.partydesk.app.ledgers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partydesk.logic.ledgers.LedgerCell;
import org.partydesk.logic.ledgers.ResponsibilityLedger;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.office.ledgers.LedgerReader;

/**
 * What a responsibility-list sheet without 年度, 清单名称 or 清单类型 columns gives its rows: the list its title names
 * (the first line above the header that mentions 清单, else the sheet's name), as offices keep one list per sheet under
 * a title such as “2025年度局党组落实全面从严治党主体责任清单” ({@link ResponsibilityLedger#fromTitle}); a branch's list
 * also takes its branch as 清单所属.
 */
final class ResponsibilitySheets {
    private ResponsibilitySheets() {
    }

    static final SheetGiven GIVEN = ResponsibilitySheets::given;

    private static Map<String, LedgerCell> given(LedgerReader.Header header) {
        List<String> keys = List.of(ResponsibilityLedger.YEAR, ResponsibilityLedger.LIST_NAME, ResponsibilityLedger.LIST_KIND);
        if (keys.stream().allMatch(header.columns()::containsKey)) {
            return Map.of();
        }
        List<String> candidates = new ArrayList<>(header.aboveHeader().stream().filter(t -> t.contains("清单")).toList());
        candidates.add(header.sheet());
        Map<String, String> found = Map.of();
        String used = null;
        // a title with the kind's word first (a sheet's name may give one where the title does not), else any naming a list
        List<String> ordered = new ArrayList<>(candidates.stream()
                .filter(t -> ResponsibilityLedger.fromTitle(t).containsKey(ResponsibilityLedger.LIST_KIND)).toList());
        candidates.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        for (String title : ordered) {
            found = ResponsibilityLedger.fromTitle(title);
            if (found.containsKey(ResponsibilityLedger.LIST_NAME)) {
                if (!found.containsKey(ResponsibilityLedger.YEAR)) {
                    // the year in another line above the header: 2025年度 on a line of its own
                    Integer year = org.partydesk.logic.ledgers.LedgerDates.yearInTitle(header.aboveHeader());
                    if (year != null) {
                        found = new LinkedHashMap<>(found);
                        found.put(ResponsibilityLedger.YEAR, String.valueOf(year));
                    }
                }
                used = title;
                break;
            }
            found = Map.of();
        }
        Map<String, LedgerCell> out = new LinkedHashMap<>();
        found.forEach((key, text) -> {
            if (!header.columns().containsKey(key)) {
                out.put(key, LedgerCell.text(text));
            }
        });
        String kind = found.get(ResponsibilityLedger.LIST_KIND);
        if (kind != null && ResponsibilityLedger.ownerKind(kind) == ListOwnerKind.BRANCH
                && !header.columns().containsKey(ResponsibilityLedger.LIST_OWNER)) {
            String branch = SheetBranch.named(found.get(ResponsibilityLedger.LIST_NAME));
            if (branch != null) {
                out.put(ResponsibilityLedger.LIST_OWNER, LedgerCell.text(branch));
            }
        }
        ListOwnerKind person = kind == null ? null : ResponsibilityLedger.ownerKind(kind);
        if ((person == ListOwnerKind.SECRETARY || person == ListOwnerKind.LEADERSHIP_MEMBER)
                && !header.columns().containsKey(ResponsibilityLedger.LIST_OWNER)) {
            // 2025年度副局长李四“一岗双责”责任清单, or a sheet named 李四: the list is that leader's
            String named = ResponsibilityLedger.personInTitle(used);
            if (named == null && header.sheet().strip().matches("\\p{IsHan}{2,4}")
                    && ResponsibilityLedger.fromTitle(header.sheet()).isEmpty() && !header.sheet().contains("书记")) {
                named = header.sheet().strip();
            }
            if (named != null) {
                out.put(ResponsibilityLedger.TITLE_OWNER, LedgerCell.text(named));
            }
        }
        return out;
    }
}
