#!/usr/bin/env node
// `npm run bench`: the figures the project promises, measured rather than asserted in tests.
//  1. model speed: vitest bench over lib/**/*.bench.ts
//  2. per page of the built site: JavaScript shipped before any simulator loads (gzip), all
//     JavaScript after load, and Lighthouse's four scores with mobile settings.
// Results are printed and written to bench-results/bench.json.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, INSTALL_HINT, systemChromium } from './browser.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4599);
const BASE = `http://localhost:${PORT}`;
const BUDGET_KB = 190;
const only = process.argv.includes('--pages-only') ? 'pages' : process.argv.includes('--models-only') ? 'models' : 'all';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function routes() {
  const lessons = fs.readdirSync('content/lessons').filter((f) => /^\d{2}-.+\.mdx$/.test(f)).sort().map((f) => `/lessons/${f.slice(3, -4)}`);
  const sims = [...fs.readFileSync('lib/simulators/catalog.ts', 'utf8').matchAll(/\bid: '([a-z0-9-]+)'/g)].map((m) => `/simulators/${m[1]}`);
  return ['/', ...lessons, '/simulators', ...sims, '/quiz', '/glossary', '/cheat-sheet'];
}

/** Scripts the HTML itself asks for: what loads before any lazily imported simulator. */
function initialJsGzipKb(route) {
  const file = route === '/' ? 'out/index.html' : `out${route}.html`;
  const html = fs.readFileSync(file, 'utf8');
  // noModule polyfills are skipped by every browser that runs modules, so they are not counted.
  const tags = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]).filter((attrs) => !/\bnoModule\b/i.test(attrs));
  const srcs = new Set(tags.map((attrs) => /\ssrc="([^"]+)"/.exec(attrs)?.[1]).filter(Boolean));
  let bytes = 0;
  for (const src of srcs) bytes += zlib.gzipSync(fs.readFileSync(path.join('out', src.split('?')[0]))).length;
  return bytes / 1024;
}

async function lighthouseRun(url, chrome) {
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const scripts = (lhr.audits['network-requests']?.details?.items ?? []).filter((i) => i.resourceType === 'Script');
  const jsAfterLoadKb = scripts.reduce((sum, i) => sum + (i.transferSize ?? 0), 0) / 1024;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    jsAfterLoadKb,
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
  };
}

async function benchPages() {
  const chromePath = systemChromium();
  if (!chromePath) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  if (!fs.existsSync('out/index.html')) run('npm', ['run', 'build']);
  // The same server as `npm start`: gzip and the security headers, as hosts send them.
  const server = spawn('node', ['scripts/serve.mjs', String(PORT)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 2500));
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  const rows = [];
  try {
    for (const route of routes()) {
      const initialKb = initialJsGzipKb(route);
      const lh = await lighthouseRun(`${BASE}${route}`, chrome);
      rows.push({ route, initialJsKb: Number(initialKb.toFixed(1)), ...lh, jsAfterLoadKb: Number(lh.jsAfterLoadKb.toFixed(1)) });
      const r = rows.at(-1);
      console.log(
        `${route.padEnd(40)} JS before simulator ${String(r.initialJsKb).padStart(6)} KB  after load ${String(r.jsAfterLoadKb).padStart(6)} KB  ` +
          `perf ${r.performance} a11y ${r.accessibility} bp ${r.bestPractices} seo ${r.seo}  (TBT ${r.tbtMs} ms, LCP ${r.lcpMs} ms, CLS ${r.cls})`,
      );
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  const misses = rows.flatMap((r) => [
    ...(r.initialJsKb > BUDGET_KB ? [`${r.route}: ${r.initialJsKb} KB of JavaScript before any simulator (budget ${BUDGET_KB} KB)`] : []),
    ...(r.performance < 95 ? [`${r.route}: performance ${r.performance} (target 95)`] : []),
    ...(['accessibility', 'bestPractices', 'seo'].filter((k) => r[k] < 100).map((k) => `${r.route}: ${k} ${r[k]} (target 100)`)),
  ]);
  console.log(misses.length === 0 ? '\nEvery page meets its budget and score targets.' : `\nTargets missed:\n  ${misses.join('\n  ')}`);
  return rows;
}

const results = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, node ${process.version}` };
if (only !== 'pages') {
  console.log('▶ Model speed (vitest bench)');
  run('npx', ['--no-install', 'vitest', 'bench', '--run', '--outputJson', 'bench-results/models.json']);
}
if (only !== 'models') {
  console.log('\n▶ Pages (gzip JavaScript and Lighthouse, mobile settings)');
  results.pages = await benchPages();
}
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2));
console.log('\nWritten to bench-results/bench.json');
