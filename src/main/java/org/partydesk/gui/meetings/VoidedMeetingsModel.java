package org.partydesk.gui.meetings;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.meetings.Meetings;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.model.VoidedMeeting;

/**
 * View model of 作废 and 已作废: deleting a meeting with a reason (its evidence links kept or not) and the
 * list of voided meetings, one of which can be restored; each write is background work through the app.
 */
final class VoidedMeetingsModel {
    final ObservableList<VoidedMeeting> voided = FXCollections.observableArrayList();
    private final Meetings meetings;

    VoidedMeetingsModel(Meetings meetings) {
        this.meetings = meetings;
    }

    BackgroundTask.Work<Void> delete(int meetingId, String reason, boolean keepEvidence) {
        return progress -> {
            meetings.delete(meetingId, reason, keepEvidence);
            return null;
        };
    }

    BackgroundTask.Work<List<VoidedMeeting>> load() {
        return progress -> meetings.voided();
    }

    /** Restores a meeting; the work returns the voided meetings left. */
    BackgroundTask.Work<List<VoidedMeeting>> restore(VoidedMeeting meeting) {
        return progress -> {
            meetings.restore(meeting.meetingId());
            return meetings.voided();
        };
    }

    void show(List<VoidedMeeting> list) {
        voided.setAll(list);
    }
}
