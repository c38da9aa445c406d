import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CourseOutline } from '@/components/lesson/CourseOutline';
import { LessonHeader } from '@/components/lesson/LessonHeader';
import { LessonPager } from '@/components/lesson/LessonPager';
import { LessonSources } from '@/components/lesson/LessonSources';
import { ProgressNotices } from '@/components/progress/ProgressNotices';
import { ReadMark } from '@/components/progress/ReadMark';
import { TableOfContents } from '@/components/lesson/TableOfContents';
import styles from '@/components/lesson/LessonLayout.module.css';
import { getLesson, getLessons, getNeighbours } from '@/lib/content/lessons';
import { facts } from '@/lib/data/facts';
import { factIdsIn, figuresBySource } from '@/lib/data/facts/age';

interface Params {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getLessons().map((l) => ({ slug: l.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Params) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const lessons = getLessons();
  const { default: LessonBody } = await import(`@/content/lessons/${lesson.file}`);

  return (
    <div className={styles.layout}>
      <aside className={`${styles.outlineCol} no-print`}>
        <CourseOutline lessons={lessons} currentSlug={slug} />
      </aside>
      <article className={styles.articleCol}>
        <ProgressNotices />
        <LessonHeader lesson={lesson} total={lessons.length} />
        <div className={styles.inlineToc}>
          <TableOfContents entries={lesson.toc} placement="inline" />
        </div>
        <LessonBody />
        <ReadMark slug={slug} title={lesson.title} />
        <LessonSources sources={lesson.sources} figures={figuresBySource(factIdsIn(lesson.body), facts)} />
        <LessonPager {...getNeighbours(slug)} />
      </article>
      <aside className={`${styles.tocCol} no-print`}>
        <TableOfContents entries={lesson.toc} placement="side" />
      </aside>
    </div>
  );
}
