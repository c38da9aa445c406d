import fs from 'node:fs';
import path from 'node:path';
import { simulatorCatalog } from '../../lib/simulators/catalog';

/** Every page of the course, read from the content so a new lesson is tested without editing a list. */
export function lessonSlugs(): string[] {
  return fs
    .readdirSync(path.join(process.cwd(), 'content', 'lessons'))
    .filter((f) => /^\d{2}-.+\.mdx$/.test(f))
    .sort()
    .map((f) => f.replace(/^\d{2}-/, '').replace(/\.mdx$/, ''));
}

/** Every simulator in the one registry, so a new one is tested without editing a list. */
export function simulatorIds(): string[] {
  return simulatorCatalog.map((e) => e.id);
}

export function allRoutes(): string[] {
  return [
    '/',
    ...lessonSlugs().map((s) => `/lessons/${s}`),
    '/simulators',
    ...simulatorIds().map((id) => `/simulators/${id}`),
    '/quiz',
    '/glossary',
    '/cheat-sheet',
    '/progress',
  ];
}

/** Pages that embed a simulator: wait for it before judging the page. */
export async function hasSimulator(page: import('@playwright/test').Page): Promise<boolean> {
  return (await page.locator('[data-simulator]').count()) > 0;
}
