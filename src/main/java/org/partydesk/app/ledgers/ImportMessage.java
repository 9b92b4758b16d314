package org.partydesk.app.ledgers;

/**
 * An error or warning about an imported ledger, located as Excel shows it: sheet, row (1-based, 0 for
 * the whole sheet), column letter and header (null for the whole row). {@code text} is the full message
 * with the file name, e.g. {@code 花名册.xlsx，工作表“党员名册”，第7行，E列（身份证号）：身份证号校验位错误（应为X）}.
 */
public record ImportMessage(boolean error, String sheet, int row, String column, String header, String reason,
                            String text) {
}
