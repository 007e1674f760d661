-- Process 7 (spec §2 row 6), party fees (đảng phí) under Quy định 01-QĐ/TW (3/2/2026). The rates are NOT here:
-- they are configuration (config/fee-rates.json, effective from a month on), so a rate change needs no migration.
-- What is stored is each member's basis (what the fee is computed from) and what was paid.

CREATE TYPE fee_basis AS ENUM ('SOCIAL_INSURANCE', 'PENSION', 'STUDENT', 'OTHER', 'EXEMPT');
CREATE TYPE fee_exemption_reason AS ENUM ('PARTY_AGE_50', 'SOCIAL_PENSION', 'HARDSHIP');
CREATE TYPE fee_channel AS ENUM ('CASH', 'DVC_PORTAL');

-- A member's basis from a month on (first day of the month), until the next entry's month. Setting a basis again
-- for the same month replaces it; the audit row keeps the replaced values.
CREATE TABLE fee_basis_entry (
  member_id         uuid NOT NULL REFERENCES member (id),
  effective_month   date NOT NULL CHECK (extract(day FROM effective_month) = 1),
  basis             fee_basis NOT NULL,
  -- salary for compulsory social insurance, pension, or the other income (sick/maternity benefit), whole VND a month
  base_amount_vnd   bigint CHECK (base_amount_vnd BETWEEN 1 AND 1000000000),
  reduction_pct     smallint NOT NULL DEFAULT 0 CHECK (reduction_pct BETWEEN 0 AND 99),
  -- a reduction lasts this many months from effective_month (Quy định 01: at most 12)
  reduction_months  smallint NOT NULL DEFAULT 0 CHECK (reduction_months BETWEEN 0 AND 120),
  exemption_reason  fee_exemption_reason,
  note              text CHECK (note IS NULL OR length(note) BETWEEN 1 AND 500),
  recorded_at       timestamptz NOT NULL DEFAULT now(),
  actor             text NOT NULL,
  PRIMARY KEY (member_id, effective_month),
  CHECK ((basis IN ('SOCIAL_INSURANCE', 'PENSION', 'OTHER')) = (base_amount_vnd IS NOT NULL)),
  CHECK ((basis = 'EXEMPT') = (exemption_reason IS NOT NULL)),
  CHECK ((reduction_pct = 0) = (reduction_months = 0)),
  CHECK (basis <> 'EXEMPT' OR reduction_pct = 0)
);

-- One payment per member and month owed (idempotent: a replay of the same payment writes nothing).
-- basis and amount_due_vnd are what was owed when the payment was recorded, kept for the receipt.
CREATE TABLE fee_payment (
  member_id      uuid NOT NULL REFERENCES member (id),
  month          date NOT NULL CHECK (extract(day FROM month) = 1),
  amount_vnd     bigint NOT NULL CHECK (amount_vnd BETWEEN 1 AND 1000000000),
  amount_due_vnd bigint NOT NULL CHECK (amount_due_vnd >= 0 AND amount_vnd >= amount_due_vnd),
  basis          fee_basis NOT NULL,
  channel        fee_channel NOT NULL,
  paid_on        date NOT NULL,
  receipt_no     text CHECK (receipt_no IS NULL OR length(receipt_no) BETWEEN 1 AND 50),
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  actor          text NOT NULL,
  PRIMARY KEY (member_id, month)
);
-- the monthly report and the arrears scan read payments by month
CREATE INDEX fee_payment_month_idx ON fee_payment (month) INCLUDE (member_id, amount_vnd);
