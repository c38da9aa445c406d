import { describe, expect, it } from 'vitest';
import { type ChromiumSystem, findChromium, isDebianLike } from './browser.mjs';

/** A machine as the finder sees it; every step records that it ran. */
function machine(over: Partial<ChromiumSystem> & { steps?: string[] } = {}) {
  const steps = over.steps ?? [];
  const system: ChromiumSystem = {
    systemChromium: () => undefined,
    playwrightChromium: async () => undefined,
    installPlaywrightChromium: () => (steps.push('playwright install'), false),
    isRoot: () => false,
    osRelease: () => 'ID=debian\n',
    hasApt: () => true,
    aptInstallChromium: () => (steps.push('apt-get install'), false),
    log: () => undefined,
    ...over,
  };
  return { system, steps };
}

describe('finding a Chromium for npm test on a fresh machine', () => {
  it('uses a system Chromium first, installing nothing', async () => {
    const { system, steps } = machine({ systemChromium: () => '/usr/bin/chromium' });
    expect(await findChromium(system)).toEqual({ path: '/usr/bin/chromium', source: 'system' });
    expect(steps).toEqual([]);
  });

  it('then Playwright\'s own browser, already downloaded', async () => {
    const { system, steps } = machine({ playwrightChromium: async () => '/root/.cache/ms-playwright/chromium/chrome' });
    expect(await findChromium(system)).toEqual({ path: undefined, source: 'playwright' });
    expect(steps).toEqual([]);
  });

  it('downloads Playwright\'s browser when the network allows', async () => {
    let downloaded = false;
    const { system, steps } = machine({
      playwrightChromium: async () => (downloaded ? '/cache/chrome' : undefined),
      installPlaywrightChromium: () => ((downloaded = true), true),
    });
    expect(await findChromium(system)).toEqual({ path: undefined, source: 'playwright' });
    expect(steps).toEqual([]);
  });

  it('as root on Debian or Ubuntu, with no network for Playwright, installs Chromium from apt', async () => {
    let installed = false;
    const { system, steps } = machine({
      isRoot: () => true,
      systemChromium: () => (installed ? '/usr/bin/chromium' : undefined),
      aptInstallChromium: () => ((installed = true), true),
    });
    expect(await findChromium(system)).toEqual({ path: '/usr/bin/chromium', source: 'apt' });
    expect(steps).toEqual(['playwright install']);
  });

  it('never runs apt when not root, or not on Debian or Ubuntu, and then gives up (the caller prints the one-line message)', async () => {
    const notRoot = machine();
    expect(await findChromium(notRoot.system)).toBeNull();
    expect(notRoot.steps).toEqual(['playwright install']);
    const fedora = machine({ isRoot: () => true, osRelease: () => 'ID=fedora\nID_LIKE="rhel centos"\n' });
    expect(await findChromium(fedora.system)).toBeNull();
    expect(fedora.steps).toEqual(['playwright install']);
  });

  it('recognises Debian, Ubuntu and their derivatives from /etc/os-release', () => {
    expect(isDebianLike('NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike('ID=debian\n')).toBe(true);
    expect(isDebianLike('ID=alpine\n')).toBe(false);
  });
});
