'use client';

import { useId, useState } from 'react';
import { downloadText } from '@/components/ui/download';
import { progressDocuments } from '@/lib/progress/documents';
import { saveFailedMessage } from '@/lib/storage/messages';
import { importSummary, MAX_FILE_BYTES, progressFileName, progressFileText, readProgressFile } from '@/lib/storage/transfer';
import styles from './Progress.module.css';
import { useProgressDocuments } from './useProgressDocuments';

const Lines = ({ lines }: { lines: string[] }) => lines.map((line) => <p key={line}>{line}</p>);

type Outcome = { kind: 'done' | 'problem'; lines: string[] } | null;

/** Save every kind of progress to one file, and import such a file (validated, merged, summarised). */
export function ProgressTransfer() {
  const docs = useProgressDocuments();
  const fileId = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const loaded = docs.every((d) => d.state.loaded);

  const save = () => {
    const now = Date.now();
    downloadText(progressFileText(Object.fromEntries(docs.map((d) => [d.spec.key, d.store.exportData()])), now), progressFileName(now), 'application/json');
    setOutcome({ kind: 'done', lines: ['Your progress was saved to a file. Keep it somewhere safe; import it here, in this or another browser, to bring it back.'] });
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) return setOutcome({ kind: 'problem', lines: ['This file is far larger than a progress file can be, so it was not read.'] });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setOutcome({ kind: 'problem', lines: ['This file could not be read. Try choosing it again.'] });
    }
    const result = readProgressFile(text, progressDocuments, Date.now());
    if (!result.ok) return setOutcome({ kind: 'problem', lines: [result.message] });
    const failures = result.parts.flatMap((part) => {
      const failure = docs.find((d) => d.spec.key === part.spec.key)!.store.importValue(part.value);
      return failure ? [saveFailedMessage(`Your imported ${part.spec.label}`, failure)] : [];
    });
    const repaired = result.parts.flatMap((p) => (p.notice ? [`In the file: ${p.notice.message}`] : []));
    setOutcome({ kind: failures.length > 0 ? 'problem' : 'done', lines: [importSummary(result.parts), ...repaired, ...result.skipped, ...failures] });
  };

  return (
    <div className={styles.transfer}>
      <p className={styles.actionsRow}>
        <button type="button" className={styles.toggle} onClick={save} disabled={!loaded} data-testid="progress-export">
          Save progress to a file
        </button>
        <label htmlFor={fileId} className={styles.fileLabel}>
          Import progress from a file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          className={styles.fileInput}
          disabled={!loaded}
          data-testid="progress-import"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file can be chosen again
            if (file) void importFile(file);
          }}
        />
      </p>
      {/* Two live regions that stay in the page, so each change is announced: news, and problems. */}
      <div role="status" data-testid="progress-transfer-result">
        {outcome?.kind === 'done' ? <Lines lines={outcome.lines} /> : null}
      </div>
      <div role="alert" data-testid="progress-transfer-problem">
        {outcome?.kind === 'problem' ? <Lines lines={outcome.lines} /> : null}
      </div>
    </div>
  );
}
