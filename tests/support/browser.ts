/**
 * Finds a Chromium for the browser tests, and gets one when there is none:
 *   1. $CHROMIUM_PATH (or $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH),
 *   2. /usr/bin/chromium (Debian's package),
 *   3. Playwright's own download, if already installed;
 * else it tries `playwright install chromium` (works where the network allows it), then, as root, Debian's
 * `chromium` package. It says what it is doing on stderr.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN = '/usr/bin/chromium';

function playwrightOwn(): string | undefined {
  try {
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

function say(msg: string): void {
  process.stderr.write(`[browser] ${msg}\n`);
}

/** The path of a Chromium executable, installing one if needed; throws with a clear message when impossible. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  if (existsSync(DEBIAN)) return DEBIAN;
  const own = playwrightOwn();
  if (own) return own;

  say('no Chromium found: trying `playwright install chromium` …');
  const pw = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  const downloaded = pw.status === 0 ? playwrightOwn() : undefined;
  if (downloaded) return downloaded;

  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    say('Playwright download unavailable: installing Debian package `chromium` with apt-get (as root) …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(DEBIAN)) return DEBIAN;
  }
  throw new Error(
    'No Chromium for the browser tests. Set CHROMIUM_PATH, install Debian `chromium`, or run `npx playwright install chromium`.',
  );
}

/** Launch flags for a headless run on a closed network (no background connections to other hosts). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
