-- Report summaries, second part (issue 9; docs/report-summaries.md): the figures of cards, badges, the handbook,
-- directives and transfers, kept like migration 050's (same tallies, same span arithmetic, same deferral and
-- compaction) by the statement-level triggers at the end of this file. rs_rebuild_areas() recomputes them from
-- the raw rows with the same functions; core/reportSummaries.ts calls it after rs_rebuild().
--
-- Figure names: cards.*, badges.*, handbook.*, directives.*, transfers.* (report_delta / report_count), and one
-- day-granular figure (transfers.overdue_out in report_day_delta, below). What depends on more than one row is
-- kept per key: meeting_flag_summary (a meeting's flags, which depend on its roll) and excused_streak_summary
-- (the day in each year a member's run of excused absences first exceeds the limit).

-- The handbook rules (areas/handbook/rules.ts) and the transfer deadline (areas/exchange/rules.ts) as committed;
-- the subgraph writes its own at start (areas/reportSummaries.ts) and rebuilds on a difference.
INSERT INTO report_summary_setting (name, value) VALUES
  ('handbook', '{"min_minutes": 90, "min_combined_minutes": 120, "low_attendance_percent": 85, "docs_lead_minutes": 1440, "max_excused_in_a_row": 3}'),
  ('transfers', '{"due_days": 30}')
ON CONFLICT (name) DO NOTHING;

CREATE FUNCTION rs_handbook_rule(key text) RETURNS int LANGUAGE sql STABLE
  RETURN (SELECT (value->>key)::int FROM report_summary_setting WHERE name = 'handbook');
CREATE FUNCTION rs_transfer_due_days() RETURNS int LANGUAGE sql STABLE
  RETURN (SELECT (value->>'due_days')::int FROM report_summary_setting WHERE name = 'transfers');

-- "Overdue transfers out" is counted on least(the period's last day, today): for the current month it is today's
-- figure, which a monthly tally cannot give. Its spans go to a tally by day instead: the value on day D is the
-- sum of n over rows with day <= D (a span [f, u) adds +n at f and -n at u), so nothing happens at a day's turn.
CREATE TABLE report_day_delta (
  figure text NOT NULL,
  day    date NOT NULL,
  n      bigint NOT NULL
);
CREATE INDEX report_day_delta_day_idx ON report_day_delta (day) INCLUDE (figure, n);

CREATE FUNCTION rs_day_deltas(spans rs_span[]) RETURNS TABLE (figure text, day date, n bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT x.figure, x.day, sum(x.n)::bigint FROM (
    SELECT s.figure, s.f AS day, s.n FROM unnest(spans) s WHERE s.f IS NOT NULL AND (s.u IS NULL OR s.f < s.u)
    UNION ALL
    SELECT s.figure, s.u, -s.n FROM unnest(spans) s WHERE s.f IS NOT NULL AND s.u IS NOT NULL AND s.f < s.u
  ) x GROUP BY 1, 2 HAVING sum(x.n) <> 0
$$;

-- rs_wrote (050) folds report_delta and report_count one write in 200; the same writes fold the day tally.
CREATE FUNCTION rs_wrote_areas() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rs_wrote();
  IF currval('report_summary_writes') % 200 = 0 AND pg_try_advisory_xact_lock(7234052) THEN
    WITH d AS (DELETE FROM report_day_delta RETURNING figure, day, n)
    INSERT INTO report_day_delta (figure, day, n) SELECT figure, day, sum(n) FROM d GROUP BY 1, 2 HAVING sum(n) <> 0;
  END IF;
END $$;

-- ---- cards: issued and reissued in month M, official members counted on M's last day without a valid card ----

CREATE FUNCTION rs_card_counts(c party_card) RETURNS TABLE (figure text, month date, n bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN c.replaces_id IS NULL THEN 'cards.issued' ELSE 'cards.reissued' END, rs_month(c.issued_on), 1::bigint
$$;

-- The days a member is counted, official and holds no valid card: [max(joined_on, official_date), left_on)
-- minus each card's [issued_on, ended_on), as the recount's NOT EXISTS (a card valid on d) had it.
CREATE FUNCTION rs_card_gap_spans(m member, cards party_card[]) RETURNS SETOF rs_span LANGUAGE sql IMMUTABLE AS $$
  SELECT 'cards.without', lower(g), upper(g), 1::bigint
    FROM unnest(
           datemultirange(CASE WHEN m.left_on IS NULL OR greatest(m.joined_on, m.official_date) < m.left_on
                               THEN daterange(greatest(m.joined_on, m.official_date), m.left_on) ELSE 'empty'::daterange END)
           - coalesce((SELECT range_agg(daterange(c.issued_on, c.ended_on)) FROM unnest(cards) c), '{}'::datemultirange)) g
   WHERE m.official_date IS NOT NULL
$$;

-- ---- badges: members due at the ceremony of month M, per milestone, and the awards decided for it ----

-- The first ceremony on or after d (3/2, 19/5, 2/9, 7/11; areas/badges/rules.ts firstCeremonyOnOrAfter): a member
-- eligible on d is due there, because the windows (previous ceremony, ceremony] cover the calendar.
CREATE FUNCTION rs_ceremony_on_or_after(d date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  -- one expression, no subquery, so it is inlined (12 times per member row); date_part, not extract, which
  -- computes in numeric
  RETURN CASE WHEN date_part('month', d) * 100 + date_part('day', d) <= 203 THEN make_date(date_part('year', d)::int, 2, 3)
              WHEN date_part('month', d) * 100 + date_part('day', d) <= 519 THEN make_date(date_part('year', d)::int, 5, 19)
              WHEN date_part('month', d) * 100 + date_part('day', d) <= 902 THEN make_date(date_part('year', d)::int, 9, 2)
              WHEN date_part('month', d) * 100 + date_part('day', d) <= 1107 THEN make_date(date_part('year', d)::int, 11, 7)
              ELSE make_date(date_part('year', d)::int + 1, 2, 3) END;

-- One count per milestone: eligible on (admission + N years)::date + days out of the Party (badges/db.ts), counted
-- by the province on the ceremony day. The milestones are badge_award's CHECK (areas/badges/rules.ts MILESTONES).
CREATE FUNCTION rs_badge_dues(m member, days_out int) RETURNS TABLE (figure text, month date, n bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'badges.due.' || ms.n, rs_month(c.d), 1::bigint
    FROM unnest('{30,40,45,50,55,60,65,70,75,80,85,90}'::int[]) ms(n),
         -- OFFSET 0: each computed once and then read as a column (inlined, the expressions would be copied into
         -- every reference: eligibility into each branch of the ceremony's CASE, the CASE into the three below)
         LATERAL (SELECT (m.admission_decision_date + make_interval(years => ms.n))::date + days_out AS e OFFSET 0) e,
         LATERAL (SELECT rs_ceremony_on_or_after(e.e) AS d OFFSET 0) c
   WHERE m.joined_on <= c.d AND (m.left_on IS NULL OR m.left_on > c.d)
$$;

CREATE FUNCTION rs_days_out(member_id uuid) RETURNS int LANGUAGE sql STABLE
  RETURN coalesce((SELECT sum(i.to_on - i.from_on)::int FROM member_interruption i WHERE i.member_id = rs_days_out.member_id), 0);

CREATE FUNCTION rs_award_counts(b badge_award) RETURNS TABLE (figure text, month date, n bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'badges.awarded.' || b.milestone,
         make_date(b.year, CASE b.ceremony WHEN 'FEB3' THEN 2 WHEN 'MAY19' THEN 5 WHEN 'SEP2' THEN 9 ELSE 11 END, 1), 1::bigint
$$;

-- ---- handbook: flagged held meetings, planned ones, members excused too many times in a row ----

-- Per meeting, the figures it adds 1 to in its month: a held meeting (month of started_at) its flags and
-- handbook.flagged when it has one; a meeting not held (month of scheduled_at) handbook.scheduled or
-- handbook.cancelled. Rows only for meetings with a figure. The flags are handbook/db.ts FLAGS, on the roll.
CREATE TABLE meeting_flag_summary (
  meeting_id uuid PRIMARY KEY,
  month      date NOT NULL,
  figures    text[] NOT NULL
);

CREATE FUNCTION rs_meeting_flags(ids uuid[]) RETURNS TABLE (meeting_id uuid, month date, figures text[]) LANGUAGE sql STABLE AS $$
  WITH rule AS MATERIALIZED (
    SELECT rs_handbook_rule('min_minutes') AS mm, rs_handbook_rule('min_combined_minutes') AS cm,
           rs_handbook_rule('low_attendance_percent') AS lp, rs_handbook_rule('docs_lead_minutes') AS dl
  ), one AS (
    -- a few meetings (the triggers) by their keys, or all of them (the rebuild): two branches, so that neither
    -- plan has to serve the other (an "ids IS NULL OR" condition would make the triggers scan every meeting)
    SELECT m.* FROM meeting m WHERE ids IS NOT NULL AND m.id = ANY (ids)
    UNION ALL
    SELECT m.* FROM meeting m WHERE ids IS NULL
  ), roll AS (
    SELECT a.meeting_id, count(*)::int AS rolled, count(*) FILTER (WHERE a.presence = 'PRESENT')::int AS present
      FROM attendance a WHERE ids IS NULL OR a.meeting_id = ANY (ids) GROUP BY a.meeting_id
  ), flagged AS (
    SELECT m.id, m.status, rs_month_of(coalesce(m.started_at, m.scheduled_at)) AS month,
           array_remove(ARRAY[
             CASE WHEN m.ended_at - m.started_at < make_interval(mins => CASE WHEN m.type = 'COMBINED' THEN rule.cm ELSE rule.mm END)
               THEN 'handbook.short' END,
             CASE WHEN r.rolled > 0 AND r.present * 100 <= r.rolled * rule.lp THEN 'handbook.low_attendance' END,
             CASE WHEN m.docs_published_at IS NULL OR m.docs_published_at > m.started_at - make_interval(mins => rule.dl)
               THEN 'handbook.late_documents' END
           ], NULL) AS flags
      FROM one m CROSS JOIN rule LEFT JOIN roll r ON r.meeting_id = m.id
  )
  SELECT f.id, f.month, x.figures FROM flagged f,
         LATERAL (SELECT CASE f.status WHEN 'SCHEDULED' THEN ARRAY['handbook.scheduled'] WHEN 'CANCELLED' THEN ARRAY['handbook.cancelled']
                                       WHEN 'HELD' THEN CASE WHEN cardinality(f.flags) > 0 THEN f.flags || 'handbook.flagged'::text ELSE f.flags END
                                       END AS figures) x
   WHERE cardinality(x.figures) > 0
$$;

-- Takes back what the meetings added and adds what they add now. The meetings are locked first (the write paths
-- hold them already: handbook/db.ts lockMeeting), so two transactions never recompute one from each other's
-- half-written roll.
CREATE FUNCTION rs_meeting_flags_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  gone meeting_flag_summary[];
  added meeting_flag_summary[];
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM meeting WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  WITH d AS (DELETE FROM meeting_flag_summary s WHERE s.meeting_id = ANY (ids) RETURNING s.*)
  SELECT array_agg((d.meeting_id, d.month, d.figures)::meeting_flag_summary) INTO gone FROM d;
  WITH a AS (INSERT INTO meeting_flag_summary SELECT * FROM rs_meeting_flags(ids) RETURNING *)
  SELECT array_agg((a.meeting_id, a.month, a.figures)::meeting_flag_summary) INTO added FROM a;
  INSERT INTO report_count (figure, month, n)
  SELECT x.figure, x.month, sum(x.n) FROM (
    SELECT unnest(s.figures) AS figure, s.month, 1 AS n FROM unnest(coalesce(added, '{}')) s
    UNION ALL
    SELECT unnest(s.figures), s.month, -1 FROM unnest(coalesce(gone, '{}')) s
  ) x GROUP BY 1, 2 HAVING sum(x.n) <> 0;
END $$;

-- Members excused more than max_excused_in_a_row times in a row, over the regular and combined held meetings of
-- the calendar year they were on the roll of, up to the period's last day (handbook/db.ts STREAKS). Within a year
-- that only grows as the days pass, so each member-year needs one day: when a run first reaches limit + 1.
-- The member then counts in [that day, 1 January of the next year).
CREATE TABLE excused_streak_summary (
  member_id  uuid NOT NULL,
  year       int NOT NULL,
  reached_on date NOT NULL,
  PRIMARY KEY (member_id, year)
);

CREATE FUNCTION rs_excused_streaks(ids uuid[]) RETURNS TABLE (member_id uuid, year int, reached_on date) LANGUAGE sql STABLE AS $$
  WITH rule AS MATERIALIZED (SELECT rs_handbook_rule('max_excused_in_a_row') AS k),
  roll AS (
    -- a few members' rows (the triggers): each meeting looked up by its key (OFFSET 0 keeps the planner from
    -- hashing the whole meeting table for a few hundred rows); every row (the rebuild): one join
    SELECT a.member_id, a.presence, w.id, w.started_at, extract(year FROM w.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year
      FROM attendance a
     CROSS JOIN LATERAL (SELECT w.id, w.started_at FROM meeting w
                          WHERE w.id = a.meeting_id AND w.status = 'HELD' AND w.type IN ('REGULAR', 'COMBINED') OFFSET 0) w
     WHERE ids IS NOT NULL AND a.member_id = ANY (ids)
    UNION ALL
    SELECT a.member_id, a.presence, w.id, w.started_at, extract(year FROM w.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int
      FROM attendance a JOIN meeting w ON w.id = a.meeting_id
     WHERE ids IS NULL AND w.status = 'HELD' AND w.type IN ('REGULAR', 'COMBINED')
  ), candidate AS (
    -- only a member-year with more than k excused absences can hold such a run
    SELECT r.member_id, r.year FROM roll r CROSS JOIN rule WHERE r.presence = 'EXCUSED'
     GROUP BY r.member_id, r.year, rule.k HAVING count(*) > rule.k
  ), seq AS (
    SELECT r.member_id, r.year, r.presence, r.started_at,
           row_number() OVER (PARTITION BY r.member_id, r.year ORDER BY r.started_at, r.id) AS n
      FROM roll r JOIN candidate c ON c.member_id = r.member_id AND c.year = r.year
  ), island AS (
    SELECT s.member_id, s.year, s.started_at, s.n - row_number() OVER (PARTITION BY s.member_id, s.year ORDER BY s.n) AS island, s.n
      FROM seq s WHERE s.presence = 'EXCUSED'
  ), place AS (
    SELECT i.member_id, i.year, i.started_at, row_number() OVER (PARTITION BY i.member_id, i.year, i.island ORDER BY i.n) AS k
      FROM island i
  )
  SELECT p.member_id, p.year, min((p.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
    FROM place p CROSS JOIN rule WHERE p.k = rule.k + 1 GROUP BY p.member_id, p.year
$$;

CREATE FUNCTION rs_streak_spans(s excused_streak_summary) RETURNS SETOF rs_span LANGUAGE sql IMMUTABLE AS $$
  SELECT 'handbook.excused_in_a_row', s.reached_on, make_date(s.year + 1, 1, 1), 1::bigint
$$;

-- Recomputes every year of the members (a member's roll rows are few: attendance_member_idx). The members are
-- locked first (FOR NO KEY UPDATE: attendance's key-share checks do not wait on it), so two transactions never
-- recompute one member from each other's half-written rolls.
CREATE FUNCTION rs_streak_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  gone excused_streak_summary[];
  added excused_streak_summary[];
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM member WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  WITH d AS (DELETE FROM excused_streak_summary s WHERE s.member_id = ANY (ids) RETURNING s.*)
  SELECT array_agg((d.member_id, d.year, d.reached_on)::excused_streak_summary) INTO gone FROM d;
  WITH a AS (INSERT INTO excused_streak_summary SELECT * FROM rs_excused_streaks(ids) RETURNING *)
  SELECT array_agg((a.member_id, a.year, a.reached_on)::excused_streak_summary) INTO added FROM a;
  INSERT INTO report_delta (figure, month, n)
  SELECT * FROM rs_deltas(ARRAY(
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM unnest(coalesce(added, '{}')) s, LATERAL rs_streak_spans(s) x
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM unnest(coalesce(gone, '{}')) s, LATERAL rs_streak_spans(s) x));
END $$;

-- ---- directives: published, feedback received and answered in month M (local), feedback open on its last day ----

CREATE FUNCTION rs_local_day(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (t AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;

CREATE FUNCTION rs_feedback_counts(f directive_feedback) RETURNS TABLE (figure text, month date, n bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT v.figure, v.month, 1::bigint FROM (VALUES ('directives.feedback_received', rs_month_of(f.created_at)),
                                                   ('directives.feedback_answered', rs_month_of(f.answered_at))) v(figure, month)
   WHERE v.month IS NOT NULL
$$;

-- open on day d: created by the end of d and not answered by then
CREATE FUNCTION rs_feedback_spans(f directive_feedback) RETURNS SETOF rs_span LANGUAGE sql IMMUTABLE AS $$
  SELECT 'directives.open_feedback', rs_local_day(f.created_at), rs_local_day(f.answered_at), 1::bigint
$$;

-- ---- transfers: official transfers in and out received in month M; transfers out overdue on a day ----

CREATE FUNCTION rs_transfer_counts(t transfer) RETURNS TABLE (figure text, month date, n bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE t.direction WHEN 'IN' THEN 'transfers.in' ELSE 'transfers.out' END, rs_month(t.received_on), 1::bigint
   WHERE t.kind = 'OFFICIAL' AND t.state = 'RECEIVED'
$$;

-- A transfer out is overdue on d from the day after issued_on + due days while no decision had come by d: open
-- now (no end), received after d (until received_on), cancelled or rejected and settled after d (until the
-- settling day; never when not settled), exactly exchange/db/transfers.ts's former condition.
CREATE FUNCTION rs_transfer_overdue_spans(t transfer, due_days int) RETURNS SETOF rs_span LANGUAGE sql IMMUTABLE AS $$
  SELECT 'transfers.overdue_out', t.issued_on + due_days + 1,
         CASE WHEN t.state IN ('ISSUED', 'CANCEL_REQUESTED') THEN NULL
              WHEN t.state = 'RECEIVED' THEN t.received_on
              ELSE coalesce(rs_local_day(t.settled_at), t.issued_on + due_days + 1) END, 1::bigint
   WHERE t.direction = 'OUT'
$$;

-- The report's lists of transfer ids read the open transfers only: these partial indexes hold just those.
CREATE INDEX transfer_open_official_out_idx ON transfer (id) INCLUDE (member_id)
  WHERE direction = 'OUT' AND kind = 'OFFICIAL' AND state IN ('ISSUED', 'CANCEL_REQUESTED');
CREATE INDEX transfer_unconfirmed_in_idx ON transfer (received_on, id)
  WHERE direction = 'IN' AND kind = 'OFFICIAL' AND state = 'RECEIVED' AND settled_at IS NULL;

-- ---- the rebuild: every figure of this file from the raw rows, with the triggers' functions ----

CREATE FUNCTION rs_rebuild_areas() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  due int := rs_transfer_due_days();
BEGIN
  -- rs_rebuild (050) empties both tallies; alone (this migration, a test) only this file's figures go
  DELETE FROM report_delta WHERE split_part(figure, '.', 1) IN ('cards', 'badges', 'handbook', 'directives', 'transfers');
  DELETE FROM report_count WHERE split_part(figure, '.', 1) IN ('cards', 'badges', 'handbook', 'directives', 'transfers');
  TRUNCATE report_day_delta, meeting_flag_summary, excused_streak_summary;
  INSERT INTO meeting_flag_summary SELECT * FROM rs_meeting_flags(NULL);
  INSERT INTO excused_streak_summary SELECT * FROM rs_excused_streaks(NULL);
  INSERT INTO report_delta (figure, month, n)
  WITH cards AS (
    SELECT c.member_id, array_agg(c) AS cards FROM party_card c GROUP BY c.member_id
  ), span AS (
    SELECT x.* FROM member m LEFT JOIN cards c ON c.member_id = m.id, LATERAL rs_card_gap_spans(m, coalesce(c.cards, '{}')) x
     WHERE m.official_date IS NOT NULL
    UNION ALL
    SELECT x.* FROM excused_streak_summary s, LATERAL rs_streak_spans(s) x
    UNION ALL
    SELECT x.* FROM directive_feedback f, LATERAL rs_feedback_spans(f) x
  ), grouped AS (
    SELECT figure, rs_month(f) AS a, rs_month(u) AS b, sum(n) AS n FROM span WHERE f IS NOT NULL AND n <> 0 GROUP BY 1, 2, 3
  )
  SELECT figure, month, sum(n) FROM (
    SELECT figure, a AS month, n FROM grouped WHERE b IS NULL OR a < b
    UNION ALL
    SELECT figure, b, -n FROM grouped WHERE b IS NOT NULL AND a < b
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  INSERT INTO report_count (figure, month, n)
  WITH gap AS (
    SELECT i.member_id, sum(i.to_on - i.from_on)::int AS days FROM member_interruption i GROUP BY i.member_id
  )
  SELECT figure, month, sum(n) FROM (
    SELECT d.* FROM party_card c, LATERAL rs_card_counts(c) d
    UNION ALL
    SELECT d.* FROM member m LEFT JOIN gap g ON g.member_id = m.id, LATERAL rs_badge_dues(m, coalesce(g.days, 0)) d
    UNION ALL
    SELECT d.* FROM badge_award b, LATERAL rs_award_counts(b) d
    UNION ALL
    SELECT unnest(s.figures), s.month, 1 FROM meeting_flag_summary s
    UNION ALL
    SELECT 'directives.published', rs_month_of(d.published_at), 1 FROM directive d
    UNION ALL
    SELECT d.* FROM directive_feedback f, LATERAL rs_feedback_counts(f) d
    UNION ALL
    SELECT d.* FROM transfer t, LATERAL rs_transfer_counts(t) d
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  INSERT INTO report_day_delta (figure, day, n)
  SELECT d.* FROM rs_day_deltas(ARRAY(SELECT x FROM transfer t, LATERAL rs_transfer_overdue_spans(t, due) x)) d;
  ANALYZE report_delta, report_count, report_day_delta, meeting_flag_summary, excused_streak_summary;
END $$;

-- ---- the triggers ----

-- A member's official span and counted days (cards without one), admission and counted days (badges due).
CREATE FUNCTION rs_areas_member_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds member[] := '{}';
  news member[] := '{}';
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  -- only the rows whose dates changed (a change of state or name moves nothing here)
  WITH pair AS (
    SELECT n, o FROM unnest(news) n FULL JOIN unnest(olds) o ON o.id = n.id
     WHERE n.id IS NULL OR o.id IS NULL
        OR (n.joined_on, n.left_on, n.official_date, n.admission_decision_date)
           IS DISTINCT FROM (o.joined_on, o.left_on, o.official_date, o.admission_decision_date)
  )
  SELECT array_agg(p.n) FILTER (WHERE (p.n).id IS NOT NULL), array_agg(p.o) FILTER (WHERE (p.o).id IS NOT NULL)
    INTO news, olds FROM pair p;
  news := coalesce(news, '{}');
  olds := coalesce(olds, '{}');
  IF cardinality(news) + cardinality(olds) = 0 THEN
    RETURN NULL;
  END IF;
  -- the members' cards and interruptions as now (this statement does not change them), against both rows; read
  -- once for all the statement's members (a 3,000-member import is one index probe each, not a query each)
  INSERT INTO report_delta (figure, month, n)
  SELECT * FROM rs_deltas(ARRAY(
    WITH cards AS (
      SELECT c.member_id, array_agg(c) AS cards FROM party_card c
       WHERE c.member_id IN (SELECT id FROM unnest(news) WHERE official_date IS NOT NULL
                             UNION SELECT id FROM unnest(olds) WHERE official_date IS NOT NULL)
       GROUP BY c.member_id
    )
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM unnest(news) m LEFT JOIN cards k ON k.member_id = m.id,
           LATERAL rs_card_gap_spans(m, coalesce(k.cards, '{}')) x WHERE m.official_date IS NOT NULL
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM unnest(olds) m LEFT JOIN cards k ON k.member_id = m.id,
           LATERAL rs_card_gap_spans(m, coalesce(k.cards, '{}')) x WHERE m.official_date IS NOT NULL));
  INSERT INTO report_count (figure, month, n)
  WITH gap AS (
    SELECT i.member_id, sum(i.to_on - i.from_on)::int AS days FROM member_interruption i
     WHERE i.member_id IN (SELECT id FROM unnest(news) UNION SELECT id FROM unnest(olds)) GROUP BY i.member_id
  )
  SELECT figure, month, sum(n) FROM (
    SELECT d.* FROM unnest(news) m LEFT JOIN gap g ON g.member_id = m.id, LATERAL rs_badge_dues(m, coalesce(g.days, 0)) d
    UNION ALL
    SELECT d.figure, d.month, -d.n FROM unnest(olds) m LEFT JOIN gap g ON g.member_id = m.id, LATERAL rs_badge_dues(m, coalesce(g.days, 0)) d
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  PERFORM rs_wrote_areas();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_card_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds party_card[] := '{}';
  news party_card[] := '{}';
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  INSERT INTO report_count (figure, month, n)
  SELECT figure, month, sum(n) FROM (
    SELECT d.* FROM unnest(news) c, LATERAL rs_card_counts(c) d
    UNION ALL
    SELECT d.figure, d.month, -d.n FROM unnest(olds) c, LATERAL rs_card_counts(c) d
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  -- the members, locked (the write paths hold them already), with their cards now and before this statement:
  -- before = the cards now, less this statement's new rows, plus its old ones
  PERFORM 1 FROM member WHERE id IN (SELECT member_id FROM unnest(news) UNION SELECT member_id FROM unnest(olds))
   ORDER BY id FOR NO KEY UPDATE;
  INSERT INTO report_delta (figure, month, n)
  SELECT * FROM rs_deltas(ARRAY(
    WITH holder AS (
      SELECT m AS r FROM member m WHERE m.id IN (SELECT member_id FROM unnest(news) UNION SELECT member_id FROM unnest(olds))
    )
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM holder h,
           LATERAL rs_card_gap_spans(h.r, ARRAY(SELECT c FROM party_card c WHERE c.member_id = (h.r).id)) x
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM holder h,
           LATERAL rs_card_gap_spans(h.r, ARRAY(
             SELECT c FROM party_card c WHERE c.member_id = (h.r).id AND c.id NOT IN (SELECT id FROM unnest(news))
             UNION ALL
             SELECT o FROM unnest(olds) o WHERE o.member_id = (h.r).id)) x));
  PERFORM rs_wrote_areas();
  RETURN NULL;
END $$;

-- Days out of the Party move the badge dues (050's rs_fee_member_changed moves the fee exemption age).
CREATE FUNCTION rs_areas_interruption_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds member_interruption[] := '{}';
  news member_interruption[] := '{}';
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  PERFORM 1 FROM member WHERE id IN (SELECT member_id FROM unnest(news) UNION SELECT member_id FROM unnest(olds))
   ORDER BY id FOR NO KEY UPDATE;
  -- days out before this statement = now, less its new rows, plus its old ones
  INSERT INTO report_count (figure, month, n)
  WITH change AS (
    SELECT member_id, sum(days)::int AS days FROM (
      SELECT member_id, to_on - from_on AS days FROM unnest(news)
      UNION ALL
      SELECT member_id, -(to_on - from_on) FROM unnest(olds)
    ) x GROUP BY member_id
  ), holder AS (
    SELECT m AS r, rs_days_out(m.id) AS now_days, c.days AS change FROM change c JOIN member m ON m.id = c.member_id WHERE c.days <> 0
  )
  SELECT figure, month, sum(n) FROM (
    SELECT d.* FROM holder h, LATERAL rs_badge_dues(h.r, h.now_days) d
    UNION ALL
    SELECT d.figure, d.month, -d.n FROM holder h, LATERAL rs_badge_dues(h.r, h.now_days - h.change) d
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  PERFORM rs_wrote_areas();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_award_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO report_count (figure, month, n)
    SELECT d.figure, d.month, sum(d.n) FROM new_rows b, LATERAL rs_award_counts(b) d GROUP BY 1, 2;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO report_count (figure, month, n)
    SELECT d.figure, d.month, -sum(d.n) FROM old_rows b, LATERAL rs_award_counts(b) d GROUP BY 1, 2;
  END IF;
  PERFORM rs_wrote_areas();
  RETURN NULL;
END $$;

-- A meeting's flags and plan depend on its times, type, status and documents; the streaks of the members on its
-- roll on its status, type and start.
CREATE FUNCTION rs_areas_meeting_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  flag_ids uuid[];
  streak_ids uuid[];
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    flag_ids := ARRAY(SELECT id FROM new_rows);
    streak_ids := flag_ids;
  ELSIF TG_OP = 'DELETE' THEN
    flag_ids := ARRAY(SELECT id FROM old_rows);
    streak_ids := flag_ids;
  ELSE
    flag_ids := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                       WHERE (n.status, n.type, n.started_at, n.ended_at, n.scheduled_at, n.docs_published_at)
                             IS DISTINCT FROM (o.status, o.type, o.started_at, o.ended_at, o.scheduled_at, o.docs_published_at));
    streak_ids := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                         WHERE (n.status, n.type, n.started_at) IS DISTINCT FROM (o.status, o.type, o.started_at));
  END IF;
  PERFORM rs_meeting_flags_refresh(flag_ids);
  -- a deleted meeting's roll went with it (ON DELETE CASCADE): the attendance trigger refreshes those members
  PERFORM rs_streak_refresh(ARRAY(SELECT DISTINCT a.member_id FROM attendance a WHERE a.meeting_id = ANY (streak_ids)));
  PERFORM rs_wrote_areas();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_areas_attendance_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  meetings uuid[];
  members uuid[];
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    meetings := ARRAY(SELECT DISTINCT meeting_id FROM new_rows);
    members := ARRAY(SELECT DISTINCT member_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    meetings := ARRAY(SELECT DISTINCT meeting_id FROM old_rows);
    members := ARRAY(SELECT DISTINCT member_id FROM old_rows);
  ELSE
    -- an upsert that leaves a presence as it was changes nothing
    meetings := ARRAY(SELECT DISTINCT n.meeting_id FROM new_rows n JOIN old_rows o USING (meeting_id, member_id) WHERE n.presence <> o.presence);
    members := ARRAY(SELECT DISTINCT n.member_id FROM new_rows n JOIN old_rows o USING (meeting_id, member_id) WHERE n.presence <> o.presence);
  END IF;
  -- held or not, the roll decides nothing but the flags of held meetings; refreshing the others is a no-op
  PERFORM rs_meeting_flags_refresh(ARRAY(SELECT id FROM meeting WHERE id = ANY (meetings) AND status = 'HELD'));
  PERFORM rs_streak_refresh(ARRAY(
    SELECT DISTINCT a.member_id FROM unnest(members) a(member_id)
     WHERE EXISTS (SELECT 1 FROM unnest(meetings) x(id) LEFT JOIN meeting m ON m.id = x.id
                    WHERE m.id IS NULL OR (m.status = 'HELD' AND m.type IN ('REGULAR', 'COMBINED')))));
  PERFORM rs_wrote_areas();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_directive_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO report_count (figure, month, n)
    SELECT 'directives.published', rs_month_of(published_at), count(*) FROM new_rows GROUP BY 2;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO report_count (figure, month, n)
    SELECT 'directives.published', rs_month_of(published_at), -count(*) FROM old_rows GROUP BY 2;
  END IF;
  PERFORM rs_wrote_areas();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_feedback_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds directive_feedback[] := '{}';
  news directive_feedback[] := '{}';
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  INSERT INTO report_count (figure, month, n)
  SELECT figure, month, sum(n) FROM (
    SELECT d.* FROM unnest(news) f, LATERAL rs_feedback_counts(f) d
    UNION ALL
    SELECT d.figure, d.month, -d.n FROM unnest(olds) f, LATERAL rs_feedback_counts(f) d
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  INSERT INTO report_delta (figure, month, n)
  SELECT * FROM rs_deltas(ARRAY(
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM unnest(news) f, LATERAL rs_feedback_spans(f) x
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM unnest(olds) f, LATERAL rs_feedback_spans(f) x));
  PERFORM rs_wrote_areas();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_transfer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds transfer[] := '{}';
  news transfer[] := '{}';
  due int;
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  due := rs_transfer_due_days();
  INSERT INTO report_count (figure, month, n)
  SELECT figure, month, sum(n) FROM (
    SELECT d.* FROM unnest(news) t, LATERAL rs_transfer_counts(t) d
    UNION ALL
    SELECT d.figure, d.month, -d.n FROM unnest(olds) t, LATERAL rs_transfer_counts(t) d
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  INSERT INTO report_day_delta (figure, day, n)
  SELECT * FROM rs_day_deltas(ARRAY(
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM unnest(news) t, LATERAL rs_transfer_overdue_spans(t, due) x
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM unnest(olds) t, LATERAL rs_transfer_overdue_spans(t, due) x));
  PERFORM rs_wrote_areas();
  RETURN NULL;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
      ('member', 'rs_areas_member_changed'), ('party_card', 'rs_card_changed'),
      ('member_interruption', 'rs_areas_interruption_changed'), ('badge_award', 'rs_award_changed'),
      ('meeting', 'rs_areas_meeting_changed'), ('attendance', 'rs_areas_attendance_changed'),
      ('directive', 'rs_directive_changed'), ('directive_feedback', 'rs_feedback_changed'),
      ('transfer', 'rs_transfer_changed')) AS v(tab, fn)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                   'rsa_' || t.tab || '_insert', t.tab, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                   'rsa_' || t.tab || '_update', t.tab, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                   'rsa_' || t.tab || '_delete', t.tab, t.fn);
  END LOOP;
END $$;

-- A database migrated with data in it gets these summaries now.
SELECT rs_rebuild_areas();
