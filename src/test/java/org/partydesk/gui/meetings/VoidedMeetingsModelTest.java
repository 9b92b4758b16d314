package org.partydesk.gui.meetings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingType;
import org.partydesk.model.VoidedMeeting;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The view model of 作废 / 已作废 / 恢复 without a window, on a real SQLite file. */
class VoidedMeetingsModelTest {
    @TempDir
    Path dir;
    private Workspace ws;

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aDeletedMeetingIsListedAsVoidedAndComesBackWhenRestored() throws Exception {
        ws = Workspace.open(dir.resolve("voided.db"), "王干事");
        int branch = RosterFixture.fill(ws.database()).units().get(RosterFixture.BRANCH_1);
        Meetings meetings = new Meetings(ws);
        int id = meetings.record(new Meeting(null, branch, LocalDate.of(2025, 5, 20).atTime(15, 0), null, null, null, null,
                "五月主题党日", Set.of(MeetingType.THEMED_PARTY_DAY), List.of(), Set.of(), null, null, false, List.of(),
                List.of())).id();
        VoidedMeetingsModel model = new VoidedMeetingsModel(meetings);

        assertThatThrownBy(() -> model.delete(id, "", true).run(Progress.NONE)).isInstanceOf(InputRejectedException.class);
        model.delete(id, "重复导入", true).run(Progress.NONE);
        assertThat(meetings.list(MeetingFilter.ALL)).isEmpty();
        model.show(model.load().run(Progress.NONE));
        assertThat(model.voided).extracting(VoidedMeeting::meetingId, VoidedMeeting::theme, VoidedMeeting::reason,
                VoidedMeeting::operator).containsExactly(org.assertj.core.groups.Tuple.tuple(id, "五月主题党日", "重复导入", "王干事"));

        model.show(model.restore(model.voided.get(0)).run(Progress.NONE));
        assertThat(model.voided).isEmpty();
        assertThat(meetings.list(MeetingFilter.ALL)).extracting(m -> m.id()).containsExactly(id);
    }
}
