-- The province's cadre system (issue 13; spec §6): the cadres under the provincial committee's management (cán bộ
-- thuộc diện cấp ủy quản lý), their salary step, raises, check-ups and annual evaluations. The rules that turn
-- these rows into due dates are configuration applied in code (areas/cadres/rules.ts, config/cadre-rules.json).
--
-- Discipline, one rule: a cadre who is a member has the Party's disciplinary decisions already recorded in
-- member_discipline (migration 054); the cadre system reads them there, so a decision is recorded once and a
-- correction of it cannot leave a second copy behind. Only a cadre who is not a member (member_id NULL) has
-- measures here, in cadre_discipline; the area's code refuses a row here for a member-cadre.

CREATE TYPE cadre_level AS ENUM ('CENTRAL', 'PROVINCIAL', 'COMMUNE');
CREATE TYPE grade_level AS ENUM ('SENIOR_EXPERT', 'UNIVERSITY', 'COLLEGE', 'BELOW_COLLEGE');
CREATE TYPE evaluation_result AS ENUM (
  'HOAN_THANH_XUAT_SAC_NHIEM_VU', 'HOAN_THANH_TOT_NHIEM_VU', 'HOAN_THANH_NHIEM_VU', 'KHONG_HOAN_THANH_NHIEM_VU'
);

CREATE TABLE cadre (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- the member record when the cadre is a member of this province; one cadre record per member
  member_id     uuid UNIQUE REFERENCES member (id),
  full_name     text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 100),
  birth_date    date NOT NULL,
  sex           sex NOT NULL,
  position      text NOT NULL CHECK (length(position) BETWEEN 3 AND 200),
  cadre_level   cadre_level NOT NULL,
  salary_scale  text NOT NULL CHECK (length(salary_scale) BETWEEN 1 AND 50),
  grade_code    text NOT NULL CHECK (length(grade_code) BETWEEN 1 AND 20),
  grade_level   grade_level NOT NULL,
  step          smallint NOT NULL CHECK (step BETWEEN 1 AND 20),
  coefficient   numeric(5, 2) NOT NULL CHECK (coefficient > 0 AND coefficient < 20),
  -- the day the current step was granted, from which its months run
  step_since    date NOT NULL,
  last_checkup  date,
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  actor         text NOT NULL
);
-- raises due in a range: a due date is step_since plus at least (shortest interval - longest early raise), so the
-- list reads the cadres whose step began before a bound (cadres/db.ts stepCandidates)
CREATE INDEX cadre_step_since_idx ON cadre (step_since);
-- retirements due in a range: the birth dates whose statutory age falls in it (cadres/db.ts retirementCandidates)
CREATE INDEX cadre_birth_date_idx ON cadre (birth_date);
-- check-ups overdue or due as of a day: the last check-up before a bound, or none
CREATE INDEX cadre_last_checkup_idx ON cadre (last_checkup NULLS FIRST);

-- A step raise granted: the step, coefficient and step date it moved; early_months > 0 for an early raise, which
-- counts against the year's quota.
CREATE TABLE cadre_step_raise (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cadre_id     uuid NOT NULL REFERENCES cadre (id),
  from_step    smallint NOT NULL,
  to_step      smallint NOT NULL CHECK (to_step = from_step + 1),
  coefficient  numeric(5, 2) NOT NULL CHECK (coefficient > 0 AND coefficient < 20),
  raised_on    date NOT NULL,
  early_months smallint NOT NULL DEFAULT 0 CHECK (early_months BETWEEN 0 AND 60),
  decision_no  text NOT NULL CHECK (length(decision_no) BETWEEN 1 AND 100),
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  actor        text NOT NULL,
  -- a step is reached once: a retry of the same raise cannot move the cadre twice
  UNIQUE (cadre_id, to_step)
);
-- the year's early raises against the quota
CREATE INDEX cadre_step_raise_early_idx ON cadre_step_raise (raised_on) WHERE early_months > 0;

-- Measures against a cadre who is not a member (see the rule above).
CREATE TABLE cadre_discipline (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cadre_id    uuid NOT NULL REFERENCES cadre (id),
  measure     discipline_measure NOT NULL CHECK (measure <> 'KHAI_TRU'),
  decided_on  date NOT NULL,
  decision_no text NOT NULL CHECK (length(decision_no) BETWEEN 1 AND 100),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  actor       text NOT NULL,
  UNIQUE (cadre_id, decision_no)
);

-- The annual evaluation (đánh giá, xếp loại hằng năm): one per cadre and year.
CREATE TABLE cadre_evaluation (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cadre_id     uuid NOT NULL REFERENCES cadre (id),
  year         smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  result       evaluation_result NOT NULL,
  evaluated_on date NOT NULL,
  evaluated_by text NOT NULL CHECK (length(evaluated_by) BETWEEN 3 AND 200),
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  actor        text NOT NULL,
  -- one per cadre and year; also serves "not yet evaluated for a year" (an anti-join by cadre and year)
  UNIQUE (cadre_id, year)
);
CREATE INDEX cadre_evaluation_year_idx ON cadre_evaluation (year, cadre_id);
