package org.partydesk.gui.meetings;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The details of a meeting say a make-up happened only when its day has come. */
class AbsenceTextTest {
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final LocalDate today = LocalDate.of(2026, 12, 5);

    private static AttendanceEntry onLeave(LocalDate makeUp) {
        return new AttendanceEntry(1, "李娜", AttendanceStatus.ON_LEAVE, "出差", makeUp);
    }

    @Test
    void aMakeUpStillToComeIsPlannedNotDone() {
        assertThat(MeetingsSection.absenceText(i18n, onLeave(LocalDate.of(2026, 12, 12)), today))
                .isEqualTo("李娜：请假（出差），定于 2026-12-12 补课");
        assertThat(MeetingsSection.absenceText(i18n, onLeave(today), today)).isEqualTo("李娜：请假（出差），已于 2026-12-05 补课");
        assertThat(MeetingsSection.absenceText(i18n, onLeave(null), today)).isEqualTo("李娜：请假（出差），尚未补课");
    }
}
