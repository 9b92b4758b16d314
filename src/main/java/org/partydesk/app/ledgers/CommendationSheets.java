package org.partydesk.app.ledgers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partydesk.logic.ledgers.CommendationLedger;
import org.partydesk.logic.ledgers.LedgerCell;
import org.partydesk.office.ledgers.LedgerReader;

/**
 * What a commendations sheet without a 荣誉名称 column gives its rows: the honour its title names (the lines above the
 * header, then the sheet's name), as offices keep one list per honour under a title such as “2025年11月月度作风标兵名单”,
 * and that title's period as 评选期 when the sheet has no 评选期 column ({@link CommendationLedger#fromTitle}).
 */
final class CommendationSheets {
    private CommendationSheets() {
    }

    static final SheetGiven GIVEN = CommendationSheets::given;

    private static Map<String, LedgerCell> given(LedgerReader.Header header) {
        if (header.columns().containsKey(CommendationLedger.TITLE)) {
            return Map.of();
        }
        List<String> candidates = new ArrayList<>(header.aboveHeader());
        candidates.add(header.sheet());
        for (String title : candidates) {
            Map<String, String> found = CommendationLedger.fromTitle(title);
            if (found.containsKey(CommendationLedger.TITLE)) {
                Map<String, LedgerCell> out = new LinkedHashMap<>();
                out.put(CommendationLedger.TITLE, LedgerCell.text(found.get(CommendationLedger.TITLE)));
                String period = found.get(CommendationLedger.PERIOD);
                if (period != null && !header.columns().containsKey(CommendationLedger.PERIOD)) {
                    out.put(CommendationLedger.PERIOD, LedgerCell.text(period));
                }
                return out;
            }
        }
        return Map.of();
    }
}
