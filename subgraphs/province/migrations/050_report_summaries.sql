-- Report summaries (issue 9, "Reports that do not scan the province"; docs/report-summaries.md). Every figure of
-- report(period) that used to be recounted from members, attendance and fee rows on each request is kept here,
-- up to date in the same transaction as each write, by the statement-level triggers at the end of this file.
--
-- Two tallies hold the figures, both append-only (a write adds rows, never updates one, so concurrent writers
-- never wait for each other or deadlock on a hot row; rs_compact folds them now and then):
--   report_delta  "as of the last day of month M" figures: the value at M is the sum of n over rows with
--                 month <= M. A member counted from joined_on to left_on adds +1 at month(joined_on) and -1 at
--                 month(left_on): counted on the last day of M  <=>  month(joined_on) <= M < month(left_on).
--                 Current-state figures (active cells) sit at month -infinity, so they count for every period.
--   report_count  per-month event figures (meetings held, admissions, exits, payments of the month): the value
--                 at M is the sum of n over rows with month = M.
-- What a figure depends on beyond one row is kept per key, so a change can take back exactly what it added:
-- meeting_summary (a meeting's month, cell and roll), cell_month_regular (regular meetings per cell and month),
-- fee_summary_segment (each member's due, constant over month ranges), fee_summary_arrears (the months in
-- which each member is in arrears).
--
-- Months are first days (date). Meeting months are Vietnam's (the pools' session time zone; named here so that
-- a writer in another time zone files a meeting in the same month as the report reads it).

CREATE FUNCTION rs_month(d date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN d - (extract(day FROM d)::int - 1);

CREATE FUNCTION rs_month_of(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN rs_month((t AT TIME ZONE 'Asia/Ho_Chi_Minh')::date);

CREATE TABLE report_delta (
  figure text NOT NULL,
  month  date NOT NULL,
  n      bigint NOT NULL
);
-- report(M): the rows with month <= M (a few thousand at most: figures x months since the oldest admission)
CREATE INDEX report_delta_month_idx ON report_delta (month) INCLUDE (figure, n);

CREATE TABLE report_count (
  figure text NOT NULL,
  month  date NOT NULL,
  n      bigint NOT NULL
);
CREATE INDEX report_count_month_idx ON report_count (month) INCLUDE (figure, n);

-- The configuration the summaries were computed with (fee rates, probation), written by the subgraph at start
-- from its configuration files and environment (core/reportSummaries.ts): a change rebuilds the summaries. The
-- values here are those of the committed configuration, so a database migrated now needs no second rebuild.
CREATE TABLE report_summary_setting (
  name  text PRIMARY KEY,
  value jsonb NOT NULL
);
INSERT INTO report_summary_setting (name, value) VALUES
  ('fee_rates', '[{"from_month": "2010-01-01", "until_month": "2026-01-01", "si_bp": 100, "pension_bp": 50, "other_bp": 100, "student_vnd": 3000, "exempt_years": 50},
                  {"from_month": "2026-02-01", "until_month": "9999-12-01", "si_bp": 100, "pension_bp": 50, "other_bp": 100, "student_vnd": 5000, "exempt_years": 50}]'),
  ('fee_arrears', '{"threshold_months": 3, "window_months": 12}'),
  ('admission', '{"probation_months": 12, "grace_days": 0}');

CREATE FUNCTION rs_fee_rates() RETURNS TABLE (from_month date, until_month date, si_bp bigint, pension_bp bigint,
  other_bp bigint, student_vnd bigint, exempt_years int)
LANGUAGE sql STABLE AS $$
  SELECT r.* FROM report_summary_setting s,
         jsonb_to_recordset(s.value) AS r(from_month date, until_month date, si_bp bigint, pension_bp bigint,
                                          other_bp bigint, student_vnd bigint, exempt_years int)
   WHERE s.name = 'fee_rates'
$$;

CREATE FUNCTION rs_probation_months() RETURNS int LANGUAGE sql STABLE
  RETURN (SELECT (value->>'probation_months')::int FROM report_summary_setting WHERE name = 'admission');
CREATE FUNCTION rs_grace_days() RETURNS int LANGUAGE sql STABLE
  RETURN (SELECT (value->>'grace_days')::int FROM report_summary_setting WHERE name = 'admission');

-- The seed writes millions of rows and rebuilds the summaries once at its end (rs_rebuild): it sets
-- report_summaries.deferred = on for its transaction, and the triggers then do nothing.
CREATE FUNCTION rs_deferred() RETURNS boolean LANGUAGE sql STABLE
  RETURN coalesce(current_setting('report_summaries.deferred', true), '') = 'on';

-- Folds each tally into one row per (figure, month). At most one transaction folds at a time (the others skip);
-- rows other transactions are adding are not visible to it, so they are left as they are.
CREATE FUNCTION rs_compact() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(7234050) THEN
    RETURN;
  END IF;
  WITH d AS (DELETE FROM report_delta RETURNING figure, month, n)
  INSERT INTO report_delta (figure, month, n) SELECT figure, month, sum(n) FROM d GROUP BY 1, 2 HAVING sum(n) <> 0;
  WITH d AS (DELETE FROM report_count RETURNING figure, month, n)
  INSERT INTO report_count (figure, month, n) SELECT figure, month, sum(n) FROM d GROUP BY 1, 2 HAVING sum(n) <> 0;
END $$;

-- Every trigger calls this once: one write in 200 folds the tallies, so they stay a few thousand rows.
CREATE SEQUENCE report_summary_writes;
CREATE FUNCTION rs_wrote() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF nextval('report_summary_writes') % 200 = 0 THEN
    PERFORM rs_compact();
  END IF;
END $$;

-- A span: a row counted by `figure` with weight n from day f until day u (exclusive; NULL = open-ended). It adds
-- +n at month(f) and -n at month(u), because it is counted on the last day of M exactly when
-- month(f) <= M < month(u); nothing when the span holds no month's last day.
CREATE TYPE rs_span AS (figure text, f date, u date, n bigint);

-- The deltas of many spans (new rows' with +n, old rows' with -n), grouped by their months first.
CREATE FUNCTION rs_deltas(spans rs_span[]) RETURNS TABLE (figure text, month date, n bigint) LANGUAGE sql IMMUTABLE AS $$
  WITH g AS (
    SELECT s.figure, rs_month(s.f) AS a, rs_month(s.u) AS b, sum(s.n) AS n FROM unnest(spans) s
     WHERE s.f IS NOT NULL AND s.n <> 0 GROUP BY 1, 2, 3
  )
  SELECT x.figure, x.month, sum(x.n)::bigint FROM (
    SELECT g.figure, g.a AS month, g.n FROM g WHERE g.b IS NULL OR g.a < g.b
    UNION ALL
    SELECT g.figure, g.b, -g.n FROM g WHERE g.b IS NOT NULL AND g.a < g.b
  ) x GROUP BY 1, 2 HAVING sum(x.n) <> 0
$$;

-- ---- members: the foundation's counts, admissions, probationary members overdue for recognition ----

-- The spans of one member row. Exactly the conditions of the recounts they replace:
--   members      joined_on <= d < left_on
--   male/female  the same, by sex
--   official     ... and official_date <= d
--   admission.overdue  ... and (official_date IS NULL OR official_date > d)
--                      and admission_decision_date + probation months + grace days < d
CREATE FUNCTION rs_member_spans(m member, probation_months int, grace_days int) RETURNS SETOF rs_span LANGUAGE sql IMMUTABLE AS $$
  SELECT v.figure, v.f, v.u, v.n FROM (VALUES
    ('members', m.joined_on, m.left_on, 1::bigint),
    (CASE m.sex WHEN 'NAM' THEN 'male' ELSE 'female' END, m.joined_on, m.left_on, 1),
    ('official', CASE WHEN m.official_date IS NOT NULL THEN greatest(m.joined_on, m.official_date) END, m.left_on, 1),
    ('admission.overdue', greatest(m.joined_on, (m.admission_decision_date + make_interval(months => probation_months))::date + grace_days + 1),
                          least(m.left_on, m.official_date), 1)
  ) AS v(figure, f, u, n)
$$;

-- What one member row adds to report_count: an admission here (joined_on = the decision date) in its month,
-- by sex, by age band at the decision and by ethnicity.
CREATE FUNCTION rs_member_counts(m member) RETURNS TABLE (figure text, month date, n bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT v.figure, rs_month(m.admission_decision_date), 1::bigint
    FROM (SELECT extract(year FROM age(m.admission_decision_date::timestamp, m.birth_date::timestamp))::int AS age) a,
         LATERAL (VALUES ('admission.sex.' || m.sex::text),
                         ('admission.age.' || CASE WHEN a.age < 30 THEN 'U30' WHEN a.age <= 40 THEN 'A30_40' WHEN a.age <= 50 THEN 'A41_50'
                                                   WHEN a.age <= 60 THEN 'A51_60' WHEN a.age <= 70 THEN 'A61_70' ELSE 'O70' END),
                         ('admission.eth.' || coalesce(m.ethnicity_code, ''))) AS v(figure)
   WHERE m.joined_on = m.admission_decision_date
$$;

-- ---- exemptions: members counted on d and exempt that day (one per exemption row, as the recount joined) ----

CREATE FUNCTION rs_exempt_spans(e member_exemption, m member) RETURNS SETOF rs_span LANGUAGE sql IMMUTABLE AS $$
  SELECT 'exempt', greatest(e.starts_on, m.joined_on), least(e.ends_on, m.left_on), 1::bigint
$$;

-- ---- candidates pending on d: registered by d and not admitted by d ----

CREATE FUNCTION rs_candidate_spans(c candidate) RETURNS SETOF rs_span LANGUAGE sql IMMUTABLE AS $$
  SELECT 'admission.pending', c.registered_on, CASE WHEN c.state = 'PENDING' THEN NULL ELSE c.decision_date END, 1::bigint
$$;

-- ---- organisations: active cells (chi bộ, chi bộ cơ sở), a current-state figure ----

CREATE FUNCTION rs_is_cell(o party_org) RETURNS boolean LANGUAGE sql IMMUTABLE
  RETURN o.active AND o.level IN ('CHI_BO', 'CHI_BO_CO_SO');

-- ---- meetings: held in month M (by started_at, local), their rolls, cells with a regular meeting ----

CREATE TABLE meeting_summary (
  meeting_id uuid PRIMARY KEY,
  -- NULL while the meeting is not held (no started_at): it counts nowhere
  month      date,
  cell_id    uuid NOT NULL,
  regular    boolean NOT NULL,
  rolled     int NOT NULL DEFAULT 0,
  present    int NOT NULL DEFAULT 0
);

-- Regular or combined held meetings per cell and month; "cells with a regular meeting" counts the rows with
-- n > 0 whose cell is an active cell.
CREATE TABLE cell_month_regular (
  cell_id uuid NOT NULL,
  month   date NOT NULL,
  n       int NOT NULL,
  PRIMARY KEY (cell_id, month)
);

-- Adds (sign +1) or takes back (-1) what a set of meeting_summary rows contributes: meetings held, expected and
-- present per month, and the regular meetings per cell-month with the change of "cells with a regular meeting"
-- when a cell-month's count leaves or reaches zero. The cells are share-locked first, so a concurrent change of
-- a cell's active flag (rs_org_changed) waits for this transaction or this one sees it.
CREATE FUNCTION rs_meetings_apply(ms meeting_summary[], sign int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_count (figure, month, n)
  SELECT f.figure, r.month, sum(f.n) * sign
    FROM unnest(ms) r, LATERAL (VALUES ('meetings_held', 1::bigint), ('expected', r.rolled::bigint), ('present', r.present::bigint)) f(figure, n)
   WHERE r.month IS NOT NULL
   GROUP BY 1, 2 HAVING sum(f.n) <> 0;
  PERFORM 1 FROM party_org WHERE id IN (SELECT r.cell_id FROM unnest(ms) r WHERE r.regular AND r.month IS NOT NULL)
   ORDER BY id FOR SHARE;
  WITH d AS (
    SELECT r.cell_id, r.month, count(*)::int * sign AS n FROM unnest(ms) r
     WHERE r.regular AND r.month IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
  ), up AS (
    INSERT INTO cell_month_regular AS c (cell_id, month, n) SELECT cell_id, month, n FROM d
    ON CONFLICT (cell_id, month) DO UPDATE SET n = c.n + EXCLUDED.n
    RETURNING c.cell_id, c.month, c.n
  )
  INSERT INTO report_count (figure, month, n)
  SELECT 'regular_cells', up.month, sum(CASE WHEN up.n > 0 AND up.n - d.n <= 0 THEN 1 WHEN up.n <= 0 AND up.n - d.n > 0 THEN -1 ELSE 0 END)
    FROM up JOIN d USING (cell_id, month) JOIN party_org o ON o.id = up.cell_id
   WHERE rs_is_cell(o)
   GROUP BY up.month HAVING sum(CASE WHEN up.n > 0 AND up.n - d.n <= 0 THEN 1 WHEN up.n <= 0 AND up.n - d.n > 0 THEN -1 ELSE 0 END) <> 0;
  DELETE FROM cell_month_regular c USING unnest(ms) r WHERE c.cell_id = r.cell_id AND c.month = r.month AND c.n = 0;
END $$;

-- ---- party fees: what each member owes month by month, payments, arrears ----

-- Each member's due as constant month ranges [from_month, until_month) over the months the province counts
-- them (until_month NULL: open-ended); due_vnd NULL = no basis in force or no rate (the recount's "without
-- basis"). The same formula as the statement (areas/fees/db.ts FEE_MONTH_CTE), with the rates of
-- report_summary_setting. A range ends where anything the due depends on may change: a basis entry, the end of a
-- reduction, a rate schedule, the month the party age reaches the exemption age (admission + N years +
-- the days out of the Party, as party age everywhere: areas/badges/rules.ts eligibleOn), and the count's end.
CREATE TABLE fee_summary_segment (
  member_id   uuid NOT NULL,
  from_month  date NOT NULL,
  until_month date,
  due_vnd     bigint,
  PRIMARY KEY (member_id, from_month)
);

-- The months P in which each member is in arrears (unpaid dues in >= 3 of the 12 months ending with P: the
-- fee_arrears setting), as ranges [from_month, until_month).
CREATE TABLE fee_summary_arrears (
  member_id   uuid NOT NULL,
  from_month  date NOT NULL,
  until_month date,
  PRIMARY KEY (member_id, from_month)
);

CREATE FUNCTION rs_fee_segments(ids uuid[]) RETURNS TABLE (member_id uuid, from_month date, until_month date, due_vnd bigint)
LANGUAGE sql STABLE AS $$
  -- joins over the members' rows read once (no per-member lookups): the same plan serves one member and all
  WITH rates AS MATERIALIZED (SELECT * FROM rs_fee_rates()),
  gap AS MATERIALIZED (
    SELECT i.member_id, sum(i.to_on - i.from_on)::int AS days FROM member_interruption i
     WHERE ids IS NULL OR i.member_id = ANY (ids) GROUP BY i.member_id
  ), counted AS MATERIALIZED (
    SELECT m.id, rs_month(m.joined_on) AS c0, rs_month(m.left_on) AS c1, m.admission_decision_date AS adm, coalesce(g.days, 0) AS days_out
      FROM member m LEFT JOIN gap g ON g.member_id = m.id
     WHERE (ids IS NULL OR m.id = ANY (ids))
       AND (m.left_on IS NULL OR rs_month(m.joined_on) < rs_month(m.left_on))
  ), basis AS MATERIALIZED (
    SELECT b.member_id, b.effective_month, b.basis, b.base_amount_vnd, b.reduction_pct::bigint AS reduction_pct,
           (b.effective_month + make_interval(months => b.reduction_months::int))::date AS reduction_ends, b.reduction_months
      FROM fee_basis_entry b WHERE ids IS NULL OR b.member_id = ANY (ids)
  ), candidate_bound AS (
    SELECT b.member_id AS id, b.effective_month AS b FROM basis b
    UNION ALL
    SELECT b.member_id, b.reduction_ends FROM basis b WHERE b.reduction_months > 0
    UNION ALL
    SELECT c.id, r.from_month FROM counted c CROSS JOIN rates r
    UNION ALL
    SELECT c.id, rs_month((c.adm + make_interval(years => r.exempt_years))::date + c.days_out) FROM counted c CROSS JOIN rates r
  ), bound AS (
    SELECT c.id, c.c0 AS b FROM counted c
    UNION
    SELECT c.id, x.b FROM candidate_bound x JOIN counted c ON c.id = x.id WHERE x.b > c.c0 AND (c.c1 IS NULL OR x.b < c.c1)
  ), seg AS (
    SELECT c.id, bd.b AS from_month, coalesce(lead(bd.b) OVER (PARTITION BY bd.id ORDER BY bd.b), c.c1) AS until_month,
           c.adm, c.days_out
      FROM bound bd JOIN counted c ON c.id = bd.id
  ), in_force AS (
    -- the basis in force in each range's first month: the latest entry from that month or before
    SELECT DISTINCT ON (s.id, s.from_month) s.id, s.from_month, b.basis, b.base_amount_vnd, b.reduction_pct, b.reduction_ends
      FROM seg s JOIN basis b ON b.member_id = s.id AND b.effective_month <= s.from_month
     ORDER BY s.id, s.from_month, b.effective_month DESC
  ), eval AS (
    SELECT s.id, s.from_month, s.until_month, r.from_month IS NOT NULL AS has_rate, r.student_vnd, bs.basis, bs.base_amount_vnd,
           CASE WHEN s.from_month < bs.reduction_ends THEN bs.reduction_pct ELSE 0 END AS reduction_pct,
           coalesce((s.adm + make_interval(years => r.exempt_years))::date + s.days_out
                    <= (s.from_month + interval '1 month' - interval '1 day')::date, false) AS party_age_exempt,
           CASE bs.basis WHEN 'SOCIAL_INSURANCE' THEN r.si_bp WHEN 'PENSION' THEN r.pension_bp WHEN 'OTHER' THEN r.other_bp END AS bp
      FROM seg s
      LEFT JOIN rates r ON s.from_month BETWEEN r.from_month AND r.until_month
      LEFT JOIN in_force bs ON bs.id = s.id AND bs.from_month = s.from_month
  )
  SELECT e.id, e.from_month, e.until_month,
         CASE WHEN e.basis IS NULL OR NOT e.has_rate THEN NULL
              WHEN e.basis = 'EXEMPT' OR e.party_age_exempt THEN 0
              WHEN e.basis = 'STUDENT' THEN (2 * e.student_vnd * (100 - e.reduction_pct) + 100) / 200
              ELSE (2 * e.base_amount_vnd * e.bp * (100 - e.reduction_pct) + 1000000) / 2000000
         END
    FROM eval e
$$;

-- The spans of a stored segment: members due (> 0), members without basis, the amount due.
CREATE FUNCTION rs_segment_spans(s fee_summary_segment) RETURNS SETOF rs_span LANGUAGE sql IMMUTABLE AS $$
  SELECT v.figure, s.from_month, s.until_month, v.n FROM (VALUES
    ('fees.due_members', CASE WHEN s.due_vnd > 0 THEN 1 ELSE 0 END::bigint),
    ('fees.without_basis', CASE WHEN s.due_vnd IS NULL THEN 1 ELSE 0 END::bigint),
    ('fees.due_vnd', coalesce(s.due_vnd, 0))
  ) AS v(figure, n)
$$;

-- What payments add to report_count in their month, given the stored segments: only a month the province counts
-- the member in (a segment covers it) counts; paid when something is due and the payment covers it.
CREATE FUNCTION rs_payment_effects(payments fee_payment[]) RETURNS TABLE (figure text, month date, n bigint) LANGUAGE sql STABLE AS $$
  SELECT v.figure, p.month, v.n
    FROM unnest(payments) p
    JOIN fee_summary_segment s ON s.member_id = p.member_id AND s.from_month <= p.month AND (s.until_month IS NULL OR p.month < s.until_month)
   CROSS JOIN LATERAL (VALUES
     ('fees.paid_members', CASE WHEN s.due_vnd > 0 AND p.amount_vnd >= s.due_vnd THEN 1 ELSE 0 END::bigint),
     ('fees.collected_vnd', p.amount_vnd),
     ('fees.covered_vnd', CASE WHEN s.due_vnd IS NULL THEN p.amount_vnd ELSE least(p.amount_vnd, s.due_vnd) END)) AS v(figure, n)
$$;

-- The arrears ranges of members (all when ids is NULL) from the stored segments and the payments, for the rule
-- "in arrears at P with unpaid dues in at least T of the W months ending with P" (T = 3, W = 12 today). Unpaid
-- months U: months with something due not covered by a payment, as runs [a, b] (b = infinity: unpaid from a on).
-- A run of T or more months puts every P in [a+T-1, b+W-T] in arrears on its own; for P outside that range only
-- its first T-1 and last T-1 months can fall in the window, so those points K are kept, and P is also in arrears
-- when T consecutive points of K lie within W months: [K(i+T-1), K(i)+W-1]. The union of these ranges, merged,
-- is the answer: exact, with a handful of rows per member however long a run.
CREATE FUNCTION rs_fee_arrears(ids uuid[]) RETURNS TABLE (member_id uuid, from_month date, until_month date)
LANGUAGE sql STABLE AS $$
  WITH rule AS MATERIALIZED (
    SELECT (value->>'threshold_months')::int AS t, (value->>'window_months')::int AS w FROM report_summary_setting WHERE name = 'fee_arrears'
  ), seg AS (
    SELECT s.* FROM fee_summary_segment s WHERE (ids IS NULL OR s.member_id = ANY (ids)) AND s.due_vnd > 0
  ), pts AS (
    SELECT s.member_id, s.from_month AS seg, (s.from_month - interval '1 month')::date AS m FROM seg s
    UNION ALL
    SELECT s.member_id, s.from_month, p.month FROM seg s
      JOIN fee_payment p ON p.member_id = s.member_id AND p.month >= s.from_month
                        AND (s.until_month IS NULL OR p.month < s.until_month) AND p.amount_vnd >= s.due_vnd
    UNION ALL
    SELECT s.member_id, s.from_month, coalesce(s.until_month, 'infinity'::date) FROM seg s
  ), runs AS (
    SELECT x.member_id, (x.m + interval '1 month')::date AS a, (x.nxt - interval '1 month')::date AS b
      FROM (SELECT p.member_id, p.m, lead(p.m) OVER (PARTITION BY p.member_id, p.seg ORDER BY p.m) AS nxt FROM pts p) x
     WHERE x.nxt > (x.m + interval '1 month')::date
  ), kept AS (
    SELECT DISTINCT r.member_id, k.m
      FROM runs r CROSS JOIN rule CROSS JOIN LATERAL (
             SELECT (r.a + make_interval(months => i))::date FROM generate_series(0, rule.t - 2) i
             UNION ALL
             SELECT (r.b - make_interval(months => i))::date FROM generate_series(0, rule.t - 2) i WHERE r.b <> 'infinity'::date
           ) AS k(m)
     WHERE k.m BETWEEN r.a AND r.b
  ), ranges AS (
    SELECT r.member_id, (r.a + make_interval(months => rule.t - 1))::date AS s, (r.b + make_interval(months => rule.w - rule.t))::date AS e
      FROM runs r CROSS JOIN rule WHERE r.b >= (r.a + make_interval(months => rule.t - 1))::date
    UNION ALL
    SELECT t.member_id, t.kt, (t.m + make_interval(months => rule.w - 1))::date
      FROM (SELECT k.member_id, k.m, lead(k.m, rule.t - 1) OVER (PARTITION BY k.member_id ORDER BY k.m) AS kt FROM kept k CROSS JOIN rule) t
     CROSS JOIN rule
     WHERE t.kt <= (t.m + make_interval(months => rule.w - 1))::date
  ), islands AS (
    SELECT g.member_id, g.s, g.e,
           sum(CASE WHEN g.s <= (g.prev_e + interval '1 month')::date THEN 0 ELSE 1 END) OVER (PARTITION BY g.member_id ORDER BY g.s, g.e) AS island
      FROM (SELECT r.*, max(r.e) OVER (PARTITION BY r.member_id ORDER BY r.s, r.e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_e
              FROM ranges r) g
  )
  SELECT i.member_id, min(i.s), CASE WHEN max(i.e) = 'infinity'::date THEN NULL ELSE (max(i.e) + interval '1 month')::date END
    FROM islands i GROUP BY i.member_id, i.island
$$;

CREATE FUNCTION rs_arrears_spans(a fee_summary_arrears) RETURNS SETOF rs_span LANGUAGE sql IMMUTABLE AS $$
  SELECT 'fees.arrears', a.from_month, a.until_month, 1::bigint
$$;

-- Recomputes the arrears ranges of members and moves the tally by the difference.
CREATE FUNCTION rs_fee_arrears_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  gone fee_summary_arrears[];
  added fee_summary_arrears[];
BEGIN
  WITH d AS (DELETE FROM fee_summary_arrears a WHERE a.member_id = ANY (ids) RETURNING a.*)
  SELECT array_agg((d.member_id, d.from_month, d.until_month)::fee_summary_arrears) INTO gone FROM d;
  WITH a AS (INSERT INTO fee_summary_arrears SELECT * FROM rs_fee_arrears(ids) RETURNING *)
  SELECT array_agg((a.member_id, a.from_month, a.until_month)::fee_summary_arrears) INTO added FROM a;
  INSERT INTO report_delta (figure, month, n)
  SELECT * FROM rs_deltas(ARRAY(
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM unnest(added) a, LATERAL rs_arrears_spans(a) x
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM unnest(gone) a, LATERAL rs_arrears_spans(a) x));
END $$;

-- Recomputes members' fee segments (after a change of their count, admission date, basis or interruptions) and
-- moves the tallies by the difference: segments, the effect of their payments, arrears. The members are locked
-- first (FOR NO KEY UPDATE: the write paths hold it already), so two transactions never recompute one member
-- from each other's half-written state.
CREATE FUNCTION rs_fee_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  payments fee_payment[];
  gone fee_summary_segment[];
  added fee_summary_segment[];
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM member WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  payments := ARRAY(SELECT p FROM fee_payment p WHERE p.member_id = ANY (ids));
  INSERT INTO report_count (figure, month, n)
  SELECT e.figure, e.month, -sum(e.n) FROM rs_payment_effects(payments) e GROUP BY 1, 2 HAVING sum(e.n) <> 0;
  WITH d AS (DELETE FROM fee_summary_segment s WHERE s.member_id = ANY (ids) RETURNING s.*)
  SELECT array_agg((d.member_id, d.from_month, d.until_month, d.due_vnd)::fee_summary_segment) INTO gone FROM d;
  WITH a AS (INSERT INTO fee_summary_segment SELECT * FROM rs_fee_segments(ids) RETURNING *)
  SELECT array_agg((a.member_id, a.from_month, a.until_month, a.due_vnd)::fee_summary_segment) INTO added FROM a;
  INSERT INTO report_delta (figure, month, n)
  SELECT * FROM rs_deltas(ARRAY(
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM unnest(added) g, LATERAL rs_segment_spans(g) x
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM unnest(gone) g, LATERAL rs_segment_spans(g) x));
  INSERT INTO report_count (figure, month, n)
  SELECT e.figure, e.month, sum(e.n) FROM rs_payment_effects(payments) e GROUP BY 1, 2 HAVING sum(e.n) <> 0;
  PERFORM rs_fee_arrears_refresh(ids);
END $$;

-- ---- the whole rebuild: every summary from the raw rows (the seed's last step; a change of settings) ----

-- The same span functions as the triggers (rs_member_spans, rs_exempt_spans, rs_candidate_spans, rs_segment_spans,
-- rs_arrears_spans) over every row at once, grouped by their months before they become deltas;
-- test/reportSummaries.test.ts checks that a rebuild leaves exactly the tables the triggers leave.
-- The seed's fee seeder computes fee_summary_segment itself (it derives the demo payments from the dues) and says
-- so with report_summaries.fee_segments_current = on for its transaction; they are not computed twice then.
CREATE FUNCTION rs_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE report_delta, report_count, meeting_summary, cell_month_regular, fee_summary_arrears;
  -- fees first: their ranges are spans too
  IF coalesce(current_setting('report_summaries.fee_segments_current', true), '') = 'on' THEN
    -- written and analysed by the seed (it analyses every table a seeder wrote)
    PERFORM set_config('report_summaries.fee_segments_current', 'off', true);
  ELSE
    TRUNCATE fee_summary_segment;
    INSERT INTO fee_summary_segment SELECT * FROM rs_fee_segments(NULL);
    ANALYZE fee_summary_segment; -- the arrears and the payments' effects below join it: plans need its statistics
  END IF;
  INSERT INTO fee_summary_arrears SELECT * FROM rs_fee_arrears(NULL);
  INSERT INTO report_delta (figure, month, n)
  WITH p AS MATERIALIZED (SELECT rs_probation_months() AS pm, rs_grace_days() AS gd),
  span AS (
    SELECT x.* FROM member m CROSS JOIN p, LATERAL rs_member_spans(m, p.pm, p.gd) x
    UNION ALL
    SELECT x.* FROM member_exemption e JOIN member m ON m.id = e.member_id, LATERAL rs_exempt_spans(e, m) x
    UNION ALL
    SELECT x.* FROM candidate c, LATERAL rs_candidate_spans(c) x
    UNION ALL
    SELECT x.* FROM fee_summary_segment s, LATERAL rs_segment_spans(s) x
    UNION ALL
    SELECT x.* FROM fee_summary_arrears a, LATERAL rs_arrears_spans(a) x
  ), grouped AS (
    SELECT figure, rs_month(f) AS a, rs_month(u) AS b, sum(n) AS n FROM span WHERE f IS NOT NULL AND n <> 0 GROUP BY 1, 2, 3
  )
  SELECT figure, month, sum(n) FROM (
    SELECT figure, a AS month, n FROM grouped WHERE b IS NULL OR a < b
    UNION ALL
    SELECT figure, b, -n FROM grouped WHERE b IS NOT NULL AND a < b
    UNION ALL
    SELECT 'cells', '-infinity'::date, count(*) FROM party_org o WHERE rs_is_cell(o)
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  INSERT INTO report_count (figure, month, n)
  SELECT figure, month, sum(n) FROM (
    SELECT d.* FROM member m, LATERAL rs_member_counts(m) d
    UNION ALL
    SELECT 'exits.' || x.type::text, rs_month(x.exited_on), 1 FROM member_exit x
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  -- meetings
  INSERT INTO meeting_summary (meeting_id, month, cell_id, regular, rolled, present)
  SELECT m.id, rs_month_of(m.started_at), m.cell_id, m.type IN ('REGULAR', 'COMBINED'), coalesce(a.rolled, 0), coalesce(a.present, 0)
    FROM meeting m
    LEFT JOIN (SELECT meeting_id, count(*)::int AS rolled, count(*) FILTER (WHERE presence = 'PRESENT')::int AS present
                 FROM attendance GROUP BY meeting_id) a ON a.meeting_id = m.id;
  INSERT INTO report_count (figure, month, n)
  SELECT f.figure, s.month, sum(f.n)
    FROM meeting_summary s, LATERAL (VALUES ('meetings_held', 1::bigint), ('expected', s.rolled::bigint), ('present', s.present::bigint)) f(figure, n)
   WHERE s.month IS NOT NULL GROUP BY 1, 2 HAVING sum(f.n) <> 0;
  INSERT INTO cell_month_regular (cell_id, month, n)
  SELECT cell_id, month, count(*) FROM meeting_summary WHERE regular AND month IS NOT NULL GROUP BY 1, 2;
  INSERT INTO report_count (figure, month, n)
  SELECT 'regular_cells', c.month, count(*) FROM cell_month_regular c JOIN party_org o ON o.id = c.cell_id
   WHERE rs_is_cell(o) GROUP BY c.month;
  -- what the payments add, against the segment of their month (rs_payment_effects' figures, summed per month
  -- before they become rows: three figure rows per payment, grouped by text, cost three times as much)
  INSERT INTO report_count (figure, month, n)
  SELECT v.figure, x.month, v.n
    FROM (SELECT p.month,
                 count(*) FILTER (WHERE s.due_vnd > 0 AND p.amount_vnd >= s.due_vnd) AS paid,
                 sum(p.amount_vnd) AS collected,
                 sum(CASE WHEN s.due_vnd IS NULL THEN p.amount_vnd ELSE least(p.amount_vnd, s.due_vnd) END) AS covered
            FROM fee_payment p
            JOIN fee_summary_segment s ON s.member_id = p.member_id AND s.from_month <= p.month
                                      AND (s.until_month IS NULL OR p.month < s.until_month)
           GROUP BY p.month) x
   CROSS JOIN LATERAL (VALUES ('fees.paid_members', x.paid::bigint), ('fees.collected_vnd', x.collected::bigint),
                              ('fees.covered_vnd', x.covered::bigint)) AS v(figure, n)
   WHERE v.n <> 0;
  ANALYZE report_delta, report_count, meeting_summary, cell_month_regular, fee_summary_arrears;
END $$;

-- ---- the triggers: one function per table, one trigger per event (transition tables allow one event each) ----

CREATE FUNCTION rs_member_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds member[] := '{}';
  news member[] := '{}';
  pm int;
  gd int;
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  pm := rs_probation_months();
  gd := rs_grace_days();
  INSERT INTO report_delta (figure, month, n)
  SELECT * FROM rs_deltas(ARRAY(
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM unnest(news) m, LATERAL rs_member_spans(m, pm, gd) x
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM unnest(olds) m, LATERAL rs_member_spans(m, pm, gd) x
    -- exemptions of the members against their new and old rows (member_exemption is not changed by this statement)
    UNION ALL
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM unnest(news) m JOIN member_exemption e ON e.member_id = m.id, LATERAL rs_exempt_spans(e, m) x
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM unnest(olds) m JOIN member_exemption e ON e.member_id = m.id, LATERAL rs_exempt_spans(e, m) x));
  INSERT INTO report_count (figure, month, n)
  SELECT figure, month, sum(n) FROM (
    SELECT d.* FROM unnest(news) m, LATERAL rs_member_counts(m) d
    UNION ALL
    SELECT d.figure, d.month, -d.n FROM unnest(olds) m, LATERAL rs_member_counts(m) d
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  -- fees depend on the count, the admission date (party age) and, through them, on nothing else of the row
  PERFORM rs_fee_refresh(ARRAY(
    SELECT coalesce(n.id, o.id) FROM unnest(news) n FULL JOIN unnest(olds) o ON o.id = n.id
     WHERE n.id IS NULL OR o.id IS NULL OR n.joined_on IS DISTINCT FROM o.joined_on OR n.left_on IS DISTINCT FROM o.left_on
        OR n.admission_decision_date IS DISTINCT FROM o.admission_decision_date));
  PERFORM rs_wrote();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_exemption_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds member_exemption[] := '{}';
  news member_exemption[] := '{}';
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  -- the members' rows as now (this statement does not change them), locked so a concurrent change of one waits
  PERFORM 1 FROM member WHERE id IN (SELECT member_id FROM unnest(news) UNION SELECT member_id FROM unnest(olds))
   ORDER BY id FOR NO KEY UPDATE;
  INSERT INTO report_delta (figure, month, n)
  SELECT * FROM rs_deltas(ARRAY(
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM unnest(news) e JOIN member m ON m.id = e.member_id, LATERAL rs_exempt_spans(e, m) x
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM unnest(olds) e JOIN member m ON m.id = e.member_id, LATERAL rs_exempt_spans(e, m) x));
  PERFORM rs_wrote();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_exit_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO report_count (figure, month, n)
    SELECT 'exits.' || type::text, rs_month(exited_on), count(*) FROM new_rows GROUP BY 1, 2;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO report_count (figure, month, n)
    SELECT 'exits.' || type::text, rs_month(exited_on), -count(*) FROM old_rows GROUP BY 1, 2;
  END IF;
  PERFORM rs_wrote();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_candidate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds candidate[] := '{}';
  news candidate[] := '{}';
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  INSERT INTO report_delta (figure, month, n)
  SELECT * FROM rs_deltas(ARRAY(
    SELECT (x.figure, x.f, x.u, x.n)::rs_span FROM unnest(news) c, LATERAL rs_candidate_spans(c) x
    UNION ALL
    SELECT (x.figure, x.f, x.u, -x.n)::rs_span FROM unnest(olds) c, LATERAL rs_candidate_spans(c) x));
  PERFORM rs_wrote();
  RETURN NULL;
END $$;

-- A cell's active flag or level decides whether it is counted, now and in "cells with a regular meeting" of
-- every month it met in.
CREATE FUNCTION rs_org_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds party_org[] := '{}';
  news party_org[] := '{}';
  flips uuid[];
  signs int[];
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  -- +1 for an organisation that became a counted cell, -1 for one that stopped being one
  SELECT array_agg(f.id), array_agg(f.d) INTO flips, signs FROM (
    SELECT coalesce(n.id, o.id) AS id, (CASE WHEN n.id IS NOT NULL AND rs_is_cell(n) THEN 1 ELSE 0 END)
                                      - (CASE WHEN o.id IS NOT NULL AND rs_is_cell(o) THEN 1 ELSE 0 END) AS d
      FROM unnest(news) n FULL JOIN unnest(olds) o ON o.id = n.id
  ) f WHERE f.d <> 0;
  IF flips IS NOT NULL THEN
    INSERT INTO report_delta (figure, month, n) SELECT 'cells', '-infinity'::date, sum(d) FROM unnest(signs) d HAVING sum(d) <> 0;
    INSERT INTO report_count (figure, month, n)
    SELECT 'regular_cells', c.month, sum(f.d)
      FROM unnest(flips, signs) AS f(id, d) JOIN cell_month_regular c ON c.cell_id = f.id AND c.n > 0
     GROUP BY c.month;
  END IF;
  PERFORM rs_wrote();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_meeting_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  gone meeting_summary[];
  added meeting_summary[];
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  -- the meetings whose month, cell or type may have changed (an edit of the topic or documents changes nothing)
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY(SELECT id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY(SELECT id FROM old_rows);
  ELSE
    ids := ARRAY(SELECT coalesce(n.id, o.id) FROM new_rows n FULL JOIN old_rows o ON o.id = n.id
                  WHERE n.id IS NULL OR o.id IS NULL
                     OR (rs_month_of(n.started_at), n.cell_id, n.type) IS DISTINCT FROM (rs_month_of(o.started_at), o.cell_id, o.type));
  END IF;
  IF cardinality(ids) = 0 THEN
    RETURN NULL;
  END IF;
  -- take back what they contributed (their rolls as counted so far) ...
  WITH d AS (DELETE FROM meeting_summary s WHERE s.meeting_id = ANY (ids) RETURNING s.*)
  SELECT array_agg((d.meeting_id, d.month, d.cell_id, d.regular, d.rolled, d.present)::meeting_summary) INTO gone FROM d;
  PERFORM rs_meetings_apply(coalesce(gone, '{}'), -1);
  -- ... and add what they contribute now (a deleted meeting has no row left, so adds nothing)
  WITH a AS (
    INSERT INTO meeting_summary (meeting_id, month, cell_id, regular, rolled, present)
    SELECT m.id, rs_month_of(m.started_at), m.cell_id, m.type IN ('REGULAR', 'COMBINED'), coalesce(r.rolled, 0), coalesce(r.present, 0)
      FROM meeting m
      LEFT JOIN LATERAL (SELECT count(*)::int AS rolled, count(*) FILTER (WHERE presence = 'PRESENT')::int AS present
                           FROM attendance WHERE meeting_id = m.id) r ON true
     WHERE m.id = ANY (ids)
    RETURNING *
  )
  SELECT array_agg((a.meeting_id, a.month, a.cell_id, a.regular, a.rolled, a.present)::meeting_summary) INTO added FROM a;
  PERFORM rs_meetings_apply(coalesce(added, '{}'), 1);
  PERFORM rs_wrote();
  RETURN NULL;
END $$;

-- Attendance moves its meeting's roll (meeting_summary) and, when the meeting is held, the month's figures. A
-- meeting deleted with its attendance (ON DELETE CASCADE) has no summary left to move: nothing is counted twice.
CREATE FUNCTION rs_attendance_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds attendance[] := '{}';
  news attendance[] := '{}';
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  WITH d AS (
    SELECT meeting_id, sum(rolled)::int AS rolled, sum(present)::int AS present FROM (
      SELECT meeting_id, 1 AS rolled, (presence = 'PRESENT')::int AS present FROM unnest(news)
      UNION ALL
      SELECT meeting_id, -1, -(presence = 'PRESENT')::int FROM unnest(olds)
    ) x GROUP BY meeting_id HAVING sum(rolled) <> 0 OR sum(present) <> 0 ORDER BY meeting_id
  ), up AS (
    UPDATE meeting_summary s SET rolled = s.rolled + d.rolled, present = s.present + d.present
      FROM d WHERE s.meeting_id = d.meeting_id
    RETURNING s.month, d.rolled, d.present
  )
  INSERT INTO report_count (figure, month, n)
  SELECT f.figure, up.month, sum(f.n)
    FROM up, LATERAL (VALUES ('expected', up.rolled::bigint), ('present', up.present::bigint)) f(figure, n)
   WHERE up.month IS NOT NULL GROUP BY 1, 2 HAVING sum(f.n) <> 0;
  PERFORM rs_wrote();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_fee_member_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  -- fee_basis_entry and member_interruption: recompute the members whose rows changed
  IF TG_OP = 'INSERT' THEN
    PERFORM rs_fee_refresh(ARRAY(SELECT DISTINCT member_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM rs_fee_refresh(ARRAY(SELECT DISTINCT member_id FROM old_rows));
  ELSE
    PERFORM rs_fee_refresh(ARRAY(SELECT member_id FROM new_rows UNION SELECT member_id FROM old_rows));
  END IF;
  PERFORM rs_wrote();
  RETURN NULL;
END $$;

CREATE FUNCTION rs_payment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds fee_payment[] := '{}';
  news fee_payment[] := '{}';
  ids uuid[];
BEGIN
  IF rs_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT o FROM old_rows o); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN news := ARRAY(SELECT n FROM new_rows n); END IF;
  ids := ARRAY(SELECT member_id FROM unnest(news) UNION SELECT member_id FROM unnest(olds));
  PERFORM 1 FROM member WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  INSERT INTO report_count (figure, month, n)
  SELECT figure, month, sum(n) FROM (
    SELECT * FROM rs_payment_effects(news)
    UNION ALL
    SELECT figure, month, -n FROM rs_payment_effects(olds)
  ) x GROUP BY 1, 2 HAVING sum(n) <> 0;
  PERFORM rs_fee_arrears_refresh(ids);
  PERFORM rs_wrote();
  RETURN NULL;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
      ('member', 'rs_member_changed'), ('member_exemption', 'rs_exemption_changed'), ('member_exit', 'rs_exit_changed'),
      ('candidate', 'rs_candidate_changed'), ('party_org', 'rs_org_changed'), ('meeting', 'rs_meeting_changed'),
      ('attendance', 'rs_attendance_changed'), ('fee_basis_entry', 'rs_fee_member_changed'),
      ('member_interruption', 'rs_fee_member_changed'), ('fee_payment', 'rs_payment_changed')) AS v(tab, fn)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                   'rs_' || t.tab || '_insert', t.tab, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                   'rs_' || t.tab || '_update', t.tab, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                   'rs_' || t.tab || '_delete', t.tab, t.fn);
  END LOOP;
END $$;

-- A database migrated with data in it gets its summaries now.
SELECT rs_rebuild();
