-- Import batches (撤销本次导入, decision 0013): every ledger import is one batch. The audit rows the import
-- writes carry its id; the rows it inserts are also recorded as one id range per table (the meetings import
-- writes its meetings, types, agenda, attendance in bulk without a per-row audit row). An import is one
-- transaction under the single-writer lock and ids only grow, so every row of a table with an id above the
-- table's largest id at the start of the import was inserted by it.

CREATE TABLE import_batch (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  kind         TEXT      NOT NULL,  -- the ledger kind: MEMBERS, MEETINGS, COMMENDATIONS, RESPONSIBILITIES, … (no CHECK: a new kind needs no migration)
  file_name    TEXT      NOT NULL,
  operator     TEXT      NOT NULL,
  started_at   TIMESTAMP NOT NULL,
  finished_at  TIMESTAMP,
  summary      TEXT,
  undone_at    TIMESTAMP,
  undone_by    TEXT
);

-- the ids a batch inserted into one table: first_id..last_id (every row in between that exists)
CREATE TABLE import_batch_range (
  batch_id     INTEGER NOT NULL REFERENCES import_batch(id),
  table_name   TEXT    NOT NULL,
  first_id     INTEGER NOT NULL,
  last_id      INTEGER NOT NULL,
  PRIMARY KEY (batch_id, table_name),
  CHECK (last_id >= first_id)
);
CREATE INDEX import_batch_range_table ON import_batch_range(table_name, first_id);

-- the batch an audit row belongs to: the import's own rows, and later the rows of its undo
ALTER TABLE audit_log ADD COLUMN batch_id INTEGER REFERENCES import_batch(id);
CREATE INDEX audit_log_batch ON audit_log(batch_id);
