import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { LessonRef } from '@/lib/progress/lessons';
import { lessonFrontmatterSchema, type LessonFrontmatter } from './schema';
import { tableOfContents, type TocEntry } from './toc';

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');
const FILE_PATTERN = /^(\d{2})-([a-z0-9-]+)\.mdx$/;

export interface Lesson extends LessonFrontmatter {
  /** URL segment: the file name without its number, e.g. "what-is-serverless". */
  slug: string;
  /** File name inside content/lessons, e.g. "01-what-is-serverless.mdx". */
  file: string;
  toc: TocEntry[];
  /** The MDX body, without frontmatter (used by the content checks). */
  body: string;
}

export class LessonContentError extends Error {}

/** Read and validate one lesson file; a bad field fails with the file and field named. */
export function readLesson(file: string, dir = LESSONS_DIR): Lesson {
  const match = FILE_PATTERN.exec(file);
  if (!match) throw new LessonContentError(`${file}: lesson files are named NN-slug.mdx`);
  const raw = fs.readFileSync(path.join(dir, file), 'utf8');
  const { data, content } = matter(raw);
  const parsed = lessonFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new LessonContentError(`${file}: invalid frontmatter\n  ${problems.join('\n  ')}`);
  }
  if (parsed.data.order !== Number(match[1])) {
    throw new LessonContentError(`${file}: order ${parsed.data.order} does not match the file number ${match[1]}`);
  }
  return { ...parsed.data, slug: match[2]!, file, toc: tableOfContents(content), body: content };
}

let cache: Lesson[] | undefined;

/** Every lesson, in course order. Read once per build. */
export function getLessons(dir = LESSONS_DIR): Lesson[] {
  if (cache && dir === LESSONS_DIR) return cache;
  const lessons = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readLesson(f, dir))
    .sort((a, b) => a.order - b.order);
  if (dir === LESSONS_DIR) cache = lessons;
  return lessons;
}

export function getLesson(slug: string): Lesson | undefined {
  return getLessons().find((l) => l.slug === slug);
}

/** Each lesson's slug, number and title: what the browser needs to link to it from saved progress. */
export function lessonRefs(): LessonRef[] {
  return getLessons().map(({ slug, order, title }) => ({ slug, order, title }));
}

export interface LessonNeighbours {
  previous?: Lesson;
  next?: Lesson;
}

export function getNeighbours(slug: string): LessonNeighbours {
  const lessons = getLessons();
  const i = lessons.findIndex((l) => l.slug === slug);
  return { previous: i > 0 ? lessons[i - 1] : undefined, next: i >= 0 ? lessons[i + 1] : undefined };
}
