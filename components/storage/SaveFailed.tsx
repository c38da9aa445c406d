import { saveFailedMessage, type SaveFailure } from '@/lib/storage/messages';
import styles from './Storage.module.css';

/**
 * A failed save, said where it happened (under the answer, beside the read mark). `what` names
 * what was not saved: "Your answer", "This lesson's read mark".
 */
export function SaveFailed({ failure, what }: { failure: SaveFailure | null; what: string }) {
  if (!failure) return null;
  return (
    <p className={styles.failure} role="alert" data-testid="save-failed" data-failure={failure}>
      {saveFailedMessage(what, failure)}
    </p>
  );
}
