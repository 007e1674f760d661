// The smoke test of a running container stack (`npm run deploy:test`), through the gateway's published port only,
// with tokens signed by the run's own key: the national query reaches all 34 province containers; a transfer
// between two of them is carried by the carrier container and settles at both ends; a stopped province is named
// in an error while the other 33 answer within the timeout, and answers again once started.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Principal } from '../../auth/principal.ts';
import type { TokenSigner } from '../../auth/signer.ts';

/** Where to ask, and the key to sign each request's token with. */
export interface Gateway {
  gatewayUrl: string;
  signer: TokenSigner;
}

export interface SmokeTarget extends Gateway {
  provinceCodes: string[];
  /** Stops and starts one province's container. */
  stopProvince(code: string): Promise<void>;
  startProvince(code: string): Promise<void>;
  /** The gateway's SUBGRAPH_TIMEOUT_MS. */
  subgraphTimeoutMs: number;
  log(line: string): void;
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

async function ask<T>(target: Gateway, principal: Principal, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer<T>> {
  const token = await target.signer.mint(principal);
  const response = await fetch(target.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

const NATIONAL = `query NationalMemberCount($period: String!) { provinces { code report(period: $period) { memberCount } } }`;
type National = { provinces: Array<{ code: string; report: { memberCount: number } | null }> };
const ANALYST: Principal = { role: 'CENTRAL_ANALYST' };
const officer = (province: string): Principal => ({ role: 'PROVINCE_OFFICER', province });

/** Polls `check` every second until it returns a value, for at most `seconds`. */
async function waitFor<T>(what: string, seconds: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await sleep(1000);
  }
  throw new Error(`${what}: not within ${seconds} s${last ? ` (last: ${(last as Error).message})` : ''}`);
}

function period(): string {
  return new Date().toISOString().slice(0, 7);
}

async function nationalQuery(target: SmokeTarget): Promise<void> {
  const started = Date.now();
  const answer = await ask<National>(target, ANALYST, NATIONAL, { period: period() });
  assert.deepEqual(answer.errors ?? [], [], 'the national query answers without errors');
  const answered = answer.data!.provinces.filter((p) => typeof p.report?.memberCount === 'number');
  assert.deepEqual(answered.map((p) => p.code).sort(), [...target.provinceCodes].sort(), 'every province answers');
  const total = answered.reduce((sum, p) => sum + p.report!.memberCount, 0);
  target.log(`ok   national query: ${answered.length} provinces answered, ${total} members (rounded), ${Date.now() - started} ms`);
}

const SOURCE_MEMBER = `query SourceMember($code: ID!) {
  province(code: $code) { members(first: 1, filter: { state: ACTIVE }) { edges { node { id } } } }
}`;
const DESTINATION_CELLS = `query DestinationCells($code: ID!) {
  province(code: $code) { rootOrganisation { children { children { id level } } } }
}`;
const ISSUE = (from: string) => `mutation Issue($input: IssueTransferInput!) {
  province${from} { issueTransfer(input: $input) { transfer { id state } } }
}`;
const FOLLOW = `query Follow($code: ID!, $id: ID!) { province(code: $code) { transfer(id: $id) { state settledAt } } }`;
const CELL_LEVELS = new Set(['CHI_BO', 'CHI_BO_CO_SO']);

/**
 * Issues a transfer of an active member of `from` to a cell of `to` (each end read by its own officer: a province
 * officer reads only its own province) and waits for the carrier to settle it at the source.
 */
export async function carryTransfer(gateway: Gateway, from: string, to: string, settleSeconds: number) {
  type Member = { province: { members: { edges: Array<{ node: { id: string } }> } } };
  type Cells = { province: { rootOrganisation: { children: Array<{ children: Array<{ id: string; level: string }> }> } } };
  const source = await ask<Member>(gateway, officer(from), SOURCE_MEMBER, { code: from });
  const destination = await ask<Cells>(gateway, officer(to), DESTINATION_CELLS, { code: to });
  const memberId = source.data?.province.members.edges[0]?.node.id;
  const toOrgId = destination.data?.province.rootOrganisation.children.flatMap((c) => c.children).find((c) => CELL_LEVELS.has(c.level))?.id;
  assert.ok(memberId, `a member of ${from} to transfer: ${JSON.stringify(source.errors ?? source.data)}`);
  assert.ok(toOrgId, `a cell of ${to} to receive: ${JSON.stringify(destination.errors ?? destination.data)}`);
  const today = new Date().toISOString().slice(0, 10);
  const issued = await ask<Record<string, { issueTransfer: { transfer: { id: string; state: string } } }>>(gateway, officer(from), ISSUE(from), {
    input: { memberId, kind: 'OFFICIAL', toProvince: to, toOrgId, letterNo: 'SMOKE-GGT/TU', issuedOn: today },
  });
  assert.deepEqual(issued.errors ?? [], [], 'issueTransfer answers without errors');
  const id = issued.data![`province${from}`].issueTransfer.transfer.id;
  const started = Date.now();
  type Follow = { province: { transfer: { state: string; settledAt: string | null } | null } };
  const settled = await waitFor(`transfer ${id} settled at ${from}`, settleSeconds, async () => {
    const answer = await ask<Follow>(gateway, officer(from), FOLLOW, { code: from, id });
    return answer.data?.province.transfer?.settledAt ? answer.data.province.transfer : undefined;
  });
  const elapsedMs = Date.now() - started;
  const received = await ask<Follow>(gateway, officer(to), FOLLOW, { code: to, id });
  assert.ok(received.data?.province.transfer, `the transfer is at ${to}: ${JSON.stringify(received.errors)}`);
  return { id, memberId, elapsedMs, sourceState: settled.state, destinationState: received.data.province.transfer.state };
}

async function transferBetweenContainers(target: SmokeTarget, from: string, to: string): Promise<void> {
  const carried = await carryTransfer(target, from, to, 120);
  target.log(`ok   transfer ${from} → ${to}: carried and settled in ${carried.elapsedMs} ms (source ${carried.sourceState}, destination ${carried.destinationState})`);
}

async function provinceDown(target: SmokeTarget, code: string): Promise<void> {
  await target.stopProvince(code);
  const started = Date.now();
  const answer = await ask<National>(target, ANALYST, NATIONAL, { period: period() });
  const elapsed = Date.now() - started;
  const named = (answer.errors ?? []).filter((e) => JSON.stringify(e).includes(`province${code}`) || e.message.includes(code));
  assert.ok(named.length > 0, `an error names province ${code}: ${JSON.stringify(answer.errors)}`);
  const others = answer.data?.provinces.filter((p) => p.code !== code && typeof p.report?.memberCount === 'number') ?? [];
  assert.equal(others.length, target.provinceCodes.length - 1, 'the other provinces answer');
  assert.ok(elapsed < target.subgraphTimeoutMs + 5_000, `answered in ${elapsed} ms, beyond the ${target.subgraphTimeoutMs} ms timeout`);
  target.log(`ok   province ${code} stopped: ${others.length} others answered in ${elapsed} ms; error: ${named[0].message}`);
  await target.startProvince(code);
  const back = Date.now();
  await waitFor(`province ${code} answering again`, 180, async () => {
    const again = await ask<National>(target, ANALYST, NATIONAL, { period: period() });
    return again.data?.provinces.find((p) => p.code === code)?.report ? true : undefined;
  });
  target.log(`ok   province ${code} started again: answering after ${Date.now() - back} ms`);
}

export async function smokeTest(target: SmokeTarget): Promise<void> {
  await nationalQuery(target);
  await transferBetweenContainers(target, '01', '79');
  await provinceDown(target, '12');
  await nationalQuery(target);
}
