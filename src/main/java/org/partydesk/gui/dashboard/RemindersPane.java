package org.partydesk.gui.dashboard;

import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.app.search.Hit;
import org.partydesk.gui.common.I18n;

/**
 * The view of {@link RemindersModel}: a heading, then a line per reminder (its tag, and the sentence as a link
 * that opens the member or the organisation). Binds only; hidden while there is nothing to remind of.
 */
final class RemindersPane {
    private final VBox root = new VBox(6);

    RemindersPane(RemindersModel model, I18n i18n, Consumer<Hit> open) {
        Label title = new Label(i18n.text("reminders.title"));
        title.getStyleClass().add("section-heading");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        grid.setId("reminderLines");
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (RemindersModel.Line line : model.lines()) {
                Label tag = new Label(line.tag());
                tag.getStyleClass().add(line.overdue() ? "warning" : "field-label");
                tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Hyperlink text = new Hyperlink(line.text());
                text.setId("reminder-" + row);
                text.setWrapText(true);
                text.setDisable(line.target() == null);
                text.setOnAction(e -> open.accept(model.open(line)));
                grid.addRow(row++, tag, text);
                GridPane.setHgrow(text, Priority.ALWAYS);
            }
        };
        model.lines().addListener((ListChangeListener<RemindersModel.Line>) c -> fill.run());
        fill.run();
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(150);
        root.getChildren().addAll(title, scroll);
        root.setId("reminders");
        root.visibleProperty().bind(model.visibleProperty());
        root.managedProperty().bind(model.visibleProperty());
    }

    VBox root() {
        return root;
    }
}
