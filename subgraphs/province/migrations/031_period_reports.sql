-- Period reports submitted to the Centre. A submitted period is locked: a later correction is a new revision
-- with a reason, never an overwrite (the rows are append-only, like audit_log). The rows with pushed_at NULL
-- are the outbox the carrier delivers to the Centre (docs/period-reports.md).
CREATE TABLE report_submission (
  period       char(7) NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  revision     int NOT NULL CHECK (revision >= 1),
  computed_at  timestamptz NOT NULL,
  -- the figures, canonical JSON; checksum = sha256 of the canonical JSON of {province, period, figures}
  figures      jsonb NOT NULL,
  checksum     char(64) NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
  reason       text CHECK (length(reason) BETWEEN 3 AND 1000),
  actor        text NOT NULL,
  -- when the Centre acknowledged it
  pushed_at    timestamptz,
  PRIMARY KEY (period, revision),
  -- a correction says why
  CHECK (revision = 1 OR reason IS NOT NULL)
);
CREATE INDEX report_submission_outbox_idx ON report_submission (period, revision) WHERE pushed_at IS NULL;

-- Only pushed_at may change (once, from NULL): a submission is never rewritten.
CREATE FUNCTION report_submission_is_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.pushed_at IS NOT NULL
     OR (to_jsonb(NEW) - 'pushed_at') <> (to_jsonb(OLD) - 'pushed_at') THEN
    RAISE EXCEPTION 'report_submission % %: a submitted period is locked (% refused)', OLD.period, OLD.revision, TG_OP;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER report_submission_locked BEFORE UPDATE OR DELETE ON report_submission
  FOR EACH ROW EXECUTE FUNCTION report_submission_is_locked();
