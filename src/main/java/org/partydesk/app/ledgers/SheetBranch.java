package org.partydesk.app.ledgers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.Texts;
import org.partydesk.office.ledgers.LedgerReader;

/**
 * The branch a sheet without a branch column is about, from its name (a workbook with one sheet per
 * branch: 机关第一党支部) or its title (机关第一党支部2025年三会一课台账).
 */
final class SheetBranch {
    /** A branch's name at the start of a text, after a year: 机关第一党支部、第二党总支, or short: 第一支部, 一支部. */
    private static final Pattern BRANCH = Pattern.compile(
            "^(?:\\d{4}年度?)?([\\p{IsHan}A-Za-z0-9（）()·]*?(?:党支部|党总支)|[\\p{IsHan}A-Za-z0-9（）()·]+?支部)");

    private SheetBranch() {
    }

    /** The branch the sheet names when it has no {@code branchKey} column; "" when it has one or names none. */
    static String of(LedgerReader.Header header, String branchKey) {
        if (header.columns().containsKey(branchKey)) {
            return "";
        }
        String fromName = named(header.sheet());
        String fromTitle = null;
        for (String text : header.aboveHeader()) {
            fromTitle = named(text);
            if (fromTitle != null) {
                break;
            }
        }
        if (fromName == null) {
            return fromTitle == null ? "" : fromTitle;
        }
        // a sheet named short (离退休支部) under a title naming the branch in full (离退休干部党支部…台账): the full name;
        // a title copied from another branch's sheet (一支部 under 机关第二党支部…) leaves the sheet's own name
        return fromTitle != null && fromTitle.length() > fromName.length() && UnitNames.inOrder(fromName, fromTitle) ? fromTitle : fromName;
    }

    /** The branch a text (a sheet's name or title) begins with, or null. */
    static String named(String text) {
        Matcher m = BRANCH.matcher(Texts.clean(text).replace(" ", ""));
        return m.find() && !ALL_BRANCHES.matcher(m.group(1)).find() ? m.group(1) : null;
    }

    /** Words of a title about all the branches (市生态环境局各党支部…台账, 所属基层党支部…): no one branch's name. */
    private static final Pattern ALL_BRANCHES = Pattern.compile("各|所属|全体");
}
