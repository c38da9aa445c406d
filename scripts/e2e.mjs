#!/usr/bin/env node
// Browser tests against the built site. Fails loudly (never skips) when there is no browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hasChromium, INSTALL_HINT } from './browser.mjs';

if (!(await hasChromium())) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync('out/index.html')) {
  console.error('No build in out/: run `npm run build` before the browser tests.');
  process.exit(1);
}
const run = spawnSync('npx', ['--no-install', 'playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
