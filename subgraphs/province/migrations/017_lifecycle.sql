-- Process 9 (exemption from work and activities) and process 10 (exits). Both keep their dates, so the report
-- answers "as of" any past day: exempt on d when starts_on <= d and (ends_on IS NULL OR ends_on > d); an exit
-- sets member.left_on to its date, which ends the member's count (joined_on <= d < left_on).
CREATE TYPE exemption_reason AS ENUM ('OLD_AGE', 'POOR_HEALTH');
CREATE TYPE exit_type AS ENUM ('DECEASED', 'REMOVED', 'EXPELLED', 'RESIGNED');

CREATE TABLE member_exemption (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id         uuid NOT NULL REFERENCES member (id),
  reason            exemption_reason NOT NULL,
  starts_on         date NOT NULL,
  resolution_no     text NOT NULL CHECK (length(resolution_no) BETWEEN 1 AND 100),
  -- ended by a chi bộ resolution (endExemption) or by the member's exit (then the exit's decision number)
  ends_on           date CHECK (ends_on >= starts_on),
  end_resolution_no text CHECK (length(end_resolution_no) BETWEEN 1 AND 100),
  CHECK ((ends_on IS NULL) = (end_resolution_no IS NULL))
);
-- at most one open exemption per member
CREATE UNIQUE INDEX member_exemption_open_idx ON member_exemption (member_id) WHERE ends_on IS NULL;
CREATE INDEX member_exemption_member_idx ON member_exemption (member_id, starts_on);
-- exempt on d (report, exemptMembers)
CREATE INDEX member_exemption_asof_idx ON member_exemption (starts_on) INCLUDE (ends_on, member_id);

CREATE TABLE member_exit (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id   uuid NOT NULL REFERENCES member (id),
  type        exit_type NOT NULL,
  exited_on   date NOT NULL,
  decision_no text NOT NULL CHECK (length(decision_no) BETWEEN 1 AND 100),
  reason      text CHECK (length(reason) BETWEEN 1 AND 1000)
);
CREATE INDEX member_exit_member_idx ON member_exit (member_id);
-- exits in a period, by type (report, exits)
CREATE INDEX member_exit_period_idx ON member_exit (exited_on, type);
