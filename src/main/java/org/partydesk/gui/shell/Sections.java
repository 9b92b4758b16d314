package org.partydesk.gui.shell;

/**
 * The ids of the main window's sections, which sections and the shell use to name each other
 * ({@code shell.show(Sections.MEETINGS)}). The registry that builds the sections sits above the features,
 * in {@code org.partydesk.gui.SectionRegistry}, so that no feature package depends on another through it.
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
    public static final String DUES = "dues";

    private Sections() {
    }
}
