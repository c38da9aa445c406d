import { test as base, expect, type Page } from '@playwright/test';

/** Console errors and failed requests seen by a page: every journey asserts there are none. */
export interface PageProblems {
  errors: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page }, provide) => {
    const problems: PageProblems = { errors: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') problems.errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.errors.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => {
      // A navigation away cancels in-flight prefetches; that is not a broken link.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await provide(problems);
  },
});

export { expect };

/** Start a page in the given theme, as a returning reader who chose it would. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => window.localStorage.setItem('theme', t), theme);
}

/** The shell shows the previous result, marked stale, while a new one is worked out: wait it out. */
export async function settled(page: Page) {
  await expect(page.locator('[data-testid="simulator-shell"] [data-stale]')).toHaveCount(0);
}

/** Simulators load when the reader scrolls near them, so scroll there first, as a reader would. */
export async function waitForSimulator(page: Page) {
  await page.locator('[data-simulator]').first().scrollIntoViewIfNeeded();
  await expect(page.getByTestId('simulator-shell').first()).toBeVisible();
  await expect(page.getByTestId('simulator-summary').first()).not.toBeEmpty();
  await settled(page);
}
