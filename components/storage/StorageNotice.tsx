import type { StorageNotice as Notice } from '@/lib/storage/document';
import styles from './Storage.module.css';

/** Says, in one visible line, what happened to saved progress (recovered, repaired, read-only). */
export function StorageNotice({ notice, onDismiss, testId = 'storage-notice' }: { notice: Notice; onDismiss: () => void; testId?: string }) {
  return (
    <div className={styles.notice} role="status" data-testid={testId} data-kind={notice.kind}>
      <p>{notice.message}</p>
      <button type="button" className={styles.dismiss} onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
