// The HTXS cap of the annual quality rating as configuration (README "Quality rating"): config/quality-rules.json,
// or the file QUALITY_RULES_FILE names. The spec marks the rule [M], so its share and its force are settings.
import { isObject, readRulesFile, RulesChecker } from '../../core/loadJsonRules.ts';

export type CapMode = 'WARN' | 'REFUSE';
const MODES: readonly CapMode[] = ['WARN', 'REFUSE'];

export interface QualityRules {
  /** HTXS in an organisation and year may be at most this share (percent) of its HTT. */
  htxsCap: { percentOfHtt: number; mode: CapMode };
}

export function parseQualityRules(json: unknown, origin: string): QualityRules {
  const c = new RulesChecker(origin);
  const cap = isObject(json) && isObject(json.htxsCap) ? json.htxsCap : {};
  c.check(isObject(json) && isObject(json.htxsCap), 'htxsCap', 'must be an object { percentOfHtt, mode }');
  const percentOfHtt = c.int(cap.percentOfHtt, 'htxsCap.percentOfHtt', 0, 100);
  c.check(MODES.includes(cap.mode as CapMode), 'htxsCap.mode', `must be one of ${MODES.join(', ')}; got ${JSON.stringify(cap.mode)}`);
  c.throwIfAny();
  return { htxsCap: { percentOfHtt, mode: cap.mode as CapMode } };
}

export function loadQualityRules(env: Record<string, string | undefined>): QualityRules {
  const { json, origin } = readRulesFile('QUALITY_RULES_FILE', 'quality-rules.json', env);
  return parseQualityRules(json, origin);
}

/**
 * Whether an organisation's HTXS count is within the cap: htxs <= percent% of htt, compared in integers
 * (100·htxs <= percent·htt) so 1 HTXS needs 5 HTT at 20%, not 4.
 */
export function withinHtxsCap(htxs: number, htt: number, percentOfHtt: number): boolean {
  return 100 * htxs <= percentOfHtt * htt;
}
