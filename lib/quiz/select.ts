import { createRandom, type Random } from '../sim/random';
import { isDue, isMistake } from './repetition';
import type { Records } from './mastery';
import type { Difficulty } from './types';

/** What selection needs to know about a question (not its text). */
export interface Candidate {
  id: string;
  topic: string;
  difficulty: Difficulty;
}

export const PRACTICE_ROUND_SIZE = 5;
export const DRILL_SIZE = 15;
export const REVIEW_ROUND_SIZE = 10;

const difficultyRank: Record<Difficulty, number> = { foundation: 0, applied: 1, expert: 2 };

/** Fisher-Yates on a copy, driven by a seeded generator so a round can be reproduced in a test. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * How urgently a question should be asked: mistakes first, then questions due for review,
 * then new ones (easier first), then those answered and not yet due (soonest due first).
 */
function urgency(c: Candidate, records: Records, now: number): [number, number] {
  const r = records[c.id];
  if (isMistake(r)) return [0, r!.lastAt];
  if (r && isDue(r, now)) return [1, r.due];
  if (!r) return [2, difficultyRank[c.difficulty]];
  return [3, r.due];
}

function byUrgency(candidates: readonly Candidate[], records: Records, now: number, random: Random): Candidate[] {
  // Shuffle first, then a stable sort: ties stay in random order, so rounds differ.
  return shuffled(candidates, random)
    .map((c) => ({ c, u: urgency(c, records, now) }))
    .sort((a, b) => a.u[0] - b.u[0] || a.u[1] - b.u[1])
    .map((x) => x.c);
}

export interface RoundOptions {
  now: number;
  seed: number;
  size?: number;
  /** Questions already asked in this sitting, asked again only when nothing else is left. */
  exclude?: ReadonlySet<string>;
}

function preferFresh(ordered: Candidate[], exclude: ReadonlySet<string> | undefined): Candidate[] {
  if (!exclude || exclude.size === 0) return ordered;
  return [...ordered.filter((c) => !exclude.has(c.id)), ...ordered.filter((c) => exclude.has(c.id))];
}

/** A practice round on one topic: mistakes and due questions first, then new ones. */
export function practiceRound(topicCandidates: readonly Candidate[], records: Records, options: RoundOptions): string[] {
  const ordered = byUrgency(topicCandidates, records, options.now, createRandom(options.seed));
  return preferFresh(ordered, options.exclude)
    .slice(0, options.size ?? PRACTICE_ROUND_SIZE)
    .map((c) => c.id);
}

/**
 * A mock-interview drill: questions drawn across every topic in turn (topics in a shuffled
 * order), so fifteen questions cover the course as an interview would rather than one corner.
 */
export function drillSet(candidates: readonly Candidate[], records: Records, options: RoundOptions): string[] {
  const random = createRandom(options.seed);
  const size = Math.min(options.size ?? DRILL_SIZE, candidates.length);
  const queues = new Map<string, Candidate[]>();
  for (const c of shuffled(candidates, random)) queues.set(c.topic, [...(queues.get(c.topic) ?? []), c]);
  for (const [topic, queue] of queues) queues.set(topic, byUrgency(queue, records, options.now, random));
  const topicOrder = shuffled([...queues.keys()], random);
  const picked: string[] = [];
  while (picked.length < size) {
    for (const topic of topicOrder) {
      const next = queues.get(topic)!.shift();
      if (next && picked.length < size) picked.push(next.id);
    }
  }
  return picked;
}

/** Review: the mistakes still to put right (oldest first), then questions due for another look. */
export function reviewRound(candidates: readonly Candidate[], records: Records, options: Omit<RoundOptions, 'seed'>): string[] {
  const mistakes = candidates.filter((c) => isMistake(records[c.id])).sort((a, b) => records[a.id]!.lastAt - records[b.id]!.lastAt);
  const due = candidates
    .filter((c) => !isMistake(records[c.id]) && records[c.id] && isDue(records[c.id], options.now))
    .sort((a, b) => records[a.id]!.due - records[b.id]!.due);
  return [...mistakes, ...due].slice(0, options.size ?? REVIEW_ROUND_SIZE).map((c) => c.id);
}
