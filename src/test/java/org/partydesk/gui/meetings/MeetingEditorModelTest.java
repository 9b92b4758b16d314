package org.partydesk.gui.meetings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingType;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting editor's view model on a real SQLite file with the small {@link RosterFixture} (机关第一党支部 today:
 * 张伟, 李娜 (预备党员), 王强), without JavaFX controls or a robot.
 */
class MeetingEditorModelTest {
    private static final I18n I18N = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    private static List<MeetingEditorModel.UnitChoice> units(Workspace ws) {
        List<MeetingEditorModel.UnitChoice> out = new ArrayList<>();
        new Roster(ws).tree().forEach(n -> collect(n, 0, out));
        return out;
    }

    private static void collect(OrgNode node, int depth, List<MeetingEditorModel.UnitChoice> out) {
        out.add(new MeetingEditorModel.UnitChoice(node.unit(), depth));
        node.children().forEach(c -> collect(c, depth + 1, out));
    }

    private static int branch(Workspace ws) {
        return units(ws).stream().filter(u -> u.unit().name().equals(RosterFixture.BRANCH_1)).findFirst()
                .orElseThrow().unit().id();
    }

    /** A new meeting of the first branch today at 9:00, as 新建会议 makes it. */
    private static MeetingEditorModel fresh(Workspace ws) {
        Meetings meetings = new Meetings(ws);
        int unit = branch(ws);
        LocalDate today = meetings.today();
        Meeting m = new Meeting(null, unit, today.atTime(9, 0), null, null, null, null, "", Set.of(), List.of(), Set.of(),
                null, null, false, meetings.defaultSheet(unit, today, Set.of()), List.<NonVotingAttendee>of());
        return new MeetingEditorModel(meetings, Background.sameThread(I18N), I18N, m, units(ws));
    }

    private static MeetingEditorModel.Row row(MeetingEditorModel model, String name) {
        return model.sheet.stream().filter(r -> r.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aMeetingFilledInTheModelIsSavedThroughTheAppWithItsAttendanceAndRoles() {
        try (Workspace ws = Workspace.open(dir.resolve("m.db"), "干事")) {
            RosterFixture.fill(ws.database());
            MeetingEditorModel model = fresh(ws);
            assertThat(model.isNew()).isTrue();
            assertThat(model.unit.get().unit().name()).isEqualTo(RosterFixture.BRANCH_1);
            model.theme.set("学习贯彻党的二十届四中全会精神");
            model.type(MeetingType.BRANCH_ASSEMBLY).set(true);
            model.tags.set("“两山”专题、理论学习");
            model.agenda.set("传达会议精神\n\n讨论发言");
            model.time.set("14：30");
            assertThat(model.names).containsExactlyInAnyOrder("张伟", "李娜", "王强");
            model.host.set("张伟");
            model.recorder.set("外单位的来宾");
            row(model, "李娜").status.set(AttendanceStatus.ON_LEAVE);
            row(model, "李娜").reason.set("出差");
            row(model, "王强").status.set(AttendanceStatus.ABSENT);
            assertThat(model.sheetCounts().get()).isEqualTo("应到 3 人　实到 1 人　请假 1 人　缺席 1 人");
            model.addNonVoting("赵敏", "组织员");

            Meeting m = model.meeting();
            assertThat(model.warnings(m)).anyMatch(w -> w.contains("支部党员大会到会有表决权的党员1人"));
            int id = model.save(m);

            Meeting stored = new Meetings(ws).load(id).orElseThrow();
            assertThat(stored.theme()).isEqualTo("学习贯彻党的二十届四中全会精神");
            assertThat(stored.heldAt().toLocalTime()).hasToString("14:30");
            assertThat(stored.tags()).containsExactly("“两山”专题", "理论学习");
            assertThat(stored.agenda()).containsExactly("传达会议精神", "讨论发言");
            assertThat(stored.host().memberId()).isNotNull();
            assertThat(stored.recorder().memberId()).isNull();
            assertThat(stored.recorder().name()).isEqualTo("外单位的来宾");
            assertThat(stored.nonVotingAttendees()).singleElement().satisfies(n -> {
                assertThat(n.name()).isEqualTo("赵敏");
                assertThat(n.memberId()).as("a member of the roster, known by name").isNotNull();
            });
            assertThat(new Meetings(ws).list(MeetingFilter.ALL)).singleElement()
                    .satisfies(s -> assertThat(s.counts()).isEqualTo(new AttendanceCounts(3, 1, 1, 1)));

            // opened again: the fields hold what was saved, and a second save changes the same meeting
            MeetingEditorModel again = new MeetingEditorModel(new Meetings(ws), Background.sameThread(I18N), I18N, stored, units(ws));
            assertThat(again.isNew()).isFalse();
            assertThat(again.time.get()).isEqualTo("14:30");
            assertThat(again.sheetCounts().get()).isEqualTo("应到 3 人　实到 1 人　请假 1 人　缺席 1 人");
            row(again, "张伟").status.set(AttendanceStatus.ABSENT);
            assertThat(again.save(again.meeting())).isEqualTo(id);
            assertThat(new Meetings(ws).list(MeetingFilter.ALL)).singleElement()
                    .satisfies(s -> assertThat(s.counts()).isEqualTo(new AttendanceCounts(3, 0, 1, 2)));
        }
    }

    @Test
    void whatIsWrongWithTheUnitTheDateOrTheTimeIsSaidBesideTheFieldAndGoesWhenItIsChanged() {
        try (Workspace ws = Workspace.open(dir.resolve("m.db"), "干事")) {
            RosterFixture.fill(ws.database());
            MeetingEditorModel model = fresh(ws);
            MeetingEditorModel.UnitChoice unit = model.unit.get();
            model.unit.set(null);
            model.date.set(null);
            model.time.set("下午");

            assertThat(model.validate()).isFalse();
            assertThat(model.unitProblem().get()).isEqualTo("请选择召开会议的组织");
            assertThat(model.dateProblem().get()).isEqualTo("请填写会议日期（如 2025-06-30）");
            assertThat(model.timeProblem().get()).isEqualTo("会议时间“下午”无法识别，请写成 时:分，如 14:30");

            model.unit.set(unit);
            model.time.set("9:30");
            assertThat(model.unitProblem().get()).isEmpty();
            assertThat(model.timeProblem().get()).isEmpty();
            assertThat(model.dateProblem().get()).isNotEmpty();
            model.date.set(LocalDate.of(2025, 6, 30));
            assertThat(model.validate()).isTrue();
            assertThat(new Meetings(ws).list(MeetingFilter.ALL)).as("nothing written by checking").isEmpty();
        }
    }

    @Test
    void theSheetFollowsTheTypesAndKeepsWhatWasMarkedForPeopleStillOnIt() {
        try (Workspace ws = Workspace.open(dir.resolve("m.db"), "干事")) {
            RosterFixture.fill(ws.database());
            MeetingEditorModel model = fresh(ws);
            row(model, "张伟").status.set(AttendanceStatus.ABSENT);

            model.type(MeetingType.CELL_MEETING).set(true);
            assertThat(model.sheetCounts().get()).isEqualTo("应到 3 人　实到 2 人　请假 0 人　缺席 1 人");
            assertThat(row(model, "张伟").status.get()).isEqualTo(AttendanceStatus.ABSENT);

            model.type(MeetingType.CELL_MEETING).set(false);
            model.type(MeetingType.BRANCH_COMMITTEE).set(true);
            // a 支委会 alone expects the committee, and the fixture's branch has none on record
            assertThat(model.sheet).isEmpty();
            assertThat(model.names).isEmpty();
            assertThat(model.sheetCounts().get()).isEqualTo("应到 0 人　实到 0 人　请假 0 人　缺席 0 人");
        }
    }

    @Test
    void saveAsksAboutTheQuorumWarningsWritesOnceAndASecondSaveChangesTheSameMeeting() {
        try (Workspace ws = Workspace.open(dir.resolve("m.db"), "干事")) {
            RosterFixture.fill(ws.database());
            MeetingEditorModel model = fresh(ws);
            model.theme.set("支部党员大会：研究发展党员");
            model.type(MeetingType.BRANCH_ASSEMBLY).set(true);
            model.host.set("张伟");
            row(model, "李娜").status.set(AttendanceStatus.ABSENT);
            row(model, "王强").status.set(AttendanceStatus.ABSENT);
            List<List<String>> asked = new ArrayList<>();
            List<Integer> saved = new ArrayList<>();

            assertThat(model.save(w -> {
                asked.add(w);
                return false;
            }, saved::add)).isTrue();
            assertThat(asked).singleElement().satisfies(w -> assertThat(w).isNotEmpty());
            assertThat(saved).isEmpty();
            assertThat(new Meetings(ws).list(MeetingFilter.ALL)).as("declined: nothing written").isEmpty();

            model.save(w -> true, saved::add);
            model.minutes.set("补记会议记录");
            model.save(w -> true, saved::add);

            assertThat(saved).hasSize(2).containsOnly(saved.get(0));
            assertThat(new Meetings(ws).list(MeetingFilter.ALL)).singleElement()
                    .satisfies(s -> assertThat(s.id()).isEqualTo(saved.get(0)));
            Meeting stored = new Meetings(ws).load(saved.get(0)).orElseThrow();
            assertThat(stored.minutes()).isEqualTo("补记会议记录");
            assertThat(stored.host().memberId()).isNotNull();

            model.date.set(null);
            assertThat(model.save(w -> true, saved::add)).as("refused beside the field, nothing read").isFalse();
            assertThat(model.dateProblem().get()).isNotEmpty();
        }
    }
}
