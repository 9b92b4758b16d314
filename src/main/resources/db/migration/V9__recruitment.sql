-- 发展党员 (decision 0016): one row per person on the way into the party, from the application to 转正.
-- Each stage is a date; a person is at the latest stage with a date. When the 支部党员大会 admits him as
-- 预备党员 a member row is made (member_id) and from then on status and 转正 live on the member; the
-- statutory intervals between the stages are rules as data (logic/recruitment-rules.properties).
CREATE TABLE recruit (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  name             TEXT    NOT NULL,
  gender           TEXT    CHECK (gender IN ('MALE','FEMALE')),
  birth_date       DATE,
  id_number        TEXT    UNIQUE,
  org_unit_id      INTEGER NOT NULL REFERENCES org_unit(id),
  applied_on       DATE    NOT NULL,            -- 递交入党申请书
  talk_on          DATE,                        -- 党组织派人谈话
  activist_on      DATE,                        -- 确定为入党积极分子
  candidate_on     DATE,                        -- 确定为发展对象
  introducer1_id   INTEGER REFERENCES member(id),  -- 入党介绍人 (two 正式党员)
  introducer2_id   INTEGER REFERENCES member(id),
  training_days    INTEGER CHECK (training_days IS NULL OR training_days >= 0),   -- 集中培训
  training_hours   INTEGER CHECK (training_hours IS NULL OR training_hours >= 0),
  review_on        DATE,                        -- 政治审查 concluded
  admitted_on      DATE,                        -- 支部党员大会 admitted him as 预备党员
  admit_meeting_id INTEGER REFERENCES meeting(id),
  approved_on      DATE,                        -- 上级党委 approved
  member_id        INTEGER UNIQUE REFERENCES member(id),
  stopped_on       DATE,                        -- left the pipeline (no longer pursued)
  stop_reason      TEXT,
  notes            TEXT,
  CHECK (talk_on IS NULL OR talk_on >= applied_on),
  CHECK (activist_on IS NULL OR activist_on >= applied_on),
  CHECK (candidate_on IS NULL OR (activist_on IS NOT NULL AND candidate_on >= activist_on)),
  CHECK (admitted_on IS NULL OR (candidate_on IS NOT NULL AND admitted_on >= candidate_on)),
  CHECK (approved_on IS NULL OR (admitted_on IS NOT NULL AND approved_on >= admitted_on)),
  CHECK (member_id IS NULL OR admitted_on IS NOT NULL)
);
CREATE INDEX recruit_unit ON recruit(org_unit_id);
