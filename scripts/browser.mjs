// Which Chromium the browser tests and the benchmark drive. Playwright cannot download its own
// browsers on machines without internet, so a system Chromium comes first.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.PLAYWRIGHT_CHROMIUM_PATH,
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const INSTALL_HINT =
  'No Chromium found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`), or set PLAYWRIGHT_CHROMIUM_PATH, or run `npx playwright install chromium`.';

/** A system Chromium, or undefined to let Playwright use the browser it downloaded, if any. */
export function systemChromium() {
  return candidates.find((p) => existsSync(p));
}

/** True when some Chromium is available to Playwright. */
export async function hasChromium() {
  if (systemChromium()) return true;
  try {
    const { chromium } = await import('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}
