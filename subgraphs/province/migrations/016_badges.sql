-- Process 4, Party badges (Huy hiệu Đảng). Party age runs from the admission decision date minus the periods the
-- member was out of the Party (HD 01-HD/TW §18): member_interruption holds those periods; badge_award the awards.
CREATE TYPE interruption_kind AS ENUM ('EXPELLED', 'REMOVED', 'LOST_CONTACT', 'TRANSFER_GAP');
CREATE TYPE ceremony AS ENUM ('FEB3', 'MAY19', 'SEP2', 'NOV7');
CREATE TYPE early_award_reason AS ENUM ('GRAVELY_ILL', 'POSTHUMOUS');

-- Out from from_on (the day the interruption began) until to_on (the day membership was restored): to_on - from_on
-- days out. Recorded once it has ended, so both dates are known.
CREATE TABLE member_interruption (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id   uuid NOT NULL REFERENCES member (id),
  kind        interruption_kind NOT NULL,
  from_on     date NOT NULL,
  to_on       date NOT NULL CHECK (to_on > from_on),
  decision_no text CHECK (length(decision_no) BETWEEN 1 AND 100)
);
CREATE INDEX member_interruption_member_idx ON member_interruption (member_id, from_on) INCLUDE (to_on);

CREATE TABLE badge_award (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id    uuid NOT NULL REFERENCES member (id),
  milestone    smallint NOT NULL CHECK (milestone IN (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)),
  ceremony     ceremony NOT NULL,
  year         int NOT NULL CHECK (year BETWEEN 1960 AND 2200),
  eligible_on  date NOT NULL,
  decision_no  text NOT NULL CHECK (length(decision_no) BETWEEN 1 AND 100),
  posthumous   boolean NOT NULL DEFAULT false,
  early_reason early_award_reason,
  -- one badge per milestone per member (awardBadge refuses a duplicate with a field error first)
  UNIQUE (member_id, milestone)
);
-- awards of a ceremony (report: awarded per milestone)
CREATE INDEX badge_award_ceremony_idx ON badge_award (year, ceremony, milestone);

-- badgesDue: members whose admission + N years falls in a ceremony's window, found by range on this index
CREATE INDEX member_badge_due_idx ON member (admission_decision_date);
