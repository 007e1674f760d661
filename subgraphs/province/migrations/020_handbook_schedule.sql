-- Process 5, the electronic handbook (Sổ tay đảng viên): a meeting is scheduled before it is held, and may be
-- cancelled. The foundation's meetings are all held ones; they keep status HELD (the default) and no
-- scheduled_at (they were recorded without a schedule).
--
-- started_at / ended_at stay NULL until the meeting is held, and are set only then (meeting_times_when_held).
-- That keeps every month filter of the foundation (`started_at >= … AND started_at < …`: report(), meetings())
-- counting held meetings only, unchanged: a comparison with NULL is never true.
CREATE TYPE meeting_status AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

ALTER TABLE meeting
  ADD COLUMN status        meeting_status NOT NULL DEFAULT 'HELD',
  ADD COLUMN scheduled_at  timestamptz,
  ADD COLUMN cancel_reason text CHECK (length(cancel_reason) BETWEEN 3 AND 1000),
  ALTER COLUMN started_at DROP NOT NULL,
  ALTER COLUMN ended_at DROP NOT NULL,
  ADD CONSTRAINT meeting_times_when_held CHECK (CASE WHEN status = 'HELD'
    THEN started_at IS NOT NULL AND ended_at IS NOT NULL
    ELSE started_at IS NULL AND ended_at IS NULL END),
  ADD CONSTRAINT meeting_scheduled_has_time CHECK (status = 'HELD' OR scheduled_at IS NOT NULL),
  ADD CONSTRAINT meeting_cancel_reason CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL));

-- meetings not yet held, by planned time: handbookMeetings(month) and the report's scheduled count
CREATE INDEX meeting_planned_month_idx ON meeting (scheduled_at, id) WHERE started_at IS NULL;
