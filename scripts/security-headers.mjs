#!/usr/bin/env node
// Runs after `next build` (the postbuild step): writes out/_headers with every page's
// Content-Security-Policy. `--nginx` or `--cloudfront` prints the same policies for those hosts.
import fs from 'node:fs';
import path from 'node:path';
import { renderLambdaEdge, renderNginxMap } from './security-headers/hosts.mjs';
import { headerRules, limitProblems, renderHeadersFile } from './security-headers/rules.mjs';

const outDir = path.resolve('out');
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error('security-headers: out/ has no build; run `npm run build` first.');
  process.exit(1);
}
const rules = headerRules(outDir);
const format = process.argv[2];
if (format === '--nginx') process.stdout.write(renderNginxMap(rules));
else if (format === '--cloudfront') process.stdout.write(renderLambdaEdge(rules));
else {
  const problems = limitProblems(rules);
  if (problems.length > 0) {
    console.error(`security-headers: out/_headers would not fit what hosts accept:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(outDir, '_headers'), renderHeadersFile(rules));
  const pages = rules.filter((r) => r.headers.some(([k]) => k === 'Content-Security-Policy')).length;
  console.log(`security-headers: wrote out/_headers (${rules.length} rules; a Content-Security-Policy for ${pages} page URLs).`);
}
