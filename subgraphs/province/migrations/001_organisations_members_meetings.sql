-- The provincial party-member schema (foundation). Sized for Hanoi at full scale: ~500,000 members,
-- ~16,000 cells, 12 monthly meetings per cell per year with attendance per member (~6 million rows a year).

CREATE TYPE org_level AS ENUM ('TINH', 'XA', 'CAP_TREN_CO_SO', 'DANG_BO_CO_SO', 'CHI_BO_CO_SO', 'CHI_BO', 'TO_DANG');
CREATE TYPE member_status AS ENUM ('DU_BI', 'CHINH_THUC');
CREATE TYPE activity_state AS ENUM ('ACTIVE', 'EXEMPT', 'IN_TRANSIT', 'DECEASED', 'REMOVED', 'EXPELLED', 'RESIGNED');
CREATE TYPE sex AS ENUM ('NAM', 'NU');
CREATE TYPE meeting_type AS ENUM ('REGULAR', 'THEMATIC', 'COMBINED', 'EXTRAORDINARY');
CREATE TYPE presence AS ENUM ('PRESENT', 'EXCUSED', 'UNEXCUSED');

-- The organisation tree: provincial committee -> commune/ward committees -> grassroots organisations -> cells.
CREATE TABLE party_org (
  id           uuid PRIMARY KEY,
  parent_id    uuid REFERENCES party_org (id),
  level        org_level NOT NULL,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  commune_code char(5) CHECK (commune_code ~ '^[0-9]{5}$'),
  active       boolean NOT NULL DEFAULT true,
  CHECK ((level = 'TINH') = (parent_id IS NULL))
);
CREATE INDEX party_org_children_idx ON party_org (parent_id, id);
-- exactly one root per province database
CREATE UNIQUE INDEX party_org_one_root_idx ON party_org ((true)) WHERE parent_id IS NULL;

CREATE TABLE member (
  id                      uuid PRIMARY KEY,              -- national member id, travels with the member
  citizen_id              char(12) NOT NULL CHECK (citizen_id ~ '^[0-9]{12}$'),
  full_name               text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
  sex                     sex NOT NULL,
  birth_date              date NOT NULL,
  ethnicity_code          varchar(4),
  religion_code           varchar(4),
  admission_decision_date date NOT NULL,
  official_date           date CHECK (official_date >= admission_decision_date),
  status                  member_status NOT NULL,
  state                   activity_state NOT NULL DEFAULT 'ACTIVE',
  cell_id                 uuid NOT NULL REFERENCES party_org (id),
  -- The period during which THIS province counts the member: from admission here or receipt of a transfer
  -- in, until exit or receipt of a transfer out by the destination. Reports count joined_on <= d < left_on.
  joined_on               date NOT NULL,
  left_on                 date CHECK (left_on >= joined_on),
  CHECK ((status = 'CHINH_THUC') = (official_date IS NOT NULL))
);
-- a citizen holds at most one live record in a province
CREATE UNIQUE INDEX member_citizen_live_idx ON member (citizen_id) WHERE left_on IS NULL;
-- keyset pages: by id, optionally within a cell
CREATE INDEX member_cell_page_idx ON member (cell_id, id);
CREATE INDEX member_status_page_idx ON member (status, id);
-- the period report scans this covering index only (index-only scan, no heap at 500,000 rows)
CREATE INDEX member_report_idx ON member (joined_on) INCLUDE (left_on, official_date, sex);

CREATE TABLE meeting (
  id                uuid PRIMARY KEY,
  cell_id           uuid NOT NULL REFERENCES party_org (id),
  type              meeting_type NOT NULL,
  topic             text NOT NULL CHECK (length(topic) BETWEEN 1 AND 500),
  started_at        timestamptz NOT NULL,
  ended_at          timestamptz NOT NULL CHECK (ended_at > started_at),
  docs_published_at timestamptz
);
-- meetings of a month (the report and meetings(month) page through this)
CREATE INDEX meeting_month_page_idx ON meeting (started_at, id);
CREATE INDEX meeting_cell_idx ON meeting (cell_id, started_at);

-- One row per expected member (exempt members are not expected, so they have no row).
CREATE TABLE attendance (
  meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  member_id  uuid NOT NULL REFERENCES member (id),
  presence   presence NOT NULL,
  PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX attendance_member_idx ON attendance (member_id);
