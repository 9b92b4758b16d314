-- Recorded figures of a meeting (按台账人数): the 应到 / 实到 / 请假 / 缺席 a meetings ledger gave where the app
-- cannot build an attendance sheet (no committee recorded for a 支部委员会, no members of the unit that day, or
-- counts without the names of those on leave or absent). Used only while the meeting has no attendance rows
-- (decision 0012); null where the ledger gave no number.
ALTER TABLE meeting ADD COLUMN recorded_expected INTEGER CHECK (recorded_expected >= 0);
ALTER TABLE meeting ADD COLUMN recorded_present  INTEGER CHECK (recorded_present >= 0);
ALTER TABLE meeting ADD COLUMN recorded_on_leave INTEGER CHECK (recorded_on_leave >= 0);
ALTER TABLE meeting ADD COLUMN recorded_absent   INTEGER CHECK (recorded_absent >= 0);
