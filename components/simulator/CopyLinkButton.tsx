'use client';

import { useState } from 'react';
import styles from './Shell.module.css';

/**
 * Copies a link that reopens this exact scenario. Where the clipboard is refused (an insecure
 * origin, a locked-down classroom browser) the link is shown in a field to copy by hand.
 */
export function CopyLinkButton({ makeUrl }: { makeUrl: () => string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = useState('');

  const copy = async () => {
    const link = makeUrl();
    setUrl(link);
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };

  return (
    <>
      <button type="button" className={styles.toolButton} onClick={copy} data-testid="copy-link">
        Copy link
      </button>
      <span role="status" className={styles.copyStatus}>
        {status === 'copied' ? 'Link copied.' : null}
      </span>
      {status === 'manual' ? (
        <label className={styles.manualLink}>
          Copy this link:
          <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="share-url" />
        </label>
      ) : null}
      <output hidden data-testid="share-url-value">
        {url}
      </output>
    </>
  );
}
