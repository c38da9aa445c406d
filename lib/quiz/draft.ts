import { parseNumberInput } from './grade';
import { scrambledOrder } from './display';
import type { FitVerdict, Question, QuizResponse } from './types';

/**
 * An answer being put together in the page, before "Check answer". Each kind of question edits
 * one of these; `responseOf` turns it into a response to mark, or says what is still missing.
 */
export type Draft =
  | { kind: 'choice'; chosen: string[] }
  | { kind: 'fit'; verdicts: Record<string, FitVerdict> }
  | { kind: 'numeric'; text: string }
  | { kind: 'ordering'; order: string[] };

export function emptyDraft(question: Question): Draft {
  switch (question.kind) {
    case 'fit':
      return { kind: 'fit', verdicts: {} };
    case 'numeric':
      return { kind: 'numeric', text: '' };
    case 'ordering':
      return { kind: 'ordering', order: scrambledOrder(question.items, question.id).map((i) => i.id) };
    default:
      return { kind: 'choice', chosen: [] };
  }
}

export type DraftResult = { response: QuizResponse } | { problem: string };

export function responseOf(question: Question, draft: Draft): DraftResult {
  switch (question.kind) {
    case 'single':
    case 'simulator': {
      const choice = draft.kind === 'choice' ? draft.chosen[0] : undefined;
      return choice ? { response: { kind: question.kind, choice } } : { problem: 'Choose an answer first.' };
    }
    case 'multi': {
      const chosen = draft.kind === 'choice' ? draft.chosen : [];
      return chosen.length > 0 ? { response: { kind: 'multi', choices: chosen } } : { problem: 'Tick at least one answer first.' };
    }
    case 'fit': {
      const verdicts = draft.kind === 'fit' ? draft.verdicts : {};
      const left = question.scenarios.filter((s) => !verdicts[s.id]).length;
      if (left > 0) return { problem: `Sort every workload first: ${left} still to go.` };
      return { response: { kind: 'fit', verdicts } };
    }
    case 'numeric': {
      const value = draft.kind === 'numeric' ? parseNumberInput(draft.text) : null;
      return value === null ? { problem: 'Type a number, such as 20 or 1,500.' } : { response: { kind: 'numeric', value } };
    }
    case 'ordering':
      return { response: { kind: 'ordering', order: draft.kind === 'ordering' ? draft.order : [] } };
  }
}

/** Moves the item at `from` by `step` places (-1 up, +1 down), within bounds. */
export function moveItem(order: readonly string[], from: number, step: -1 | 1): string[] {
  const to = from + step;
  if (to < 0 || to >= order.length) return [...order];
  const out = [...order];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}
