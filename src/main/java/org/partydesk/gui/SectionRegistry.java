package org.partydesk.gui;

import java.util.List;

import org.partydesk.gui.commendations.CommendationsView;
import org.partydesk.gui.dashboard.DashboardSection;
import org.partydesk.gui.dues.DuesView;
import org.partydesk.gui.evidence.EvidenceSection;
import org.partydesk.gui.meetings.MeetingsSection;
import org.partydesk.gui.org.OrgSection;
import org.partydesk.gui.reports.ReportsSection;
import org.partydesk.gui.responsibility.ResponsibilitySection;
import org.partydesk.gui.settings.SettingsSection;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.transfer.TransferSection;

/**
 * The one place where the sections of the main window are registered, in the order of the navigation
 * (Ctrl+1 … Ctrl+9). It sits above the feature packages (they know only {@code gui.shell} and
 * {@code gui.common}); a standalone screen plugs in with one line, e.g.
 * {@code Section.of(COMMENDATIONS, "section.commendations", () -> new CommendationsView(ws, i18n, shell).root())}.
 */
public final class SectionRegistry {
    private SectionRegistry() {
    }

    public static List<Section> all(Shell shell) {
        return List.of(
                new DashboardSection(shell),
                new OrgSection(shell),
                new MeetingsSection(shell),
                new ResponsibilitySection(shell),
                Section.of(Sections.COMMENDATIONS, "section.commendations",
                        () -> new CommendationsView(shell.workspace(), shell.i18n(), shell).root()),
                new EvidenceSection(shell),
                new TransferSection(shell),
                new ReportsSection(shell),
                new SettingsSection(shell),
                // after 设置 so that Ctrl+1 … Ctrl+9 keep their sections; 党费 is chosen in the navigation
                Section.of(Sections.DUES, "section.dues", () -> new DuesView(shell).root()));
    }
}
