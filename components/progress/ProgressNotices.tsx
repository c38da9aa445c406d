'use client';

import { StorageNotice } from '@/components/storage/StorageNotice';
import { StorageWarning } from '@/components/storage/StorageWarning';
import { useLessonProgress } from './useLessonProgress';

/**
 * At the top of a page that keeps reading progress: a warning when this browser cannot save, and
 * what happened to saved reading progress that had to be recovered.
 */
export function ProgressNotices() {
  const { notice, dismissNotice } = useLessonProgress({ keep: true });
  return (
    <>
      <StorageWarning />
      {notice ? <StorageNotice notice={notice} onDismiss={dismissNotice} testId="reading-storage-notice" /> : null}
    </>
  );
}
