-- Process 1, admission: outstanding candidates (quần chúng ưu tú) with their two introducers, the admission
-- decision (kết nạp) that makes them probationary members, and the cell resolution that makes them official.
CREATE TYPE candidate_state AS ENUM ('PENDING', 'ADMITTED');

CREATE TABLE candidate (
  id                      uuid PRIMARY KEY,
  citizen_id              char(12) NOT NULL CHECK (citizen_id ~ '^[0-9]{12}$'),
  full_name               text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
  sex                     sex NOT NULL,
  birth_date              date NOT NULL,
  ethnicity_code          varchar(4),
  religion_code           varchar(4),
  birthplace              text,
  hometown                text,
  phone                   text,
  occupation              text,
  education_general       text,
  education_professional  text,
  political_theory        political_theory,
  cell_id                 uuid NOT NULL REFERENCES party_org (id),
  -- two official members of this province who vouch for the candidate (Điều lệ art. 4)
  introducer_ids          uuid[] NOT NULL CHECK (cardinality(introducer_ids) = 2 AND introducer_ids[1] <> introducer_ids[2]),
  -- certificate of the course "Nhận thức về Đảng"
  awareness_certificate_on date,
  registered_on           date NOT NULL,
  state                   candidate_state NOT NULL DEFAULT 'PENDING',
  member_id               uuid REFERENCES member (id),
  decision_no             text,
  decision_date           date CHECK (decision_date >= registered_on),
  -- approval of the provincial committee, required for a candidate over the age limit
  provincial_approval_no  text,
  CHECK ((state = 'ADMITTED') = (member_id IS NOT NULL AND decision_date IS NOT NULL AND decision_no IS NOT NULL))
);
-- one open candidacy per citizen
CREATE UNIQUE INDEX candidate_citizen_pending_idx ON candidate (citizen_id) WHERE state = 'PENDING';
-- the pipeline report and the candidates list (keyset by id within a state)
CREATE INDEX candidate_state_page_idx ON candidate (state, id);
CREATE INDEX candidate_registered_idx ON candidate (registered_on) INCLUDE (decision_date, state);

-- The chi bộ resolution recognising a probationary member as official (nghị quyết công nhận chính thức).
CREATE TABLE official_recognition (
  member_id       uuid PRIMARY KEY REFERENCES member (id),
  resolution_no   text NOT NULL CHECK (length(resolution_no) BETWEEN 1 AND 50),
  resolution_date date NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  actor           text NOT NULL
);

-- admissions of a period: members admitted here (joined_on = admission) by decision date
CREATE INDEX member_admission_idx ON member (admission_decision_date) WHERE joined_on = admission_decision_date;
-- probationary members overdue for recognition
CREATE INDEX member_probation_idx ON member (admission_decision_date) WHERE official_date IS NULL AND left_on IS NULL;
