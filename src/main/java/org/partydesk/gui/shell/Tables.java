package org.partydesk.gui.shell;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.partydesk.gui.common.Fit;

/** Read-only tables of text columns, as the sections show their rows. */
public final class Tables {
    private Tables() {
    }

    /** A text column of preferred width {@code width}. */
    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.6);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return byValue(c);
    }

    /**
     * How the text of a table's cells sorts: numbers by value (9 before 10 and 15, 87.5% before 100%, ￥25.00 before
     * ￥120.00), numbers inside text too (第2党支部 before 第10党支部; dates as 2026-3-5 or 2026年3月5日 by day), the rest as
     * text; an empty cell first.
     */
    public static final java.util.Comparator<String> BY_VALUE = Tables::compareByValue;

    /** Makes a text column sort by {@link #BY_VALUE}: every table's numbers and dates by value, not as text. */
    public static <S, C extends javafx.scene.control.TableColumnBase<S, String>> C byValue(C column) {
        column.setComparator(BY_VALUE);
        return column;
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[￥¥]?\\s*(-?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(%|元|人|次|个|条|名|项)?");

    static int compareByValue(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        if (x.isEmpty() || y.isEmpty()) {
            return Boolean.compare(!x.isEmpty(), !y.isEmpty());
        }
        java.util.regex.Matcher mx = NUMBER.matcher(x);
        java.util.regex.Matcher my = NUMBER.matcher(y);
        if (mx.matches() && my.matches()) {
            int byNumber = new java.math.BigDecimal(mx.group(1).replace(",", ""))
                    .compareTo(new java.math.BigDecimal(my.group(1).replace(",", "")));
            return byNumber != 0 ? byNumber : x.compareTo(y);
        }
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char cx = x.charAt(i);
            char cy = y.charAt(j);
            if (isDigit(cx) && isDigit(cy)) {
                int ei = digitsEnd(x, i);
                int ej = digitsEnd(y, j);
                String dx = x.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String dy = y.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int byRun = dx.length() != dy.length() ? Integer.compare(dx.length(), dy.length()) : dx.compareTo(dy);
                if (byRun != 0) {
                    return byRun;
                }
                i = ei;
                j = ej;
            } else {
                if (cx != cy) {
                    return Character.compare(cx, cy);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(x.length() - i, y.length() - j);
        return byRest != 0 ? byRest : x.compareTo(y);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** A table whose columns share the width (each at least as wide as its header), with a sentence when it is empty. */
    @SafeVarargs
    public static <T> TableView<T> table(String id, String emptyText, TableColumn<T, String>... columns) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        t.getColumns().setAll(List.of(columns));
        Label empty = new Label(emptyText);
        empty.setWrapText(true);
        t.setPlaceholder(empty);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return Fit.headers(t);
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** Shows the text of {@code column}'s cells on as many lines as it takes instead of cutting it ("支部委员会…"). */
    public static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            // a Text wraps at its wrapping width and reports the height of all its lines: the row grows with it
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }
}
