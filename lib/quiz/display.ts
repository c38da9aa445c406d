import { createRandom } from '../sim/random';
import { shuffled } from './select';

/** FNV-1a: a stable 32-bit number from a string, so a question's shuffle is the same everywhere. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The order a question's choices are shown in: shuffled (the bank lists them in any order,
 * often the right answer first), but the same for a given question on the server, in the
 * browser and in presenter mode, so a page never changes order as it hydrates.
 */
export function displayOrder<T extends { id: string }>(items: readonly T[], questionId: string): T[] {
  return shuffled(items, createRandom(hashString(questionId)));
}

/** For an ordering question: shuffled, and never already in the right order. */
export function scrambledOrder<T extends { id: string }>(items: readonly T[], questionId: string): T[] {
  const out = displayOrder(items, questionId);
  const solved = out.every((item, i) => item.id === items[i]!.id);
  return solved && out.length > 1 ? [...out.slice(1), out[0]!] : out;
}
