-- 每月 as a 时间节点 (issue 15): responsibility_item.cadence gains MONTHLY (twelve deadlines a year, each at the
-- end of its month). SQLite cannot change a CHECK constraint in place, so the table is rebuilt the way the
-- SQLite manual describes (create the new table, copy every row with its id, drop the old one, rename the new
-- one, create its index again); ids are kept, and so is the table's AUTOINCREMENT counter (ids are never reused:
-- the audit trail names rows by id). Flyway's connection runs without foreign-key enforcement (the app's own
-- connection turns it on), so dropping the old table does not cascade to deadlines, owners or records; their
-- REFERENCES name the table, which the renamed copy then is. The table has no triggers and no views use it.
CREATE TABLE responsibility_item_v7 (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  list_id             INTEGER NOT NULL REFERENCES responsibility_list(id) ON DELETE CASCADE,
  parent_id           INTEGER REFERENCES responsibility_item(id) ON DELETE CASCADE,
  level               INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 3),
  seq                 INTEGER NOT NULL,
  text                TEXT    NOT NULL,
  owner_text          TEXT,
  responsible_text    TEXT,
  cadence             TEXT    NOT NULL DEFAULT 'YEARLY' CHECK (cadence IN ('ONCE','MONTHLY','QUARTERLY','HALF_YEARLY','YEARLY')),
  notes               TEXT
);
INSERT INTO responsibility_item_v7 (id, list_id, parent_id, level, seq, text, owner_text, responsible_text, cadence, notes)
  SELECT id, list_id, parent_id, level, seq, text, owner_text, responsible_text, cadence, notes FROM responsibility_item;
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'responsibility_item_v7', seq FROM sqlite_sequence WHERE name = 'responsibility_item'
  AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'responsibility_item_v7');
UPDATE sqlite_sequence SET seq = (SELECT MAX(seq) FROM sqlite_sequence WHERE name IN ('responsibility_item', 'responsibility_item_v7'))
  WHERE name = 'responsibility_item_v7';
DROP TABLE responsibility_item;
ALTER TABLE responsibility_item_v7 RENAME TO responsibility_item;
CREATE INDEX responsibility_item_list ON responsibility_item(list_id, parent_id, seq);
