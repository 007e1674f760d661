-- Process 8 (spec §2 row 7), annual quality rating (xếp loại chất lượng đảng viên) under QĐ 366-QĐ/TW (30/8/2025).
-- One current rating per member and year; a re-rating is a new version with a reason, the old one is kept.

CREATE TYPE quality_level AS ENUM ('HTXS', 'HTT', 'HT', 'KHT');

CREATE TABLE quality_rating (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id     uuid NOT NULL REFERENCES member (id),
  year          int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  version       int NOT NULL CHECK (version >= 1),
  score         smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
  -- The bands of QĐ 366 [V], derived here so no writer can store a level that disagrees with the score:
  -- >= 90 HTXS, 70..89 HTT, 50..69 HT, < 50 KHT.
  level         quality_level NOT NULL GENERATED ALWAYS AS (
                  CASE WHEN score >= 90 THEN 'HTXS'::quality_level
                       WHEN score >= 70 THEN 'HTT'::quality_level
                       WHEN score >= 50 THEN 'HT'::quality_level
                       ELSE 'KHT'::quality_level END) STORED,
  -- the member's cell when rated: the HTXS cap is counted per organisation and year
  org_id        uuid NOT NULL REFERENCES party_org (id),
  approver      text NOT NULL CHECK (length(approver) BETWEEN 3 AND 200),
  decision_date date NOT NULL,
  -- why a rating is corrected; the first version needs none
  reason        text CHECK (reason IS NULL OR length(reason) BETWEEN 3 AND 1000),
  is_current    boolean NOT NULL DEFAULT true,
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  actor         text NOT NULL,
  UNIQUE (member_id, year, version),
  CHECK (version = 1 OR reason IS NOT NULL)
);
-- at most one current rating per member and year (a correction flips the old one off in the same transaction)
CREATE UNIQUE INDEX quality_rating_current_idx ON quality_rating (member_id, year) WHERE is_current;
-- the distribution report and the cap check: current ratings of a year, by organisation
CREATE INDEX quality_rating_year_org_idx ON quality_rating (year, org_id) INCLUDE (level) WHERE is_current;
