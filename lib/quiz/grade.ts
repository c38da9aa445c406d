import type { Question, QuizResponse, Tolerance } from './types';

/**
 * Marking. A question is right only when the whole answer is right (every box of a multiple
 * select, every workload of a fit sort, the full order), because that is what moves it between
 * Leitner boxes. `parts` reports how much was right, so feedback can say "4 of 5 placed
 * correctly" and point at the rest.
 */
export interface Grade {
  correct: boolean;
  /** Parts right and parts in all (a single choice has one part). */
  parts: { right: number; total: number };
}

/** True when `value` is within the tolerance of `answer`. */
export function withinTolerance(value: number, answer: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(value)) return false;
  const allowed = 'relative' in tolerance ? Math.abs(answer) * tolerance.relative : tolerance.absolute;
  // A hair of slack so that an answer typed at the edge is not lost to floating point.
  return Math.abs(value - answer) <= allowed * (1 + 1e-9) + 1e-12;
}

/** The interval a numeric answer is accepted in, for the feedback ("anything from 18 to 22"). */
export function acceptedRange(answer: number, tolerance: Tolerance): { low: number; high: number } {
  const allowed = 'relative' in tolerance ? Math.abs(answer) * tolerance.relative : tolerance.absolute;
  return { low: answer - allowed, high: answer + allowed };
}

const whole = (correct: boolean): Grade => ({ correct, parts: { right: correct ? 1 : 0, total: 1 } });

export function grade(question: Question, response: QuizResponse): Grade {
  switch (question.kind) {
    case 'single':
    case 'simulator': {
      if (response.kind !== 'single' && response.kind !== 'simulator') return whole(false);
      return whole(question.options.some((o) => o.id === response.choice && o.correct));
    }
    case 'multi': {
      if (response.kind !== 'multi') return whole(false);
      const chosen = new Set(response.choices);
      // Each option is a part: ticked when right, left empty when wrong.
      const right = question.options.filter((o) => chosen.has(o.id) === o.correct).length;
      return { correct: right === question.options.length, parts: { right, total: question.options.length } };
    }
    case 'fit': {
      if (response.kind !== 'fit') return whole(false);
      const right = question.scenarios.filter((s) => response.verdicts[s.id] === s.verdict).length;
      return { correct: right === question.scenarios.length, parts: { right, total: question.scenarios.length } };
    }
    case 'numeric': {
      if (response.kind !== 'numeric') return whole(false);
      return whole(withinTolerance(response.value, question.answer, question.tolerance));
    }
    case 'ordering': {
      if (response.kind !== 'ordering') return whole(false);
      const right = question.items.filter((item, i) => response.order[i] === item.id).length;
      const complete = response.order.length === question.items.length;
      return { correct: complete && right === question.items.length, parts: { right, total: question.items.length } };
    }
  }
}

const SUFFIXES: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9 };

/**
 * Reads a number as a learner types it: "1,000", "1 000", "$18.67", "2.5k", "3M", "40 s".
 * Returns null when there is no number to read. A trailing unit is ignored; a k, M or B
 * straight after the digits multiplies.
 */
export function parseNumberInput(raw: string): number | null {
  const compact = raw.trim().replace(/^\$/, '').replace(/(?<=\d)[,\s_](?=\d{3}\b)/g, '');
  const match = /^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/i.exec(compact);
  if (!match) return null;
  const rest = compact.slice(match[0].length);
  const suffix = /^([kKMB])(?![a-zA-Z])/.exec(rest)?.[1];
  const value = Number(match[0]) * (suffix ? SUFFIXES[suffix]! : 1);
  return Number.isFinite(value) ? value : null;
}
