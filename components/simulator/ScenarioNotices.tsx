import type { ScenarioNotice } from '@/lib/url-state';
import styles from './Shell.module.css';

/**
 * What the link's values became, one sentence each. A value quoted from the link sits in <bdi>,
 * so right-to-left text in it cannot reorder the sentence around it (lib/url-state/notice.ts has
 * already removed any characters that would try).
 */
export function ScenarioNotices({ notices }: { notices: readonly ScenarioNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className={styles.notices} data-testid="scenario-notices" aria-label="Changes made to the link's values">
      {notices.map((n, i) => (
        <li key={`${n.param}-${i}`}>
          {n.quoted ? (
            <>
              {n.quoted.before}
              <bdi>{n.quoted.value}</bdi>
              {n.quoted.after}
            </>
          ) : (
            n.message
          )}
        </li>
      ))}
    </ul>
  );
}
