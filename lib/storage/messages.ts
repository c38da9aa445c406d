/**
 * What the learner is told about their stored progress, in one place so every page says it the same
 * way. Each sentence says what happened and what it means for them, never how storage works.
 */

interface Labelled {
  label: string;
}

const wasWere = (n: number) => (n === 1 ? 'was' : 'were');
const entryWord = (n: number) => `${n} unreadable entr${n === 1 ? 'y' : 'ies'}`;

export function unreadableMessage(doc: Labelled): string {
  return `Your saved ${doc.label} could not be read, so it has been reset. You can carry on from a fresh start.`;
}

export function damagedMessage(doc: Labelled, dropped: number): string {
  return `Part of your saved ${doc.label} was damaged: ${entryWord(dropped)} ${wasWere(dropped)} dropped and the rest was kept.`;
}

export function repairedMessage(doc: Labelled, repaired: number): string {
  return `Part of your saved ${doc.label} had impossible values (a date in the future or years away), so ${repaired} ${repaired === 1 ? 'entry was' : 'entries were'} corrected. Nothing was lost; a question affected simply comes back for review.`;
}

/** `kept` entries, described as `described` ("2 answered questions"), were read from an older version. */
export function carriedOverMessage(doc: Labelled, described: string, kept: number, dropped: number): string {
  if (kept === 0) return `Your saved ${doc.label} came from another version of the course and could not be carried over, so it has been reset.`;
  const lost = dropped > 0 ? `; ${entryWord(dropped)} ${wasWere(dropped)} dropped` : '';
  return `Your saved ${doc.label} came from another version of the course. ${described} ${wasWere(kept)} carried over${lost}.`;
}

export function newerVersionMessage(doc: Labelled): string {
  return `Your ${doc.label} was saved by a newer version of the course. This page shows what it can read but will not change it, so what you do here is not saved. Reload the page to get the newer version.`;
}

/** Why a write failed, as far as the browser tells. */
export type SaveFailure = 'full' | 'blocked' | 'newer';

/**
 * A failed save, next to what was being saved. `what` names it: "Your answer", "This lesson's
 * read mark".
 */
export function saveFailedMessage(what: string, failure: SaveFailure): string {
  if (failure === 'newer') return `${what} was not saved: your progress was saved by a newer version of the course. Reload the page to keep working with it.`;
  if (failure === 'full') return `${what} was not saved: this browser's storage for the course is full. It counts on this page but will be forgotten when you leave it.`;
  return `${what} was not saved: this browser is not letting the course keep anything (private browsing or a privacy setting can do this). It counts on this page but will be forgotten when you leave it.`;
}

/** Shown on load on every page that keeps progress, when a test write fails. */
export function cannotSaveMessage(failure: Exclude<SaveFailure, 'newer'>): string {
  return failure === 'full'
    ? "This browser's storage for the course is full, so nothing you do here can be saved: answers and lessons read will be forgotten when you leave. Your earlier progress is still there."
    : 'This browser is not letting the course save anything (private browsing or a privacy setting can do this), so answers and lessons read will be forgotten when you leave this page.';
}
