// What the conformance kit reports: checks in groups, each passed, failed, skipped (what it needs was not given
// or an earlier check failed) or a warning (worth the province's attention, but not a failure of the standard).

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface CheckResult {
  /** The group of checks (docs/standard/conformance.md has one section per group). */
  group: CheckGroup;
  /** What is checked, in a few words ("report(period) totals add up"). */
  name: string;
  status: CheckStatus;
  /**
   * On failure (or warning, or skip), each problem in one line: the field, argument or probe, what was expected
   * and what was found. On success, optional facts (the areas kept, the measured times).
   */
  messages: string[];
}

export const CHECK_GROUPS = ['federation', 'composition', 'schema', 'probes', 'bad input', 'access', 'areas', 'latency'] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export interface ConformanceReport {
  province: string;
  url: string;
  /** The standard's version the province was checked against (schema/standard/standard.json). */
  standardVersion: string;
  startedAt: string;
  durationMs: number;
  checks: CheckResult[];
  /** Areas of the standard the province answers (required ones included), from the areas checks. */
  areasKept: string[];
  /** Areas it answers AREA_NOT_KEPT for. */
  areasNotKept: string[];
  /** Answer times of the timed probes, in ms, by probe (report, membersPage, entities). */
  timings: Record<string, number[]>;
  summary: { passed: number; failed: number; warnings: number; skipped: number };
  /** True when no check failed. */
  ok: boolean;
}

export interface ConformanceOptions {
  /** The province's 2-digit code (schema/provinces.json). */
  province: string;
  /** The province subgraph's GraphQL endpoint, e.g. http://127.0.0.1:4101/graphql. */
  url: string;
  /** A PROVINCE_OFFICER token of that province: required for the probes (without it they are skipped and fail). */
  token?: string;
  /** A CENTRAL_ANALYST token: enables the analyst checks (counts rounded to multiples of 5, records refused). */
  analystToken?: string;
  /**
   * Per request. Default 30 000 ms: well over the latency budget, so that a slow answer is measured (and fails the
   * latency check) rather than aborted.
   */
  timeoutMs?: number;
  /** Today, YYYY-MM-DD (tests; default the date in Vietnam, where the province's months are kept). */
  today?: string;
  /**
   * How many months before the current one the report probes ask for (default 3): a few months of history, so that
   * totals are checked on past figures as well as live ones.
   */
  pastMonths?: number;
}

export interface ConformanceRunOptions extends ConformanceOptions {
  /**
   * Only these groups (default all). A group another one needs still runs, unreported: the schema and
   * composition checks need federation's `_service.sdl`; access and latency need the probes' members and times.
   * Composition takes ~5 s of CPU (35 subgraphs), the rest under a second on a small province.
   */
  groups?: readonly CheckGroup[];
  /** Most pages the members walk asks for before it calls the list endless (default 10 000: 5 million members). */
  maxPages?: number;
}
