import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, settled, test, useTheme, waitForSimulator } from './support/fixtures';

// Each journey drives several full one-hour simulations and four charts; on a 2-core CI machine
// running two browsers at once that takes longer than the suite's default 45 s.
test.describe.configure({ timeout: 120_000 });

const url = '/simulators/concurrency';
const metricIds = ['peak-concurrency', 'throttled', 'dlq', 'db-errors', 'completed', 'max-queue-depth'];

/** A metric as a number, read from exactly the text shown. */
async function figure(page: Page, id: string): Promise<number> {
  await settled(page);
  const text = (await page.getByTestId(`metric-${id}`).textContent()) ?? '';
  expect(text, id).toMatch(/^\d{1,3}(,\d{3})*$/);
  return Number(text.replace(/,/g, ''));
}
async function figures(page: Page) {
  await settled(page);
  return Promise.all(metricIds.map((id) => page.getByTestId(`metric-${id}`).textContent()));
}

/** Charts draw when the reader nears them: scroll past all four, as a reader would. */
async function showCharts(page: Page) {
  await page.getByTestId('charts').scrollIntoViewIfNeeded();
  for (const id of ['rates', 'concurrency', 'queue', 'database']) await page.getByTestId(`chart-${id}`).scrollIntoViewIfNeeded();
  await expect(page.locator('[data-testid=chart-rates] svg.recharts-surface')).toBeVisible();
}

async function pickPreset(page: Page, id: string) {
  await page.getByTestId(`preset-${id}`).click();
  await expect(page.getByTestId(`preset-${id}`)).toHaveAttribute('aria-pressed', 'true');
  await settled(page);
}

test.describe('the concurrency-scaling simulator', () => {
  test('raising the account limit in the flash-sale spike lowers the throttled figure', async ({ page, problems }) => {
    await page.goto(url);
    await waitForSimulator(page);
    await pickPreset(page, 'flash-sale-limit');
    const before = await figure(page, 'throttled');
    expect(before).toBeGreaterThan(0);
    await expect(page.getByTestId('simulator-summary')).toContainText('account limit of 1,000');

    await page.getByTestId('input-limit').fill('3000');
    await page.getByTestId('input-limit').press('Enter');
    await expect.poll(() => figure(page, 'throttled')).toBeLessThan(before / 10);
    await expect(page.getByTestId('preset-flash-sale-limit')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('simulator-summary')).toContainText('could add only 1,000 environments every 10 s');
    expect(problems.errors).toEqual([]);
  });

  test('each preset tells its story in the figures', async ({ page }) => {
    await page.goto(url);
    await waitForSimulator(page);
    await pickPreset(page, 'db-100-connections');
    expect(await figure(page, 'db-errors')).toBeGreaterThan(1_000_000);
    expect(await figure(page, 'peak-concurrency')).toBe(100);
    await pickPreset(page, 'queue-protects-db');
    expect(await figure(page, 'db-errors')).toBe(0);
    expect(await figure(page, 'dlq')).toBe(0);
    expect(await figure(page, 'max-queue-depth')).toBeGreaterThan(100_000);
    await pickPreset(page, 'async-dlq');
    expect(await figure(page, 'dlq')).toBeGreaterThan(0);
    await expect(page.getByTestId('simulator-summary')).toContainText('dead-letter queue');
  });

  test('a copied link reproduces the same figures in a fresh browser', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url);
    await waitForSimulator(page);
    await pickPreset(page, 'db-100-connections');
    await page.getByTestId('input-proxy').check();
    await page.getByTestId('input-dbconn').fill('250');
    await page.getByTestId('input-dbconn').press('Enter');
    await expect(page.getByTestId('range-dbconn')).toHaveAttribute('aria-valuetext', '250 connections');
    const before = await figures(page);
    const sentence = await page.getByTestId('simulator-summary').textContent();

    await page.getByTestId('copy-link').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The short form: the preset, and only what differs from it.
    expect(link).toMatch(/\?preset=db-100-connections&dbconn=250&proxy=1#sim-concurrency$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await waitForSimulator(other);
    expect(await figures(other)).toEqual(before);
    await expect(other.getByTestId('simulator-summary')).toHaveText(sentence ?? '');
    await expect(other.getByTestId('scenario-notices')).toHaveCount(0);
    await fresh.close();
  });

  const numbers = ['base', 'peak', 'duration', 'window', 'limit', 'reserved', 'provisioned', 'batch', 'maxconc', 'dbconn', 'coldstart', 'retries', 'backoff', 'maxage', 'asyncretries', 'maxreceive', 'visibility', 'querypct'];
  const choices = ['pattern', 'scaling', 'mode'];

  /** Opens the folded "Advanced" group with the keyboard, as a keyboard user would. */
  async function openAdvanced(page: Page) {
    const advanced = page.getByTestId('controls-advanced');
    await advanced.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(advanced).toHaveAttribute('open', '');
  }

  test('Tab reaches every control, from the scenario buttons to the animation', async ({ page }) => {
    await page.goto(url);
    await waitForSimulator(page);
    await openAdvanced(page);
    await page.getByTestId('preset-flash-sale-limit').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 150 && !reached.has('flow-moment'); i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
    }
    const expected = [...numbers.flatMap((n) => [`range-${n}`, `input-${n}`]), ...choices.map((n) => `input-${n}`), 'input-proxy', 'reset', 'copy-link', 'presenter-enter', 'flow-play', 'flow-moment'];
    expect(expected.filter((id) => !reached.has(id))).toEqual([]);
  });

  test('every slider moves with an arrow key, and the number beside it follows', async ({ page }) => {
    test.slow(); // eighteen model runs, each redrawing four charts
    await page.goto(url);
    await waitForSimulator(page);
    await openAdvanced(page);
    for (const name of numbers) {
      const range = page.getByTestId(`range-${name}`);
      const box = page.getByTestId(`input-${name}`);
      const value = await box.inputValue();
      const atMax = value === (await box.getAttribute('max'));
      await range.focus();
      await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
      await expect(box, name).not.toHaveValue(value);
    }
  });

  test('choices, the proxy switch, scenarios, Reset, the animation, a chart and its table all work from the keyboard', async ({ page }) => {
    await page.goto(url);
    await waitForSimulator(page);
    for (const name of choices) {
      const select = page.getByTestId(`input-${name}`);
      const value = await select.inputValue();
      await select.focus();
      await page.keyboard.press('ArrowDown');
      await expect(select, name).not.toHaveValue(value);
    }
    await page.getByTestId('input-proxy').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('input-proxy')).toBeChecked();

    await page.getByTestId('preset-scaling-rate-spike').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('preset-scaling-rate-spike')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('reset').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('input-peak')).toHaveValue('5000');

    // The animation scrubs and plays from the keyboard.
    const readout = page.getByTestId('flow-readout');
    const moment = await readout.textContent();
    await page.getByTestId('flow-moment').focus();
    await page.keyboard.press('ArrowRight');
    await expect(readout).not.toHaveText(moment ?? '');
    await page.getByTestId('flow-play').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('flow-play')).toHaveText('Pause');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('flow-play')).toHaveText('Play');

    // A focused chart shows its hover box with the arrow keys, and its table opens with Enter.
    await showCharts(page);
    await page.locator('[data-testid=chart-rates] svg.recharts-surface').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('chart-rates').getByText(/^At \d+:\d\d$/)).toBeVisible();
    await page.getByTestId('table-rates').locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('table-rates').locator('tbody tr').first()).toBeVisible();
  });

  test('a hostile link gets notices and finite figures, never NaN, Infinity or a blank chart', async ({ page, problems }) => {
    await page.goto(`${url}?peak=1e12&duration=-5&mode=carrier-pigeon&window=abc`);
    await waitForSimulator(page);
    const notices = page.getByTestId('scenario-notices');
    await expect(notices).toContainText('Peak rate (peak)');
    await expect(notices).toContainText('above the maximum');
    await expect(notices).toContainText('Handler duration (duration)');
    await expect(notices).toContainText('below the minimum');
    await expect(notices).toContainText('"carrier-pigeon" is not a choice');
    await expect(notices).toContainText('"abc" is not a number');
    for (const id of metricIds) await figure(page, id);
    await showCharts(page);
    for (const id of ['rates', 'concurrency', 'queue']) {
      await expect(page.locator(`[data-testid=chart-${id}] .recharts-line`).first()).toBeVisible();
    }
    expect(await page.getByTestId('simulator-shell').textContent()).not.toMatch(/NaN|Infinity/);
    expect(problems.errors).toEqual([]);
  });

  test('the charts share one time axis: hovering one shows the same moment on all four', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await waitForSimulator(page);
    await pickPreset(page, 'db-100-connections');
    await showCharts(page);
    const rates = page.locator('[data-testid=chart-rates] svg.recharts-surface');
    await rates.scrollIntoViewIfNeeded();
    const box = (await rates.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    const times = await Promise.all(
      ['rates', 'concurrency', 'queue', 'database'].map(async (id) => {
        const time = page.getByTestId(`chart-${id}`).getByText(/^At \d+:\d\d$/);
        await expect(time, id).toHaveCount(1);
        return time.textContent();
      }),
    );
    expect(new Set(times).size).toBe(1);
    await expect(page.getByTestId('chart-database').getByText('Connections in use').last()).toBeVisible();
  });

  test('presenter mode fills the screen with taller charts, and Esc returns', async ({ page }) => {
    await page.goto(url);
    await waitForSimulator(page);
    await page.getByTestId('presenter-enter').focus();
    await page.keyboard.press('Enter');
    const shell = page.getByTestId('simulator-shell');
    await expect(shell).toHaveAttribute('data-presenting', 'true');
    await page.getByTestId('charts').scrollIntoViewIfNeeded();
    await page.getByTestId('chart-rates').scrollIntoViewIfNeeded();
    const chart = page.locator('[data-testid=chart-rates] svg.recharts-surface');
    await expect(chart).toBeVisible();
    expect((await chart.boundingBox())!.height).toBeGreaterThanOrEqual(290);
    await page.keyboard.press('Escape');
    await expect(shell).not.toHaveAttribute('data-presenting', 'true');
    await expect(page.getByTestId('presenter-enter')).toBeFocused();
  });

  test('with reduced motion the animation does not play; the time slider still shows each moment', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    await waitForSimulator(page);
    await expect(page.getByTestId('flow-animation')).toBeVisible();
    await expect(page.getByTestId('flow-play')).toHaveCount(0);
    const readout = page.getByTestId('flow-readout');
    const before = await readout.textContent();
    await page.getByTestId('flow-moment').focus();
    await page.keyboard.press('End');
    await expect(readout).toContainText(/At 4:5\d/); // the last moment of the five-minute window
    expect(await readout.textContent()).not.toBe(before);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`with every chart drawn and a table open, the page has no WCAG 2.1 AA violation (${theme})`, async ({ page }) => {
      test.slow(); // axe reads four charts and a table of 240 rows
      await useTheme(page, theme);
      await page.goto(url);
      await waitForSimulator(page);
      await pickPreset(page, 'async-dlq');
      await showCharts(page);
      await page.getByTestId('table-queue').locator('summary').click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }
});
