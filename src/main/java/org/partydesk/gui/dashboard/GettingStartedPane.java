package org.partydesk.gui.dashboard;

import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.partydesk.gui.common.I18n;

/**
 * The view of {@link GettingStartedViewModel}: a heading with the progress, then a line per step (a mark
 * for done, the title, what is there, and a button to the section that does it). Binds only.
 */
final class GettingStartedPane {
    private final VBox root = new VBox(8);

    GettingStartedPane(GettingStartedViewModel model, I18n i18n, Consumer<String> showSection) {
        Label title = new Label(i18n.text("gettingStarted.title"));
        title.getStyleClass().add("section-heading");
        Label progress = new Label();
        progress.textProperty().bind(model.progressProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Button hide = new Button(i18n.text("gettingStarted.hide"));
        hide.setMinWidth(Region.USE_PREF_SIZE);
        hide.setId("gettingStartedHide");
        hide.setOnAction(e -> model.hide());
        HBox heading = new HBox(12, title, progress, gap, hide);
        heading.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setId("gettingStartedSteps");
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (GettingStartedViewModel.StepLine line : model.lines()) {
                Label mark = new Label(line.done() ? "✔" : "○");
                mark.setMinWidth(Region.USE_PREF_SIZE);
                mark.getStyleClass().add(line.done() ? "step-done" : "step-todo");
                Label name = new Label(line.title());
                name.setStyle("-fx-font-weight: bold;");
                name.setMinWidth(Region.USE_PREF_SIZE);
                Label detail = new Label(line.detail());
                detail.setWrapText(true);
                detail.setMinHeight(Region.USE_PREF_SIZE);
                Button go = new Button(i18n.text("gettingStarted.go"));
                go.setMinWidth(Region.USE_PREF_SIZE);
                go.setId("gettingStarted-" + line.kind().name());
                go.setOnAction(e -> showSection.accept(model.open(line)));
                grid.addRow(row++, mark, name, detail, go);
                GridPane.setHgrow(detail, Priority.ALWAYS);
            }
        };
        model.lines().addListener((ListChangeListener<GettingStartedViewModel.StepLine>) c -> fill.run());
        fill.run();

        root.getChildren().addAll(heading, grid);
        root.getStyleClass().add("getting-started");
        root.setId("gettingStarted");
        root.visibleProperty().bind(model.visibleProperty());
        root.managedProperty().bind(model.visibleProperty());
    }

    VBox root() {
        return root;
    }
}
