import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium: `apt-get install -y chromium`. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep a headless Chromium quiet and off the network on a locked-down machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium to test with, without downloading one: `CHROMIUM_PATH` (or
 * `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`), then Debian's `/usr/bin/chromium`,
 * then Playwright's own browser. Returns `undefined` for Playwright's own.
 * Exits with a one-line hint when there is none.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'] || process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    return noBrowser(`CHROMIUM_PATH=${fromEnv} does not exist.`);
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright throws when it has no browser of its own; fall through to the hint.
  }
  return noBrowser('No Chromium found.');
}

function noBrowser(reason: string): never {
  console.error(
    `${reason} Install one (Debian/Ubuntu: sudo apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium binary, or run npx playwright install chromium.`,
  );
  process.exit(1);
}
