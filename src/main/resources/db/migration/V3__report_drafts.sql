-- Report drafts (年度党建工作总结): one draft per year, saved from the draft editor and reopened later.
-- The outline a draft was made from is named by key (built-in outlines ship as resources of the app).

CREATE TABLE report_draft (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  year        INTEGER NOT NULL UNIQUE,
  outline     TEXT    NOT NULL,
  title       TEXT    NOT NULL,
  subtitle    TEXT,
  lead        TEXT,
  saved_at    TIMESTAMP NOT NULL
);

-- the sections in order: a heading (level 1 一、, 2 （一）, 3 1.), a bold topic sentence and the narrative
CREATE TABLE report_draft_section (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  draft_id    INTEGER NOT NULL REFERENCES report_draft(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  level       INTEGER NOT NULL DEFAULT 1,  -- 1 to 3, checked by model.ReportDraft.Section
  heading     TEXT    NOT NULL,
  topic       TEXT,
  narrative   TEXT,
  UNIQUE (draft_id, seq)
);

-- what the clerk chose to go into a section: a figure (ReportFigure name), an honour (a commendation
-- title, written as an honour roll in prose) or a photo (an evidence id)
CREATE TABLE report_draft_choice (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  section_id  INTEGER NOT NULL REFERENCES report_draft_section(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  kind        TEXT    NOT NULL CHECK (kind IN ('FIGURE','HONOUR','PHOTO')),
  ref         TEXT    NOT NULL,
  UNIQUE (section_id, seq)
);
CREATE INDEX report_draft_choice_section ON report_draft_choice(section_id);

-- the statistics count deadlines met by progress records (responsibility_deadline ⋈ progress_record on
-- completes_deadline_id, and records corrected by others): without these indexes each deadline scans
-- every record (5.6 s instead of 0.65 s on the large sample)
CREATE INDEX progress_record_completes ON progress_record(completes_deadline_id);
CREATE INDEX progress_record_corrects ON progress_record(corrects_record_id);
