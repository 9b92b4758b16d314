package org.partydesk.app.ledgers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partydesk.logic.ledgers.DuesLedger;
import org.partydesk.logic.ledgers.HeaderAliases;
import org.partydesk.logic.ledgers.LedgerCell;
import org.partydesk.office.ledgers.LedgerReader;

/**
 * The values a sheet gives every row of it from its name or title, for columns it does not have: the branch of a
 * workbook kept one sheet per branch (机关第一党支部), the year and list of a responsibility list titled
 * “2025年度局党组主体责任清单”. A column the sheet gives is not required of it.
 */
@FunctionalInterface
interface SheetGiven {
    /** A kind whose sheets give nothing. */
    SheetGiven NONE = header -> Map.of();

    /** The cells (by column key) the sheet under {@code header} gives its rows; none for a column the header has. */
    Map<String, LedgerCell> of(LedgerReader.Header header);

    /**
     * The branch under {@code key}, from the sheet's name or title ({@link SheetBranch}); a sheet whose branch headings
     * give its rows their branch ({@link HeaderAliases#branchHeadings}) gives the column too, each row's own branch
     * taking the place of the name's or title's.
     */
    static SheetGiven branch(String key) {
        return header -> {
            String branch = SheetBranch.of(header, key);
            if (key.equals(header.headingsGive())) {
                return Map.of(key, branch.isEmpty() ? LedgerCell.EMPTY : LedgerCell.text(branch));
            }
            return branch.isEmpty() ? Map.of() : Map.of(key, LedgerCell.text(branch));
        };
    }

    /** What {@code first} gives and then what {@code second} gives of the other columns. */
    static SheetGiven both(SheetGiven first, SheetGiven second) {
        return header -> {
            Map<String, LedgerCell> a = first.of(header);
            Map<String, LedgerCell> b = second.of(header);
            if (b.isEmpty()) {
                return a;
            }
            Map<String, LedgerCell> out = new LinkedHashMap<>(b);
            out.putAll(a);
            return out;
        };
    }

    /**
     * The month of a dues sheet kept a sheet a month (工作表 3月 under “机关第一党支部2025年3月党费收缴明细表”) under
     * {@code key}, when the sheet has neither that column nor a column a month ({@link DuesLedger#sheetMonth}).
     */
    static SheetGiven duesMonth(String key) {
        return header -> {
            if (header.columns().containsKey(key) || DuesLedger.MONTH_KEYS.stream().anyMatch(header.columns()::containsKey)) {
                return Map.of();
            }
            String month = DuesLedger.sheetMonth(header.aboveHeader(), header.sheet());
            return month == null ? Map.of() : Map.of(key, LedgerCell.text(month));
        };
    }

    /** {@code required} without the columns the sheet gives, or gives a stand-in for ({@link HeaderAliases#standIn}). */
    static List<String> required(List<String> required, Map<String, LedgerCell> given, HeaderAliases aliases) {
        return given.isEmpty() ? required : required.stream().filter(k -> !given.containsKey(k)
                && aliases.standInFor(k).map(c -> !given.containsKey(c.key())).orElse(true)).toList();
    }

    /** A row's cells with those the sheet gives, where the row has none of its own (a branch heading's gives it one). */
    static Map<String, LedgerCell> cells(Map<String, LedgerCell> cells, Map<String, LedgerCell> given) {
        if (given.isEmpty()) {
            return cells;
        }
        Map<String, LedgerCell> out = new LinkedHashMap<>(cells);
        given.forEach((key, cell) -> {
            if (out.get(key) == null) {
                out.put(key, cell);
            }
        });
        return out;
    }
}
