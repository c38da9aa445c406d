import type { Source } from '../sourced';
import type { FactEntry } from './entry';

/**
 * How old each figure is: the list to re-check first. `npm run facts:age` prints it, oldest check
 * first. The date of "today" is always passed in, so nothing here (and no test) depends on the
 * calendar: a figure is never wrong for being old, only due for a look.
 */
export interface FactAge {
  id: string;
  text: string;
  asOf: string;
  /** Whole days between the check and `today`. */
  daysOld: number;
  source: Source;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD ("2026-02-30" is not one). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** Every fact with its age on `today`, oldest check first; ties in id order, so the list is stable. */
export function factsByAge(entries: Record<string, FactEntry>, today: string): FactAge[] {
  if (!isIsoDate(today)) throw new Error(`factsByAge: "${today}" is not a YYYY-MM-DD date`);
  return Object.entries(entries)
    .map(([id, { fact, text }]) => ({ id, text, asOf: fact.asOf, daysOld: dayNumber(today) - dayNumber(fact.asOf), source: fact.source }))
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
}

/** What is wrong with a fact's provenance, in words; empty when it names a source and a date. */
export function provenanceProblems(id: string, { fact }: FactEntry): string[] {
  const problems: string[] = [];
  if (!fact.source?.title?.trim()) problems.push(`${id}: its source has no title`);
  if (!/^https:\/\/\S+$/.test(fact.source?.url ?? '')) problems.push(`${id}: its source has no https address`);
  if (!isIsoDate(fact.asOf ?? '')) problems.push(`${id}: "${fact.asOf}" is not the YYYY-MM-DD date it was checked`);
  return problems;
}

/** A lesson's figures grouped by the page they come from and the day they were checked. */
export interface FiguresFromSource {
  source: Source;
  asOf: string;
  /** `about` says what the figure measures, when its data says so in words ("the largest SQS message"). */
  figures: { id: string; text: string; about?: string }[];
}

const COMPUTED = /^Computed from lib\/pricing[^:]*: /;

/**
 * What a figure measures, in words, read from its data: the description after a unit ("KB, the
 * largest SQS message"), the inputs of a computed example, or a unit that is already a phrase.
 * A bare unit ("ms", "USD") says nothing the figure's own text does not, so it gives nothing.
 */
export function figureAbout({ unit, note }: FactEntry['fact']): string | undefined {
  if (note && COMPUTED.test(note)) return note.replace(COMPUTED, '');
  const comma = unit.indexOf(', ');
  if (comma > 0) return unit.slice(comma + 2);
  // "USD per GB-month stored" says no more than "$0.03 per GB-month (stored)" once the currency is dropped.
  const words = unit.trim().replace(/^USD /, '');
  return words.split(/\s+/).length >= 3 ? words : undefined;
}

export function figuresBySource(ids: readonly string[], entries: Record<string, FactEntry>): FiguresFromSource[] {
  const groups = new Map<string, FiguresFromSource>();
  for (const id of new Set(ids)) {
    const found = entries[id];
    if (!found) continue;
    const key = `${found.fact.source.url} ${found.fact.asOf}`;
    const group = groups.get(key) ?? { source: found.fact.source, asOf: found.fact.asOf, figures: [] };
    const about = figureAbout(found.fact);
    if (!group.figures.some((f) => f.text === found.text && f.about === about)) group.figures.push(about ? { id, text: found.text, about } : { id, text: found.text });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.source.title.localeCompare(b.source.title) || a.asOf.localeCompare(b.asOf));
}

/** The <Fact id="…"> ids a lesson's MDX quotes, in order of first use, outside code blocks. */
export function factIdsIn(mdx: string): string[] {
  const prose = mdx.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return [...new Set([...prose.matchAll(/<Fact\s+id="([^"]+)"/g)].map((m) => m[1]!))];
}
