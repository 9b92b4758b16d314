package org.partydesk.app.ledgers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.partydesk.logic.ledgers.HeaderAliases;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.office.ledgers.LedgerReader;

/**
 * A 汇总 (totals) or 统计 sheet beside the ledger's own sheets: it has a header (所在党支部, 党员人数 …) but not
 * the kind's required columns. When at least one other sheet of the workbook is a complete ledger, such a
 * sheet is skipped with a warning naming it instead of refusing the whole workbook. A sheet counts as one when
 * its name says so (汇总, 统计, 合计 …) or when fewer than half of its column names are the kind's; a sheet
 * that is plainly a ledger of the kind with a column missing is still an error, and so is the only ledger sheet
 * of a workbook (decision 0014).
 */
final class TotalsSheets {
    private static final Pattern TOTALS_NAME = Pattern.compile(".*(汇总|统计|合计|小计|总计|总表|一览).*");

    private TotalsSheets() {
    }

    /** Whether a sheet lacking required columns may be skipped (when another sheet is complete). */
    static boolean looksLikeTotals(LedgerReader.Header header) {
        long named = header.headerTexts().values().stream().filter(t -> t != null && !t.isBlank()).count();
        return TOTALS_NAME.matcher(header.sheet()).matches() || header.columns().size() * 2 < named;
    }

    /**
     * The sheets to skip, given each sheet's missing-column errors (in workbook order): the ones lacking
     * columns that look like totals, when at least one sheet lacks none; empty otherwise.
     */
    static Set<String> toSkip(List<LedgerReader.Header> headers, Map<String, List<LedgerMessage>> missing) {
        Set<String> out = new LinkedHashSet<>();
        if (headers.stream().noneMatch(h -> missing.getOrDefault(h.sheet(), List.of()).isEmpty())) {
            return out;
        }
        for (LedgerReader.Header h : headers) {
            if (!missing.getOrDefault(h.sheet(), List.of()).isEmpty() && looksLikeTotals(h)) {
                out.add(h.sheet());
            }
        }
        return out;
    }

    /** The warning for a skipped sheet, naming the required columns it lacks. */
    static LedgerMessage warning(LedgerReader.Header header, HeaderAliases aliases, List<String> required) {
        List<String> lacking = new ArrayList<>();
        for (String key : required) {
            if (!header.columns().containsKey(key)) {
                lacking.add("“" + aliases.column(key).header() + "”");
            }
        }
        return new LedgerMessage(Severity.WARNING, header.file(), header.sheet(), 0, null, null,
                "这个工作表的表头（第" + header.rowNumber() + "行）没有必填的列" + String.join("", lacking)
                        + "，像是汇总或统计表而不是台账，已跳过，未导入；其他工作表照常导入");
    }
}
