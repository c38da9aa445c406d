import Link from 'next/link';
import { ContinueLink } from '@/components/progress/ContinueLink';
import { lessonRefs } from '@/lib/content/lessons';
import { ThemeToggle } from './ThemeToggle';
import styles from './SiteHeader.module.css';

const sections = [
  { href: '/#lessons', label: 'Lessons' },
  { href: '/simulators', label: 'Simulators' },
  { href: '/quiz', label: 'Quiz' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/cheat-sheet', label: 'Cheat sheet' },
];

export function SiteHeader() {
  return (
    <header role="banner" className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <svg aria-hidden="true" width="26" height="26" viewBox="0 0 32 32">
            <rect x="2" y="2" width="28" height="28" rx="7" fill="var(--accent)" />
            <path d="M18 6 9 18h6l-2 8 10-13h-6z" fill="var(--bg)" />
          </svg>
          <span>Serverless Lab</span>
        </Link>
        <nav aria-label="Site" className={styles.nav}>
          <ul>
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <ContinueLink lessons={lessonRefs()} placement="header" />
        <ThemeToggle />
      </div>
    </header>
  );
}
