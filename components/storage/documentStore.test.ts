import { describe, expect, it } from 'vitest';
import { lessonProgressDocument as lessons, withMark } from '@/lib/progress/lessons';
import { schedule } from '@/lib/quiz/repetition';
import { quizProgressDocument as quiz, readProgress, serialiseProgress, withRecord, emptyProgress } from '@/lib/quiz/storage';
import { DocumentStore } from './documentStore';
import type { Area } from './storageArea';

/**
 * A browser tab for the store: its own copy of localStorage (a browser hands each tab its own
 * cached copy and sends other tabs' writes later, as storage events), and a way to deliver them.
 */
class Tab {
  readonly items = new Map<string, string>();
  readonly writes: { key: string; value: string }[] = [];
  private handler: ((e: StorageEvent) => void) | null = null;
  failWith: DOMException | null = null;
  readonly area: Area = {
    getItem: (k) => this.items.get(k) ?? null,
    setItem: (k, v) => {
      if (this.failWith) throw this.failWith;
      this.items.set(k, v);
      this.writes.push({ key: k, value: v });
    },
    removeItem: (k) => void this.items.delete(k),
  };
  readonly events = {
    addEventListener: (_: string, h: (e: StorageEvent) => void) => void (this.handler = h),
    removeEventListener: () => void (this.handler = null),
  } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>;

  store<T>(spec: typeof quiz | typeof lessons) {
    const store = new DocumentStore(spec as never, () => this.area, this.events) as unknown as DocumentStore<T>;
    store.subscribe(() => {}, true);
    return store;
  }

  /** Another tab's write arriving here, as the browser delivers it. */
  receive(key: string, value: string) {
    this.items.set(key, value);
    this.handler?.({ key, newValue: value } as StorageEvent);
  }

  /** Sends this tab's writes since the last call to `other`. */
  deliverTo(other: Tab) {
    for (const w of this.writes.splice(0)) other.receive(w.key, w.value);
  }
}

const ids = (raw: string | undefined) => Object.keys(readProgress(raw ?? null).progress.records).sort();
const answer = (id: string) => (p: ReturnType<typeof emptyProgress>, now: number) => withRecord(p, id, schedule(p.records[id], true, now));

describe('the store behind every page that keeps progress', () => {
  it('re-reads what is stored before writing, so it never writes over what was saved since it loaded', () => {
    const tab = new Tab();
    const lessonCheck = tab.store<ReturnType<typeof emptyProgress>>(quiz);
    // Saved after the store loaded (by another part of the page, or a tab whose write arrived).
    tab.items.set(quiz.key, serialiseProgress(withRecord(emptyProgress(), 'wis-what-changes', schedule(undefined, true, Date.now() - 1000))));
    lessonCheck.update(answer('cs-warm-pings'));
    expect(ids(tab.items.get(quiz.key))).toEqual(['cs-warm-pings', 'wis-what-changes']);
  });

  it('two tabs answering at the same moment both keep both answers', () => {
    const [a, b] = [new Tab(), new Tab()];
    const storeA = a.store<ReturnType<typeof emptyProgress>>(quiz);
    const storeB = b.store<ReturnType<typeof emptyProgress>>(quiz);
    storeA.update(answer('cs-warm-pings'));
    storeB.update(answer('cost-crossover')); // before A's write reached B
    a.deliverTo(b); // B merges A's answer with its own and writes both back
    b.deliverTo(a); // A hears B's first write (which lost A's answer), then B's merged one
    a.deliverTo(b);
    expect(ids(a.items.get(quiz.key))).toEqual(['cost-crossover', 'cs-warm-pings']);
    expect(ids(b.items.get(quiz.key))).toEqual(['cost-crossover', 'cs-warm-pings']);
    expect(Object.keys(storeA.getSnapshot().value.records).sort()).toEqual(['cost-crossover', 'cs-warm-pings']);
    expect(b.writes).toEqual([]); // settled: B had nothing to add to A's merged copy, so no endless back and forth
  });

  it('a reset in one tab is not undone by another tab that still holds the old answers', () => {
    const [a, b] = [new Tab(), new Tab()];
    const storeA = a.store<ReturnType<typeof emptyProgress>>(quiz);
    const storeB = b.store<ReturnType<typeof emptyProgress>>(quiz);
    storeB.update(answer('cs-warm-pings'));
    b.deliverTo(a);
    storeA.reset();
    a.deliverTo(b);
    expect(storeB.getSnapshot().value.records).toEqual({});
    storeB.update(answer('cost-crossover'));
    expect(ids(b.items.get(quiz.key))).toEqual(['cost-crossover']);
  });

  it('never writes over a document saved by a newer version: works in memory, says so, and keeps a backup', () => {
    const tab = new Tab();
    const newer = JSON.stringify({ version: quiz.version + 1, records: {}, somethingNew: [1, 2, 3] });
    tab.items.set(quiz.key, newer);
    const store = tab.store<ReturnType<typeof emptyProgress>>(quiz);
    expect(store.getSnapshot()).toMatchObject({ readOnly: true, notice: { kind: 'newer' } });
    expect(store.update(answer('cs-warm-pings'))).toBe('newer');
    expect(store.getSnapshot().value.records['cs-warm-pings']).toBeDefined(); // the page still works
    expect(tab.items.get(quiz.key)).toBe(newer);
    expect(tab.items.get(`${quiz.key}.backup`)).toBe(newer);
    expect(store.reset()).toBe('newer');
    expect(tab.items.get(quiz.key)).toBe(newer);
  });

  it('reports a failed save as full or blocked, and keeps the answer on the page', () => {
    const tab = new Tab();
    const store = tab.store<ReturnType<typeof emptyProgress>>(quiz);
    tab.failWith = new DOMException('quota', 'QuotaExceededError');
    expect(store.update(answer('cs-warm-pings'))).toBe('full');
    expect(store.getSnapshot()).toMatchObject({ saveFailure: 'full', value: { records: { 'cs-warm-pings': expect.anything() } } });
    tab.failWith = new DOMException('denied', 'SecurityError');
    expect(store.update(answer('cost-crossover'))).toBe('blocked');
    tab.failWith = null;
    // Once storage works again, the next save carries the answers that could not be saved before.
    expect(store.update(answer('wis-what-changes'))).toBeNull();
    expect(ids(tab.items.get(quiz.key))).toEqual(['cost-crossover', 'cs-warm-pings', 'wis-what-changes']);
  });

  it('writes a document recovered on load back once, and only where a page keeps progress', () => {
    const damaged = JSON.stringify({ version: 1, lessons: { 'cold-starts': { read: true, lastAt: 1 }, concurrency: { read: 'maybe' } } });
    const viewer = new Tab();
    viewer.items.set(lessons.key, damaged);
    const onlyShows = new DocumentStore(lessons, () => viewer.area, viewer.events);
    onlyShows.subscribe(() => {}, false);
    expect(viewer.items.get(lessons.key)).toBe(damaged);
    onlyShows.subscribe(() => {}, true);
    expect(JSON.parse(viewer.items.get(lessons.key)!).lessons).toEqual(withMark({ lessons: {} }, 'cold-starts', true, 1).lessons);
    expect(viewer.writes).toHaveLength(1);
  });
});
