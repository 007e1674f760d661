// Reads a /metrics answer as Prometheus would: with a parser of the text format (prom2javascript), so that a
// malformed exposition fails the test instead of being matched by a regex. (parse-prometheus-text-format, tried
// first, drops the labels, counts and sums of a histogram with labels.)
import assert from 'node:assert/strict';
import { getMetricsFromIterator, type PromHistogramData, type PromMetrics } from 'prom2javascript';

export interface Scrape {
  /** Every family's name. */
  names: Set<string>;
  /** The sum of the samples of `name` whose labels include `labels`; for a histogram, of their counts. 0 when none. */
  value(name: string, labels?: Record<string, string>): number;
  /** The label sets of `name`'s samples. */
  labelSets(name: string): Record<string, string>[];
}

export async function scrape(url: string): Promise<Scrape> {
  const response = await fetch(url);
  assert.equal(response.status, 200, `${url} answered ${response.status}`);
  assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  // prom2javascript's value pattern lacks NaN and -Inf, which the format allows (Prometheus reads values with Go's
  // ParseFloat, case-insensitive): prom-client writes `Nan` for the event-loop lag before its first sample. Such a
  // value is read as 0 here; everything else as the parser reads it.
  const lines = (await response.text()).split('\n').map((line) => (line.startsWith('#') ? line : line.replace(/ (?:nan|-inf)$/i, ' 0')));
  const families: PromMetrics = await getMetricsFromIterator(lines[Symbol.iterator]());
  const samples = (name: string, labels: Record<string, string> = {}) =>
    (families[name]?.data ?? []).filter((m) => Object.entries(labels).every(([k, v]) => m.labels[k] === v));
  return {
    names: new Set(Object.keys(families)),
    value: (name, labels) =>
      samples(name, labels).reduce((sum, m) => sum + ('value' in m ? m.value : (m as PromHistogramData).count), 0),
    labelSets: (name) => samples(name).map((m) => m.labels),
  };
}
