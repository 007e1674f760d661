// Helpers of the transfer and period-report tests: raw-row views of the provinces (independent of the code
// under test), the carrier and the national check pointed at a test federation's fault proxies.
import assert from 'node:assert/strict';
import type { Pool } from '../../subgraphs/shared/db.ts';
import { Carrier, type CarrierOptions } from '../../carrier/src/Carrier.ts';
import { runNationalCheck, type NationalCheckResult } from '../../carrier/src/nationalCheck.ts';
import type { TestFederation } from './federation.ts';

export const todayVn = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
export const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
/** The day the national check counts: the last day of this month in Viet Nam. */
export const endOfThisMonth = (): string => {
  const [y, m] = todayVn().split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** Members counted on `d` per province, and the distinct people (citizen IDs) counted anywhere, from raw rows. */
export async function rawCounts(pools: Map<string, Pool>, d: string): Promise<{ sum: number; people: number; byProvince: Record<string, number> }> {
  const people = new Set<string>();
  const byProvince: Record<string, number> = {};
  let sum = 0;
  for (const [code, pool] of pools) {
    const { rows } = await pool.query<{ citizen_id: string }>(
      'SELECT citizen_id FROM member WHERE joined_on <= $1::date AND (left_on IS NULL OR left_on > $1::date)',
      [d],
    );
    byProvince[code] = rows.length;
    sum += rows.length;
    for (const r of rows) people.add(r.citizen_id);
  }
  return { sum, people: people.size, byProvince };
}

/** A live ACTIVE member of a province with no transfer yet. */
export async function pickMember(pool: Pool, skip = 0): Promise<{ id: string; citizen_id: string; full_name: string; joined_on: string }> {
  const { rows } = await pool.query(
    `SELECT id, citizen_id, full_name, joined_on FROM member m WHERE left_on IS NULL AND state = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM transfer t WHERE t.member_id = m.id) ORDER BY id OFFSET $1 LIMIT 1`,
    [skip],
  );
  assert.ok(rows[0], 'no member left to transfer');
  return rows[0];
}

export async function pickCell(pool: Pool): Promise<string> {
  const { rows } = await pool.query(`SELECT id FROM party_org WHERE active AND level = 'CHI_BO' ORDER BY id LIMIT 1`);
  return rows[0].id;
}

export const proxyUrl = (fed: TestFederation, name: string): string => fed.proxies.get(name)!.url;

/** A carrier over the test federation's proxies (so a proxy marked down is down for it too). */
export function testCarrier(fed: TestFederation, codes: string[], extra: Partial<CarrierOptions> = {}): Carrier {
  return new Carrier({
    provinces: codes,
    provinceUrl: (code) => proxyUrl(fed, `province${code}`),
    centralUrl: proxyUrl(fed, 'central'),
    headers: async (code) => ({ authorization: `Bearer ${await fed.serviceToken(code, 'carrier')}` }),
    backoffBaseMs: 1,
    backoffMaxMs: 1,
    timeoutMs: 3000,
    ...extra,
  });
}

/** CARRIER_ROUTES for a carrier child process over the test federation's proxies. */
export const carrierRoutes = (fed: TestFederation, codes: string[]): string =>
  [...codes.map((c) => `${c}=${proxyUrl(fed, `province${c}`)}`), `central=${proxyUrl(fed, 'central')}`].join(',');

export const nationalCheck = async (fed: TestFederation, codes: string[]): Promise<NationalCheckResult> => {
  const token = await fed.mint({ role: 'CENTRAL_ANALYST' }, { subject: 'system:national-check' });
  return runNationalCheck({ gatewayUrl: fed.federation.gateway.url, codes, headers: () => ({ authorization: `Bearer ${token}` }) });
};

/** CARRIER_TOKENS for a carrier child process: a SYSTEM token per province. */
export const carrierTokens = async (fed: TestFederation, codes: string[]): Promise<string> =>
  (await Promise.all(codes.map(async (c) => `${c}=${await fed.serviceToken(c, 'carrier')}`))).join(',');

export const ISSUE = `mutation($input: IssueTransferInput!) { PROVINCE { issueTransfer(input: $input) {
  transfer { id kind direction state memberId fullName fromProvince toProvince toOrgId letterNo issuedOn dueOn receivedOn member { id state } } } } }`;
