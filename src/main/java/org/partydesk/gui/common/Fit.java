package org.partydesk.gui.common;

import java.util.List;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Keeps labels whole at any font size: rows of buttons and filters that wrap to a further line instead of
 * cutting a text ("新建组…"), and table columns never narrower than their header's text ("党员…") or a sample
 * value ({@link #sample}: a date).
 */
public final class Fit {
    /** Room beside a header's text for the sort arrow and the header's border. */
    static final double HEADER_ALLOWANCE = 14;
    private static final String MIN_KEY = "partydesk.fit.min";
    private static final String WATCHED_KEY = "partydesk.fit.watched";
    private static final String POLICY_KEY = "partydesk.fit.policy";
    private static final String SAMPLE_KEY = "partydesk.fit.sample";
    /** Pixels a constrained table may lose to rounding and header borders before its last column is cut. */
    static final double SLACK = 8;
    /** Room for a table's vertical scroll bar before its skin has made one. */
    static final double SCROLL_BAR_ALLOWANCE = 20;

    /** The widest date, time and timestamp a column shows: samples for {@link #sample}, one for every list. */
    public static final String DATE = "2026-12-31";
    public static final String DATE_MINUTE = "2026-12-31 23:59";
    public static final String DATE_SECOND = "2026-12-31 23:59:59";
    /** How a moment is shown to the minute (a meeting's time): {@link #DATE_MINUTE} is its widest. */
    public static final java.time.format.DateTimeFormatter MINUTES = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Fit() {
    }

    /**
     * A row of tools (buttons, labels, choosers, check boxes) that wraps to a further line when the window is
     * too narrow for it; none of its controls shrinks below its preferred width. Styled as a tool bar.
     */
    public static FlowPane toolbar(Node... nodes) {
        FlowPane row = row(nodes);
        row.getStyleClass().add("tool-bar");
        return row;
    }

    /** As {@link #toolbar}, without the tool bar's background: a plain row of controls that wraps. */
    public static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(8, 6);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setRowValignment(javafx.geometry.VPos.CENTER);
        row.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                for (Node n : change.getAddedSubList()) {
                    if (n instanceof Separator s) {
                        s.setOrientation(Orientation.VERTICAL);
                    }
                    keep(n);
                }
            }
        });
        row.getChildren().setAll(nodes);
        return row;
    }

    /**
     * Keeps {@code node} at least as wide as it prefers when it shows a text or a choice (a label, button,
     * check box, chooser, spinner); other nodes are left as they are. Returns the node.
     */
    public static <N extends Node> N keep(N node) {
        if (node instanceof Separator) {
            return node;
        }
        if (node instanceof Labeled || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof Spinner<?>) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
        return node;
    }

    /** The width a column needs to show {@code text} whole in {@code font} with the header's padding. */
    public static double headerWidth(String text, Font font, Insets padding) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text t = new Text(text);
        t.setFont(font);
        double inner = Math.ceil(t.getLayoutBounds().getWidth());
        double pad = padding == null ? 0 : padding.getLeft() + padding.getRight();
        return inner + pad + HEADER_ALLOWANCE;
    }

    /**
     * Keeps every column of {@code table} at least as wide as its header's text at the font the header is shown
     * in, now and whenever the font size or the columns change.
     */
    public static <T extends TableView<?>> T headers(T table) {
        watch(table, table.getColumns());
        return table;
    }

    /**
     * Keeps {@code column} (of a table given to {@link #headers}) at least as wide as {@code sample} (a date, the
     * longest usual value) in the font its header is shown in, so that such a value is never cut, at any font size.
     */
    /** The longest of {@code labels} (an enum's labels in the window's language), as a {@link #sample}. */
    public static String longest(java.util.stream.Stream<String> labels) {
        return labels.max(java.util.Comparator.comparingInt(String::length)).orElse("");
    }

    public static <C extends TableColumnBase<?, ?>> C sample(C column, String sample) {
        column.getProperties().put(SAMPLE_KEY, sample);
        return column;
    }

    /** As {@link #headers(TableView)} for a tree table. */
    public static <T extends TreeTableView<?>> T headers(T table) {
        watch(table, table.getColumns());
        return table;
    }

    private static void watch(Control table, ObservableList<? extends TableColumnBase<?, ?>> columns) {
        Runnable later = () -> Platform.runLater(() -> fitNow(table));
        table.widthProperty().addListener(o -> scrollWhenNarrow(table));
        table.skinProperty().addListener(o -> later.run());
        table.sceneProperty().addListener(o -> later.run());
        columns.addListener((ListChangeListener<TableColumnBase<?, ?>>) change -> later.run());
        if (table.getSkin() != null) {
            later.run();
        }
    }

    /** Sets the minimum width of each leaf column whose header is shown from the header label's font. */
    private static void fitNow(Control table) {
        for (Node n : table.lookupAll(".column-header")) {
            if (!(n instanceof TableColumnHeader header)) {
                continue;
            }
            TableColumnBase<?, ?> column = header.getTableColumn();
            if (column == null || !column.getColumns().isEmpty()) {
                continue;
            }
            Node found = header.lookup(".label");
            if (!(found instanceof Label label)) {
                continue;
            }
            fit(column, label, header);
            if (label.getProperties().putIfAbsent(WATCHED_KEY, Boolean.TRUE) == null) {
                javafx.beans.InvalidationListener refit = o -> {
                    fit(header.getTableColumn(), label, header);
                    scrollWhenNarrow(table);
                };
                label.fontProperty().addListener(refit);
                label.textProperty().addListener(refit);
            }
        }
        scrollWhenNarrow(table);
    }

    /**
     * A table narrower than its columns' minimum widths scrolls sideways: a constrained resize policy would
     * hide the columns that do not fit, so it is set aside until the table is wide enough again.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void scrollWhenNarrow(Control table) {
        if (table.getWidth() <= 0) {
            return;
        }
        if (table instanceof TableView t) {
            Object own = t.getProperties().computeIfAbsent(POLICY_KEY, k -> t.getColumnResizePolicy());
            if (own != TableView.UNCONSTRAINED_RESIZE_POLICY) {
                double inner = inner(table);
                boolean narrow = tooNarrow(inner, t.getVisibleLeafColumns());
                if (!narrow && wider(inner, t.getVisibleLeafColumns())) {
                    t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // set again below: fits again
                }
                t.setColumnResizePolicy(narrow ? TableView.UNCONSTRAINED_RESIZE_POLICY : (Callback) own);
            }
        } else if (table instanceof TreeTableView t) {
            Object own = t.getProperties().computeIfAbsent(POLICY_KEY, k -> t.getColumnResizePolicy());
            if (own != TreeTableView.UNCONSTRAINED_RESIZE_POLICY) {
                double inner = inner(table);
                boolean narrow = tooNarrow(inner, t.getVisibleLeafColumns());
                if (!narrow && wider(inner, t.getVisibleLeafColumns())) {
                    t.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
                }
                t.setColumnResizePolicy(narrow ? TreeTableView.UNCONSTRAINED_RESIZE_POLICY : (Callback) own);
            }
        }
    }

    /** The width the columns of {@code table} have: inside its border, beside its vertical scroll bar. */
    private static double inner(Control table) {
        double bar = SCROLL_BAR_ALLOWANCE;
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL) {
                bar = Math.max(b.getWidth(), b.prefWidth(-1));
                break;
            }
        }
        return table.getWidth() - table.getInsets().getLeft() - table.getInsets().getRight() - bar - SLACK;
    }

    /**
     * Whether the columns are wider than {@code width} although their minimum widths fit: a constrained table
     * that became narrower keeps its columns' widths, and its last columns are cut until the policy runs again.
     */
    private static boolean wider(double width, List<? extends TableColumnBase<?, ?>> columns) {
        double sum = 0;
        for (TableColumnBase<?, ?> c : columns) {
            sum += c.getWidth();
        }
        return sum > width + SLACK + 1;
    }

    /** Whether columns of these minimum widths need more than {@code width}. */
    static boolean tooNarrow(double width, List<? extends TableColumnBase<?, ?>> columns) {
        double need = 0;
        for (TableColumnBase<?, ?> c : columns) {
            need += c.getMinWidth();
        }
        return width < need;
    }

    private static void fit(TableColumnBase<?, ?> column, Label label, Region header) {
        if (column == null) {
            return;
        }
        Object own = column.getProperties().computeIfAbsent(MIN_KEY, k -> column.getMinWidth());
        Insets pad = new Insets(0, label.getPadding().getRight() + header.getPadding().getRight(), 0,
                label.getPadding().getLeft() + header.getPadding().getLeft());
        double need = headerWidth(column.getText(), label.getFont(), pad);
        if (column.getProperties().get(SAMPLE_KEY) instanceof String sample) {
            need = Math.max(need, headerWidth(sample, label.getFont(), pad));
        }
        double min = Math.max((Double) own, need);
        column.setMinWidth(min);
        if (column.getPrefWidth() < min) {
            column.setPrefWidth(min);
        }
    }
}
