-- Process 4, transfers between provinces (chuyển sinh hoạt đảng). One row per national transfer id, in the
-- source (direction OUT) and in the destination (direction IN); neither side mints its own id. The rows are
-- also the transactional outbox: the carrier finds its work by state (docs/transfers.md), and every state
-- change is written in the same transaction as the member change it goes with.
CREATE TYPE transfer_kind AS ENUM ('OFFICIAL', 'TEMPORARY');
CREATE TYPE transfer_direction AS ENUM ('OUT', 'IN');
-- OVERDUE is not stored: it is ISSUED seen after the deadline, so it can never be stale.
CREATE TYPE transfer_state AS ENUM ('ISSUED', 'CANCEL_REQUESTED', 'RECEIVED', 'CANCELLED', 'REJECTED');

CREATE TABLE transfer (
  id             uuid PRIMARY KEY,                 -- national transfer id, created by the source
  direction      transfer_direction NOT NULL,
  kind           transfer_kind NOT NULL,
  member_id      uuid NOT NULL,                    -- national member id (no FK: an IN tombstone has no member row)
  from_province  char(2) NOT NULL CHECK (from_province ~ '^[0-9]{2}$'),
  to_province    char(2) NOT NULL CHECK (to_province ~ '^[0-9]{2}$' AND to_province <> from_province),
  to_org_id      uuid NOT NULL,                    -- the receiving cell, an id of the destination's tree
  letter_no      text NOT NULL CHECK (length(letter_no) BETWEEN 1 AND 50),
  issued_on      date NOT NULL,
  state          transfer_state NOT NULL,
  -- the member's state before the transfer (OUT: restored on cancel or rejection)
  previous_state activity_state NOT NULL,
  received_on    date CHECK (received_on >= issued_on),
  -- why the destination rejected it, or why the source asked to cancel
  reason         text CHECK (length(reason) BETWEEN 1 AND 1000),
  -- the record that travels with the member (canonical JSON, see src/transfers/record.ts)
  record         jsonb NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  -- OUT: when the destination's decision was applied here (the acknowledgement)
  -- IN: when the carrier confirmed that the source applied it (ends the double-count window, docs/transfers.md)
  settled_at     timestamptz,
  CHECK ((state = 'RECEIVED') = (received_on IS NOT NULL)),
  CHECK (direction = 'OUT' OR state IN ('RECEIVED', 'CANCELLED', 'REJECTED'))
);
-- a member has at most one open transfer out
CREATE UNIQUE INDEX transfer_open_member_idx ON transfer (member_id)
  WHERE direction = 'OUT' AND state IN ('ISSUED', 'CANCEL_REQUESTED');
-- the carrier's work: open transfers out, and receipts in not yet confirmed
CREATE INDEX transfer_outbox_idx ON transfer (direction, state) WHERE settled_at IS NULL;
-- lists of transfers, newest first
CREATE INDEX transfer_list_idx ON transfer (direction, issued_on DESC, id);
CREATE INDEX transfer_member_idx ON transfer (member_id);
