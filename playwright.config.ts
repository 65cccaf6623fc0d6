import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const base = process.env['BASE_PATH'] || '/';
const executablePath = findChromium();

/** End-to-end tests against the production build, served by `astro preview`. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${base.endsWith('/') ? base : `${base}/`}`,
    // Recording a trace for every test costs about a quarter of the suite's CPU on a
    // 2-core machine, and CI's traces are never read: the list reporter's output is.
    trace: 'off',
    launchOptions: {
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : {}),
    },
  },
  projects: [{ name: 'mobile', use: { ...devices['Pixel 7'], viewport: { width: 412, height: 823 } } }],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
