-- Period reports as the provinces submitted them: every revision kept, the latest one counts.
CREATE TABLE report_submission (
  province_code char(2) NOT NULL REFERENCES province (code),
  period        char(7) NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  revision      int NOT NULL CHECK (revision >= 1),
  computed_at   timestamptz NOT NULL,
  figures       jsonb NOT NULL,
  checksum      char(64) NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
  reason        text,
  received_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_code, period, revision)
);
-- the national report reads the latest revision per province of one period
CREATE INDEX report_submission_period_idx ON report_submission (period, province_code, revision DESC);

CREATE FUNCTION report_submission_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report_submission is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER report_submission_append_only BEFORE UPDATE OR DELETE ON report_submission
  FOR EACH ROW EXECUTE FUNCTION report_submission_is_append_only();

-- The national check (docs/transfers.md): the latest results the carrier computed over all provinces.
CREATE TABLE national_check (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  checked_at timestamptz NOT NULL DEFAULT now(),
  result     jsonb NOT NULL
);
CREATE INDEX national_check_latest_idx ON national_check (checked_at DESC);
