package org.partydesk.gui.overview;

import java.time.LocalDate;
import java.util.stream.Collectors;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.search.Hit;
import org.partydesk.gui.I18n;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.Commendation;

/** 评先创优 until its own screen arrives: the honours of a year, newest first, read-only. */
public final class CommendationsOverview implements Section {
    private final I18n i18n;
    private final Commendations commendations;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Label count = new Label();
    private TableView<Commendation> table;

    public CommendationsOverview(Shell shell) {
        this.i18n = shell.i18n();
        this.commendations = new Commendations(shell.workspace());
    }

    @Override
    public String id() {
        return Sections.COMMENDATIONS;
    }

    @Override
    public String titleKey() {
        return "section.commendations";
    }

    @Override
    public Node view() {
        int now = LocalDate.now().getYear();
        for (int y = now; y >= now - 4; y--) {
            year.getItems().add(y);
        }
        year.setId("commendationsYear");
        year.setValue(now);
        year.valueProperty().addListener((obs, old, v) -> onShow());
        table = Tables.table("commendationTable", i18n.text("honour.empty"),
                Tables.column(i18n.text("honour.awardedOn"), 95, c -> Tables.date(c.awardedOn())),
                Tables.column(i18n.text("honour.title"), 140, Commendation::title),
                Tables.column(i18n.text("honour.level"), 60, c -> i18n.label(c.level())),
                Tables.column(i18n.text("honour.recipients"), 260, c -> c.recipients().stream()
                        .map(Commendation.Recipient::displayName).collect(Collectors.joining("、"))),
                Tables.column(i18n.text("honour.awardedBy"), 150, Commendation::awardedBy),
                Tables.column(i18n.text("honour.document"), 150, Commendation::documentNumber));
        HBox top = new HBox(8, new Label(i18n.text("honour.year")), year, count);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, top, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getStyleClass().add("roster-pane");
        return root;
    }

    @Override
    public void onShow() {
        if (year.getValue() != null) {
            table.getItems().setAll(commendations.ofYear(year.getValue()));
            count.setText(i18n.format("honour.count", String.valueOf(table.getItems().size())));
        }
    }

    @Override
    public void reveal(Hit hit) {
        String first = hit.detail().length() >= 4 ? hit.detail().substring(0, 4) : "";
        if (first.matches("\\d{4}") && !Integer.valueOf(first).equals(year.getValue())) {
            year.setValue(Integer.valueOf(first));
        }
        table.getItems().stream().filter(c -> c.id() == hit.id()).findFirst().ifPresent(c -> {
            table.getSelectionModel().select(c);
            table.scrollTo(c);
        });
    }
}
