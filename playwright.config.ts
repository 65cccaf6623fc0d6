import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

const PORT = Number(process.env['E2E_PORT'] ?? 4329);
/** Where Cloudflare's local runtime serves `dist/` for the real-host project. */
const HOST_PORT = Number(process.env['E2E_HOST_PORT'] ?? PORT + 1000);
const base = process.env['BASE_PATH'] || '/';
const executablePath = findChromium();

/** The real-host project's spec: it runs against Cloudflare's runtime, not `astro preview`. */
const HOST_SPEC = /host\.spec\.ts$/;

/**
 * End-to-end tests against the production build: the 'mobile' project on
 * `astro preview`, the 'host' project on `wrangler pages dev dist`
 * (Cloudflare's own runtime, offline, no account), which applies `_headers`,
 * trailing-slash redirects and the 404 page as Cloudflare Pages does.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list']],
  expect: {
    // e2e/visual.spec.ts: one image per name, no platform suffix (CI runs the same
    // Debian Chromium), under e2e/__screenshots__/. The tolerance lets text's
    // anti-aliasing and hinting move a few pixels; a moved block or a changed colour
    // still fails.
    toHaveScreenshot: {
      pathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
      maxDiffPixelRatio: 0.01,
      threshold: 0.2,
      animations: 'disabled',
      caret: 'hide',
    },
  },
  use: {
    baseURL: `http://127.0.0.1:${PORT}${base.endsWith('/') ? base : `${base}/`}`,
    // Recording a trace for every test costs about a quarter of the suite's CPU on a
    // 2-core machine, and CI's traces are never read: the list reporter's output is.
    trace: 'off',
    // The offline worker would cache pages across a test's navigations and spend CPU
    // precaching the whole site in every test; the specs about it turn it on.
    serviceWorkers: 'block',
    launchOptions: {
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : {}),
    },
  },
  projects: [
    { name: 'mobile', testIgnore: HOST_SPEC, use: { ...devices['Pixel 7'], viewport: { width: 412, height: 823 } } },
    { name: 'host', testMatch: HOST_SPEC, use: { baseURL: `http://127.0.0.1:${HOST_PORT}/` } },
  ],
  webServer: [
    {
      command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}${base}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      // `npm run host`: wrangler pages dev with a compatibility date its bundled workerd
      // supports, no metrics and no fetch of Cloudflare's request metadata (nothing leaves
      // the machine); its state goes under .wrangler/ (git-ignored).
      command: `npm run host -- --port ${HOST_PORT} --inspector-port ${HOST_PORT + 1}`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
