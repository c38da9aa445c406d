import AxeBuilder from '@axe-core/playwright';
import { allRoutes, hasSimulator } from './support/routes';
import { expect, test, useTheme, waitForSimulator } from './support/fixtures';

const themes = ['light', 'dark'] as const;

for (const theme of themes) {
  for (const route of allRoutes()) {
    test(`${route} has no WCAG 2.1 AA violation in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000); // scanning a long lesson takes 30 s and more on a loaded machine
      await useTheme(page, theme);
      await page.goto(route);
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${theme}\\b`));
      // Each simulator is scanned loaded, in both themes, on its own page; a lesson is scanned as it
      // first paints (its simulator still a placeholder), which keeps the suite inside CI's time.
      if (route.startsWith('/simulators/') && (await hasSimulator(page))) await waitForSimulator(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
      expect(summary).toEqual([]);
    });
  }
}

test('the skip link takes a keyboard user straight to the content', async ({ page }) => {
  await page.goto('/lessons/what-is-serverless');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
