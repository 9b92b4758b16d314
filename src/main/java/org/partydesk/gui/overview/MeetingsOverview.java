package org.partydesk.gui.overview;

import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.app.dashboard.Dashboard;
import org.partydesk.app.search.Hit;
import org.partydesk.gui.I18n;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;

/** 三会一课 until its own screen arrives: the most recent meetings of every unit, read-only. */
public final class MeetingsOverview implements Section {
    static final int RECENT = 200;

    private final I18n i18n;
    private final Dashboard dashboard;
    private TableView<Dashboard.MeetingLine> table;

    public MeetingsOverview(Shell shell) {
        this.i18n = shell.i18n();
        this.dashboard = new Dashboard(shell.workspace());
    }

    @Override
    public String id() {
        return Sections.MEETINGS;
    }

    @Override
    public String titleKey() {
        return "section.meetings";
    }

    @Override
    public Node view() {
        table = Tables.table("meetingTable", i18n.text("meetings.empty"),
                Tables.column(i18n.text("meetings.heldAt"), 130, m -> m.heldAt().toString().replace('T', ' ')),
                Tables.column(i18n.text("meetings.unit"), 160, Dashboard.MeetingLine::unitName),
                Tables.column(i18n.text("meetings.types"), 180,
                        m -> m.types().stream().map(i18n::label).collect(Collectors.joining("、"))),
                Tables.column(i18n.text("meetings.theme"), 360, Dashboard.MeetingLine::theme));
        Label heading = new Label(i18n.format("meetings.recent", String.valueOf(RECENT)));
        heading.getStyleClass().add("section-heading");
        VBox root = new VBox(8, heading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getStyleClass().add("roster-pane");
        return root;
    }

    @Override
    public void onShow() {
        table.getItems().setAll(dashboard.recentMeetings(RECENT));
    }

    @Override
    public void reveal(Hit hit) {
        table.getItems().stream().filter(m -> m.id() == hit.id()).findFirst().ifPresent(m -> {
            table.getSelectionModel().select(m);
            table.scrollTo(m);
        });
    }
}
