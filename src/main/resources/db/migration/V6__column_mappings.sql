-- Column mappings a clerk chose on import (decision 0016): for a ledger kind and the header of a sheet (its
-- column names, normalised, in column order), which header text goes to which field. The next file of that
-- kind whose sheet has the same header gets the same mapping. A header text mapped to 'ignore' is not imported.

CREATE TABLE column_mapping (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  kind       TEXT      NOT NULL,  -- the ledger kind: MEMBERS, MEETINGS, COMMENDATIONS, RESPONSIBILITIES, …
  headers    TEXT      NOT NULL,  -- the sheet's normalised column names in column order, joined by '|'
  header     TEXT      NOT NULL,  -- one normalised column name of that header
  field      TEXT      NOT NULL,  -- the field key it goes to, or 'ignore'
  saved_at   TIMESTAMP NOT NULL,
  UNIQUE (kind, headers, header)
);
