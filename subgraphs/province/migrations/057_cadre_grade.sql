-- Grade promotions of the cadre system (nâng ngạch; issue 13): the day a cadre entered the current grade, from
-- which the rule's minimum months run (areas/cadres/rules.ts gradePromotionEligibility, config/cadre-rules.json
-- gradePromotions), and the promotions granted.
--
-- Backfill: a cadre at step 1 entered the grade with that step (steps only rise within a grade), so grade_since is
-- the step's date, exactly. For any other step the day is unknown: a step date is later than the grade's (it would
-- understate the time held) and a date worked back from the step intervals a guess (it could make a cadre eligible
-- too early). NULL means unknown: never eligible, with the reason GRADE_SINCE_UNKNOWN, until recordCadre sets it.
ALTER TABLE cadre ADD COLUMN grade_since date;
UPDATE cadre SET grade_since = step_since WHERE step = 1;
-- eligible for promotion as of a day: the cadres whose grade began before a bound (cadres/db.ts gradeCandidates)
CREATE INDEX cadre_grade_since_idx ON cadre (grade_since) WHERE grade_since IS NOT NULL;

-- A grade promotion granted: the grade, level and coefficient it moved; one per cadre and decision, so a retry of
-- the same decision cannot promote twice.
CREATE TABLE cadre_grade_promotion (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cadre_id        uuid NOT NULL REFERENCES cadre (id),
  from_grade_code text NOT NULL CHECK (length(from_grade_code) BETWEEN 1 AND 20),
  from_grade_level grade_level NOT NULL,
  to_grade_code   text NOT NULL CHECK (length(to_grade_code) BETWEEN 1 AND 20 AND to_grade_code <> from_grade_code),
  to_grade_level  grade_level NOT NULL,
  coefficient     numeric(5, 2) NOT NULL CHECK (coefficient > 0 AND coefficient < 20),
  decided_on      date NOT NULL,
  decision_no     text NOT NULL CHECK (length(decision_no) BETWEEN 1 AND 100),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  actor           text NOT NULL,
  UNIQUE (cadre_id, decision_no)
);
