-- Process 6, directives down and feedback up: a committee (the provincial committee, level TINH, or a commune
-- committee, level XA) publishes a directive to an audience of organisations; every handbook user whose cell
-- lies in the subtree of an audience organisation sees it, may mark it read and may answer with feedback.
-- The audience's members are not copied: they are found through the organisation tree when asked (a
-- provincial directive to the whole tree would otherwise copy ~500,000 rows in Hà Nội).
CREATE TYPE feedback_status AS ENUM ('OPEN', 'ANSWERED', 'CLOSED');

CREATE TABLE directive (
  id            uuid PRIMARY KEY,
  issuer_org_id uuid NOT NULL REFERENCES party_org (id),
  title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  doc_no        text CHECK (length(doc_no) BETWEEN 1 AND 50),
  body          text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  published_at  timestamptz NOT NULL,
  published_by  text NOT NULL
);
-- directives(), newest first
CREATE INDEX directive_page_idx ON directive (published_at DESC, id DESC);

CREATE TABLE directive_audience (
  directive_id uuid NOT NULL REFERENCES directive (id),
  org_id       uuid NOT NULL REFERENCES party_org (id),
  PRIMARY KEY (directive_id, org_id)
);
-- a member's directives: the audience rows of the member's cell and its ancestors
CREATE INDEX directive_audience_org_idx ON directive_audience (org_id, directive_id);

-- Read receipts: the first read only (marking read again changes nothing).
CREATE TABLE directive_read (
  directive_id uuid NOT NULL REFERENCES directive (id),
  member_id    uuid NOT NULL REFERENCES member (id),
  read_at      timestamptz NOT NULL,
  PRIMARY KEY (directive_id, member_id)
);
CREATE INDEX directive_read_member_idx ON directive_read (member_id, directive_id);

CREATE TABLE directive_feedback (
  id           uuid PRIMARY KEY,
  directive_id uuid NOT NULL REFERENCES directive (id),
  member_id    uuid NOT NULL REFERENCES member (id),
  body         text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at   timestamptz NOT NULL,
  status       feedback_status NOT NULL DEFAULT 'OPEN',
  answer       text CHECK (length(answer) BETWEEN 1 AND 5000),
  answered_at  timestamptz,
  answered_by  text,
  -- OPEN until answered; ANSWERED or CLOSED carry the answer, when and by whom
  CHECK ((status = 'OPEN') = (answer IS NULL)),
  CHECK ((answer IS NULL) = (answered_at IS NULL) AND (answer IS NULL) = (answered_by IS NULL)),
  CHECK (answered_at >= created_at)
);
-- openFeedback(), oldest first
CREATE INDEX directive_feedback_open_idx ON directive_feedback (created_at, id) WHERE status = 'OPEN';
CREATE INDEX directive_feedback_directive_idx ON directive_feedback (directive_id, created_at, id);
CREATE INDEX directive_feedback_member_idx ON directive_feedback (member_id);
