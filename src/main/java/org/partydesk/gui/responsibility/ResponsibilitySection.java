package org.partydesk.gui.responsibility;

import javafx.scene.Node;

import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;

/**
 * 责任清单 in the main window: the {@link ResponsibilityView}, read again on each later visit (纪实 and lists change
 * through imports and other sections), with its 完成率统计 tab and a chosen item for the screenshot tour.
 */
public final class ResponsibilitySection implements Section {
    private final Shell shell;
    private ResponsibilityView view;
    private boolean shownBefore;

    public ResponsibilitySection(Shell shell) {
        this.shell = shell;
    }

    @Override
    public String id() {
        return Sections.RESPONSIBILITY;
    }

    @Override
    public String titleKey() {
        return "section.responsibility";
    }

    @Override
    public Node view() {
        view = new ResponsibilityView(shell.workspace(), shell.i18n(), shell); // reads the year at once
        return view.root();
    }

    @Override
    public void onShow() {
        if (shownBefore) {
            view.refresh();
        }
        shownBefore = true;
    }

    @Override
    public boolean nextTourView(int index) {
        return view.tourView(index);
    }
}
