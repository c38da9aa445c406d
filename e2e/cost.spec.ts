import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, settled, test, useTheme, waitForSimulator } from './support/fixtures';

const page_ = '/simulators/cost';
const FIGURES = ['lambda-monthly-cost', 'ec2-monthly-cost', 'fargate-monthly-cost', 'crossover-requests-per-month', 'crossover-rps'];

/** The figures as shown, once the result has settled (the shell shows the previous one while it works). */
async function figures(p: Page) {
  await settled(p);
  return Promise.all(FIGURES.map((id) => p.getByTestId(id).textContent()));
}

test.describe('the cost explorer', () => {
  test('opens on the notes’ example: $18.67 for Lambda, and the crossover with the fleet', async ({ page, problems }) => {
    await page.goto(page_);
    await waitForSimulator(page);
    await expect(page.getByTestId('preset-notes-example')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('lambda-monthly-cost')).toHaveText('$18.67');
    await expect(page.getByTestId('ec2-monthly-cost')).toHaveText('$60.74');
    await expect(page.getByTestId('fargate-monthly-cost')).toHaveText('$72.08');
    await expect(page.getByTestId('crossover-requests-per-month')).toHaveText('32.5 million');
    await expect(page.getByTestId('crossover-rps')).toHaveText('12');
    await expect(page.getByTestId('simulator-summary')).toHaveText(
      'At 10 million requests a month Lambda costs $18.67; two t3.medium instances cost $60.74; Lambda stays cheaper until about 12 requests/s sustained (32.5 million requests a month).',
    );
    await expect(page.getByTestId('traffic-chart').locator('svg').first()).toBeVisible();
    expect(problems.errors).toEqual([]);
  });

  test('more memory costs more per call, so Lambda’s bill rises and the crossover comes sooner', async ({ page }) => {
    await page.goto(page_);
    await waitForSimulator(page);
    const memory = page.getByTestId('input-memory');
    await memory.fill('1024');
    await memory.press('Enter');
    await expect(page.getByTestId('lambda-monthly-cost')).toHaveText('$35.33');
    await expect(page.getByTestId('crossover-requests-per-month')).toHaveText('17.2 million');
    await expect(page.getByTestId('crossover-rps')).toHaveText('6.5');
    await expect(page.getByTestId('preset-notes-example')).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(/[?&]memory=1024(&|$)/);
  });

  test('works by keyboard alone: a scenario, a slider, the chart tabs and a table', async ({ page }) => {
    await page.goto(page_);
    await waitForSimulator(page);

    await page.getByTestId('preset-provisioned-api').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lambda-monthly-cost')).toHaveText('$119.92');

    // Arrow keys on the memory slider move Lambda's bill and the crossover.
    const before = await figures(page);
    await page.getByTestId('range-memory').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('lambda-monthly-cost')).not.toHaveText(before[0]!);
    await expect(page.getByTestId('crossover-requests-per-month')).not.toHaveText(before[3]!);

    // The chart tabs follow the ARIA pattern: arrows move between them, the panel follows.
    await page.getByTestId('tab-traffic').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tab-breakdown')).toBeFocused();
    await expect(page.getByTestId('tab-breakdown')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('breakdown-chart')).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByTestId('tab-tuning')).toBeFocused();
    await expect(page.getByTestId('tuning-chart')).toBeVisible();
    await expect(page.getByTestId('tuning-cheapest')).toContainText('Cheapest:');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tab-traffic')).toBeFocused();

    // Tab into the panel and open its table with the keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('traffic-table-toggle')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('traffic-table')).toBeVisible();
  });

  test('a copied link reopens the same scenario with the same figures, in a fresh browser', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(page_);
    await waitForSimulator(page);
    await page.getByTestId('preset-flash-sale-shop').click();
    await page.getByTestId('input-peakRatio').fill('6');
    await page.getByTestId('input-peakRatio').press('Enter');
    await page.getByTestId('input-arch').selectOption('arm');
    const shown = await figures(page);
    expect(shown).not.toContain(null);

    await page.getByTestId('copy-link').click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The short form: the preset, and only what differs from it.
    expect(link).toMatch(/\?preset=flash-sale-shop&arch=arm&peakRatio=6#sim-cost$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await waitForSimulator(other);
    expect(await figures(other)).toEqual(shown);
    await expect(other.getByTestId('input-instance')).toHaveValue('t3.medium');
    await fresh.close();
  });

  test('a hostile link gets notices and finite figures, never NaN, Infinity or a blank chart', async ({ page }) => {
    await page.goto(`${page_}?memory=-5&requests=1e30&arch=sparc&instance=z9.mega`);
    await waitForSimulator(page);
    const notices = page.getByTestId('scenario-notices');
    await expect(notices).toContainText('Memory (memory): -5 is below the minimum; using 128 MB');
    await expect(notices).toContainText('Requests a month (requests): 1e30 is above the maximum');
    await expect(notices).toContainText('Architecture (arch): "sparc" is not a choice here; using x86');
    await expect(notices).toContainText('EC2 instance type (instance): "z9.mega" is not a choice here');
    for (const id of FIGURES) await expect(page.getByTestId(id)).toHaveText(/^(\$[\d,]+\.\d\d|[\d.,]+( million| billion)?|None)$/);
    await expect(page.getByTestId('input-memory')).toHaveValue('128');
    const text = await page.getByTestId('simulator-shell').textContent();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    for (const tab of ['traffic', 'breakdown', 'tuning']) {
      await page.getByTestId(`tab-${tab}`).click();
      await expect(page.getByTestId(`${tab}-chart`).locator('svg path').first()).toBeVisible();
    }
  });

  test('each scenario shows its story in the numbers', async ({ page }) => {
    await page.goto(page_);
    await waitForSimulator(page);
    const pick = (id: string) => page.getByTestId(`preset-${id}`).click();

    await pick('webhook-100-a-day');
    await expect(page.getByTestId('lambda-monthly-cost')).toHaveText('$0.00');
    await expect(page.getByText(/under a cent: \$0\.00\d+/)).toBeVisible();
    await expect(page.getByTestId('ec2-monthly-cost')).toHaveText('$12.26');

    await pick('steady-10k-rps');
    await expect(page.getByTestId('simulator-summary')).toContainText('At 26.3 billion requests a month Lambda costs $14,016.04; 25 c6g.large instances cost $1,241.00');

    await pick('flash-sale-shop');
    await expect(page.getByTestId('ec2-monthly-cost')).toHaveText('$242.94');
    await expect(page.getByTestId('lambda-monthly-cost')).toHaveText('$186.67');
    await expect(page.getByTestId('crossover-requests-per-month')).toHaveText('None');
    await page.getByTestId('input-peakRatio').fill('1');
    await page.getByTestId('input-peakRatio').press('Enter');
    await expect(page.getByTestId('ec2-monthly-cost')).toHaveText('$60.74');
    await expect(page.getByTestId('crossover-rps')).toHaveText('12');

    await pick('arm-vs-x86');
    await expect(page.getByTestId('lambda-monthly-cost')).toHaveText('$30.67');
    await expect(page.getByTestId('lambda-other-arch-cost')).toHaveText('$37.33');

    await pick('provisioned-api');
    await page.getByTestId('tab-breakdown').click();
    await page.getByTestId('breakdown-table-toggle').click();
    await expect(page.getByTestId('breakdown-table')).toContainText('Provisioned concurrency');
    await expect(page.getByTestId('breakdown-table')).toContainText('$54.75');
  });

  test('the CSV download holds the same rows as the table', async ({ page }) => {
    await page.goto(page_);
    await waitForSimulator(page);
    for (const tab of ['traffic', 'breakdown', 'tuning']) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.getByTestId(`${tab}-table-toggle`).click();
      const table = page.getByTestId(`${tab}-table`);
      const rows = await table.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`${tab}-table-csv`).click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = fs.readFileSync((await download.path())!, 'utf8');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines).toHaveLength(rows.length);
      const plain = (cell: string) => (/^−?\$?[\d,.]+$/.test(cell) ? cell.replace('−', '-').replace(/[$,]/g, '') : cell);
      const quoted = (cell: string) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
      rows.forEach((cells, i) => expect(lines[i]).toBe(cells.map((c) => quoted(plain(c))).join(',')));
    }
  });

  test('on a phone the charts load only when the reader scrolls down to them', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(page_);
    await waitForSimulator(page);
    await expect(page.getByTestId('lambda-monthly-cost')).toHaveText('$18.67');
    await expect(page.getByTestId('traffic-chart')).toHaveCount(0);
    await page.getByTestId('tab-traffic').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('traffic-chart').locator('svg path').first()).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`every chart tab, its open table, the price sources and presenter mode pass axe in the ${theme} theme`, async ({ page }) => {
      // Five full axe scans of a page with long tables: more than the default 45 s on a busy machine.
      test.slow();
      await useTheme(page, theme);
      await page.goto(`${page_}?provisioned=5&freeTier=1&front=rest&coldShare=1&savings=20`);
      await waitForSimulator(page);
      const scan = async () => {
        const results = await new AxeBuilder({ page }).include('[data-simulator]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
      };
      for (const tab of ['traffic', 'breakdown', 'tuning']) {
        await page.getByTestId(`tab-${tab}`).click();
        await page.getByTestId(`${tab}-table-toggle`).click();
        await expect(page.getByTestId(`${tab}-table`)).toBeVisible();
        expect(await scan()).toEqual([]);
      }
      await page.getByTestId('price-sources-toggle').click();
      await expect(page.getByTestId('price-sources')).toContainText('AWS Lambda pricing');
      expect(await scan()).toEqual([]);
      await page.getByTestId('presenter-enter').click();
      await expect(page.getByTestId('simulator-shell')).toHaveAttribute('data-presenting', 'true');
      expect(await scan()).toEqual([]);
    });
  }
});
