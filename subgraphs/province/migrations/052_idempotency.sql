-- Idempotent writes (README "Idempotent writes", draft-ietf-httpapi-idempotency-key-header): a mutation sent with
-- an Idempotency-Key is recorded here under (principal, key). The first request claims the row (IN_FLIGHT) in a
-- statement of its own before it runs; every write transaction of that request sets `written` on the row in the
-- same transaction as its write (so "did it write?" and the write commit together); when the request ends, a row
-- that was written keeps the response (DONE) and one that was not is deleted, so that a retry runs anew.
CREATE TYPE idempotency_state AS ENUM ('IN_FLIGHT', 'DONE');

CREATE TABLE idempotency_key (
  -- the token's subject: one person's key never answers another's request
  principal   text NOT NULL,
  key         text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
  -- sha256 of the canonical JSON of { query, variables, operationName } as this subgraph received them
  fingerprint char(64) NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  state       idempotency_state NOT NULL DEFAULT 'IN_FLIGHT',
  -- the claim of the request that runs it: a write commits only while its request still holds the claim
  claim       uuid NOT NULL,
  written     boolean NOT NULL DEFAULT false,
  -- the GraphQL response (data and errors, as sent) and its HTTP status, once DONE
  response    jsonb,
  http_status int,
  created_at  timestamptz NOT NULL DEFAULT now(),
  -- IN_FLIGHT and unwritten: the claim lapses after 15 minutes (a process that died holding it); written: 24 hours
  expires_at  timestamptz NOT NULL,
  PRIMARY KEY (principal, key),
  CHECK (state = 'IN_FLIGHT' OR response IS NOT NULL)
);

-- the purge deletes expired rows a few hundred at a time, oldest first
CREATE INDEX idempotency_key_expiry_idx ON idempotency_key (expires_at);
