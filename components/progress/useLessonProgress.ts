'use client';

import { useCallback } from 'react';
import { useStoredDocument } from '@/components/storage/useStoredDocument';
import { isRead, lessonProgressDocument, withMark } from '@/lib/progress/lessons';

/**
 * Which lessons this browser has read. `keep: false` for components that only show it (a badge,
 * a "continue" link); the read mark at the end of a lesson keeps it.
 */
export function useLessonProgress({ keep = false }: { keep?: boolean } = {}) {
  const doc = useStoredDocument(lessonProgressDocument, { keep });
  const { update } = doc;
  const mark = useCallback((slug: string, read: boolean) => update((current, now) => withMark(current, slug, read, now)), [update]);
  return { ...doc, progress: doc.value, isRead: (slug: string) => isRead(doc.value, slug), mark };
}
