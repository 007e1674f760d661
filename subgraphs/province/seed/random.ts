// The seeded pseudo-random source of the demo data. Math.random cannot be seeded, so it would break the
// promise that the same options give byte-identical databases.
//
// sfc32 (Chris Doty-Humphrey's "small fast chaotic" generator): 128 bits of state, passes PractRand, and is a
// handful of 32-bit operations per number, which matters at ~20 draws per attendance row × 6 million rows.

/** Mixes one 32-bit word (the murmur3 finaliser): nearby keys give unrelated states. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds integer keys (each up to 2^53) into one 32-bit hash, different for each `lane`. */
function hashKeys(keys: readonly number[], lane: number): number {
  let h = mix32(0x9e3779b9 ^ lane);
  for (const key of keys) {
    const low = key >>> 0;
    const high = Math.floor(key / 0x1_0000_0000) >>> 0;
    h = mix32(h ^ low) + 0x6d2b79f5;
    h = mix32(h ^ high ^ lane);
  }
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * A generator whose sequence depends only on `keys` (integers, e.g. seed, province, stream, cell index).
   * Independent streams per cell let each pass regenerate one cell's data without replaying the others.
   */
  constructor(...keys: number[]) {
    this.a = hashKeys(keys, 1);
    this.b = hashKeys(keys, 2);
    this.c = hashKeys(keys, 3);
    this.d = hashKeys(keys, 4);
    // sfc32's first outputs are correlated with the seed words; the author's recommendation is to discard some.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.uint32() / 0x1_0000_0000;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** A version-4 UUID (RFC 9562 layout) made of this generator's bits. */
  uuid(): string {
    const w0 = this.uint32();
    const w1 = (this.uint32() & 0xffff0fff) | 0x00004000; // version 4
    const w2 = (this.uint32() & 0x3fffffff) | 0x80000000; // variant 10
    const w3 = this.uint32();
    return `${hex16(w0 >>> 16)}${hex16(w0)}-${hex16(w1 >>> 16)}-${hex16(w1)}-${hex16(w2 >>> 16)}-${hex16(w2)}${hex16(w3 >>> 16)}${hex16(w3)}`;
  }
}

// Two hex digits per byte from a table: toString(16) + padStart cost ~3 µs per UUID, a million times over.
const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex16 = (word: number): string => HEX_BYTES[(word >>> 8) & 0xff] + HEX_BYTES[word & 0xff];

/**
 * A fixed table of weighted choices, with the cumulative weights computed once: the generators draw from the
 * same tables hundreds of thousands of times.
 */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    if (entries.length === 0) throw new Error('Weighted: no entries');
    this.items = entries.map(([item]) => item);
    let sum = 0;
    this.cumulative = entries.map(([, weight]) => (sum += weight));
    this.total = sum;
  }

  draw(random: Random): T {
    const target = random.float() * this.total;
    const { cumulative } = this;
    let i = 0;
    while (i < cumulative.length - 1 && cumulative[i] <= target) i++;
    return this.items[i];
  }
}

/** A range [min, max] with a weight: drawn as "pick a range by weight, then a uniform value inside it". */
export type WeightedRange = readonly [min: number, max: number, weight: number];

export class WeightedRanges {
  private readonly ranges: Weighted<readonly [number, number]>;

  constructor(ranges: readonly WeightedRange[]) {
    this.ranges = new Weighted(ranges.map(([min, max, weight]) => [[min, max] as const, weight] as const));
  }

  /** An integer in one of the ranges, both ends included. */
  drawInt(random: Random): number {
    const [min, max] = this.ranges.draw(random);
    return random.int(min, max);
  }
}
