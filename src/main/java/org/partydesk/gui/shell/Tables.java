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
        return c;
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
