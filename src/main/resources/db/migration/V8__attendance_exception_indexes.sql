-- The 红黄旗 warnings start from the exceptions, not from every attendance row (issue 21): 缺席 (ABSENT, about
-- 1% of the rows) and 请假 (ON_LEAVE, about 6%) each get a partial index by meeting, so that the absences and
-- leaves of a period are found from the period's meetings without reading the 出席 rows.
CREATE INDEX attendance_absent ON attendance(meeting_id, member_id) WHERE status = 'ABSENT';
CREATE INDEX attendance_on_leave ON attendance(meeting_id, member_id) WHERE status = 'ON_LEAVE';
