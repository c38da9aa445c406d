/**
 * Merge rules shared by every stored document. Two copies of one document meet when a page writes
 * (what is stored now against what the page holds) and when another tab writes (its copy against
 * ours). Nothing either copy knows may be lost, and both tabs must end with the same document
 * whichever side merges, so every rule here is commutative: merge(a, b) equals merge(b, a).
 */

export interface Timestamped {
  /** When this record last changed, ms since the epoch. */
  lastAt: number;
}

/** JSON with object keys sorted, so two equal documents give equal strings whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The newer of two versions of one record; on a tie, a fixed choice so both tabs agree. */
export function newer<R extends Timestamped>(a: R, b: R): R {
  if (a.lastAt !== b.lastAt) return a.lastAt > b.lastAt ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** Every id from both maps; where both have one, the record changed last wins. */
export function mergeByLastAt<R extends Timestamped>(a: Readonly<Record<string, R>>, b: Readonly<Record<string, R>>): Record<string, R> {
  const out: Record<string, R> = { ...a };
  for (const [id, record] of Object.entries(b)) {
    const mine = out[id];
    out[id] = mine ? newer(mine, record) : record;
  }
  return sortedById(out);
}

/** The same map with ids in order, so a merged document is written the same way by every tab. */
export function sortedById<R>(map: Readonly<Record<string, R>>): Record<string, R> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A log of events (drill results) from both copies: each event once, oldest first, the newest
 * `keep` kept. Events are told apart by their whole content.
 */
export function mergeLog<E extends { at: number }>(a: readonly E[], b: readonly E[], keep: number): E[] {
  const byKey = new Map<string, E>();
  for (const e of [...a, ...b]) byKey.set(canonicalJson(e), e);
  return [...byKey.entries()]
    .sort(([ka, ea], [kb, eb]) => ea.at - eb.at || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, e]) => e)
    .slice(-keep);
}
