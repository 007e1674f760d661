// What an attacker can deduce from published figures and the identities that hold between them: the set of true
// values of each figure consistent with every published figure (its candidates) and every identity. Each identity
// is Σ coef × figure = 0 with coefficients ±1; the sets are narrowed by generalised arc consistency until nothing
// changes. For one identity, or identities that share at most one figure pairwise along a chain (the systems
// built here), that is exact: every value left is realised by some assignment of all the figures.

export type Term = readonly [coef: 1 | -1, figure: string];
export type Identity = readonly Term[];

/** The candidates of every figure after the identities: a copy of `domains`, narrowed. */
export function feasibleValues(domains: ReadonlyMap<string, readonly number[]>, identities: readonly Identity[]): Map<string, number[]> {
  const dom = new Map([...domains].map(([k, v]) => [k, new Set(v)]));
  for (const identity of identities) {
    const names = identity.map(([, f]) => f);
    if (new Set(names).size !== names.length) throw new Error(`a figure appears twice in ${JSON.stringify(identity)}`);
    for (const f of names) if (!dom.has(f)) throw new Error(`no candidates for ${f}`);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const identity of identities) {
      for (const [coef, figure] of identity) {
        // coef × figure = −Σ others
        let sums = new Set([0]);
        for (const [c, other] of identity) {
          if (other === figure) continue;
          const next = new Set<number>();
          for (const s of sums) for (const x of dom.get(other)!) next.add(s + c * x);
          sums = next;
        }
        const before = dom.get(figure)!;
        const after = new Set([...before].filter((x) => sums.has(-coef * x)));
        if (after.size !== before.size) {
          dom.set(figure, after);
          changed = true;
        }
      }
    }
  }
  return new Map([...dom].map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));
}
