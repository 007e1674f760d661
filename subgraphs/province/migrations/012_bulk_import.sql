-- Process 10, bulk data entry: CSV uploads of new member records or movements for a commune. An applied upload
-- is recorded with the SHA-256 of its text, so uploading the same file again applies nothing twice; rows carry
-- their own key as well (citizen ID + admission decision number; member + date + destination cell), so a
-- corrected file that repeats rows already applied skips them.
CREATE TYPE import_kind AS ENUM ('NEW_RECORDS', 'MOVEMENTS');

CREATE TABLE member_import (
  id             uuid PRIMARY KEY,
  sha256         char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  kind           import_kind NOT NULL,
  commune_code   char(5) NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
  at             timestamptz NOT NULL DEFAULT now(),
  actor          text NOT NULL,
  row_count      int NOT NULL CHECK (row_count >= 0),
  accepted       int NOT NULL CHECK (accepted >= 0),
  skipped        int NOT NULL CHECK (skipped >= 0),
  rejected_rows  int NOT NULL CHECK (rejected_rows >= 0),
  all_or_nothing boolean NOT NULL,
  UNIQUE (sha256, kind, commune_code)
);

-- the upload a record came from, for tracing bulk-entered data back to its file
ALTER TABLE member ADD COLUMN import_id uuid REFERENCES member_import (id);

-- Cell changes within the province (chuyển sinh hoạt nội bộ): the history a member's cell_id leaves behind.
CREATE TABLE member_cell_change (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id   uuid NOT NULL REFERENCES member (id),
  from_cell_id uuid NOT NULL REFERENCES party_org (id),
  to_cell_id  uuid NOT NULL REFERENCES party_org (id) CHECK (to_cell_id <> from_cell_id),
  moved_on    date NOT NULL,
  decision_no text NOT NULL CHECK (length(decision_no) BETWEEN 1 AND 50),
  import_id   uuid REFERENCES member_import (id),
  actor       text NOT NULL,
  UNIQUE (member_id, moved_on, to_cell_id)
);
-- The commune's cells are found through party_org_commune_idx (migration 040, access), which serves both.
