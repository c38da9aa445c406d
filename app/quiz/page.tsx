import type { Metadata } from 'next';
import { BankSize } from '@/components/quiz/BankSize';
import { QuizApp } from '@/components/quiz/QuizApp';
import styles from '@/components/quiz/Quiz.module.css';
import { quizPageData } from '@/content/quiz/server';

export const metadata: Metadata = {
  title: 'Quiz',
  description: 'Interview trade-off questions on serverless: practice by topic, mock-interview drills and a review of your mistakes, with an explanation for every answer.',
};

export default function QuizPage() {
  const { topics, index, summary, sectionTitles, simulatorQuestions } = quizPageData();
  return (
    <div className={styles.page}>
      <h1>Quiz: interview trade-offs</h1>
      <p className={styles.lede}>
        System-design interviews test judgement: does serverless fit this workload, what breaks first, what does it cost. Every question here explains each answer,
        right or wrong, and links to the lesson section to read again. Questions you miss come back until you get them right.
      </p>
      <p>
        The bank holds {summary.total} questions across {summary.byTopic.length} topics, one per lesson; the table at the end lists them.
      </p>
      <noscript>
        <p className={styles.notice}>The quiz needs JavaScript to mark your answers and keep your progress. The lessons themselves read in full without it.</p>
      </noscript>
      <QuizApp topics={topics} index={index} sectionTitles={sectionTitles} simulatorQuestions={simulatorQuestions} />
      <BankSize summary={summary} />
    </div>
  );
}
