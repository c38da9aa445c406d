import Link from 'next/link';
import { LessonList } from '@/components/home/LessonList';
import { SimulatorList } from '@/components/home/SimulatorList';
import { ContinueLink } from '@/components/progress/ContinueLink';
import { ProgressBar } from '@/components/progress/ProgressBar';
import { HomeMastery } from '@/components/quiz/HomeMastery';
import { quizPageData } from '@/content/quiz/server';
import styles from '@/components/home/Home.module.css';
import { getLessons, lessonRefs } from '@/lib/content/lessons';
import { simulatorCatalog } from '@/lib/simulators/catalog';

export default function HomePage() {
  const lessons = getLessons();
  const first = lessons[0];
  const { topics, index } = quizPageData();
  const masteryTopics = topics.map((t) => ({ id: t.id, label: t.label, questionIds: index.filter((q) => q.topic === t.id).map((q) => q.id) }));
  return (
    <>
      <section className={styles.hero} aria-labelledby="course-title">
        <h1 id="course-title">Serverless, from the inside out</h1>
        <p className={styles.lede}>
          A course on serverless architecture and Functions-as-a-Service. Read how the platforms really work, then change the numbers in a
          simulator and watch cold starts, scaling limits and costs move.
        </p>
        <ContinueLink lessons={lessonRefs()} placement="home" className={styles.start}>
          {first ? (
            <Link className={styles.start} href={`/lessons/${first.slug}`}>
              Start with lesson 1: {first.title}
            </Link>
          ) : null}
        </ContinueLink>
        <ul className={styles.audience} aria-label="Who the course is for">
          <li>
            <strong>Learning on your own</strong>Lessons in order, each opening with what you will be able to do and closing with what to remember.
          </li>
          <li>
            <strong>Teaching a class</strong>Every simulator scenario is a link you can share, and presenter mode fills a projector with large type.
          </li>
          <li>
            <strong>Preparing for interviews</strong>Interview-angle notes in every lesson and a quiz on the trade-offs system-design interviews probe.
          </li>
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="lessons">
        <h2 id="lessons">Lessons</h2>
        <ProgressBar lessons={lessonRefs()} />
        <LessonList lessons={lessons} />
      </section>
      <section className={styles.section} aria-labelledby="simulators">
        <h2 id="simulators">Simulators</h2>
        <SimulatorList simulators={simulatorCatalog} />
      </section>
      <section className={styles.section} aria-labelledby="mastery">
        <h2 id="mastery">Your quiz mastery</h2>
        <HomeMastery topics={masteryTopics} />
      </section>
    </>
  );
}
