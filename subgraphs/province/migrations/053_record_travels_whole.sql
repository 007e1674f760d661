-- The record travels whole (issue 13, docs/transfers.md "What travels"): what a transfer brings besides the member
-- row, cards, badges and interruptions.

-- The source's member row after the destination received them: held elsewhere now. Before, it stayed IN_TRANSIT.
ALTER TYPE activity_state ADD VALUE IF NOT EXISTS 'TRANSFERRED_OUT';

-- Party fees (process 7): the months the member was counted in another province, as that province computed them
-- when it issued the transfer (what was due, what was paid). The fee statement shows them and the arrears rule
-- ("unpaid in 3 months of a year") counts them, so a transfer does not reset it; this province's own collection
-- figures never include them (they are not fee_payment rows).
CREATE TABLE fee_month_elsewhere (
  member_id     uuid NOT NULL REFERENCES member (id),
  month         date NOT NULL CHECK (extract(day FROM month) = 1),
  province_code char(2) NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
  basis         fee_basis,
  due_vnd       bigint CHECK (due_vnd >= 0),
  paid_vnd      bigint CHECK (paid_vnd >= 1),
  channel       fee_channel,
  paid_on       date,
  PRIMARY KEY (member_id, month)
);

-- Quality ratings (process 8) given in another province keep where they were given: no organisation of this
-- province rated them, so they count in no organisation's distribution or HTXS cap here, but the member's
-- ratings list them, and a rating here of the same year is a correction of it.
ALTER TABLE quality_rating
  ALTER COLUMN org_id DROP NOT NULL,
  ADD COLUMN rated_in_province char(2) CHECK (rated_in_province ~ '^[0-9]{2}$'),
  ADD COLUMN rated_in_org text CHECK (rated_in_org IS NULL OR length(rated_in_org) BETWEEN 1 AND 300),
  ADD CONSTRAINT quality_rating_where_rated CHECK ((org_id IS NULL) = (rated_in_province IS NOT NULL) AND (rated_in_province IS NULL) = (rated_in_org IS NULL));
