-- Who did what, when: one row per write (and, with authentication, per read of personal records).
-- Append-only: the trigger refuses UPDATE and DELETE, so the log cannot be edited after the fact.
CREATE TABLE audit_log (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  actor      text NOT NULL,
  role       text NOT NULL,
  operation  text NOT NULL,
  member_ids uuid[] NOT NULL DEFAULT '{}',
  details    jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_member_idx ON audit_log USING gin (member_ids);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Versioned corrections of a member record (process 2, phiếu bổ sung 3-HSĐV): never an overwrite without trace.
-- `changes` maps each changed column to {"from": old, "to": new}.
CREATE TABLE member_correction (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id uuid NOT NULL REFERENCES member (id),
  version   int NOT NULL,
  at        timestamptz NOT NULL DEFAULT now(),
  actor     text NOT NULL,
  reason    text NOT NULL CHECK (length(reason) BETWEEN 3 AND 1000),
  changes   jsonb NOT NULL,
  UNIQUE (member_id, version)
);
