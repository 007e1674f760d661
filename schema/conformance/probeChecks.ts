// Group 4, probes with the province officer's token: the foundation's answers agree with each other as the
// standard's semantics require (subgraphs/province/src/areas/foundation is the reference implementation).
//   report(period): memberCount = officialCount + probationaryCount = maleCount + femaleCount, every month;
//   members: a walk of pages of 500 gives exactly totalCount members, each once, and ends with hasNextPage false;
//   the organisation tree: the direct memberCount of its organisations adds up to members.totalCount (every
//     member held today has one cell), and so does the current month's report.memberCount (counted as of the
//     month's last day: the same members, unless a record is dated after today);
//   members(filter) by status and by sex count what the current month's report counts (officialCount, …), the
//     tree's active cells are its cellCount, and meetings(month) lists the meetingsHeld of each month;
//   member(id) answers a walked member with this province's code; an id this province does not hold is null.
import { randomUUID } from 'node:crypto';
import { describeAnswer } from './client.ts';
import { askProvince, result, resultOf, type KitContext } from './context.ts';
import type { CheckResult } from './types.ts';

const PAGE = 500;
/** Nested `children` levels asked in one request: OrgLevel has 7 levels (TINH … TO_DANG), so 8 find one too deep. */
const TREE_DEPTH = 8;
const COUNTS = ['memberCount', 'officialCount', 'probationaryCount', 'maleCount', 'femaleCount'] as const;
/** The cells a report's cellCount counts (its description: "Active party cells (chi bộ and chi bộ cơ sở)"). */
const CELL_LEVELS = new Set(['CHI_BO', 'CHI_BO_CO_SO']);

/** The last day of a month YYYY-MM. */
export const lastDayOf = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export async function probeChecks(ctx: KitContext, options: { maxPages: number }): Promise<CheckResult[]> {
  return [
    await reportTotals(ctx),
    await memberWalk(ctx, options.maxPages),
    await organisationTree(ctx),
    currentCount(ctx),
    cellCount(ctx),
    await meetingTotals(ctx),
    await filteredTotals(ctx),
    await memberLookups(ctx),
    await unknownIds(ctx),
  ];
}

async function reportTotals(ctx: KitContext): Promise<CheckResult> {
  const problems: string[] = [];
  const facts: string[] = [];
  for (const month of ctx.months) {
    const { answer, province } = await askProvince(ctx, `report(period: $period) { period asOf ${COUNTS.join(' ')} meetingsHeld cellCount }`, {
      variableDefs: '$period: String!',
      variables: { period: month },
      timing: 'report',
    });
    const r = province?.report as Record<string, unknown> | null | undefined;
    const at = `report(period: "${month}")`;
    if (answer.errors?.length || !r) {
      problems.push(`${at}: expected the month's figures; got ${JSON.stringify(r ?? null)} (${describeAnswer(answer)})`);
      continue;
    }
    const bad = COUNTS.filter((f) => !Number.isInteger(r[f]) || (r[f] as number) < 0);
    if (bad.length) {
      problems.push(`${at}: ${bad.map((f) => `${f} = ${JSON.stringify(r[f])}`).join(', ')}; expected whole numbers ≥ 0`);
      continue;
    }
    const n = r as Record<(typeof COUNTS)[number], number>;
    if (n.memberCount !== n.officialCount + n.probationaryCount) {
      problems.push(`${at}: memberCount ${n.memberCount} ≠ officialCount ${n.officialCount} + probationaryCount ${n.probationaryCount} (= ${n.officialCount + n.probationaryCount})`);
    }
    if (n.memberCount !== n.maleCount + n.femaleCount) {
      problems.push(`${at}: memberCount ${n.memberCount} ≠ maleCount ${n.maleCount} + femaleCount ${n.femaleCount} (= ${n.maleCount + n.femaleCount})`);
    }
    if (r.period !== month) problems.push(`${at}.period: expected "${month}", found ${JSON.stringify(r.period)}`);
    if (r.asOf !== lastDayOf(month)) problems.push(`${at}.asOf: expected "${lastDayOf(month)}" (the month's last day), found ${JSON.stringify(r.asOf)}`);
    if (month === ctx.months[0]) {
      ctx.found.currentMemberCount = n.memberCount;
      ctx.found.cellCount = r.cellCount as number;
    }
    ctx.found.meetingsHeld[month] = r.meetingsHeld as number;
    facts.push(`${month}: ${n.memberCount} members`);
  }
  return resultOf('probes', `report(period) totals add up (${ctx.months.join(', ')})`, problems, facts);
}

async function memberWalk(ctx: KitContext, maxPages: number): Promise<CheckResult> {
  const name = `members(first: ${PAGE}) walked page by page gives totalCount members, each once`;
  const problems: string[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let after: string | null = null;
  let total: number | undefined;
  let pages = 0;
  let firstPage: string[] = [];
  for (;;) {
    const { answer, province } = await askProvince(
      ctx,
      `members(first: ${PAGE}, after: $after) { totalCount edges { cursor node { id provinceCode } } pageInfo { hasNextPage endCursor } }`,
      { variableDefs: '$after: String', variables: { after }, timing: 'membersPage' },
    );
    pages += 1;
    const page = province?.members as
      | { totalCount: number; edges: { cursor: string; node: { id: string; provinceCode: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
      | null
      | undefined;
    const at = `members(first: ${PAGE}, after: ${after ? JSON.stringify(after) : 'null'}) (page ${pages})`;
    if (answer.errors?.length || !page) {
      problems.push(`${at}: expected a page; got ${JSON.stringify(page ?? null)} (${describeAnswer(answer)})`);
      break;
    }
    if (total === undefined) total = page.totalCount;
    else if (page.totalCount !== total) problems.push(`${at}.totalCount: ${page.totalCount}, the first page said ${total}`);
    if (page.edges.length > PAGE) problems.push(`${at}: ${page.edges.length} edges, more than first: ${PAGE}`);
    if (pages === 1) firstPage = page.edges.map((e) => e.node.id);
    for (const { node } of page.edges) {
      if (seen.has(node.id)) duplicates.add(node.id);
      seen.add(node.id);
      if (node.provinceCode !== ctx.code && problems.length < 20) problems.push(`${at}: member ${node.id} has provinceCode ${JSON.stringify(node.provinceCode)}, expected "${ctx.code}"`);
    }
    if (!page.pageInfo.hasNextPage) break;
    if (!page.pageInfo.endCursor || page.edges.length === 0) {
      problems.push(`${at}: hasNextPage is true but the page has ${page.edges.length} edges and endCursor ${JSON.stringify(page.pageInfo.endCursor)}`);
      break;
    }
    // totalCount says how many pages there are: one more is a list that does not end (or repeats itself)
    if (pages >= maxPages || (total !== undefined && pages > Math.ceil(total / PAGE))) {
      problems.push(`${at}: hasNextPage still true after ${pages} pages and ${seen.size} members (totalCount ${total}); expected false at the end`);
      break;
    }
    after = page.pageInfo.endCursor;
  }
  if (duplicates.size) problems.push(`members: ${duplicates.size} ids answered more than once, e.g. ${[...duplicates].slice(0, 3).join(', ')}`);
  if (total !== undefined && seen.size !== total && !problems.some((p) => p.includes('hasNextPage still true'))) {
    problems.push(`members: the walk gave ${seen.size} distinct members in ${pages} pages; totalCount says ${total}`);
  }
  // Keep a few ids from across the list for member(id): the first page's first, middle and last.
  ctx.found.memberIds = [...new Set([firstPage[0], firstPage[Math.floor(firstPage.length / 2)], firstPage.at(-1)])].filter(
    (id): id is string => typeof id === 'string',
  );
  if (total !== undefined) ctx.found.totalCount = total;
  return resultOf('probes', name, problems, [`${seen.size} members in ${pages} pages`]);
}

interface OrgNode {
  id: string;
  level: string;
  active: boolean;
  memberCount: number | null;
  children?: OrgNode[] | null;
}

async function organisationTree(ctx: KitContext): Promise<CheckResult> {
  const name = 'the organisation tree: the direct memberCount of its organisations adds up to members.totalCount';
  let selection = 'id';
  for (let i = 0; i < TREE_DEPTH; i++) selection = `id level active memberCount children { ${selection} }`;
  const { answer, province } = await askProvince(ctx, `rootOrganisation { ${selection} }`);
  const root = province?.rootOrganisation as OrgNode | null | undefined;
  if (answer.errors?.length || !root) {
    return result('probes', name, 'fail', [`rootOrganisation: expected the province's committee; got ${JSON.stringify(root ?? null)} (${describeAnswer(answer)})`]);
  }
  const problems: string[] = [];
  const ids = new Set<string>();
  let sum = 0;
  let nodes = 0;
  let tooDeep = 0;
  let activeCells = 0;
  const walk = (org: OrgNode, depth: number, path: string) => {
    if (org.level === undefined) {
      // the innermost level asked only for ids: an organisation deeper than the probe reaches
      tooDeep += 1;
      return;
    }
    nodes += 1;
    if (ids.has(org.id)) problems.push(`${path}: organisation ${org.id} appears twice in the tree`);
    ids.add(org.id);
    if (ctx.found.orgIds.length < 3) ctx.found.orgIds.push(org.id);
    if (!Number.isInteger(org.memberCount) || (org.memberCount as number) < 0) {
      problems.push(`${path}.memberCount: ${JSON.stringify(org.memberCount)}; expected a whole number ≥ 0`);
    } else sum += org.memberCount as number;
    if (org.active && CELL_LEVELS.has(org.level)) activeCells += 1;
    (org.children ?? []).forEach((c, i) => walk(c, depth + 1, `${path}.children[${i}]`));
  };
  walk(root, 0, 'rootOrganisation');
  if (root.level !== 'TINH') problems.push(`rootOrganisation.level: expected TINH (the provincial committee), found ${JSON.stringify(root.level)}`);
  if (tooDeep) problems.push(`rootOrganisation: ${tooDeep} organisations deeper than ${TREE_DEPTH} levels; OrgLevel has ${TREE_DEPTH - 1} levels`);
  const total = ctx.found.totalCount;
  if (total === undefined) problems.push('members.totalCount unknown (the members walk failed): nothing to compare the tree with');
  else if (sum !== total) {
    problems.push(`rootOrganisation: Σ memberCount of its ${nodes} organisations = ${sum}; members.totalCount = ${total} (memberCount counts an organisation's direct members only)`);
  }
  if (!tooDeep) ctx.found.activeCells = activeCells;
  return resultOf('probes', name, problems, [`${nodes} organisations, ${sum} members`]);
}

function currentCount(ctx: KitContext): CheckResult {
  const name = `report(period: "${ctx.months[0]}").memberCount equals members.totalCount`;
  const { currentMemberCount: count, totalCount: total } = ctx.found;
  if (count === undefined || total === undefined) return result('probes', name, 'skip', ['the report or the members walk failed (above)']);
  return resultOf('probes', name, count === total ? [] : [
    `report(period: "${ctx.months[0]}").memberCount = ${count}; members.totalCount = ${total} (both count the members this province holds now)`,
  ]);
}

function cellCount(ctx: KitContext): CheckResult {
  const name = `report(period: "${ctx.months[0]}").cellCount equals the tree's active cells (CHI_BO, CHI_BO_CO_SO)`;
  const { cellCount: count, activeCells } = ctx.found;
  if (count === undefined || activeCells === undefined) return result('probes', name, 'skip', ['the report or the tree failed (above)']);
  return resultOf('probes', name, count === activeCells ? [] : [
    `report(period: "${ctx.months[0]}").cellCount = ${count}; the tree from rootOrganisation has ${activeCells} active organisations of level CHI_BO or CHI_BO_CO_SO`,
  ]);
}

async function meetingTotals(ctx: KitContext): Promise<CheckResult> {
  const months = ctx.months.filter((m) => ctx.found.meetingsHeld[m] !== undefined);
  const name = `meetings(month).totalCount equals report(period).meetingsHeld (${months.join(', ')})`;
  if (!months.length) return result('probes', name, 'skip', ['no report was read (above)']);
  const selection = months.map((m, i) => `m${i}: meetings(month: "${m}", first: 1) { totalCount edges { node { id month } } }`).join(' ');
  const { answer, province } = await askProvince(ctx, selection);
  if (answer.errors?.length || !province) return result('probes', name, 'fail', [`meetings(month: …): ${describeAnswer(answer)}`]);
  const problems: string[] = [];
  months.forEach((m, i) => {
    const page = province[`m${i}`] as { totalCount: number; edges: { node: { month: string } }[] } | null;
    if (page?.totalCount !== ctx.found.meetingsHeld[m]) {
      problems.push(`meetings(month: "${m}").totalCount = ${JSON.stringify(page?.totalCount ?? null)}; report(period: "${m}").meetingsHeld = ${ctx.found.meetingsHeld[m]}`);
    }
    const other = page?.edges.find((e) => e.node.month !== m);
    if (other) problems.push(`meetings(month: "${m}"): a meeting of month ${JSON.stringify(other.node.month)}`);
  });
  return resultOf('probes', name, problems, months.map((m) => `${m}: ${ctx.found.meetingsHeld[m]} meetings`));
}

/** members(filter) by each status and each sex, against the current month's report figure of the same members. */
const FILTERS = [
  ['status: CHINH_THUC', 'officialCount'],
  ['status: DU_BI', 'probationaryCount'],
  ['sex: NAM', 'maleCount'],
  ['sex: NU', 'femaleCount'],
] as const;

async function filteredTotals(ctx: KitContext): Promise<CheckResult> {
  const month = ctx.months[0]!;
  const name = `members(filter) by status and by sex: each totalCount equals the report(period: "${month}") figure`;
  const selection = [
    `report(period: "${month}") { ${FILTERS.map(([, figure]) => figure).join(' ')} }`,
    ...FILTERS.map(([filter], i) => `f${i}: members(filter: { ${filter} }, first: 1) { totalCount }`),
  ].join(' ');
  const { answer, province } = await askProvince(ctx, selection);
  if (answer.errors?.length || !province?.report) {
    return result('probes', name, 'fail', [`members(filter: …) and report(period: "${month}"): ${describeAnswer(answer)}`]);
  }
  const problems: string[] = [];
  FILTERS.forEach(([filter, figure], i) => {
    const total = (province[`f${i}`] as { totalCount?: unknown } | null)?.totalCount;
    const expected = province.report[figure] as unknown;
    if (total !== expected) {
      problems.push(`members(filter: { ${filter} }).totalCount = ${JSON.stringify(total)}; report(period: "${month}").${figure} = ${JSON.stringify(expected)}`);
    }
  });
  return resultOf('probes', name, problems);
}

async function memberLookups(ctx: KitContext): Promise<CheckResult> {
  const name = 'member(id) answers a walked member, with this province\'s code';
  if (!ctx.found.memberIds.length) return result('probes', name, 'skip', ['no member was walked']);
  const problems: string[] = [];
  for (const id of ctx.found.memberIds) {
    const { answer, province } = await askProvince(ctx, 'member(id: $id) { id provinceCode }', {
      variableDefs: '$id: ID!',
      variables: { id },
      timing: 'entities',
    });
    const m = province?.member as { id: string; provinceCode: string } | null | undefined;
    if (answer.errors?.length || !m) problems.push(`member(id: "${id}"): expected the member; got ${JSON.stringify(m ?? null)} (${describeAnswer(answer)})`);
    else {
      if (m.id !== id) problems.push(`member(id: "${id}").id: found ${JSON.stringify(m.id)}`);
      if (m.provinceCode !== ctx.code) problems.push(`member(id: "${id}").provinceCode: expected "${ctx.code}", found ${JSON.stringify(m.provinceCode)}`);
    }
  }
  return resultOf('probes', name, problems, [`${ctx.found.memberIds.length} members`]);
}

async function unknownIds(ctx: KitContext): Promise<CheckResult> {
  // A fresh UUID is held by no province: the province officer's answer for "not here" is null, without error.
  const id = randomUUID();
  const problems: string[] = [];
  for (const field of ['member', 'organisation']) {
    const { answer, province } = await askProvince(ctx, `${field}(id: $id) { id }`, { variableDefs: '$id: ID!', variables: { id } });
    if (answer.errors?.length || province == null || province[field] !== null) {
      problems.push(`${field}(id: "${id}") (an id no province holds): expected null without error; got ${JSON.stringify(province?.[field] ?? null)} (${describeAnswer(answer)})`);
    }
  }
  return resultOf('probes', 'member(id) and organisation(id) of an id this province does not hold answer null', problems);
}
