#!/usr/bin/env node
// Benchmark of the unsent-message pad with many messages kept (default 10,000):
// how long a keystroke in the message box and a save take on /no-contact/ (the
// page's own work: handlers, style and layout), at full speed and with the CPU slowed 4×. A benchmark, not a test: timings vary
// with the machine and its load, so it prints figures and never fails on them.
// Usage: npm run bench:pad [-- --messages=N] [-- --keys=N] [-- --dist=DIR]   (run `npm run build` first)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startServer } from './serve.mjs';

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const MESSAGES = arg('messages', 10_000);
const KEYS = arg('keys', 60);
const SAVES = 5;

const ROOT = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist';
const server = await startServer({ root: ROOT, port: 0 });
const browser = await chromium.launch({ executablePath: findChromium() ?? chromium.executablePath(), args: CHROMIUM_ARGS });

/** Median and worst of a list of milliseconds, rounded to 0.1 ms. */
function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (n) => Math.round(n * 10) / 10;
  return {
    median: round(sorted[Math.floor(sorted.length / 2)]),
    p95: round(sorted[Math.floor(sorted.length * 0.95)]),
    max: round(sorted.at(-1)),
  };
}

async function measure(throttle) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const url = `${server.url}no-contact/`;
  await page.goto(url);
  await page.evaluate((count) => {
    const start = Date.UTC(2026, 0, 1);
    const messages = Array.from({ length: count }, (_, i) => ({
      id: `m${i}`,
      savedAt: new Date(start + i * 60_000).toISOString(),
      text: `Message ${i}: I keep thinking about what I would say to you if I could, and then I write it here instead.`,
    }));
    localStorage.setItem('atb:v1:unsent-messages', JSON.stringify(messages));
  }, MESSAGES);
  await page.reload();
  const box = page.getByLabel('Your message, unsent');
  await page.getByRole('button', { name: 'Keep it here, unsent' }).waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.querySelector('button[type="submit"]')?.hasAttribute('disabled'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });

  // A keystroke: from keydown until the page has run every handler of it and laid itself out
  // again (style and layout forced at the end of the input event). Waiting for a frame would
  // add the display's own 16 ms tick, which is not the page's work.
  await page.evaluate(() => {
    window.__keys = [];
    let t0 = 0;
    const box = document.querySelector('textarea[name="message"]');
    box.addEventListener('keydown', () => (t0 = performance.now()), { capture: true });
    window.addEventListener('input', () => {
      void document.body.offsetHeight;
      window.__keys.push(performance.now() - t0);
    });
  });
  await box.focus();
  for (let i = 0; i < KEYS; i++) await page.keyboard.press(i % 10 === 9 ? 'Space' : 'a');
  await page.waitForTimeout(200);
  const keys = await page.evaluate(() => window.__keys);

  // A save: from submit until the new message is in the list and laid out.
  const saves = [];
  for (let i = 0; i < SAVES; i++) {
    await box.fill(`Benchmark message ${i}`);
    saves.push(
      await page.evaluate(
        (text) =>
          new Promise((resolve) => {
            const form = document.querySelector('textarea[name="message"]').form;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('.message-list')?.textContent?.includes(text)) {
                observer.disconnect();
                void document.body.offsetHeight;
                resolve(performance.now() - t0);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            form.requestSubmit();
          }),
        `Benchmark message ${i}`,
      ),
    );
  }
  const shown = await page.locator('.message-list > li').count();
  await page.close();
  return { throttle, keystroke: summary(keys), save: summary(saves), listItemsShown: shown };
}

try {
  const results = [await measure(1), await measure(4)];
  console.log(`Pad with ${MESSAGES.toLocaleString('en-GB')} messages (${KEYS} keystrokes, ${SAVES} saves per run), ms:`);
  for (const r of results) {
    console.log(
      `  CPU ${r.throttle}×: keystroke median ${r.keystroke.median}, p95 ${r.keystroke.p95}, max ${r.keystroke.max}; ` +
        `save median ${r.save.median}, max ${r.save.max}; list items in the page: ${r.listItemsShown}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
