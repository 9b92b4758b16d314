package org.partydesk.logic.ledgers;

/**
 * A finding about a ledger, located as Excel shows it: file, sheet, row (1-based), column (letter and
 * header). Row 0 means the whole sheet, a null column the whole row, a null sheet the whole file.
 * {@link #text()} reads e.g. {@code 花名册.xlsx，工作表“党员名册”，第7行，E列（身份证号）：身份证号校验位错误（应为X）}.
 */
public record LedgerMessage(Severity severity, String file, String sheet, int row, Integer column, String header,
                            String reason) {
    /** An error stops the import; a warning is shown and the row is imported. */
    public enum Severity {
        ERROR, WARNING
    }

    /** The column letter for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetter(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The column as "E列（身份证号）", or null. */
    public String columnLabel() {
        if (column == null) {
            return null;
        }
        return columnLetter(column) + "列" + (header == null || header.isBlank() ? "" : "（" + header + "）");
    }

    public String text() {
        StringBuilder sb = new StringBuilder(file);
        if (sheet != null) {
            sb.append("，工作表“").append(sheet).append("”");
        }
        if (row > 0) {
            sb.append("，第").append(row).append("行");
        }
        if (column != null) {
            sb.append("，").append(columnLabel());
        }
        return sb.append("：").append(reason).toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
