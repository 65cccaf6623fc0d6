import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { startServer } from '../scripts/serve.mjs';

/** A copy of a build served on its own port, which a test may change, and take off the network for good. */
export interface OwnServer {
  /** The site's address, base path included, ending in `/`. */
  url: string;
  /** The copy's folder. */
  root: string;
  /** Stops serving: from then on every request the browser sends anywhere fails, workers' included. */
  stop(): Promise<void>;
  /** Stops serving (if still serving) and removes the copy. */
  dispose(): Promise<void>;
}

/**
 * Serves a copy of `dir` (a build made for `base`) with scripts/serve.mjs.
 * Going offline then means the server is gone, not only that the page is told
 * so: Playwright's offline switch does not reach a service worker's own
 * requests (microsoft/playwright#2311), so it alone would prove nothing.
 */
export async function serveCopy(dir: string, base: string): Promise<OwnServer> {
  expect(existsSync(join(dir, 'sw.js')), `${dir}/sw.js: build it first`).toBe(true);
  const root = mkdtempSync(join(tmpdir(), 'atb-e2e-'));
  cpSync(dir, root, { recursive: true });
  const server = await startServer({ root, base });
  let stopped = false;
  const stop = async () => {
    if (!stopped) await server.close();
    stopped = true;
  };
  return {
    url: server.url,
    root,
    stop,
    dispose: async () => {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Waits until the offline worker has installed everything it precaches and controls the page. */
export async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Takes the device off the network: the server stops and the browser is offline. */
export async function goOffline(context: BrowserContext, server: OwnServer): Promise<void> {
  await server.stop();
  await context.setOffline(true);
}
