// A small seeded pseudo-random generator for the demo seed and test factories.
// sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state,
// fast in JavaScript's 32-bit integer arithmetic, and good enough statistically for
// demo data. Not for anything secret — passwords use node:crypto.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with the given probability (0–1). */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One value, chosen with the given relative weights. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** A day between two ISO dates (`YYYY-MM-DD`), both inclusive, as an ISO date. */
  dateBetween(from: string, to: string): string;
  /** A new generator whose sequence depends only on this one's seed and `label`. */
  fork(label: string | number): Random;
}

/** 32-bit FNV-1a of a string; used to turn labels and seeds into generator state. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const DAY_MS = 86_400_000;

export function isoDateToDay(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function dayToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A generator for `seed`; the same seed always gives the same sequence. */
export function createRandom(seed: number | string): Random {
  const seedText = String(seed);
  // Four independent 32-bit words from the seed (splitmix-style spreading).
  let a = hashString(`${seedText}#a`);
  let b = hashString(`${seedText}#b`);
  let c = hashString(`${seedText}#c`);
  let d = hashString(`${seedText}#d`) | 1;

  function nextUint32(): number {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const result = (t + d) | 0;
    c = (c + result) | 0;
    return result >>> 0;
  }

  // Discard the first outputs: sfc32 mixes poorly right after seeding.
  for (let index = 0; index < 12; index++) nextUint32();

  const random: Random = {
    next: () => nextUint32() / 4_294_967_296,
    int(min, max) {
      if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`);
      return min + Math.floor(random.next() * (max - min + 1));
    },
    chance: (probability) => random.next() < probability,
    pick(items) {
      if (items.length === 0) throw new RangeError("pick() from an empty list");
      return items[Math.floor(random.next() * items.length)] as (typeof items)[number];
    },
    weighted(choices) {
      let total = 0;
      for (const [, weight] of choices) total += weight;
      let target = random.next() * total;
      for (const [value, weight] of choices) {
        target -= weight;
        if (target < 0) return value;
      }
      const last = choices[choices.length - 1];
      if (!last) throw new RangeError("weighted() from an empty list");
      return last[0];
    },
    dateBetween(from, to) {
      return dayToIsoDate(random.int(isoDateToDay(from), isoDateToDay(to)));
    },
    fork: (label) => createRandom(`${seedText}/${label}`),
  };
  return random;
}
