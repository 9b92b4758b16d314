-- Indexes for the 红黄旗 check (issue 21). Each replaces an index of the same name or covers only exceptions, so a
-- write keeps the same number of index entries to keep up (a meeting with recorded figures adds one).

-- The six-month absence rule walks only the members who can have such a run, and only their rows of the checked
-- window: the index by member gets the meeting as its second column, so a member's rows of a range of meetings are
-- read from the index instead of every row he ever had. Same uses as before (a member's attendance, the foreign key).
DROP INDEX attendance_member;
CREATE INDEX attendance_member ON attendance(member_id, meeting_id);

-- A period's meetings counted per unit (held counts) are read from the index by time alone.
DROP INDEX meeting_time;
CREATE INDEX meeting_time ON meeting(held_at, org_unit_id);

-- Meetings counted by their ledger's figures (按台账人数, V4) are the exception: found without reading the others.
CREATE INDEX meeting_recorded ON meeting(held_at)
  WHERE recorded_expected IS NOT NULL OR recorded_present IS NOT NULL OR recorded_on_leave IS NOT NULL
     OR recorded_absent IS NOT NULL;
