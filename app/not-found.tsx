import Link from 'next/link';
import styles from '@/components/home/Home.module.css';

export default function NotFound() {
  return (
    <div className={styles.page}>
      <h1>That page is not in the course</h1>
      <p>
        The link may be old or mistyped. The <Link href="/">course home</Link> lists every lesson and simulator.
      </p>
    </div>
  );
}
