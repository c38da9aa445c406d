#!/usr/bin/env node
// Serves the built site in out/ as a static host does: clean URLs (/lessons/x from
// lessons/x.html), 404.html for unknown paths, gzip for text, and the headers in out/_headers
// matched against the request path, the way Netlify and Cloudflare Pages read that file. `npm start`,
// the browser tests and the benchmark all use it, so they run under the policies hosts will send.
// (The `serve` package matches header rules against files, not URLs, so it could not test _headers.)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { headerRules, headersFor, parseHeadersFile, renderHeadersFile } from './security-headers/rules.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};
/** Compressed as hosts do: text formats, above a size where gzip pays. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg)/;
const MIN_GZIP_BYTES = 1024;

/** The rules in out/_headers; written first if this build has none (the postbuild step did not run). */
function loadRules(outDir) {
  const file = path.join(outDir, '_headers');
  if (!fs.existsSync(file)) fs.writeFileSync(file, renderHeadersFile(headerRules(outDir)));
  return parseHeadersFile(fs.readFileSync(file, 'utf8'));
}

const isFile = (p) => fs.statSync(p, { throwIfNoEntry: false })?.isFile() === true;

/** The file a URL path is served from, or null: exact file, then `.html`, then a folder's index.html. */
export function resolveFile(outDir, urlPath) {
  if (urlPath.includes('\0') || urlPath.split('/').includes('..')) return null;
  const base = path.join(outDir, urlPath);
  if (!base.startsWith(outDir) || path.basename(base) === '_headers') return null;
  const tries = urlPath.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
  return tries.find(isFile) ?? null;
}

export function createStaticServer(outDir) {
  const root = path.resolve(outDir);
  const rules = loadRules(root);
  const gzipped = new Map();

  const gzip = (file, body) => {
    const key = `${file}:${fs.statSync(file).mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, zlib.gzipSync(body, { level: 9 }));
    return gzipped.get(key);
  };

  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const found = resolveFile(root, urlPath);
    const file = found ?? path.join(root, '404.html');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body = fs.readFileSync(file);
    const headers = { ...Object.fromEntries(headersFor(rules, urlPath)), 'Content-Type': type, Vary: 'Accept-Encoding' };
    if (COMPRESSIBLE.test(type) && body.length >= MIN_GZIP_BYTES && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzip(file, body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(found ? 200 : 404, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  createStaticServer('out').listen(port, () => console.log(`Serving out/ with its security headers at http://localhost:${port}`));
}
