package org.partydesk.gui.meetings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceItem;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 三会一课 list's view model on a real SQLite file with the small {@link RosterFixture}, without a robot: its
 * reads and writes run on the test's thread through {@link Background#sameThread}.
 */
class MeetingsModelTest {
    private static final I18n I18N = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;
    private Workspace ws;

    @AfterEach
    void close() {
        ws.close();
    }

    private MeetingsModel model() {
        return new MeetingsModel(new Meetings(ws), new EvidenceService(ws), new Roster(ws), Background.sameThread(I18N),
                I18N);
    }

    private static int record(Meetings meetings, int unit, LocalDateTime at, String theme, MeetingType type, String tag) {
        return meetings.record(new Meeting(null, unit, at, "会议室", null, null, null, theme, Set.of(type), List.of(),
                tag == null ? Set.of() : Set.of(tag), null, null, false,
                meetings.defaultSheet(unit, at.toLocalDate(), Set.of(type)), List.of())).id();
    }

    private static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }

    @Test
    void theListOpensOnTheYearOfTheLastMeetingWithTheNewestShownAndFollowsTheFilter() {
        ws = Workspace.open(dir.resolve("m.db"), "干事");
        RosterFixture.Ids ids = RosterFixture.fill(ws.database());
        int branch1 = ids.units().get(RosterFixture.BRANCH_1);
        int branch2 = ids.units().get(RosterFixture.BRANCH_2);
        Meetings meetings = new Meetings(ws);
        int year = meetings.today().getYear() - 1; // none this year yet: the list opens on last year
        int march = record(meetings, branch1, LocalDateTime.of(year, 3, 10, 9, 0), "三月支部党员大会",
                MeetingType.BRANCH_ASSEMBLY, "理论学习");
        int may = record(meetings, branch2, LocalDateTime.of(year, 5, 12, 14, 30), "五月主题党日",
                MeetingType.THEMED_PARTY_DAY, null);
        int june = record(meetings, branch1, LocalDateTime.of(year, 6, 20, 9, 0), "六月党课", MeetingType.PARTY_LESSON,
                null);
        MeetingsModel model = model();

        model.open();

        assertThat(model.firstYear().get()).isEqualTo(year);
        assertThat(model.year.get().value()).isEqualTo(year);
        assertThat(model.units).extracting(Choice::text).startsWith("全部组织").anyMatch(t -> t.strip().equals(RosterFixture.BRANCH_1));
        assertThat(model.tags).extracting(Choice::value).containsExactly(null, "理论学习");
        assertThat(model.rows).extracting(MeetingSummary::id).containsExactly(june, may, march);
        assertThat(model.status().get()).startsWith("共 3 次会议");
        assertThat(model.selectedRow().get().id()).isEqualTo(june);
        assertThat(model.selected().theme()).isEqualTo("六月党课");
        assertThat(model.shown().get().files()).isEmpty();

        // a quarter of the year: the shown meeting stays when it is still listed
        model.period.set(choice(model.periods, -2));
        assertThat(model.rows).extracting(MeetingSummary::id).containsExactly(june, may);
        assertThat(model.selected().id()).isEqualTo(june);
        // a unit: the shown meeting is not listed any more, the newest of the list is shown
        model.unit.set(choice(model.units, branch2));
        assertThat(model.rows).extracting(MeetingSummary::id).containsExactly(may);
        assertThat(model.selected().id()).isEqualTo(may);
        assertThat(model.unitName(model.selected().orgUnitId())).isEqualTo(RosterFixture.BRANCH_2);
        // a tag of another unit's meeting: nothing, and nothing is shown
        model.tag.set(choice(model.tags, "理论学习"));
        assertThat(model.rows).isEmpty();
        assertThat(model.selected()).isNull();
        assertThat(model.status().get()).startsWith("共 0 次会议");

        // every year: no quarter or month can be chosen
        assertThat(model.everyYear().get()).isFalse();
        model.year.set(model.years.get(0));
        assertThat(model.everyYear().get()).isTrue();

        // a hit of the search: every meeting of its year, with it shown
        model.reveal(march, () -> { });
        assertThat(model.unit.get().value()).isNull();
        assertThat(model.tag.get().value()).isNull();
        assertThat(model.year.get().value()).isEqualTo(year);
        assertThat(model.rows).hasSize(3);
        assertThat(model.selected().id()).isEqualTo(march);

        // a cell of the 红黄旗 matrix: that unit's meetings in that month
        model.showMeetingsOf(branch1, CompliancePeriod.ofMonth(year, 6));
        assertThat(model.rows).extracting(MeetingSummary::id).containsExactly(june);
        assertThat(model.selected().id()).isEqualTo(june);
    }

    @Test
    void aNewMeetingIsStartedForTheChosenUnitAndTypeAndAfterTheSaveTheListShowsItInItsYear() throws Exception {
        ws = Workspace.open(dir.resolve("m.db"), "干事");
        RosterFixture.Ids ids = RosterFixture.fill(ws.database());
        int branch1 = ids.units().get(RosterFixture.BRANCH_1);
        Meetings meetings = new Meetings(ws);
        int year = meetings.today().getYear();
        int old = record(meetings, branch1, LocalDateTime.of(year - 1, 4, 1, 9, 0), "去年四月党员大会",
                MeetingType.BRANCH_ASSEMBLY, null);
        MeetingsModel model = model();
        model.open();
        model.unit.set(choice(model.units, branch1));
        model.type.set(choice(model.types, MeetingType.THEMED_PARTY_DAY));
        model.year.set(choice(model.years, year - 1));

        List<MeetingEditorModel> opened = new ArrayList<>();
        model.newMeeting(opened::add, () -> { throw new AssertionError("the fixture has units"); });

        MeetingEditorModel editor = opened.get(0);
        assertThat(editor.isNew()).isTrue();
        assertThat(editor.unit.get().unit().id()).isEqualTo(branch1);
        assertThat(editor.type(MeetingType.THEMED_PARTY_DAY).get()).isTrue();
        assertThat(editor.date.get()).isEqualTo(meetings.today());
        assertThat(editor.sheet).extracting(r -> r.name).containsExactlyInAnyOrder("张伟", "李娜", "王强");
        editor.theme.set("主题党日：重温入党誓词");
        editor.tags.set("党日活动");
        List<Integer> saved = new ArrayList<>();
        editor.save(w -> true, saved::add);
        model.saved(saved.get(0));

        assertThat(model.year.get().value()).as("the list moved to the year of the saved meeting").isEqualTo(year);
        assertThat(model.selected().id()).isEqualTo(saved.get(0));
        assertThat(model.status().get()).isEqualTo("会议已保存。");
        assertThat(model.tags).extracting(Choice::value).contains("党日活动");

        // the meeting opened again: its unit is offered, its sheet as saved
        MeetingEditorModel again = model.editor(model.selected());
        assertThat(again.isNew()).isFalse();
        assertThat(again.sheet).extracting(r -> r.status.get()).containsOnly(AttendanceStatus.PRESENT);

        // files linked to the shown meeting are listed beside it
        Path photo = dir.resolve("重温誓词.png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2});
        model.addEvidence(List.of(photo));
        assertThat(model.shown().get().files()).extracting(EvidenceItem::originalName).containsExactly("重温誓词.png");
        assertThat(model.status().get()).isEqualTo("已为会议添加 1 个佐证文件。");
        model.addEvidence(List.of(photo));
        assertThat(model.shown().get().files()).hasSize(1);
        assertThat(model.status().get()).as("the same photo again: said to be there already, not added")
                .isEqualTo("所选的 1 个文件已是该会议的佐证材料，没有重复添加。");

        // 作废: gone from the list; the other year's meeting is untouched
        List<String> after = new ArrayList<>();
        VoidedMeetingsModel.VoidForm voiding = model.voiding().voidForm(saved.get(0));
        voiding.reason.set("误录");
        model.delete(voiding, () -> after.add("done"));
        assertThat(after).containsExactly("done");
        assertThat(model.rows).isEmpty();
        assertThat(model.selected()).isNull();
        assertThat(meetings.list(MeetingFilter.ALL)).extracting(MeetingSummary::id).containsExactly(old);
    }

    @Test
    void anEmptyDatabaseOffersNoUnitForANewMeeting() {
        ws = Workspace.open(dir.resolve("empty.db"), "干事");
        MeetingsModel model = model();
        model.open();
        assertThat(model.rows).isEmpty();
        assertThat(model.firstYear().get()).isEqualTo(new Meetings(ws).today().getYear());
        List<String> said = new ArrayList<>();
        model.newMeeting(m -> { throw new AssertionError("no editor without a unit"); }, () -> said.add("no unit"));
        assertThat(said).containsExactly("no unit");
    }

    @Test
    void untilTheFirstListArrivesTheTableIsNotSaidToBeEmpty() {
        ws = Workspace.open(dir.resolve("empty.db"), "干事");
        List<Runnable> queued = new ArrayList<>();
        Background later = new Background() { // the executor: work runs when the test says so
            @Override
            public <T> void run(String whatKey, org.partydesk.gui.shell.BackgroundTask.Work<T> work,
                    java.util.function.Consumer<T> onSuccess, Runnable andFinally) {
                queued.add(() -> {
                    try {
                        onSuccess.accept(work.run(org.partydesk.app.Progress.NONE));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    } finally {
                        andFinally.run();
                    }
                });
            }

            @Override
            public <T> void load(String whatKey, org.partydesk.gui.shell.BackgroundTask.Work<T> work,
                    java.util.function.Consumer<T> onSuccess) {
                run(whatKey, work, onSuccess);
            }
        };
        MeetingsModel model = new MeetingsModel(new Meetings(ws), new EvidenceService(ws), new Roster(ws), later, I18N);
        model.open();
        assertThat(model.listed().get()).as("being read").isFalse();
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
        assertThat(model.listed().get()).as("read: now an empty list means no meeting matches").isTrue();
        assertThat(model.rows).isEmpty();
    }
}
