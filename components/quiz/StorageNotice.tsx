import type { RecoveryNotice } from '@/lib/quiz/storage';
import styles from './Quiz.module.css';

/** Says, in one visible line, that saved progress had to be recovered or reset. */
export function StorageNotice({ notice, onDismiss }: { notice: RecoveryNotice; onDismiss: () => void }) {
  return (
    <div className={styles.notice} role="status" data-testid="quiz-storage-notice" data-kind={notice.kind}>
      <p>{notice.message}</p>
      <button type="button" className={styles.small} onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
