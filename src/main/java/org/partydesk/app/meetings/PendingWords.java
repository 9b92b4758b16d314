package org.partydesk.app.meetings;

import java.time.LocalDate;
import java.util.List;

import org.partydesk.logic.Terms;
import org.partydesk.model.Shortfall;

/**
 * What a 红黄旗 check says of a period that has not ended, in one set of words for the command line ({@code check})
 * and the window's 红黄旗 page (decisions 0052, 0054): that the period still runs as of a day, the heading of the
 * slots still to be held (尚待召开), and each such slot. Chinese in both of the window's languages, as the command
 * line and the documents are.
 */
public final class PendingWords {
    /** The heading over the slots still to be held. */
    public static final String HEADING = "尚待召开（所在月份、季度或年度结束前）：";

    private PendingWords() {
    }

    /** 截至2026年12月7日，本期尚未结束：评级只计已经结束的月份和季度，尚未结束的见“尚待召开”. */
    public static String running(LocalDate asOf) {
        return "截至" + asOf.getYear() + "年" + asOf.getMonthValue() + "月" + asOf.getDayOfMonth()
                + "日，本期尚未结束：评级只计已经结束的月份和季度，尚未结束的见“尚待召开”";
    }

    /** Who owes a slot: the branch, and the 党小组 that owe a cell requirement in brackets. */
    public static String owner(String branch, Shortfall s) {
        return branch + cells(s);
    }

    /** The 党小组 that owe a cell requirement, in brackets ("" for a branch's own requirement). */
    public static String cells(Shortfall s) {
        return s.unitName() == null ? "" : "（" + s.unitName() + "）";
    }

    /** A slot still to be held: its meeting type, its period (第四季度, 12月, 全年) and 应开1次，已开0次. */
    public static List<String> slot(Shortfall s) {
        return List.of(Terms.label(s.type()), ComplianceCheck.periodText(s.slot()),
                "应开" + s.required() + "次，已开" + s.held() + "次");
    }
}
