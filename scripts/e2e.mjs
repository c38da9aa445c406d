#!/usr/bin/env node
// Browser tests against the built site. Finds (or installs) a Chromium first; fails loudly, never
// skips, when there is none.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './browser.mjs';

const chromium = await findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync('out/index.html')) {
  console.error('No build in out/: run `npm run build` before the browser tests.');
  process.exit(1);
}
// playwright.config.ts reads the path from here (undefined: Playwright's own browser).
const env = chromium.path ? { ...process.env, PLAYWRIGHT_CHROMIUM_PATH: chromium.path } : process.env;
const run = spawnSync('npx', ['--no-install', 'playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
