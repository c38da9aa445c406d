import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SimulatorFrame } from '@/components/simulator/SimulatorFrame';
import styles from '@/components/home/Home.module.css';
import { getLesson } from '@/lib/content/lessons';
import { findSimulator, simulatorCatalog } from '@/lib/simulators/catalog';

interface Params {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return simulatorCatalog.map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const entry = findSimulator((await params).id);
  return entry ? { title: entry.title, description: entry.summary } : {};
}

export default async function SimulatorPage({ params }: Params) {
  const entry = findSimulator((await params).id);
  if (!entry) notFound();
  const lesson = getLesson(entry.lessonSlug);
  return (
    <div className={styles.section}>
      <h1>{entry.title}</h1>
      {lesson ? (
        <p>
          Taught in <Link href={`/lessons/${lesson.slug}`}>Lesson {lesson.order}: {lesson.title}</Link>.
        </p>
      ) : null}
      <SimulatorFrame id={entry.id} standalone />
    </div>
  );
}
