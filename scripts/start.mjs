#!/usr/bin/env node
// `npm start`: serve the built course on http://localhost:3000, building it first if out/ is missing.
import { existsSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';

const port = process.env.PORT ?? '3000';

if (!existsSync('out/index.html')) {
  console.log('No build in out/ yet: building the course first (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Clean URLs, 404.html, gzip and the security headers of out/_headers, as static hosts serve them.
const server = spawn('node', ['scripts/serve.mjs', port], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
