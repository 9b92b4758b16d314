package org.partydesk.gui.meetings;

import java.time.LocalDate;

import org.partydesk.app.meetings.MeetingListing;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingType;

/**
 * The 三会一课 list without JavaFX: the filter row's choice as a {@link MeetingFilter} (the period's days from
 * {@link CompliancePeriod}, as the 红黄旗 count them), the meetings read through the app layer, and the status
 * line. {@link #read} touches no control, so the screen runs it off the FX thread.
 */
public final class MeetingListModel {
    /**
     * What the filter row chose: a unit, a type, a tag (each null: all), a year (null: every year) and a part of
     * it ({@code part} null: the whole year, -1 … -4: a quarter, 1 … 12: a month).
     */
    public record Choice(Integer unitId, MeetingType type, Integer year, Integer part, String tag) {
    }

    private final Meetings meetings;
    private final I18n i18n;

    public MeetingListModel(Meetings meetings, I18n i18n) {
        this.meetings = meetings;
        this.i18n = i18n;
    }

    /** The filter of a choice: from the first to the last day of the chosen year, quarter or month. */
    public static MeetingFilter filter(Choice c) {
        LocalDate from = null;
        LocalDate to = null;
        if (c.year() != null) {
            CompliancePeriod p = c.part() == null ? new CompliancePeriod(c.year(), null)
                    : c.part() < 0 ? new CompliancePeriod(c.year(), -c.part())
                    : CompliancePeriod.ofMonth(c.year(), c.part());
            from = p.start();
            to = p.end();
        }
        return new MeetingFilter(c.unitId(), c.type(), from, to, c.tag());
    }

    /** The meetings of the choice, newest first, with their sums. */
    public MeetingListing read(Choice c) {
        return MeetingListing.of(meetings.list(filter(c)));
    }

    /** The status line under the list: how many meetings, 实到 / 应到 person-times. */
    public String status(MeetingListing listing) {
        return i18n.format("meetings.status", String.valueOf(listing.meetings().size()),
                String.valueOf(listing.present()), String.valueOf(listing.expected()));
    }
}
