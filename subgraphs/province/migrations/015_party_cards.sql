-- Process 3, party cards (thẻ đảng viên). A member holds at most one valid card; a reissued, lost, recovered or
-- family-kept card stays as history with the day it stopped being valid, so "without a card on day d" is exact
-- for any past d: a card is valid on d when issued_on <= d and (ended_on IS NULL OR ended_on > d).
CREATE TYPE card_status AS ENUM ('ACTIVE', 'REISSUED', 'LOST', 'RECOVERED', 'KEPT_BY_FAMILY');
CREATE TYPE card_reissue_reason AS ENUM ('LOST', 'DAMAGED', 'DETAILS_CHANGED', 'NATIONWIDE_REISSUE');

CREATE TABLE party_card (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id      uuid NOT NULL REFERENCES member (id),
  -- opaque: no public format spec, and the 2025 nationwide reissue (CT 51-CT/TW) brought new numbers
  number         text NOT NULL CHECK (length(number) BETWEEN 1 AND 30),
  issued_on      date NOT NULL,
  decision_no    text NOT NULL CHECK (length(decision_no) BETWEEN 1 AND 100),
  status         card_status NOT NULL DEFAULT 'ACTIVE',
  ended_on       date CHECK (ended_on >= issued_on),
  -- the card this one was issued in place of, and why
  replaces_id    bigint REFERENCES party_card (id),
  reissue_reason card_reissue_reason,
  CHECK ((status = 'ACTIVE') = (ended_on IS NULL)),
  CHECK ((replaces_id IS NULL) = (reissue_reason IS NULL))
);
CREATE UNIQUE INDEX party_card_number_idx ON party_card (number);
-- at most one valid card per member (issueCard and reissueCard also check it, with a field error)
CREATE UNIQUE INDEX party_card_one_active_idx ON party_card (member_id) WHERE status = 'ACTIVE';
-- a member's cards, oldest first (Member.cards) and the "valid on d" test of the report
CREATE INDEX party_card_member_idx ON party_card (member_id, issued_on) INCLUDE (ended_on);
-- cards issued in a period (report: issued / reissued)
CREATE INDEX party_card_issued_idx ON party_card (issued_on) INCLUDE (replaces_id);
