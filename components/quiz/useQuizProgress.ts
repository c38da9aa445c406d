'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { schedule } from '@/lib/quiz/repetition';
import {
  emptyProgress,
  PROGRESS_KEY,
  readProgress,
  serialiseProgress,
  withDrill,
  withRecord,
  type DrillRecord,
  type Progress,
  type RecoveryNotice,
} from '@/lib/quiz/storage';

/** localStorage can be missing or refuse writes (private modes, full quotas, disabled storage). */
function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const UNSAVED: RecoveryNotice = { kind: 'partial', message: 'This browser is not letting the quiz save progress, so your answers will be forgotten when you leave the page.' };

/**
 * The learner's quiz progress, kept in this browser only. It is read after the first render (so
 * the server's HTML and the first client render agree), recovered if damaged, and written back
 * after every answer. Other tabs' changes are picked up through the storage event.
 */
export function useQuizProgress(knownIds?: ReadonlySet<string>) {
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState<RecoveryNotice | null>(null);
  /** When progress was last read or written: the "now" that due dates are judged against. */
  const [at, setAt] = useState(0);
  const latest = useRef(progress);
  const known = useRef(knownIds);

  const save = useCallback((next: Progress) => {
    latest.current = next;
    setProgress(next);
    setAt(Date.now());
    try {
      const store = storage();
      if (!store) throw new Error('no storage');
      store.setItem(PROGRESS_KEY, serialiseProgress(next));
    } catch {
      setNotice(UNSAVED);
    }
  }, []);

  useEffect(() => {
    const load = () => {
      let raw: string | null = null;
      try {
        raw = storage()?.getItem(PROGRESS_KEY) ?? null;
      } catch {
        setNotice(UNSAVED);
      }
      const result = readProgress(raw, known.current);
      latest.current = result.progress;
      setProgress(result.progress);
      setAt(Date.now());
      if (result.notice) {
        setNotice(result.notice);
        // Store the recovered version at once, so the notice is shown once, not on every visit.
        try {
          storage()?.setItem(PROGRESS_KEY, serialiseProgress(result.progress));
        } catch {
          setNotice(UNSAVED);
        }
      }
      setLoaded(true);
    };
    load();
    const onStorage = (e: StorageEvent) => {
      if (e.key === PROGRESS_KEY || e.key === null) load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const recordAnswer = useCallback(
    (questionId: string, correct: boolean) => {
      const now = Date.now();
      const current = latest.current;
      save(withRecord(current, questionId, schedule(current.records[questionId], correct, now)));
    },
    [save],
  );

  const recordDrill = useCallback((drill: DrillRecord) => save(withDrill(latest.current, drill)), [save]);

  const reset = useCallback(() => {
    save(emptyProgress());
    setNotice(null);
  }, [save]);

  return { progress, at, loaded, notice, dismissNotice: () => setNotice(null), recordAnswer, recordDrill, reset };
}
