package org.partydesk.gui.meetings;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.meetings.Meetings;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.SavingForm;
import org.partydesk.model.VoidedMeeting;

/**
 * View model of 作废 and 已作废: deleting a meeting with a reason (its evidence links kept or not) and the
 * list of voided meetings, one of which can be restored; each write is background work through the app. 作废's
 * dialog binds to a {@link VoidForm}, so a refused 作废 keeps the reason typed and says why inside it (decision 0054).
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

    /** 作废 of one meeting: the reason and whether its evidence links are kept (at first they are). */
    final class VoidForm extends SavingForm<Void> {
        final StringProperty reason = new SimpleStringProperty("");
        final BooleanProperty keepEvidence = new SimpleBooleanProperty(true);
        private final int meetingId;

        private VoidForm(int meetingId) {
            super("meetings.deleting");
            this.meetingId = meetingId;
        }

        @Override
        protected BackgroundTask.Work<Void> work() {
            return delete(meetingId, reason.get(), keepEvidence.get());
        }
    }

    VoidForm voidForm(int meetingId) {
        return new VoidForm(meetingId);
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
