package org.partydesk.gui.shell;

import java.util.List;

import org.partydesk.gui.dashboard.DashboardSection;
import org.partydesk.gui.evidence.EvidenceSection;
import org.partydesk.gui.meetings.MeetingsSection;
import org.partydesk.gui.org.OrgSection;
import org.partydesk.gui.commendations.CommendationsView;
import org.partydesk.gui.responsibility.ResponsibilityView;
import org.partydesk.gui.reports.ReportsSection;
import org.partydesk.gui.settings.SettingsSection;
import org.partydesk.gui.transfer.TransferSection;

/**
 * The one place where the sections of the main window are registered, in the order of the navigation
 * (Ctrl+1 … Ctrl+9). A standalone screen plugs in with one line, e.g.
 * {@code Section.of(RESPONSIBILITY, "section.responsibility", () -> new ResponsibilityView(ws, i18n).root())}.
 */
public final class Sections {
    public static final String DASHBOARD = "dashboard";
    public static final String ORGANISATION = "organisation";
    public static final String MEETINGS = "meetings";
    public static final String RESPONSIBILITY = "responsibility";
    public static final String COMMENDATIONS = "commendations";
    public static final String EVIDENCE = "evidence";
    public static final String TRANSFER = "transfer";
    public static final String REPORTS = "reports";
    public static final String SETTINGS = "settings";

    private Sections() {
    }

    public static List<Section> all(Shell shell) {
        return List.of(
                new DashboardSection(shell),
                new OrgSection(shell),
                new MeetingsSection(shell),
                Section.of(RESPONSIBILITY, "section.responsibility",
                        () -> new ResponsibilityView(shell.workspace(), shell.i18n()).root()),
                Section.of(COMMENDATIONS, "section.commendations",
                        () -> new CommendationsView(shell.workspace(), shell.i18n()).root()),
                new EvidenceSection(shell),
                new TransferSection(shell),
                new ReportsSection(shell),
                new SettingsSection(shell));
    }
}
