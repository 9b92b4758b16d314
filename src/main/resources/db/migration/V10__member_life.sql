-- A member's life in the party beyond the roster (decision 0018): transfers of 组织关系 into and out of the
-- bureau, changes of standing (党籍), the yearly 民主评议 result, discipline (处分), and each organisation's
-- committee terms (换届). Every row is written through Tx (audited) and never deleted by the program.

-- 组织关系转接: a transfer in (the member came from another organisation) or out (he left for one)
CREATE TABLE member_transfer (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id     INTEGER NOT NULL REFERENCES member(id),
  direction     TEXT    NOT NULL CHECK (direction IN ('IN','OUT')),
  on_date       DATE    NOT NULL,
  other_org     TEXT    NOT NULL,          -- where he came from / went to
  letter_no     TEXT,                      -- 介绍信编号
  dues_paid_to  TEXT CHECK (dues_paid_to IS NULL OR dues_paid_to LIKE '____-__'),  -- 党费缴至 (yyyy-mm)
  receipt_on    DATE,                      -- 回执 received (transfers out)
  notes         TEXT,
  CHECK (receipt_on IS NULL OR receipt_on >= on_date)
);
CREATE INDEX member_transfer_member ON member_transfer(member_id);

-- 党籍 and whereabouts: 失联, 流动党员 (with where he is), 停止党籍, 恢复党籍, 出党, 去世
CREATE TABLE member_standing (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id     INTEGER NOT NULL REFERENCES member(id),
  kind          TEXT    NOT NULL CHECK (kind IN ('LOST_CONTACT','MOBILE','STOPPED','RESTORED','EXPELLED','DECEASED')),
  start_on      DATE    NOT NULL,
  end_on        DATE,                      -- 失联 / 流动 over (found again, came back)
  place         TEXT,                      -- where a 流动党员 is
  reason        TEXT,
  CHECK (end_on IS NULL OR end_on >= start_on)
);
CREATE INDEX member_standing_member ON member_standing(member_id);

-- 民主评议党员: one result per member and year
CREATE TABLE member_appraisal (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id     INTEGER NOT NULL REFERENCES member(id),
  year          INTEGER NOT NULL CHECK (year BETWEEN 1921 AND 2999),
  result        TEXT    NOT NULL CHECK (result IN ('EXCELLENT','QUALIFIED','BASICALLY_QUALIFIED','UNQUALIFIED')),
  meeting_id    INTEGER REFERENCES meeting(id),
  UNIQUE (member_id, year)
);

-- 党纪处分
CREATE TABLE member_discipline (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id     INTEGER NOT NULL REFERENCES member(id),
  kind          TEXT    NOT NULL CHECK (kind IN ('WARNING','SERIOUS_WARNING','REMOVAL_FROM_POST','PROBATION_WITHIN_PARTY','EXPULSION')),
  decided_on    DATE    NOT NULL,
  document_no   TEXT,
  term_months   INTEGER CHECK (term_months IS NULL OR term_months > 0),   -- 影响期 / 留党察看期
  reason        TEXT
);
CREATE INDEX member_discipline_member ON member_discipline(member_id);

-- 换届: a committee elected at an election meeting for a term
CREATE TABLE org_term (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  org_unit_id   INTEGER NOT NULL REFERENCES org_unit(id),
  elected_on    DATE    NOT NULL,
  term_years    INTEGER NOT NULL CHECK (term_years BETWEEN 1 AND 10),
  meeting_id    INTEGER REFERENCES meeting(id),
  UNIQUE (org_unit_id, elected_on)
);
