#!/usr/bin/env node
// `npm run facts:age`: every figure the lessons quote, oldest check first, with the page to check
// it against. The list to re-check first when a provider changes its prices or limits.
//   npm run facts:age                 all facts, oldest first
//   npm run facts:age -- --older 180  only those last checked more than 180 days ago
//   npm run facts:age -- --today 2027-01-31   ages as of another day
// The facts are TypeScript (lib/data/facts); Vite's module runner loads them without a build.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const today = arg('--today') ?? new Date().toISOString().slice(0, 10);
const older = arg('--older') === undefined ? undefined : Number(arg('--older'));

const load = async (file) =>
  (await runnerImport(`${root}${file}`, { root, configFile: false, logLevel: 'error', resolve: { alias: { '@': root } } })).module;
const { facts } = await load('lib/data/facts/index.ts');
const { factsByAge } = await load('lib/data/facts/age.ts');

const rows = factsByAge(facts, today).filter((f) => older === undefined || f.daysOld > older);
const width = Math.max(4, ...rows.map((r) => r.id.length));
console.log(`${rows.length} of ${Object.keys(facts).length} facts, oldest check first (ages as of ${today})\n`);
console.log(`${'checked'.padEnd(10)}  ${'days'.padStart(5)}  ${'fact'.padEnd(width)}  value  ·  source`);
for (const r of rows) {
  console.log(`${r.asOf}  ${String(r.daysOld).padStart(5)}  ${r.id.padEnd(width)}  ${r.text}  ·  ${r.source.title} <${r.source.url}>`);
}
