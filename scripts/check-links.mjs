#!/usr/bin/env node
// Every internal link and #anchor in the built site (out/) must land on a page and an element
// that exist. Runs after `npm run build`, as part of `npm test`.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve('out');
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error('check-links: out/ has no build; run `npm run build` first.');
  process.exit(1);
}

const htmlFiles = [];
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.html')) htmlFiles.push(full);
  }
})(root);

const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file)) {
    const html = fs.readFileSync(file, 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsCache.get(file);
}

/** The file a static host serves for a URL path (clean URLs: /a/b -> a/b.html). */
function fileFor(urlPath) {
  const clean = decodeURIComponent(urlPath).replace(/\/$/, '') || '/';
  const options = clean === '/' ? ['index.html'] : [`${clean}.html`, `${clean}/index.html`, clean];
  return options.map((o) => path.join(root, o)).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

const broken = [];
let checked = 0;
for (const file of htmlFiles) {
  const html = fs.readFileSync(file, 'utf8');
  const page = '/' + path.relative(root, file).replace(/\\/g, '/').replace(/(index)?\.html$/, '');
  for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
    if (/^(https?:|mailto:|\/\/)/.test(href)) continue;
    checked++;
    const [pathAndQuery, anchor] = href.split('#');
    const target = pathAndQuery ? fileFor(pathAndQuery.split('?')[0]) : file;
    if (!target) {
      broken.push(`${page}: link to ${href} (no such page)`);
      continue;
    }
    if (anchor && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${page}: link to ${href} (no element with id "${anchor}")`);
  }
}

if (broken.length > 0) {
  console.error(`check-links: ${broken.length} broken of ${checked} internal links:\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-links: all ${checked} internal links and anchors in ${htmlFiles.length} pages resolve.`);
