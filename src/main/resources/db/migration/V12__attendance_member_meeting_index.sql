-- The six-month absence rule walks only the members who can have such a run (issue 21), and only their rows of the
-- checked window: the index by member gets the meeting as its second column, so a member's rows of a range of
-- meetings are read from the index alone instead of every row he ever had. It replaces the index by member (same
-- uses: a member's attendance, the foreign key), so writes keep one index on the member.
DROP INDEX attendance_member;
CREATE INDEX attendance_member ON attendance(member_id, meeting_id);
