'use client';

import { cannotSaveMessage } from '@/lib/storage/messages';
import styles from './Storage.module.css';
import { useStorageHealth } from './useStorageHealth';

/**
 * On a page that keeps progress, a warning as soon as the page loads when this browser will not
 * let the course save anything, so the learner knows before they answer, not after.
 */
export function StorageWarning() {
  const health = useStorageHealth();
  if (health === 'unknown' || health === 'ok') return null;
  return (
    <div className={styles.notice} role="status" data-testid="storage-warning" data-failure={health}>
      <p>{cannotSaveMessage(health)}</p>
    </div>
  );
}
