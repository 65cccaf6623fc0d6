#!/usr/bin/env node
// Makes the install screenshots the web manifest lists (src/pages/manifest.webmanifest.ts)
// from the production build, in Chromium, light theme:
// public/screenshots/home-narrow.png (a phone) and public/screenshots/chapter-wide.png.
// Usage: npm run build && npm run screenshots  (then commit the two files)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startServer } from './serve.mjs';

const SHOTS = [
  { file: 'home-narrow.png', path: '', viewport: { width: 412, height: 823 } },
  { file: 'chapter-wide.png', path: 'guide/after-the-breakup/', viewport: { width: 1280, height: 800 } },
];

const server = await startServer({ root: 'dist' });
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  for (const { file, path, viewport } of SHOTS) {
    const page = await browser.newPage({ viewport, colorScheme: 'light', serviceWorkers: 'block' });
    await page.goto(server.url + path);
    await page.screenshot({ path: `public/screenshots/${file}` });
    await page.close();
    console.log(`public/screenshots/${file} (${viewport.width}x${viewport.height})`);
  }
} finally {
  await browser.close();
  await server.close();
}
