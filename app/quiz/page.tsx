import type { Metadata } from 'next';
import Link from 'next/link';
import styles from '@/components/home/Home.module.css';

export const metadata: Metadata = {
  title: 'Quiz',
  description: 'Interview trade-off questions on serverless: practice by topic, mock-interview drills and a review of your mistakes.',
};

export default function QuizPage() {
  return (
    <div className={styles.page}>
      <h1>Quiz: interview trade-offs</h1>
      <p>
        The question bank is being written alongside the lessons. Until it opens, each lesson&rsquo;s <em>Interview angle</em> notes give you the
        questions an interviewer is likely to ask, and the answers that show judgement.
      </p>
      <p>
        <Link href="/">Back to the lessons</Link>
      </p>
    </div>
  );
}
