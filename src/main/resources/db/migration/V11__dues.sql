-- 党费 (decision 0020): amounts are stored in 分 (INTEGER), never as floating point; months as text 'yyyy-mm'.
-- A member's monthly base is set once a year (one row per member and year; earlier years are its history, a
-- change within the year is an audited update). The rate comes from the rules as data
-- (logic/dues-rules.properties); the due of a month is kept on its payment row as it was when recorded.
CREATE TABLE dues_base (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id     INTEGER NOT NULL REFERENCES member(id),
  year          INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
  base_kind     TEXT    NOT NULL CHECK (base_kind IN ('SALARY','PENSION','STUDENT','UNEMPLOYED','SUBSISTENCE')),
  base_fen      INTEGER NOT NULL DEFAULT 0 CHECK (base_fen >= 0),       -- 税后工资 or 离退休费 per month
  voluntary_fen INTEGER CHECK (voluntary_fen IS NULL OR voluntary_fen > 0), -- 自愿多交 per month
  set_on        DATE    NOT NULL,
  note          TEXT,
  UNIQUE (member_id, year)
);

-- One row per member and month: what was due, what was paid, when and to whom; 减免 with its approval.
-- 补缴 is not a column: a payment whose paid_on lies after its month is a back-payment.
CREATE TABLE dues_payment (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id     INTEGER NOT NULL REFERENCES member(id),
  month         TEXT    NOT NULL CHECK (length(month) = 7 AND substr(month, 5, 1) = '-'),
  due_fen       INTEGER NOT NULL CHECK (due_fen >= 0),
  paid_fen      INTEGER NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
  paid_on       DATE,
  collector     TEXT,
  waived        BOOLEAN NOT NULL DEFAULT 0 CHECK (waived IN (0,1)),     -- 减免
  waiver_note   TEXT,                                                    -- the approval (批准机关、文号)
  note          TEXT,
  CHECK (paid_fen = 0 OR paid_on IS NOT NULL),
  CHECK (waived = 0 OR (waiver_note IS NOT NULL AND length(trim(waiver_note)) > 0)),
  UNIQUE (member_id, month)
);
CREATE INDEX dues_payment_month ON dues_payment(month);

-- 上缴: what a branch handed to the committee above, for the months from .. to.
CREATE TABLE dues_remittance (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  org_unit_id   INTEGER NOT NULL REFERENCES org_unit(id),
  from_month    TEXT    NOT NULL CHECK (length(from_month) = 7 AND substr(from_month, 5, 1) = '-'),
  to_month      TEXT    NOT NULL CHECK (length(to_month) = 7 AND substr(to_month, 5, 1) = '-'),
  amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
  remitted_on   DATE    NOT NULL,
  note          TEXT,
  CHECK (to_month >= from_month)
);
CREATE INDEX dues_remittance_unit ON dues_remittance(org_unit_id);
