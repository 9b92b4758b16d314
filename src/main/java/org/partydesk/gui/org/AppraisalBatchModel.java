package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.meetings.Meetings;
import org.partydesk.app.org.MemberLife;
import org.partydesk.app.org.Members;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.model.Appraisal;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;

/**
 * View model of a branch's 民主评议 of a year (批量评议): the branch's members (at the year's end, or today in the
 * current year) each with a result to choose (优秀 / 合格 / 基本合格 / 不合格, the stored one when there is one), the
 * year's 民主评议党员 meetings of the branch (held that year or the next, likeliest first: {@link #ofYear}) with the
 * first chosen, and the save
 * of every chosen result in one transaction ({@link MemberLife#appraise}).
 */
final class AppraisalBatchModel {
    /** One member of the branch and the result chosen for him (null: none). */
    static final class Row {
        final Member member;
        final ObjectProperty<AppraisalResult> result = new SimpleObjectProperty<>();

        Row(Member member, AppraisalResult result) {
            this.member = member;
            this.result.set(result);
        }
    }

    /** What {@link #read} found for a year. */
    record Loaded(int year, List<Member> members, Map<Integer, AppraisalResult> results, List<MeetingSummary> meetings) {
    }

    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final ObservableList<MeetingSummary> meetings = FXCollections.observableArrayList();
    final ObjectProperty<MeetingSummary> meeting = new SimpleObjectProperty<>();
    private final MemberLife life;
    private final Members members;
    private final Meetings meetingsApp;
    private final OrgUnit branch;

    AppraisalBatchModel(MemberLife life, Members members, Meetings meetings, OrgUnit branch) {
        this.life = life;
        this.members = members;
        this.meetingsApp = meetings;
        this.branch = branch;
        LocalDate today = members.today();
        // the appraisal of a year is held at its end or in the first months of the next
        year.set(today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear());
    }

    OrgUnit branch() {
        return branch;
    }

    /** This year and the four before. */
    List<Integer> years() {
        int now = members.today().getYear();
        return IntStream.rangeClosed(0, 4).mapToObj(i -> now - i).toList();
    }

    /** Reading the branch's members, their stored results and the meetings of {@code y}. */
    BackgroundTask.Work<Loaded> read(int y) {
        return progress -> {
            LocalDate today = members.today();
            LocalDate end = LocalDate.of(y, 12, 31);
            List<Member> people = members.membersOf(branch.id(), end.isAfter(today) ? today : end);
            Map<Integer, AppraisalResult> results = new LinkedHashMap<>();
            for (Appraisal a : life.appraisals(y, null)) {
                results.put(a.memberId(), a.result());
            }
            List<MeetingSummary> found = meetingsApp.list(new MeetingFilter(branch.id(), MeetingType.MEMBER_APPRAISAL,
                    LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 12, 31), null));
            return new Loaded(y, people, results, ofYear(found, y));
        };
    }

    private static final java.util.regex.Pattern YEAR_OF_THEME = java.util.regex.Pattern.compile("(\\d{4})\\s*年度");

    /**
     * The meetings that may be the appraisal of {@code y}, likeliest first: not one whose theme names another year
     * (“2025年度民主评议” held in February 2026 is the appraisal of 2025); one naming {@code y}, then one held in the
     * first half of the next year, then in the second half of {@code y}, then the others; by day within each.
     */
    static List<MeetingSummary> ofYear(List<MeetingSummary> found, int y) {
        return found.stream().filter(m -> {
            java.util.regex.Matcher named = YEAR_OF_THEME.matcher(m.theme() == null ? "" : m.theme());
            return !named.find() || Integer.parseInt(named.group(1)) == y;
        }).sorted(java.util.Comparator.comparingInt((MeetingSummary m) -> {
            LocalDate day = m.heldAt().toLocalDate();
            if (m.theme() != null && m.theme().contains(y + "年度")) {
                return 0;
            }
            if (day.getYear() == y + 1 && day.getMonthValue() <= 6) {
                return 1;
            }
            return day.getYear() == y && day.getMonthValue() > 6 ? 2 : 3;
        }).thenComparing(MeetingSummary::heldAt)).toList();
    }

    /** Shows what {@link #read} found (on the FX thread). */
    void show(Loaded loaded) {
        year.set(loaded.year());
        rows.setAll(loaded.members().stream().map(m -> new Row(m, loaded.results().get(m.id()))).toList());
        meetings.setAll(loaded.meetings());
        meeting.set(loaded.meetings().isEmpty() ? null : loaded.meetings().get(0));
    }

    /** Every member without a result yet is rated 合格 (the usual result; the clerk then changes the few others). */
    void restQualified() {
        rows.stream().filter(r -> r.result.get() == null).forEach(r -> r.result.set(AppraisalResult.QUALIFIED));
    }

    /**
     * Saves every chosen result through {@code background}; {@code saved} gets how many. Refused input is kept in
     * {@link #problem()} for the open dialog instead, which stays as chosen.
     */
    void save(org.partydesk.gui.shell.Background background, java.util.function.Consumer<Integer> saved) {
        save.save(background, "appraisal.saving", saving(), saved);
    }

    /** Why the last save was refused ("" when it was not). */
    javafx.beans.property.ReadOnlyStringProperty problem() {
        return save.problem();
    }

    /** Whether a save is under way (the form's 确定 starts no second one). */
    javafx.beans.property.ReadOnlyBooleanProperty busy() {
        return save.saving();
    }

    private final org.partydesk.gui.shell.FormSave save = new org.partydesk.gui.shell.FormSave();

    /** Saving every chosen result of the year in one transaction (read here, on the FX thread); returns how many. */
    BackgroundTask.Work<Integer> saving() {
        Map<Integer, AppraisalResult> chosen = new LinkedHashMap<>();
        rows.stream().filter(r -> r.result.get() != null).forEach(r -> chosen.put(r.member.id(), r.result.get()));
        int y = year.get();
        Integer meetingId = meeting.get() == null ? null : meeting.get().id();
        return progress -> {
            life.appraise(y, chosen, meetingId);
            return chosen.size();
        };
    }
}
