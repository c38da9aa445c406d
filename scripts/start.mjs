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

console.log(`Serving the course at http://localhost:${port}`);
// serve maps /lessons/x to out/lessons/x.html (clean URLs), as most static hosts do.
const server = spawn('npx', ['--no-install', 'serve', 'out', '--listen', port, '--no-clipboard', '--no-request-logging'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
