import type { Metadata } from 'next';
import Link from 'next/link';
import styles from '@/components/home/Home.module.css';
import { ProgressBar } from '@/components/progress/ProgressBar';
import { ProgressHoldings } from '@/components/progress/ProgressHoldings';
import { ProgressTransfer } from '@/components/progress/ProgressTransfer';
import { ReadBadge } from '@/components/progress/ReadBadge';
import { ResetAllProgress } from '@/components/progress/ResetAllProgress';
import { lessonRefs } from '@/lib/content/lessons';

export const metadata: Metadata = {
  title: 'Your progress',
  description: 'What the course remembers in this browser: lessons read and quiz answers. Save it to a file, import it elsewhere, or reset it.',
};

export default function ProgressPage() {
  const lessons = lessonRefs();
  return (
    <div className={styles.page}>
      <h1>Your progress</h1>
      <p>
        The course remembers the lessons you have read and your answers in the quiz, so it can offer the next lesson and bring back the questions you
        missed. All of it stays in this browser: nothing is sent anywhere, and it does not follow you to another device unless you take it there in a
        file.
      </p>
      <noscript>
        <p>This page needs JavaScript to read the progress saved in your browser.</p>
      </noscript>
      <ProgressHoldings />

      <h2 id="lessons-read">Lessons read</h2>
      <ProgressBar lessons={lessons} always />
      <ol aria-labelledby="lessons-read">
        {lessons.map((l) => (
          <li key={l.slug}>
            <Link href={`/lessons/${l.slug}`}>{l.title}</Link>
            <ReadBadge slug={l.slug} />
          </li>
        ))}
      </ol>
      <p>
        A lesson is marked read when you reach its end; the button at the end of each lesson marks or unmarks it by hand. Your quiz mastery is on the{' '}
        <Link href="/quiz">quiz page</Link>.
      </p>

      <h2>Take it with you</h2>
      <p>
        Save your progress to a file to keep a copy, or to carry it to another browser or computer. Importing a file adds to what is here rather than
        replacing it: where both have the same lesson or question, the more recent one is kept.
      </p>
      <ProgressTransfer />

      <h2>Start again</h2>
      <p>Resetting forgets everything this browser remembers about your progress, in every open tab of the course.</p>
      <ResetAllProgress />
    </div>
  );
}
