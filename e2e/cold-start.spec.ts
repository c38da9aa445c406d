import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, useTheme, waitForSimulator } from './support/fixtures';

const page_ = '/simulators/cold-start';
const metricIds = ['metric-cold-share', 'metric-p50', 'metric-p95', 'metric-p99', 'metric-max-envs'];

/** "1,518 ms" → 1518. */
const ms = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));
const figures = (p: Page) => Promise.all(metricIds.map((id) => p.getByTestId(id).textContent()));

/** The lanes and charts are drawn when the reader nears them, as on a phone. */
async function scrollTo(page: Page, testId: string) {
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
}

/** The result follows the controls a moment later (a deferred render): wait until it has caught up. */
async function settled(page: Page) {
  await expect(page.locator('[data-stale]')).toHaveCount(0);
}

async function readoutProgress(page: Page) {
  return Number(await page.getByTestId('lanes-readout').getAttribute('data-progress'));
}

test.describe('the cold-start simulator', () => {
  test('switching the runtime from Java to Java with SnapStart lowers the p99 shown', async ({ page, problems }) => {
    await page.goto(page_);
    await waitForSimulator(page);
    await page.getByTestId('preset-java-before-snapstart').click();
    await settled(page);
    const p99 = page.getByTestId('metric-p99');
    const java = ms(await p99.textContent());
    expect(java).toBeGreaterThan(1000);

    await page.getByTestId('input-runtime').selectOption('java-snapstart');
    await settled(page);
    const snapStart = ms(await p99.textContent());
    expect(snapStart).toBeLessThan(java / 4);
    await expect(page.getByTestId('preset-java-snapstart')).toHaveAttribute('aria-pressed', 'true');
    expect(problems.errors).toEqual([]);
  });

  test('a copied link reopens the same scenario with the same figures in a fresh browser', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(page_);
    await waitForSimulator(page);
    await page.getByTestId('preset-checkout-p99').click();
    await page.getByTestId('input-seed').fill('7');
    await page.getByTestId('input-seed').press('Enter');
    await expect(page.getByTestId('input-seed')).toHaveValue('7');
    await settled(page);
    const before = await figures(page);
    const sentence = await page.getByTestId('simulator-summary').textContent();

    await page.getByTestId('copy-link').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The short form: the preset, and only what differs from it.
    expect(link).toMatch(/\/simulators\/cold-start\?preset=checkout-p99&seed=7#sim-cold-start$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await waitForSimulator(other);
    await settled(other);
    expect(await figures(other)).toEqual(before);
    await expect(other.getByTestId('simulator-summary')).toHaveText(sentence ?? '');
    await fresh.close();
  });

  test('every control works from the keyboard, the animation included', async ({ page }) => {
    await page.goto(page_);
    await waitForSimulator(page);

    // A scenario button, by Enter.
    await page.getByTestId('preset-webhook').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('preset-webhook')).toHaveAttribute('aria-pressed', 'true');

    // Every slider moves with an arrow key (down for the time simulated, which this scenario has at its top).
    for (const name of ['memory', 'pkg', 'provisioned', 'keepalive', 'ping', 'rps', 'window', 'seed', 'duration', 'spread']) {
      const input = page.getByTestId(`input-${name}`);
      const was = await input.inputValue();
      await page.getByTestId(`range-${name}`).focus();
      await page.keyboard.press(name === 'window' ? 'ArrowLeft' : 'ArrowRight');
      await expect(input, name).not.toHaveValue(was);
    }
    // Each list by arrow keys, the VPC box by Space.
    for (const name of ['runtime', 'pattern']) {
      const select = page.getByTestId(`input-${name}`);
      const was = await select.inputValue();
      await select.focus();
      await page.keyboard.press('ArrowDown');
      await expect(select, name).not.toHaveValue(was);
    }
    await page.getByTestId('input-vpc').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('input-vpc')).toBeChecked();
    // A typed value, confirmed with Enter.
    await page.getByTestId('input-window').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('simulator-summary')).toBeVisible();

    // The animation: play, pause, step, reset and speed.
    await scrollTo(page, 'lanes-section');
    const play = page.getByTestId('lanes-play');
    await expect(play).toBeEnabled();
    expect(await readoutProgress(page)).toBe(1);
    await page.getByTestId('lanes-speed').focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('lanes-speed')).toHaveValue('0.5');
    await play.focus();
    await page.keyboard.press('Enter');
    await expect(play).toHaveText(/Pause/);
    await page.waitForTimeout(1200);
    await page.keyboard.press('Enter');
    await expect(play).toHaveText(/Play/);
    const paused = await readoutProgress(page);
    expect(paused).toBeGreaterThan(0);
    expect(paused).toBeLessThan(0.5);
    await expect(page.getByTestId('lanes-readout')).toContainText(/^At \d/);

    await page.getByTestId('lanes-reset').focus();
    await page.keyboard.press('Enter');
    expect(await readoutProgress(page)).toBe(0);
    await page.getByTestId('lanes-step').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => readoutProgress(page)).toBeCloseTo(2 / 60, 4);

    // Pin by keyboard, then unpin.
    await page.getByTestId('pin-run').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pinned-p99')).toBeVisible();
    await page.getByTestId('unpin-run').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pinned-p99')).toHaveCount(0);

    // The numbers behind a chart open from the keyboard too.
    await scrollTo(page, 'charts-section');
    await page.getByTestId('latency-histogram').locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('histogram-table')).toBeVisible();
  });

  test('a hostile link gets notices, finite figures and drawn charts', async ({ page, problems }) => {
    await page.goto(`${page_}?memory=-5&rps=1e12&runtime=cobol&duration=`);
    await waitForSimulator(page);
    const notices = page.getByTestId('scenario-notices');
    await expect(notices).toContainText('Memory (memory): -5 is below the minimum; using 128 MB');
    await expect(notices).toContainText('Average rate (rps): 1e12 is above the maximum; using 1,000 requests/s');
    await expect(notices).toContainText('Runtime (runtime): "cobol" is not a choice here; using Node.js');
    await expect(notices).toContainText('(duration): was empty; using 100 ms');
    for (const id of metricIds) await expect(page.getByTestId(id)).toHaveText(/^(under )?\d[\d,.]*( ms|%)?$/);
    // A thousand requests a second for an hour is more than a browser should hold: the run says where it stopped.
    await expect(page.getByTestId('simulator-summary')).toContainText('The run stopped at 2,000,000 requests');
    await scrollTo(page, 'charts-section');
    await expect(page.getByTestId('latency-histogram').locator('svg.recharts-surface')).toBeVisible();
    await expect(page.getByTestId('fleet-chart').locator('svg.recharts-surface')).toBeVisible();
    const text = await page.getByTestId('simulator-shell').textContent();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    expect(problems.errors).toEqual([]);
  });

  test('pinning a run keeps its figures and charts beside the next one', async ({ page }) => {
    await page.goto(page_);
    await waitForSimulator(page);
    await page.getByTestId('preset-checkout-p99').click();
    await settled(page);
    const onDemand = await page.getByTestId('metric-p99').textContent();
    await page.getByTestId('pin-run').click();
    await page.getByTestId('preset-provisioned-peak').click();
    await settled(page);

    await expect(page.getByTestId('pinned-p99')).toHaveText(onDemand ?? '');
    await expect(page.getByTestId('metric-cold-share')).toHaveText('0%');
    expect(ms(await page.getByTestId('metric-p99').textContent())).toBeLessThan(100);
    expect(ms(onDemand)).toBeGreaterThan(100);
    await expect(page.getByTestId('pinned-summary')).toContainText('Provisioned concurrency: 0 environments (now 4 environments)');
    await expect(page.getByTestId('comparison-sentence')).toContainText(`p99 went from ${onDemand} (pinned)`);

    await scrollTo(page, 'charts-section');
    await expect(page.getByTestId('latency-histogram')).toContainText('Pinned run, all requests');
    await expect(page.getByTestId('fleet-chart')).toContainText('Pinned run, alive');
    await expect(page.getByTestId('latency-histogram').locator('.recharts-line path')).toHaveAttribute('stroke-dasharray', /\d/);
  });

  test('with reduced motion the lanes show the whole run at once, and Step still walks through it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(page_);
    await waitForSimulator(page);
    await scrollTo(page, 'lanes-section');
    await expect(page.getByTestId('lanes-svg')).toBeVisible();
    await expect(page.getByTestId('lanes-reduced-motion')).toBeVisible();
    await expect(page.getByTestId('lanes-play')).toBeDisabled();
    expect(await readoutProgress(page)).toBe(1);
    await expect(page.getByTestId('lanes-readout')).toContainText('At the end of the run');
    await page.getByTestId('lanes-reset').click();
    await page.getByTestId('lanes-step').click();
    await expect.poll(() => readoutProgress(page)).toBeCloseTo(1 / 60, 4);
    await expect(page.getByTestId('lanes-readout')).toContainText('At 1 min:');
  });

  for (const theme of ['light', 'dark'] as const) {
  test(`the lanes, charts and tables pass an accessibility scan in the ${theme} theme once drawn`, async ({ page }) => {
    test.slow();
    await useTheme(page, theme);
    await page.goto(page_);
    await waitForSimulator(page);
    await page.getByTestId('preset-java-before-snapstart').click();
    await settled(page);
    await page.getByTestId('pin-run').click();
    await page.getByTestId('preset-java-snapstart').click();
    await scrollTo(page, 'charts-section');
    await expect(page.getByTestId('fleet-chart').locator('svg.recharts-surface')).toBeVisible();
    // The histogram's and lanes' tables; the environments table is the same markup with 300 rows, too slow to scan.
    await page.getByTestId('latency-histogram').locator('summary').click();
    await page.getByTestId('lanes').locator('summary').click();
    const results = await new AxeBuilder({ page }).include('[data-simulator]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
  }
});
