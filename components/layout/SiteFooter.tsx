import Link from 'next/link';
import styles from './SiteFooter.module.css';

export function SiteFooter() {
  return (
    <footer className={`${styles.footer} no-print`}>
      <p>
        Serverless Lab is an open course. Every price, limit and cold-start figure it quotes names its public source and
        the date it was checked; providers change them, so check before you quote one in production.
      </p>
      <p>
        Your progress stays in this browser: <Link href="/progress">see it, save it to a file, or reset it</Link>.
      </p>
    </footer>
  );
}
