// Which Chromium the browser tests and the benchmark drive, and how `npm test` gets one on a fresh
// machine: a system Chromium first (Playwright cannot download browsers where there is no internet),
// then Playwright's own browser, downloading it when the network allows, then, as root on Debian or
// Ubuntu, Chromium from apt. Only when all of that fails does it stop, with a one-line message.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const candidates = () =>
  [process.env.PLAYWRIGHT_CHROMIUM_PATH, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const INSTALL_HINT =
  'No Chromium found for the browser tests, and none could be installed: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`), or set PLAYWRIGHT_CHROMIUM_PATH, or run `npx playwright install chromium` where there is internet.';

/** A system Chromium, or undefined to let Playwright use the browser it downloaded, if any. */
export function systemChromium() {
  return candidates().find((p) => existsSync(p));
}

/** Playwright's own Chromium, if it has been downloaded. */
export async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** True when some Chromium is available to Playwright. */
export async function hasChromium() {
  return Boolean(systemChromium() ?? (await playwrightChromium()));
}

/** Debian, Ubuntu and their derivatives, read from /etc/os-release. */
export function isDebianLike(osRelease) {
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
}

const run = (command, args, timeout) => spawnSync(command, args, { stdio: 'inherit', timeout }).status === 0;

export const defaultSystem = {
  systemChromium,
  playwrightChromium,
  /** Playwright's download needs the internet; a few minutes is plenty when it is there. */
  installPlaywrightChromium: () => run('npx', ['--no-install', 'playwright', 'install', 'chromium'], 300_000),
  isRoot: () => process.getuid?.() === 0,
  osRelease: () => {
    try {
      return readFileSync('/etc/os-release', 'utf8');
    } catch {
      return '';
    }
  },
  hasApt: () => existsSync('/usr/bin/apt-get'),
  // Debian calls the package chromium; Ubuntu's is chromium-browser.
  aptInstallChromium: () =>
    run('apt-get', ['update', '-qq'], 600_000) &&
    (run('apt-get', ['install', '-y', '-qq', 'chromium'], 900_000) || run('apt-get', ['install', '-y', '-qq', 'chromium-browser'], 900_000)),
  log: (line) => console.log(line),
};

/**
 * A Chromium for the browser tests: `{ path, source }`, or null when there is none and none could
 * be installed. `path` is undefined when Playwright should use its own browser.
 */
export async function findChromium(system = defaultSystem) {
  const local = system.systemChromium();
  if (local) return { path: local, source: 'system' };
  if (await system.playwrightChromium()) return { path: undefined, source: 'playwright' };
  system.log('No Chromium on this machine: asking Playwright to download its own (needs the internet)…');
  if (system.installPlaywrightChromium() && (await system.playwrightChromium())) return { path: undefined, source: 'playwright' };
  if (system.isRoot() && isDebianLike(system.osRelease()) && system.hasApt()) {
    system.log('Playwright could not download a browser: installing Chromium with apt-get…');
    if (system.aptInstallChromium()) {
      const installed = system.systemChromium();
      if (installed) return { path: installed, source: 'apt' };
    }
  }
  return null;
}
