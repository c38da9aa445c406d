import { type Copy, type DocumentSpec, emptyCopy, mergeCopies, readDocument, sameCopy, serialise, type StorageNotice } from '@/lib/storage/document';
import { newerVersionMessage, type SaveFailure } from '@/lib/storage/messages';
import { type Area, localArea, readRaw, writeRaw } from './storageArea';

/** What a page knows of one stored document; components read it through useStoredDocument. */
export interface DocumentState<T> {
  /** False until the browser's copy has been read (always false on the server). */
  loaded: boolean;
  value: T;
  /** Saved by a newer version of the course: shown, never overwritten. */
  readOnly: boolean;
  /** What reading it had to recover or repair, until dismissed. */
  notice: StorageNotice | null;
  /** Why the latest save failed; null once a save works. */
  saveFailure: SaveFailure | null;
  /** When it was last read or written, ms since the epoch: the "now" due dates are judged against. */
  at: number;
}

type Listener = () => void;
type EventTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * One stored document as the page sees it, shared by every component that shows or changes it.
 * The rules that make sure nothing is lost:
 * - every write first re-reads what is stored and merges this page's copy into it, so a write
 *   never replaces what another tab (or another part of this page) saved since;
 * - when another tab writes, its copy is merged with ours; if its write lost something we hold
 *   (two tabs wrote at once), the merged copy is written back;
 * - a document from a newer version of the course is never written over: the page works on it in
 *   memory and a backup copy is kept under `<key>.backup`;
 * - a document recovered on load (damaged, repaired, older) is written back once, by pages that
 *   keep progress, so its notice shows once.
 */
export class DocumentStore<T> {
  private state: DocumentState<T>;
  private readonly initial: DocumentState<T>;
  private mine: Copy<T>;
  private listeners = new Set<Listener>();
  private keepers = 0;
  private pendingRewrite = false;

  constructor(
    readonly spec: DocumentSpec<T>,
    private readonly area: () => Area | null = localArea,
    private readonly events: EventTarget | null = typeof window === 'undefined' ? null : window,
  ) {
    this.mine = emptyCopy(spec);
    this.initial = { loaded: false, value: this.mine.value, readOnly: false, notice: null, saveFailure: null, at: 0 };
    this.state = this.initial;
  }

  getSnapshot = () => this.state;
  getServerSnapshot = () => this.initial;

  /** `keep`: the subscriber keeps progress (a lesson check, the quiz), not only shows it. */
  subscribe(listener: Listener, keep: boolean): () => void {
    if (this.listeners.size === 0) {
      this.events?.addEventListener('storage', this.onStorage);
      this.load();
    }
    this.listeners.add(listener);
    if (keep) this.keepers++;
    this.flushRewrite();
    return () => {
      this.listeners.delete(listener);
      if (keep) this.keepers--;
      if (this.listeners.size === 0) this.events?.removeEventListener('storage', this.onStorage);
    };
  }

  /** Applies a change to the freshly merged document and saves it. Returns why saving failed, if it did. */
  update = (change: (value: T, now: number) => T): SaveFailure | null => {
    const now = Date.now();
    const fresh = this.read(now);
    if (fresh.readOnly) return this.workInMemory({ value: change(this.mine.value, now), epoch: this.mine.epoch }, now);
    const base = mergeCopies(this.spec, fresh, this.mine);
    return this.save({ value: change(base.value, now), epoch: base.epoch }, now, fresh.notice);
  };

  /** Merges a copy read from a progress file into what is stored. */
  importValue = (value: T) => this.update((current) => this.spec.merge(current, value));

  /** Forgets everything, for this tab and every other: the next epoch starts empty. */
  reset = (): SaveFailure | null => {
    const now = Date.now();
    const fresh = this.read(now);
    if (fresh.readOnly) return this.workInMemory(emptyCopy(this.spec), now);
    return this.save({ value: this.spec.empty(), epoch: Math.max(fresh.epoch, this.mine.epoch) + 1 }, now, null);
  };

  dismissNotice = () => this.set({ notice: null });

  /** The document as it goes into a progress file: as stored when read-only, else this page's copy. */
  exportData(): unknown {
    const raw = this.state.readOnly ? readRaw(this.area(), this.spec.key) : null;
    return JSON.parse(raw ?? serialise(this.spec, this.mine));
  }

  private read(now: number) {
    return readDocument(this.spec, readRaw(this.area(), this.spec.key), now);
  }

  private load() {
    const now = Date.now();
    const loaded = this.read(now);
    this.mine = { value: loaded.value, epoch: loaded.epoch };
    this.pendingRewrite = loaded.rewrite;
    if (loaded.readOnly) this.keepBackup();
    this.set({ loaded: true, value: loaded.value, readOnly: loaded.readOnly, notice: loaded.notice, saveFailure: null, at: now });
  }

  private flushRewrite() {
    if (!this.pendingRewrite || this.keepers === 0 || !this.state.loaded || this.state.readOnly) return;
    this.pendingRewrite = false;
    const failure = writeRaw(this.area(), this.spec.key, serialise(this.spec, this.mine));
    if (failure) this.set({ saveFailure: failure });
  }

  private save(next: Copy<T>, now: number, notice: StorageNotice | null): SaveFailure | null {
    this.mine = next;
    this.pendingRewrite = false;
    const failure = writeRaw(this.area(), this.spec.key, serialise(this.spec, next));
    this.set({ value: next.value, readOnly: false, saveFailure: failure, at: now, ...(notice ? { notice } : {}) });
    return failure;
  }

  /** A newer version's document is stored: keep working on this page, write nothing over it. */
  private workInMemory(next: Copy<T>, now: number): SaveFailure {
    this.mine = next;
    this.keepBackup();
    this.set({ value: next.value, readOnly: true, notice: { kind: 'newer', message: newerVersionMessage(this.spec) }, saveFailure: 'newer', at: now });
    return 'newer';
  }

  private keepBackup() {
    const area = this.area();
    const raw = readRaw(area, this.spec.key);
    const backupKey = `${this.spec.key}.backup`;
    if (raw !== null && readRaw(area, backupKey) !== raw) writeRaw(area, backupKey, raw);
  }

  private onStorage = (e: StorageEvent) => {
    if (e.key !== this.spec.key && e.key !== null) return;
    const now = Date.now();
    const fresh = e.key === null ? this.read(now) : readDocument(this.spec, e.newValue, now);
    if (fresh.readOnly) {
      this.mine = { value: fresh.value, epoch: fresh.epoch };
      this.keepBackup();
      this.set({ value: fresh.value, readOnly: true, notice: fresh.notice, at: now });
      return;
    }
    const merged = mergeCopies(this.spec, fresh, this.mine);
    this.mine = merged;
    // The other tab's write may have lost what this tab saved a moment before (each had an old copy): put it back.
    const failure = sameCopy(this.spec, merged, fresh) ? null : writeRaw(this.area(), this.spec.key, serialise(this.spec, merged));
    this.set({ value: merged.value, readOnly: false, at: now, ...(failure ? { saveFailure: failure } : {}) });
  };

  private set(patch: Partial<DocumentState<T>>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one store per document, of any shape
const stores = new Map<string, DocumentStore<any>>();

/** The page's one store for a document: every component showing it shares it. */
export function storeFor<T>(spec: DocumentSpec<T>): DocumentStore<T> {
  let store = stores.get(spec.key) as DocumentStore<T> | undefined;
  if (!store) {
    store = new DocumentStore(spec);
    stores.set(spec.key, store);
  }
  return store;
}
