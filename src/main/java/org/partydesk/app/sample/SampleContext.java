package org.partydesk.app.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.partydesk.app.Progress;
import org.partydesk.store.Tx;

import static org.partydesk.store.jooq.Tables.AGENDA_ITEM;
import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.COMMENDATION_RECIPIENT;
import static org.partydesk.store.jooq.Tables.COMMITTEE_ROLE;
import static org.partydesk.store.jooq.Tables.COMMUNITY_POSTING;
import static org.partydesk.store.jooq.Tables.DEPARTMENT;
import static org.partydesk.store.jooq.Tables.DUES_BASE;
import static org.partydesk.store.jooq.Tables.DUES_PAYMENT;
import static org.partydesk.store.jooq.Tables.EVIDENCE;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TAG;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.MEMBERSHIP;
import static org.partydesk.store.jooq.Tables.NON_VOTING_ATTENDEE;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;
import static org.partydesk.store.jooq.Tables.PROGRESS_RECORD;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_DEADLINE;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM_OWNER;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LETTER;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LIST;

/**
 * What every part of the sample generator shares: the one random source, the text pools, the
 * sample's years and "today", and the batch sinks of every table (created in foreign-key order).
 */
final class SampleContext {
    final Random rnd;
    final SampleText text = SampleText.get();
    final Shape shape;
    final int year;
    final int firstYear;
    final LocalDate today;
    final Progress progress;
    final Path evidenceFolder;
    final BatchRows rows;

    final BatchRows.Sink department;
    final BatchRows.Sink orgUnit;
    final BatchRows.Sink member;
    final BatchRows.Sink membership;
    final BatchRows.Sink committeeRole;
    final BatchRows.Sink communityPosting;
    final BatchRows.Sink meeting;
    final BatchRows.Sink meetingType;
    final BatchRows.Sink agendaItem;
    final BatchRows.Sink meetingTag;
    final BatchRows.Sink attendance;
    final BatchRows.Sink nonVotingAttendee;
    final BatchRows.Sink list;
    final BatchRows.Sink item;
    final BatchRows.Sink itemOwner;
    final BatchRows.Sink deadline;
    final BatchRows.Sink progressRecord;
    final BatchRows.Sink letter;
    final BatchRows.Sink commendation;
    final BatchRows.Sink recipient;
    final BatchRows.Sink evidence;
    final BatchRows.Sink evidenceLink;
    final BatchRows.Sink recruit;
    final BatchRows.Sink duesBase;
    final BatchRows.Sink duesPayment;

    SampleContext(Tx tx, Shape shape, long seed, int year, LocalDate today, Progress progress, Path evidenceFolder) {
        this.rnd = new Random(seed);
        this.shape = shape;
        this.year = year;
        this.firstYear = year - shape.years() + 1;
        this.today = today;
        this.progress = progress;
        this.evidenceFolder = evidenceFolder;
        this.rows = new BatchRows(tx.dsl());
        department = rows.sink(DEPARTMENT, DEPARTMENT.ID, DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.SORT_ORDER);
        orgUnit = rows.sink(ORG_UNIT, ORG_UNIT.ID, ORG_UNIT.ID, ORG_UNIT.PARENT_ID, ORG_UNIT.KIND, ORG_UNIT.NAME,
                ORG_UNIT.DEPARTMENT_ID, ORG_UNIT.TEMPORARY, ORG_UNIT.ESTABLISHED_ON, ORG_UNIT.ENDED_ON, ORG_UNIT.SORT_ORDER);
        member = rows.sink(MEMBER, MEMBER.ID, MEMBER.ID, MEMBER.NAME, MEMBER.GENDER, MEMBER.ETHNICITY, MEMBER.BIRTH_DATE,
                MEMBER.ID_NUMBER, MEMBER.EDUCATION, MEMBER.STATUS, MEMBER.CATEGORY, MEMBER.PHONE, MEMBER.JOINED_ON,
                MEMBER.FULL_MEMBER_ON, MEMBER.DEPARTMENT_ID, MEMBER.JOB_TITLE, MEMBER.LEADERSHIP_MEMBER,
                MEMBER.PARTY_AFFAIRS_STAFF, MEMBER.DUAL_ORGANIZATIONAL_LIFE, MEMBER.NOTES);
        membership = rows.sink(MEMBERSHIP, MEMBERSHIP.ID, MEMBERSHIP.ID, MEMBERSHIP.MEMBER_ID, MEMBERSHIP.ORG_UNIT_ID,
                MEMBERSHIP.START_ON, MEMBERSHIP.END_ON);
        committeeRole = rows.sink(COMMITTEE_ROLE, COMMITTEE_ROLE.ID, COMMITTEE_ROLE.ID, COMMITTEE_ROLE.MEMBER_ID,
                COMMITTEE_ROLE.ORG_UNIT_ID, COMMITTEE_ROLE.ROLE, COMMITTEE_ROLE.START_ON, COMMITTEE_ROLE.END_ON);
        communityPosting = rows.sink(COMMUNITY_POSTING, COMMUNITY_POSTING.ID, COMMUNITY_POSTING.ID,
                COMMUNITY_POSTING.MEMBER_ID, COMMUNITY_POSTING.COMMUNITY, COMMUNITY_POSTING.START_ON);
        meeting = rows.sink(MEETING, MEETING.ID, MEETING.ID, MEETING.ORG_UNIT_ID, MEETING.HELD_AT, MEETING.PLACE,
                MEETING.HOST_MEMBER_ID, MEETING.HOST_NAME, MEETING.RECORDER_MEMBER_ID, MEETING.RECORDER_NAME,
                MEETING.LECTURER_MEMBER_ID, MEETING.LECTURER_NAME, MEETING.THEME, MEETING.MINUTES);
        meetingType = rows.sink(MEETING_TYPE, null, MEETING_TYPE.MEETING_ID, MEETING_TYPE.TYPE);
        agendaItem = rows.sink(AGENDA_ITEM, AGENDA_ITEM.ID, AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.SEQ, AGENDA_ITEM.TEXT);
        meetingTag = rows.sink(MEETING_TAG, null, MEETING_TAG.MEETING_ID, MEETING_TAG.TAG);
        attendance = rows.sink(ATTENDANCE, ATTENDANCE.ID, ATTENDANCE.MEETING_ID, ATTENDANCE.MEMBER_ID,
                ATTENDANCE.STATUS, ATTENDANCE.LEAVE_REASON, ATTENDANCE.MAKE_UP_ON);
        nonVotingAttendee = rows.sink(NON_VOTING_ATTENDEE, NON_VOTING_ATTENDEE.ID, NON_VOTING_ATTENDEE.MEETING_ID,
                NON_VOTING_ATTENDEE.MEMBER_ID, NON_VOTING_ATTENDEE.NAME, NON_VOTING_ATTENDEE.NOTE);
        list = rows.sink(RESPONSIBILITY_LIST, RESPONSIBILITY_LIST.ID, RESPONSIBILITY_LIST.ID, RESPONSIBILITY_LIST.YEAR,
                RESPONSIBILITY_LIST.NAME, RESPONSIBILITY_LIST.OWNER_KIND, RESPONSIBILITY_LIST.OWNER_ORG_UNIT_ID,
                RESPONSIBILITY_LIST.OWNER_MEMBER_ID, RESPONSIBILITY_LIST.COPIED_FROM_ID);
        item = rows.sink(RESPONSIBILITY_ITEM, RESPONSIBILITY_ITEM.ID, RESPONSIBILITY_ITEM.ID, RESPONSIBILITY_ITEM.LIST_ID,
                RESPONSIBILITY_ITEM.PARENT_ID, RESPONSIBILITY_ITEM.LEVEL, RESPONSIBILITY_ITEM.SEQ, RESPONSIBILITY_ITEM.TEXT,
                RESPONSIBILITY_ITEM.OWNER_TEXT, RESPONSIBILITY_ITEM.RESPONSIBLE_TEXT, RESPONSIBILITY_ITEM.CADENCE);
        itemOwner = rows.sink(RESPONSIBILITY_ITEM_OWNER, null, RESPONSIBILITY_ITEM_OWNER.ITEM_ID,
                RESPONSIBILITY_ITEM_OWNER.MEMBER_ID);
        deadline = rows.sink(RESPONSIBILITY_DEADLINE, RESPONSIBILITY_DEADLINE.ID, RESPONSIBILITY_DEADLINE.ID,
                RESPONSIBILITY_DEADLINE.ITEM_ID, RESPONSIBILITY_DEADLINE.DUE_ON, RESPONSIBILITY_DEADLINE.LABEL);
        progressRecord = rows.sink(PROGRESS_RECORD, PROGRESS_RECORD.ID, PROGRESS_RECORD.ITEM_ID,
                PROGRESS_RECORD.RECORDED_ON, PROGRESS_RECORD.TEXT, PROGRESS_RECORD.RECORDED_BY_MEMBER_ID,
                PROGRESS_RECORD.RECORDED_BY_NAME, PROGRESS_RECORD.COMPLETES_DEADLINE_ID, PROGRESS_RECORD.CREATED_AT);
        letter = rows.sink(RESPONSIBILITY_LETTER, RESPONSIBILITY_LETTER.ID, RESPONSIBILITY_LETTER.YEAR,
                RESPONSIBILITY_LETTER.LIST_ID, RESPONSIBILITY_LETTER.TITLE, RESPONSIBILITY_LETTER.PARTY_A,
                RESPONSIBILITY_LETTER.PARTY_B, RESPONSIBILITY_LETTER.SIGNED_ON, RESPONSIBILITY_LETTER.NOTES);
        commendation = rows.sink(COMMENDATION, COMMENDATION.ID, COMMENDATION.ID, COMMENDATION.TITLE, COMMENDATION.LEVEL,
                COMMENDATION.AWARDED_BY, COMMENDATION.AWARDED_ON, COMMENDATION.PERIOD_KIND, COMMENDATION.PERIOD_START,
                COMMENDATION.PERIOD_END, COMMENDATION.DOCUMENT_NUMBER);
        recipient = rows.sink(COMMENDATION_RECIPIENT, COMMENDATION_RECIPIENT.ID, COMMENDATION_RECIPIENT.COMMENDATION_ID,
                COMMENDATION_RECIPIENT.KIND, COMMENDATION_RECIPIENT.MEMBER_ID, COMMENDATION_RECIPIENT.ORG_UNIT_ID,
                COMMENDATION_RECIPIENT.EXTERNAL_NAME);
        evidence = rows.sink(EVIDENCE, EVIDENCE.ID, EVIDENCE.ID, EVIDENCE.SHA256, EVIDENCE.ORIGINAL_NAME,
                EVIDENCE.MEDIA_TYPE, EVIDENCE.SIZE_BYTES, EVIDENCE.TITLE, EVIDENCE.CAPTION, EVIDENCE.PHOTOGRAPHER,
                EVIDENCE.TAKEN_ON, EVIDENCE.ADDED_AT);
        evidenceLink = rows.sink(EVIDENCE_LINK, EVIDENCE_LINK.ID, EVIDENCE_LINK.EVIDENCE_ID, EVIDENCE_LINK.RECORD_TYPE,
                EVIDENCE_LINK.RECORD_ID);
        recruit = rows.sink(org.partydesk.store.jooq.Tables.RECRUIT, org.partydesk.store.jooq.Tables.RECRUIT.ID,
                org.partydesk.store.jooq.Tables.RECRUIT.NAME, org.partydesk.store.jooq.Tables.RECRUIT.GENDER,
                org.partydesk.store.jooq.Tables.RECRUIT.BIRTH_DATE, org.partydesk.store.jooq.Tables.RECRUIT.ORG_UNIT_ID,
                org.partydesk.store.jooq.Tables.RECRUIT.APPLIED_ON, org.partydesk.store.jooq.Tables.RECRUIT.TALK_ON,
                org.partydesk.store.jooq.Tables.RECRUIT.ACTIVIST_ON, org.partydesk.store.jooq.Tables.RECRUIT.CANDIDATE_ON);
        duesBase = rows.sink(DUES_BASE, DUES_BASE.ID, DUES_BASE.MEMBER_ID, DUES_BASE.YEAR, DUES_BASE.BASE_KIND,
                DUES_BASE.BASE_FEN, DUES_BASE.VOLUNTARY_FEN, DUES_BASE.SET_ON, DUES_BASE.NOTE);
        duesPayment = rows.sink(DUES_PAYMENT, DUES_PAYMENT.ID, DUES_PAYMENT.MEMBER_ID, DUES_PAYMENT.MONTH, DUES_PAYMENT.DUE_FEN,
                DUES_PAYMENT.PAID_FEN, DUES_PAYMENT.PAID_ON, DUES_PAYMENT.COLLECTOR, DUES_PAYMENT.WAIVED, DUES_PAYMENT.WAIVER_NOTE,
                DUES_PAYMENT.NOTE);
    }

    /** A whole number in [lo, hi]. */
    int between(int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** A random day of {@code month} of {@code y} between {@code fromDay} and {@code toDay} (clamped). */
    LocalDate day(int y, int month, int fromDay, int toDay) {
        LocalDate first = LocalDate.of(y, month, 1);
        int last = Math.min(toDay, first.lengthOfMonth());
        return first.withDayOfMonth(between(fromDay, last));
    }

    /** A random date in [from, to]. */
    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(rnd.nextInt((int) span + 1));
    }

    /** Chinese numerals for small counts (the sample's branch names), digits beyond. */
    String numeral(int n) {
        List<String> numerals = text.list("numerals");
        return n >= 1 && n <= numerals.size() ? numerals.get(n - 1) : String.valueOf(n);
    }
}
