package org.partydesk.gui.commendations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

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
 * go; and what the entry dialogs offer, read before they open, and their forms (decision 0054, 0058). It touches no control, so the
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

    /**
     * 新增表彰's form: the title, level (the title's usual one once a title is chosen), the day (today at first), 授予单位,
     * 文号 and the recipients of any kind. 确定 first reads what to check ({@link Commendations#warnings(Commendation)})
     * and, once the clerk goes on, records the honour; a refusal keeps every field and says why inside the dialog
     * (decision 0054, 0058). Saved, it gives the new commendation's id.
     */
    final class SingleForm extends SavingForm<Integer> {
        final ObjectProperty<CommendationTitle> title = new SimpleObjectProperty<>();
        final ObjectProperty<CommendationLevel> level = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> awardedOn;
        final StringProperty awardedBy = new SimpleStringProperty("");
        final StringProperty documentNumber = new SimpleStringProperty("");
        final ObservableList<Commendation.Recipient> recipients = FXCollections.observableArrayList();

        private SingleForm(LocalDate today) {
            super("commendations.saving");
            awardedOn = new SimpleObjectProperty<>(today);
            title.addListener((obs, old, t) -> {
                if (t != null && t.defaultLevel() != null) {
                    level.set(t.defaultLevel());
                }
            });
        }

        /** Adds a recipient unless it is there already. */
        void add(Commendation.Recipient r) {
            if (r != null && !recipients.contains(r)) {
                recipients.add(r);
            }
        }

        private Commendation typed() {
            CommendationTitle t = title.get();
            return new Commendation(null, t == null ? null : t.name(), level.get(), blankToNull(awardedBy.get()),
                    awardedOn.get(), t == null ? null : t.periodKind(), null, null, blankToNull(documentNumber.get()),
                    null, List.copyOf(recipients));
        }

        @Override
        protected BackgroundTask.Work<Integer> work() {
            Commendation c = typed();
            return progress -> commendations.record(c);
        }

        /**
         * Reads what to check, lets {@code goOn} decide on it (nothing to check: it is not asked), then records the
         * honour; {@code saved} gets the new id.
         */
        void save(Background background, Predicate<List<String>> goOn, Consumer<Integer> saved) {
            Commendation c = typed();
            checkThenSave(background, progress -> commendations.warnings(c), w -> w.isEmpty() || goOn.test(w), saved);
        }
    }

    SingleForm singleForm(EntrySetup setup) {
        return new SingleForm(setup.today());
    }

    /**
     * 批量登记's form: the title (the first offered at first), the month, the ticked members (a tick survives a
     * change of the branch or name filter), 授予单位, 文号 and the day (empty: the end of the month). Checked and
     * saved as {@link SingleForm}; a refusal (a member who already holds the title for the month …) keeps the ticks
     * and every field.
     */
    final class BatchForm extends SavingForm<Integer> {
        final StringProperty title = new SimpleStringProperty();
        final ObjectProperty<Integer> year;
        final ObjectProperty<Integer> month;
        final ObjectProperty<LocalDate> awardedOn = new SimpleObjectProperty<>();
        final StringProperty awardedBy = new SimpleStringProperty("");
        final StringProperty documentNumber = new SimpleStringProperty("");
        private final Map<Integer, BooleanProperty> ticks = new LinkedHashMap<>();
        private final IntegerProperty tickedCount = new SimpleIntegerProperty(0);

        private BatchForm(EntrySetup setup, int initialYear) {
            super("commendations.saving");
            title.set(setup.titles().isEmpty() ? null : setup.titles().get(0).name());
            year = new SimpleObjectProperty<>(initialYear);
            month = new SimpleObjectProperty<>(initialYear == setup.today().getYear() ? setup.today().getMonthValue() : 1);
        }

        /** Whether a member is ticked, kept whatever the list shows. */
        BooleanProperty tick(int memberId) {
            return ticks.computeIfAbsent(memberId, id -> {
                BooleanProperty p = new SimpleBooleanProperty(false);
                p.addListener((obs, old, value) -> tickedCount.set(ticked().size()));
                return p;
            });
        }

        /** The ticked members' ids, in the order they were first shown. */
        List<Integer> ticked() {
            return ticks.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        }

        /** How many members are ticked. */
        ReadOnlyIntegerProperty tickedCount() {
            return tickedCount;
        }

        /** Unticks every member. */
        void untickAll() {
            ticks.values().forEach(p -> p.set(false));
        }

        private YearMonth chosenMonth() {
            return year.get() == null || month.get() == null ? null : YearMonth.of(year.get(), month.get());
        }

        @Override
        protected BackgroundTask.Work<Integer> work() {
            YearMonth ym = chosenMonth();
            if (title.get() == null || ym == null) {
                return refused(title.get() == null ? "请选择荣誉名称" : "请选择年份和月份");
            }
            String t = title.get();
            List<Integer> ids = ticked();
            LocalDate on = awardedOn.get();
            String by = blankToNull(awardedBy.get());
            String number = blankToNull(documentNumber.get());
            return progress -> commendations.recordForMonth(t, ym, ids, null, by, on, number);
        }

        /** As {@link SingleForm#save}: what to check (on the day given, else the month's end), then the save. */
        void save(Background background, Predicate<List<String>> goOn, Consumer<Integer> saved) {
            YearMonth ym = chosenMonth();
            List<Integer> ids = ticked();
            LocalDate day = awardedOn.get() != null ? awardedOn.get() : ym == null ? null : ym.atEndOfMonth();
            checkThenSave(background, progress -> day == null ? List.<String>of() : commendations.warnings(ids, day),
                    w -> w.isEmpty() || goOn.test(w), saved);
        }
    }

    BatchForm batchForm(EntrySetup setup, int initialYear) {
        return new BatchForm(setup, initialYear);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
