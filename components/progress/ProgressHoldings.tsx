'use client';

import { StorageNotice } from '@/components/storage/StorageNotice';
import { StorageWarning } from '@/components/storage/StorageWarning';
import styles from './Progress.module.css';
import { useProgressDocuments } from './useProgressDocuments';

/** What this browser holds, document by document, with anything recovered said first. */
export function ProgressHoldings() {
  const docs = useProgressDocuments();
  return (
    <>
      <StorageWarning />
      {docs.map(({ spec, state, store }) =>
        state.notice ? <StorageNotice key={spec.key} notice={state.notice} onDismiss={store.dismissNotice} testId="progress-storage-notice" /> : null,
      )}
      <ul className={styles.holdings} data-testid="progress-holdings">
        {docs.map(({ spec, state }) => (
          <li key={spec.key} data-key={spec.key}>
            <strong>{spec.label[0]!.toUpperCase() + spec.label.slice(1)}:</strong> {state.loaded ? spec.describe(state.value) : '…'}
          </li>
        ))}
      </ul>
    </>
  );
}
