package org.partydesk.gui.commendations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.org.MemberRow;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.SavingForm;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.PeriodKind;

/**
 * The 评先创优 screen without JavaFX: what its filter row offers (this year, the 荣誉名称, the 党支部) and, for a
 * choice, the commendations with the year's counts by level and by title and the status line, each read in one
 * go; and what the entry dialogs offer, read before they open, and their saves. It touches no control, so the
 * screen runs its reads and writes off the FX thread.
 */
final class CommendationsModel {
    /** What the filter row offers: this year, the titles and the branches. */
    record Setup(int thisYear, List<String> titles, List<OrgUnit> branches) {
    }

    /** One line of a summary: a name (level or title) and how many commendations it has. */
    record Count(String name, int count) {
    }

    /** What the screen shows for a choice of the filter row. */
    record Snapshot(List<Commendation> rows, List<Count> byLevel, List<Count> byTitle, String status) {
    }

    /**
     * What the entry dialogs offer, read before they open: the titles (for 批量登记 only a person's monthly and
     * two-monthly ones), today, the 党支部 and the members of the whole roster.
     */
    record EntrySetup(List<CommendationTitle> titles, LocalDate today, List<OrgUnit> branches, List<MemberRow> members) {
    }

    /** What a save of an entry dialog came to: the new commendation's id, or the app's refusal. */
    record Saved(Integer id, String refusal) {
        static Saved of(java.util.concurrent.Callable<Integer> save) throws Exception {
            try {
                return new Saved(save.call(), null);
            } catch (InputRejectedException e) {
                return new Saved(null, e.getMessage());
            }
        }
    }

    private final Commendations commendations;
    private final Roster roster;
    private final I18n i18n;

    CommendationsModel(Commendations commendations, Roster roster, I18n i18n) {
        this.commendations = commendations;
        this.roster = roster;
        this.i18n = i18n;
    }

    Setup setup() {
        return new Setup(roster.today().getYear(), titles(), Units.branches(roster));
    }

    /** The names of the 荣誉名称 list. */
    List<String> titles() {
        return commendations.titles().stream().map(CommendationTitle::name).toList();
    }

    /**
     * The commendations of {@code year} of a level, a title and a branch (each null: all), with the year's counts
     * by level (in the order of the levels) and by title (most first), and the status line.
     */
    Snapshot read(int year, CommendationLevel level, String title, Integer branchId) {
        List<Commendation> rows = commendations.find(year, level, title, branchId);
        List<Commendation> ofYear = commendations.find(year, null, null, null);
        Map<CommendationLevel, Long> levels = ofYear.stream()
                .collect(Collectors.groupingBy(Commendation::level, LinkedHashMap::new, Collectors.counting()));
        List<Count> byLevel = Arrays.stream(CommendationLevel.values()).filter(levels::containsKey)
                .map(lv -> new Count(i18n.label(lv), levels.get(lv).intValue())).toList();
        List<Count> byTitle = ofYear.stream().collect(Collectors.groupingBy(Commendation::title, LinkedHashMap::new,
                        Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Count(e.getKey(), e.getValue().intValue())).toList();
        return new Snapshot(rows, byLevel, byTitle, i18n.format("commendations.status.bar", String.valueOf(year),
                String.valueOf(rows.size()), String.valueOf(ofYear.size())));
    }

    /** Deletes a commendation (audited); refused with a Chinese sentence. */
    void delete(int commendationId) {
        commendations.delete(commendationId);
    }

    /** What 新增表彰 offers: every title, today, the branches and the members. */
    EntrySetup singleSetup() {
        return new EntrySetup(commendations.titles(), roster.today(), Units.branches(roster), members(null));
    }

    /** What 批量登记 offers: the titles of a person given for a month or two months, today, the branches and the members. */
    EntrySetup batchSetup() {
        List<CommendationTitle> monthly = commendations.titles().stream()
                .filter(t -> !t.collective() && (t.periodKind() == PeriodKind.MONTH || t.periodKind() == PeriodKind.TWO_MONTHS))
                .toList();
        return new EntrySetup(monthly, roster.today(), Units.branches(roster), members(null));
    }

    /** The members of a branch and its subtree today, or of the whole roster when {@code branch} is null. */
    List<MemberRow> members(OrgUnit branch) {
        return List.copyOf(Units.members(roster, branch));
    }

    /** Every 荣誉名称 with its usual level, kind and period. */
    List<CommendationTitle> allTitles() {
        return commendations.titles();
    }

    /**
     * 荣誉名称's form of a new title: its name, usual level (局级 at first), whether it is a collective's and its period
     * (the last kind at first). Saved, it gives every title read again; refused (a name already there …), it keeps
     * what was typed and says why inside the dialog (decision 0054).
     */
    final class TitleForm extends SavingForm<List<CommendationTitle>> {
        final StringProperty name = new SimpleStringProperty("");
        final ObjectProperty<CommendationLevel> level = new SimpleObjectProperty<>(
                CommendationLevel.values()[CommendationLevel.values().length - 1]);
        final BooleanProperty collective = new SimpleBooleanProperty(false);
        final ObjectProperty<PeriodKind> period = new SimpleObjectProperty<>(PeriodKind.values()[PeriodKind.values().length - 1]);

        private TitleForm() {
            super("commendations.saving");
        }

        @Override
        protected BackgroundTask.Work<List<CommendationTitle>> work() {
            if (level.get() == null || period.get() == null) {
                return refused(level.get() == null ? "请选择荣誉的级别" : "请选择评选期");
            }
            CommendationTitle title = new CommendationTitle(null, name.get(), level.get(), collective.get(), period.get(), 0);
            return progress -> {
                commendations.addTitle(title);
                return commendations.titles();
            };
        }

        /** Adds the title typed; once added, {@code added} gets every title and the name is cleared for the next. */
        void add(Background background, java.util.function.Consumer<List<CommendationTitle>> added) {
            save(background, all -> {
                name.set("");
                added.accept(all);
            });
        }
    }

    TitleForm titleForm() {
        return new TitleForm();
    }

    /** What to check before saving a monthly honour for these members (given on {@code day}). */
    List<String> warnings(List<Integer> memberIds, LocalDate day) {
        return commendations.warnings(memberIds, day);
    }

    /** What to check before saving an honour. */
    List<String> warnings(Commendation c) {
        return commendations.warnings(c);
    }

    /** Records one honour of a month (or two months) for the members; a refusal comes back in words. */
    Saved recordForMonth(String title, YearMonth month, List<Integer> memberIds, String awardedBy, LocalDate awardedOn,
            String documentNumber) throws Exception {
        return Saved.of(() -> commendations.recordForMonth(title, month, memberIds, null, awardedBy, awardedOn,
                documentNumber));
    }

    /** Records an honour; a refusal comes back in words. */
    Saved record(Commendation c) throws Exception {
        return Saved.of(() -> commendations.record(c));
    }
}
