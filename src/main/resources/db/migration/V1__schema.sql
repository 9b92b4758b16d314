-- PartyDesk schema, version 1. Names follow shared/GLOSSARY.md.
-- Dates are ISO text (YYYY-MM-DD), timestamps ISO text (YYYY-MM-DDTHH:MM:SS), booleans 0/1.
-- Counts (应到, 实到, 完成率 …) are never stored: they are computed from rows.

CREATE TABLE department (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  name         TEXT    NOT NULL UNIQUE,
  sort_order   INTEGER NOT NULL DEFAULT 0
);

-- 组织树: LEADING_GROUP, ORGAN_COMMITTEE, PRIMARY_COMMITTEE, GENERAL_BRANCH, BRANCH, CELL
CREATE TABLE org_unit (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  parent_id      INTEGER REFERENCES org_unit(id),
  kind           TEXT    NOT NULL CHECK (kind IN ('LEADING_GROUP','ORGAN_COMMITTEE','PRIMARY_COMMITTEE','GENERAL_BRANCH','BRANCH','CELL')),
  name           TEXT    NOT NULL,
  department_id  INTEGER REFERENCES department(id),
  temporary      BOOLEAN NOT NULL DEFAULT 0,
  established_on DATE,
  ended_on       DATE,
  sort_order     INTEGER NOT NULL DEFAULT 0,
  notes          TEXT
);
CREATE INDEX org_unit_parent ON org_unit(parent_id);
CREATE UNIQUE INDEX org_unit_name_under_parent ON org_unit(coalesce(parent_id, 0), name);

CREATE TABLE member (
  id                       INTEGER PRIMARY KEY AUTOINCREMENT,
  name                     TEXT    NOT NULL,
  gender                   TEXT    CHECK (gender IN ('MALE','FEMALE')),
  ethnicity                TEXT,
  birth_date               DATE,
  id_number                TEXT    UNIQUE,
  education                TEXT,
  status                   TEXT    NOT NULL DEFAULT 'FULL' CHECK (status IN ('FULL','PROBATIONARY')),
  category                 TEXT    NOT NULL DEFAULT 'ACTIVE' CHECK (category IN ('ACTIVE','RETIRED','MOBILE')),
  phone                    TEXT,
  joined_on                DATE,
  full_member_on           DATE,
  department_id            INTEGER REFERENCES department(id),
  job_title                TEXT,
  leadership_member        BOOLEAN NOT NULL DEFAULT 0,
  party_affairs_staff      BOOLEAN NOT NULL DEFAULT 0,
  dual_organizational_life BOOLEAN NOT NULL DEFAULT 0,
  left_on                  DATE,
  left_reason              TEXT,
  notes                    TEXT
);
CREATE INDEX member_name ON member(name);

-- 组织关系: a member's branch (and cell, and leading group) over time
CREATE TABLE membership (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id    INTEGER NOT NULL REFERENCES member(id),
  org_unit_id  INTEGER NOT NULL REFERENCES org_unit(id),
  start_on     DATE    NOT NULL,
  end_on       DATE,
  CHECK (end_on IS NULL OR end_on >= start_on)
);
CREATE INDEX membership_unit ON membership(org_unit_id, start_on);
CREATE INDEX membership_member ON membership(member_id);

-- 支部委员会职务: SECRETARY, DEPUTY_SECRETARY, ORGANIZATION_MEMBER, PUBLICITY_MEMBER, DISCIPLINE_MEMBER, COMMITTEE_MEMBER
CREATE TABLE committee_role (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id    INTEGER NOT NULL REFERENCES member(id),
  org_unit_id  INTEGER NOT NULL REFERENCES org_unit(id),
  role         TEXT    NOT NULL CHECK (role IN ('SECRETARY','DEPUTY_SECRETARY','ORGANIZATION_MEMBER','PUBLICITY_MEMBER','DISCIPLINE_MEMBER','COMMITTEE_MEMBER')),
  start_on     DATE    NOT NULL,
  end_on       DATE
);
CREATE INDEX committee_role_unit ON committee_role(org_unit_id);

-- 下沉社区
CREATE TABLE community_posting (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id    INTEGER NOT NULL REFERENCES member(id),
  community    TEXT    NOT NULL,
  start_on     DATE    NOT NULL,
  end_on       DATE
);

-- 三会一课 and the rest of organisational life
CREATE TABLE meeting (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  org_unit_id       INTEGER NOT NULL REFERENCES org_unit(id),
  held_at           TIMESTAMP NOT NULL,
  place             TEXT,
  host_member_id    INTEGER REFERENCES member(id),
  host_name         TEXT,
  recorder_member_id INTEGER REFERENCES member(id),
  recorder_name     TEXT,
  lecturer_member_id INTEGER REFERENCES member(id),
  lecturer_name     TEXT,
  theme             TEXT    NOT NULL,
  minutes           TEXT,
  decisions         TEXT,
  election          BOOLEAN NOT NULL DEFAULT 0,
  notes             TEXT
);
CREATE INDEX meeting_unit_time ON meeting(org_unit_id, held_at);
CREATE INDEX meeting_time ON meeting(held_at);

-- a meeting may count as several types (主题党日 + 党课)
CREATE TABLE meeting_type (
  meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  type         TEXT    NOT NULL CHECK (type IN ('BRANCH_ASSEMBLY','BRANCH_COMMITTEE','CELL_MEETING','PARTY_LESSON','THEMED_PARTY_DAY','ORGANIZATIONAL_LIFE_MEETING','DEMOCRATIC_LIFE_MEETING','MEMBER_APPRAISAL','CENTRAL_GROUP_STUDY')),
  PRIMARY KEY (meeting_id, type)
);
CREATE INDEX meeting_type_type ON meeting_type(type, meeting_id);

CREATE TABLE agenda_item (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  text         TEXT    NOT NULL
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id);

CREATE TABLE meeting_tag (
  meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  tag          TEXT    NOT NULL,
  PRIMARY KEY (meeting_id, tag)
);
CREATE INDEX meeting_tag_tag ON meeting_tag(tag);

-- attendance sheet: one row per expected person
CREATE TABLE attendance (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  member_id    INTEGER NOT NULL REFERENCES member(id),
  status       TEXT    NOT NULL CHECK (status IN ('PRESENT','ON_LEAVE','ABSENT')),
  leave_reason TEXT,
  make_up_on   DATE,
  UNIQUE (meeting_id, member_id)
);
CREATE INDEX attendance_member ON attendance(member_id);

-- 列席: non-voting attendees, members or guests
CREATE TABLE non_voting_attendee (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  member_id    INTEGER REFERENCES member(id),
  name         TEXT    NOT NULL,
  note         TEXT
);
CREATE INDEX non_voting_attendee_meeting ON non_voting_attendee(meeting_id);

-- compliance rules (红黄旗) are data the clerk can change
CREATE TABLE compliance_rule (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  meeting_type  TEXT    NOT NULL,
  unit_kind     TEXT    NOT NULL CHECK (unit_kind IN ('BRANCH','CELL','LEADING_GROUP')),
  period        TEXT    NOT NULL CHECK (period IN ('MONTH','QUARTER','YEAR')),
  required      INTEGER NOT NULL CHECK (required >= 0),
  active        BOOLEAN NOT NULL DEFAULT 1,
  UNIQUE (meeting_type, unit_kind)
);
INSERT INTO compliance_rule (meeting_type, unit_kind, period, required) VALUES
  ('BRANCH_COMMITTEE',            'BRANCH',        'MONTH',   1),
  ('CELL_MEETING',                'CELL',          'MONTH',   1),
  ('THEMED_PARTY_DAY',            'BRANCH',        'MONTH',   1),
  ('BRANCH_ASSEMBLY',             'BRANCH',        'QUARTER', 1),
  ('PARTY_LESSON',                'BRANCH',        'QUARTER', 1),
  ('ORGANIZATIONAL_LIFE_MEETING', 'BRANCH',        'YEAR',    1),
  ('MEMBER_APPRAISAL',            'BRANCH',        'YEAR',    1),
  ('DEMOCRATIC_LIFE_MEETING',     'LEADING_GROUP', 'YEAR',    1);

-- 责任清单
CREATE TABLE responsibility_list (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  year                INTEGER NOT NULL,
  name                TEXT    NOT NULL,
  owner_kind          TEXT    NOT NULL CHECK (owner_kind IN ('LEADING_GROUP','SECRETARY','LEADERSHIP_MEMBER','BRANCH','DEPARTMENT','ORGAN_COMMITTEE')),
  owner_org_unit_id   INTEGER REFERENCES org_unit(id),
  owner_member_id     INTEGER REFERENCES member(id),
  owner_department_id INTEGER REFERENCES department(id),
  copied_from_id      INTEGER REFERENCES responsibility_list(id),
  notes               TEXT
);
CREATE INDEX responsibility_list_year ON responsibility_list(year);

-- items nest up to three levels: category → content → measure
CREATE TABLE responsibility_item (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  list_id             INTEGER NOT NULL REFERENCES responsibility_list(id) ON DELETE CASCADE,
  parent_id           INTEGER REFERENCES responsibility_item(id) ON DELETE CASCADE,
  level               INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 3),
  seq                 INTEGER NOT NULL,
  text                TEXT    NOT NULL,
  owner_text          TEXT,
  responsible_text    TEXT,
  cadence             TEXT    NOT NULL DEFAULT 'YEARLY' CHECK (cadence IN ('ONCE','QUARTERLY','HALF_YEARLY','YEARLY')),
  notes               TEXT
);
CREATE INDEX responsibility_item_list ON responsibility_item(list_id, parent_id, seq);

-- the people responsible for an item (责任人)
CREATE TABLE responsibility_item_owner (
  item_id      INTEGER NOT NULL REFERENCES responsibility_item(id) ON DELETE CASCADE,
  member_id    INTEGER NOT NULL REFERENCES member(id),
  PRIMARY KEY (item_id, member_id)
);

-- 时间节点: each deadline of an item (a quarterly item has four a year)
CREATE TABLE responsibility_deadline (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id      INTEGER NOT NULL REFERENCES responsibility_item(id) ON DELETE CASCADE,
  due_on       DATE    NOT NULL,
  label        TEXT,
  UNIQUE (item_id, due_on)
);
CREATE INDEX responsibility_deadline_due ON responsibility_deadline(due_on);

-- 纪实: nothing is edited away; a correction is a new record pointing at the old one
CREATE TABLE progress_record (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id             INTEGER NOT NULL REFERENCES responsibility_item(id) ON DELETE CASCADE,
  recorded_on         DATE    NOT NULL,
  text                TEXT    NOT NULL,
  recorded_by_member_id INTEGER REFERENCES member(id),
  recorded_by_name    TEXT,
  completes_deadline_id INTEGER REFERENCES responsibility_deadline(id),
  corrects_record_id  INTEGER REFERENCES progress_record(id),
  created_at          TIMESTAMP NOT NULL
);
CREATE INDEX progress_record_item ON progress_record(item_id, recorded_on);

-- 责任书
CREATE TABLE responsibility_letter (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  year         INTEGER NOT NULL,
  list_id      INTEGER REFERENCES responsibility_list(id),
  title        TEXT    NOT NULL,
  party_a      TEXT    NOT NULL,
  party_b      TEXT    NOT NULL,
  signed_on    DATE    NOT NULL,
  notes        TEXT
);

-- 评先创优
CREATE TABLE commendation_title (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  name           TEXT    NOT NULL UNIQUE,
  default_level  TEXT    CHECK (default_level IN ('NATIONAL','PROVINCIAL','MUNICIPAL','BUREAU')),
  recipient_kind TEXT    CHECK (recipient_kind IN ('INDIVIDUAL','COLLECTIVE')),
  period_kind    TEXT    CHECK (period_kind IN ('MONTH','TWO_MONTHS','QUARTER','YEAR')),
  sort_order     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO commendation_title (name, default_level, recipient_kind, period_kind, sort_order) VALUES
  ('月度作风标兵',     'BUREAU',    'INDIVIDUAL', 'MONTH',      1),
  ('双月作风标兵',     'BUREAU',    'INDIVIDUAL', 'TWO_MONTHS', 2),
  ('党员先锋岗',       'BUREAU',    'INDIVIDUAL', 'YEAR',       3),
  ('优秀共产党员',     'MUNICIPAL', 'INDIVIDUAL', 'YEAR',       4),
  ('优秀党务工作者',   'MUNICIPAL', 'INDIVIDUAL', 'YEAR',       5),
  ('先进个人',         'PROVINCIAL','INDIVIDUAL', 'YEAR',       6),
  ('先进党支部',       'MUNICIPAL', 'COLLECTIVE', 'YEAR',       7),
  ('红旗党支部',       'BUREAU',    'COLLECTIVE', 'YEAR',       8),
  ('工人先锋号',       'NATIONAL',  'COLLECTIVE', 'YEAR',       9),
  ('最美基层环保人',   'NATIONAL',  'INDIVIDUAL', 'YEAR',      10);

CREATE TABLE commendation (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  title            TEXT    NOT NULL,
  level            TEXT    NOT NULL CHECK (level IN ('NATIONAL','PROVINCIAL','MUNICIPAL','BUREAU')),
  awarded_by       TEXT,
  awarded_on       DATE    NOT NULL,
  period_kind      TEXT    CHECK (period_kind IN ('MONTH','TWO_MONTHS','QUARTER','YEAR')),
  period_start     DATE,
  period_end       DATE,
  document_number  TEXT,
  notes            TEXT
);
CREATE INDEX commendation_awarded ON commendation(awarded_on);

CREATE TABLE commendation_recipient (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  commendation_id  INTEGER NOT NULL REFERENCES commendation(id) ON DELETE CASCADE,
  kind             TEXT    NOT NULL CHECK (kind IN ('MEMBER','BRANCH','DEPARTMENT','EXTERNAL')),
  member_id        INTEGER REFERENCES member(id),
  org_unit_id      INTEGER REFERENCES org_unit(id),
  department_id    INTEGER REFERENCES department(id),
  external_name    TEXT,
  CHECK ((kind = 'MEMBER' AND member_id IS NOT NULL)
      OR (kind = 'BRANCH' AND org_unit_id IS NOT NULL)
      OR (kind = 'DEPARTMENT' AND department_id IS NOT NULL)
      OR (kind = 'EXTERNAL' AND external_name IS NOT NULL))
);
CREATE INDEX commendation_recipient_c ON commendation_recipient(commendation_id);
CREATE INDEX commendation_recipient_m ON commendation_recipient(member_id);

-- 佐证材料: files stored by SHA-256 in the data folder
CREATE TABLE evidence (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  sha256         TEXT    NOT NULL UNIQUE,
  original_name  TEXT    NOT NULL,
  media_type     TEXT,
  size_bytes     INTEGER NOT NULL,
  title          TEXT,
  caption        TEXT,
  photographer   TEXT,
  taken_on       DATE,
  notes          TEXT,
  added_at       TIMESTAMP NOT NULL
);

-- a file can prove any record: MEETING, PROGRESS_RECORD, RESPONSIBILITY_LETTER, COMMENDATION, MEMBER, …
CREATE TABLE evidence_link (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  evidence_id    INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  record_type    TEXT    NOT NULL CHECK (record_type IN ('MEETING','PROGRESS_RECORD','RESPONSIBILITY_LETTER','COMMENDATION','MEMBER','RESPONSIBILITY_ITEM','ORG_UNIT')),
  record_id      INTEGER NOT NULL,
  UNIQUE (evidence_id, record_type, record_id)
);
CREATE INDEX evidence_link_record ON evidence_link(record_type, record_id);

CREATE TABLE setting (
  key    TEXT PRIMARY KEY,
  value  TEXT
);

-- 审计: who, when, what, before and after. The app offers no edit or delete of these rows.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TIMESTAMP NOT NULL,
  operator    TEXT    NOT NULL,
  table_name  TEXT    NOT NULL,
  record_id   INTEGER,
  action      TEXT    NOT NULL CHECK (action IN ('INSERT','UPDATE','DELETE','IMPORT','RESTORE','SAMPLE')),
  before_json TEXT,
  after_json  TEXT
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
