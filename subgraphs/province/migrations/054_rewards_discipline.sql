-- Rewards and discipline of members (khen thưởng, kỷ luật; spec §2 row 8; Điều lệ art. 35, QĐ 69-QĐ/TW 2022):
-- each row is a committee's decision. An expulsion (KHAI_TRU) is also an exit (member_exit, EXPELLED), written by
-- the same path as recordExit (core/memberExit.ts).

CREATE TYPE reward_kind AS ENUM ('GIAY_KHEN', 'BANG_KHEN', 'KHAC');
CREATE TYPE decision_level AS ENUM ('CHI_BO', 'CO_SO', 'CAP_TREN_CO_SO', 'TINH', 'TRUNG_UONG');
CREATE TYPE discipline_measure AS ENUM ('KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU');

CREATE TABLE member_reward (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  member_id   uuid NOT NULL REFERENCES member (id),
  kind        reward_kind NOT NULL,
  level       decision_level NOT NULL,
  title       text NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
  decision_no text NOT NULL CHECK (length(decision_no) BETWEEN 1 AND 100),
  decided_on  date NOT NULL,
  issued_by   text NOT NULL CHECK (length(issued_by) BETWEEN 3 AND 200),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  actor       text NOT NULL,
  -- one reward per member and decision: a retry cannot record it twice
  UNIQUE (member_id, decision_no)
);
-- the list and the month's figures: by decision date
CREATE INDEX member_reward_decided_idx ON member_reward (decided_on) INCLUDE (kind, member_id);

CREATE TABLE member_discipline (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  member_id      uuid NOT NULL REFERENCES member (id),
  measure        discipline_measure NOT NULL,
  level          decision_level NOT NULL,
  decision_no    text NOT NULL CHECK (length(decision_no) BETWEEN 1 AND 100),
  decided_on     date NOT NULL,
  decided_by     text NOT NULL CHECK (length(decided_by) BETWEEN 3 AND 200),
  reason         text NOT NULL CHECK (length(reason) BETWEEN 3 AND 1000),
  post           text CHECK (post IS NULL OR length(post) BETWEEN 3 AND 200),
  in_force_until date,
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  actor          text NOT NULL,
  UNIQUE (member_id, decision_no),
  CHECK ((measure = 'CACH_CHUC') = (post IS NOT NULL)),
  CHECK (in_force_until IS NULL OR (measure <> 'KHAI_TRU' AND in_force_until > decided_on))
);
CREATE INDEX member_discipline_decided_idx ON member_discipline (decided_on) INCLUDE (measure, member_id);
