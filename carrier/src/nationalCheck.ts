// The national check (docs/transfers.md, "National check"): one federated query over all provinces through the
// gateway, then the national member total with the provinces it is missing, the transfers counted by both ends
// (subtracted once), transfers in transit and overdue, and citizen-ID conflicts found by salted hash only.
import { todayInVietnam } from '../../subgraphs/shared/period.ts';
import { createGraphQLClient, PeerRequestError, type HeadersFunction } from './graphqlClient.ts';

export interface NationalCheckOptions {
  gatewayUrl: string;
  headers?: HeadersFunction;
  /** Only these provinces (default all 34: the registry's list). */
  codes?: string[];
  /** Month counted (YYYY-MM); members as of its last day. Default: this month in Viet Nam. */
  period?: string;
  timeoutMs?: number;
}

export interface NationalCheckResult {
  asOf: string;
  members: { total: number; provincesCounted: number; provincesMissing: string[] };
  transfersAwaitingAcknowledgement: string[];
  transfersInTransit: number;
  /**
   * The month's official transfers received (Σ in over destinations) and applied by their sources (Σ out);
   * `unmatched` = in − out − those awaiting acknowledgement: 0 unless a receipt is lost on one side (spec §5 rule 2).
   * Null when a province is missing (its flows are unknown).
   */
  flows: { in: number; out: number; unmatched: number } | null;
  overdueTransfers: { id: string; fromProvince: string; toProvince: string; issuedOn: string; dueOn: string }[];
  citizenIdConflicts: { hash: string; provinces: string[] }[];
  conflictCheckMissing: string[];
}

const QUERY = `query NationalCheck($period: String!, $codes: [ID!]) { provinces(codes: $codes) { code
  report(period: $period) { asOf memberCount transfersIn transfersOut transfersOutPending transfersInUnconfirmed }
  citizenIdHashes { hash transferId }
  overdue: transfers(direction: OUT, state: OVERDUE, first: 500) { totalCount edges { node { id fromProvince toProvince issuedOn dueOn } } }
  inTransit: transfers(direction: OUT, state: ISSUED, first: 0) { totalCount }
} }`;

interface ProvinceAnswer {
  code: string;
  report: {
    asOf: string; memberCount: number; transfersIn: number; transfersOut: number; transfersOutPending: string[]; transfersInUnconfirmed: string[];
  } | null;
  citizenIdHashes: { hash: string; transferId: string | null }[] | null;
  overdue: { totalCount: number; edges: { node: NationalCheckResult['overdueTransfers'][number] }[] } | null;
  inTransit: { totalCount: number } | null;
}

const thisMonthInVietnam = (): string => todayInVietnam().slice(0, 7);

/**
 * Provinces per query: the gateway refuses a query whose estimated cost is over its limit (GATEWAY_MAX_COST,
 * 50 000 by default), and the page of up to 500 overdue transfers costs about 4 000 per province.
 */
const BATCH = 8;

/** Reads every province through the gateway; a province that fails is named, never silently left out. */
export async function runNationalCheck(options: NationalCheckOptions): Promise<NationalCheckResult> {
  const period = options.period ?? thisMonthInVietnam();
  const post = async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await fetch(options.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await options.headers?.()) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    }).catch((error: Error) => {
      throw new PeerRequestError('gateway', `unreachable (${error.message})`);
    });
    // The gateway answers partial data with errors naming the provinces that failed: keep the data.
    const body = (await res.json()) as { data?: { provinces: T[] } | null; errors?: { message: string }[] };
    if (!body.data?.provinces) {
      throw new PeerRequestError('gateway', `no list of provinces: ${body.errors?.map((e) => e.message).join('; ') ?? res.status}`);
    }
    return body.data.provinces;
  };
  const codes = options.codes ?? (await post<{ code: string }>('{ provinces { code } }', {})).map((p) => p.code);
  const answers: ProvinceAnswer[] = [];
  for (let i = 0; i < codes.length; i += BATCH) {
    const batch = codes.slice(i, i + BATCH);
    try {
      answers.push(...(await post<ProvinceAnswer>(QUERY, { period, codes: batch })));
    } catch {
      // the whole batch failed: every province in it is missing, and named
      answers.push(...batch.map((code) => ({ code, report: null, citizenIdHashes: null, overdue: null, inTransit: null })));
    }
  }
  return summarise(answers);
}

export function summarise(answers: ProvinceAnswer[]): NationalCheckResult {
  const counted = answers.filter((a) => a.report);
  const pendingOut = new Set(counted.flatMap((a) => a.report!.transfersOutPending));
  // Received by the destination while the source still counts the member: both count, subtract once.
  const both = [...new Set(counted.flatMap((a) => a.report!.transfersInUnconfirmed))].filter((id) => pendingOut.has(id)).sort();
  const holders = new Map<string, { code: string; transferId: string | null }[]>();
  for (const a of answers) {
    for (const h of a.citizenIdHashes ?? []) {
      const list = holders.get(h.hash) ?? [];
      list.push({ code: a.code, transferId: h.transferId });
      holders.set(h.hash, list);
    }
  }
  const conflicts = [...holders]
    .filter(([, list]) => list.length > 1 && !isOneTransfer(list))
    .map(([hash, list]) => ({ hash, provinces: list.map((l) => l.code).sort() }))
    .sort((a, b) => (a.hash < b.hash ? -1 : 1));
  return {
    asOf: counted[0]?.report!.asOf ?? '',
    members: {
      total: counted.reduce((sum, a) => sum + a.report!.memberCount, 0) - both.length,
      provincesCounted: counted.length,
      provincesMissing: answers.filter((a) => !a.report).map((a) => a.code),
    },
    transfersAwaitingAcknowledgement: both,
    flows: counted.length < answers.length ? null : flowsOf(counted, both.length),
    transfersInTransit: answers.reduce((n, a) => n + (a.inTransit?.totalCount ?? 0) + (a.overdue?.totalCount ?? 0), 0),
    // the first 500 overdue letters of each province (the oldest are the same few: a longer list is for paging)
    overdueTransfers: answers.flatMap((a) => a.overdue?.edges.map((e) => e.node) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1)),
    citizenIdConflicts: conflicts,
    conflictCheckMissing: answers.filter((a) => !a.citizenIdHashes).map((a) => a.code),
  };
}

function flowsOf(answers: ProvinceAnswer[], awaiting: number): NationalCheckResult['flows'] {
  const sum = (f: (r: NonNullable<ProvinceAnswer['report']>) => number) => answers.reduce((n, a) => n + f(a.report!), 0);
  const into = sum((r) => r.transfersIn);
  const out = sum((r) => r.transfersOut);
  return { in: into, out, unmatched: into - out - awaiting };
}

/** The same person at the two ends of one open transfer (out from one province, received by the other). */
const isOneTransfer = (list: { code: string; transferId: string | null }[]): boolean =>
  list.length === 2 && list[0].transferId !== null && list[0].transferId === list[1].transferId && list[0].code !== list[1].code;

export const recordNationalCheckMutation = `mutation RecordCheck($result: String!) { recordNationalCheck(result: $result) { checkedAt } }`;

/** Stores a result at the Centre (through the gateway, like any client). */
export async function recordNationalCheck(options: { gatewayUrl: string; headers?: HeadersFunction }, result: NationalCheckResult): Promise<void> {
  await createGraphQLClient({ peer: 'gateway', url: options.gatewayUrl, headers: options.headers })(recordNationalCheckMutation, {
    result: JSON.stringify(result),
  });
}
