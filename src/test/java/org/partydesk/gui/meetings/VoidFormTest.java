package org.partydesk.gui.meetings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.FormTesting;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.gui.FormTesting.audits;

/**
 * 作废's form without a window (decision 0054), on a real SQLite file with {@link RosterFixture}: a reason of blanks
 * is refused, the form keeping the reason and the 保留佐证 choice as they were and saying why, the meeting still listed
 * and no audit row; corrected, the meeting is voided once as chosen; a form left (取消) writes nothing; a second 确定
 * while the first runs writes nothing more.
 */
class VoidFormTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private Meetings meetings;
    private int meetingId;
    private int saved;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("void-form.db"), "王干事");
        int branch = RosterFixture.fill(ws.database()).units().get(RosterFixture.BRANCH_1);
        meetings = new Meetings(ws);
        meetingId = meetings.record(new Meeting(null, branch, LocalDate.of(2025, 5, 20).atTime(15, 0), null, null, null, null,
                "五月主题党日", Set.of(MeetingType.THEMED_PARTY_DAY), List.of(), Set.of(), null, null, false, List.of(),
                List.of())).id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private MeetingsModel model(org.partydesk.gui.shell.Background background) {
        MeetingsModel model = new MeetingsModel(meetings, new EvidenceService(ws), new Roster(ws), background, FormTesting.ZH);
        model.open();
        return model;
    }

    @Test
    void aReasonOfBlanksIsRefusedKeepingWhatWasChosenThenTheMeetingIsVoidedOnce() {
        MeetingsModel model = model(FormTesting.now());
        VoidedMeetingsModel.VoidForm form = model.voiding().voidForm(meetingId);
        assertThat(form.keepEvidence.get()).as("evidence links kept at first").isTrue();
        form.reason.set("   ");
        form.keepEvidence.set(false);
        int before = audits(ws);

        model.delete(form, () -> saved++);

        assertThat(form.problem().get()).isEqualTo("请填写作废原因（如“重复导入”）");
        assertThat(form.reason.get()).isEqualTo("   ");
        assertThat(form.keepEvidence.get()).isFalse();
        assertThat(saved).as("the dialog stays open").isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(meetings.list(MeetingFilter.ALL)).extracting(MeetingSummary::id).containsExactly(meetingId);
        assertThat(meetings.voided()).isEmpty();

        form.reason.set("重复导入");
        model.delete(form, () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(form.problem().get()).isEmpty();
        assertThat(audits(ws)).isGreaterThan(before);
        assertThat(meetings.list(MeetingFilter.ALL)).isEmpty();
        assertThat(model.rows).as("the list read again").isEmpty();
        assertThat(meetings.voided()).singleElement().satisfies(v -> {
            assertThat(v.meetingId()).isEqualTo(meetingId);
            assertThat(v.reason()).isEqualTo("重复导入");
            assertThat(v.evidenceKept()).isFalse();
        });
    }

    @Test
    void aFormLeftWithoutSavingWritesNothing() {
        MeetingsModel model = model(FormTesting.now());
        int before = audits(ws);
        VoidedMeetingsModel.VoidForm form = model.voiding().voidForm(meetingId); // opened, filled, then 取消
        form.reason.set("重复导入");

        assertThat(saved).isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(meetings.list(MeetingFilter.ALL)).extracting(MeetingSummary::id).containsExactly(meetingId);
        assertThat(meetings.voided()).isEmpty();
    }

    @Test
    void aSecondOkWhileTheFirstRunsWritesNothingMore() {
        FormTesting.Held held = new FormTesting.Held();
        MeetingsModel model = model(held);
        held.runAll(); // the list read on opening
        VoidedMeetingsModel.VoidForm form = model.voiding().voidForm(meetingId);
        form.reason.set("重复导入");

        model.delete(form, () -> saved++);
        assertThat(form.saving().get()).isTrue();
        model.delete(form, () -> saved++); // the double click

        assertThat(held.waiting()).isEqualTo(1);
        held.runAll();
        assertThat(saved).isEqualTo(1);
        assertThat(form.saving().get()).isFalse();
        assertThat(form.problem().get()).isEmpty();
        assertThat(meetings.voided()).hasSize(1);
    }
}
