import { z } from 'zod';

/**
 * The frontmatter every lesson must carry. It is checked when the site builds and by the content
 * tests, and a bad field fails with the file and the field named.
 */
export const sourceSchema = z.object({
  title: z.string().min(3),
  url: z.url(),
  /** The date the figure or claim was last checked against this source. */
  // YAML reads an unquoted 2026-11-22 as a Date; keep it as the ISO day it was written as.
  asOf: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date()),
});

export const lessonFrontmatterSchema = z
  .object({
    title: z.string().min(3).max(90),
    /** One or two sentences, shown on the course home and in search results. */
    summary: z.string().min(20).max(280),
    /** What a learner will be able to do by the end: verbs a teacher could check. */
    objectives: z.array(z.string().min(10)).min(2).max(6),
    minutes: z.number().int().min(3).max(90),
    order: z.number().int().min(1),
    sources: z.array(sourceSchema).default([]),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type LessonSource = z.infer<typeof sourceSchema>;
