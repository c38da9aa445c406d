#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const copiedProse = '../shared/tools/check-copied-prose';
const steps = [
  ['typecheck', 'npx', ['--no-install', 'tsc', '--noEmit']],
  ['lint', 'npx', ['--no-install', 'eslint', '.', '--max-warnings=0']],
  ['unit and content tests', 'npx', ['--no-install', 'vitest', 'run']],
  ...(existsSync(copiedProse) ? [['lessons in our own words', copiedProse, []]] : []),
  ['production build', 'npm', ['run', 'build']],
  ['internal links and anchors', 'node', ['scripts/check-links.mjs']],
  ['browser journeys', 'node', ['scripts/e2e.mjs']],
];
if (!existsSync(copiedProse)) console.log(`(${copiedProse} is not beside this checkout; the copied-prose check is not run here.)`);

const results = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (!ok) break; // later steps depend on earlier ones (the build on the types, the browser tests on the build)
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
const notRun = steps.length - results.length;
if (notRun > 0) console.log(`  ${notRun} later step(s) not run`);
console.log(`test: ${results.length - failed} passed, ${failed + notRun} failed`);
process.exit(failed > 0 ? 1 : 0);
