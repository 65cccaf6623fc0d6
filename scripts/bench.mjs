#!/usr/bin/env node
// Performance benchmark: builds the site, serves dist/ with gzip, and for each page in
// budgets.json measures what a first visit transfers (in Chromium) and runs Lighthouse
// (mobile preset, simulated throttling), then checks the results against budgets.json.
// Usage: npm run bench [-- --no-build] [-- --no-fail] [-- --runs=N]
//   --no-build  measure the existing dist/ instead of building first
//   --no-fail   exit 0 even when a budget is missed
//   --runs=N    Lighthouse runs per page (default 3); the run with the median
//               performance score is reported, as timings vary with machine load
// Writes every number to bench-results.json. Needs the project's Node (24, which
// imports scripts/chromium.ts as TypeScript) and a Chromium (see README).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startServer } from './serve.mjs';

const BUDGETS_FILE = 'budgets.json';
const RESULTS_FILE = 'bench-results.json';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const KB = 1024;

const args = new Set(process.argv.slice(2));
const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3) || 1);
const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
const pages = Object.keys(budgets.pages);

if (!args.has('--no-build')) {
  console.error('Building (npm run build)…');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.BASE_PATH; // The pages in budgets.json are paths of a build at the root.
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (build.status !== 0) {
    console.error(`npm run build failed (exit ${build.status ?? build.signal}).`);
    process.exit(1);
  }
}

// Serve a copy of dist/, so that a rebuild elsewhere (npm test, another terminal) cannot
// change or delete the pages halfway through the measurements.
const snapshot = mkdtempSync(join(tmpdir(), 'bench-dist-'));
const removeSnapshot = () => rmSync(snapshot, { recursive: true, force: true });
cpSync('dist', snapshot, { recursive: true, dereference: true });
const missing = pages.filter((path) => !existsSync(join(snapshot, path, 'index.html')));
if (missing.length) {
  removeSnapshot();
  console.error(`dist/ has no ${missing.join(', ')}: run \`npm run build\` first, or drop --no-build.`);
  process.exit(1);
}

// Same lookup as the end-to-end tests: CHROMIUM_PATH, /usr/bin/chromium, Playwright's own.
const chromePath = findChromium() ?? chromium.executablePath();
const server = await startServer({ root: snapshot, port: 0 });
const origin = server.url.replace(/\/$/, '');

/**
 * What a first visit to `path` transfers, in a fresh context with the cache off, once
 * the network has been idle for 500 ms. `transferBytes` is CDP's `encodedDataLength`
 * at `Network.loadingFinished` summed over every request: the bytes on the wire,
 * headers plus (gzip) body, as DevTools' "transferred" column shows. `jsBytes` is the
 * (gzip) bodies alone of the requests of type Script: that wire total less the header
 * bytes received by `Network.responseReceived` (inline scripts travel in the HTML).
 * @returns {Promise<{ requests: number, transferBytes: number, jsBytes: number, byType: Record<string, number>, list: Request[] }>}
 */
async function measureTransfer(browser, path) {
  const { defaultBrowserType: _, ...pixel7 } = devices['Pixel 7'];
  const context = await browser.newContext({ ...pixel7, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** @typedef {{ url: string, type: string, bytes: number, headerBytes: number, failed?: boolean }} Request */
  /** @type {Map<string, Request>} */
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    requests.set(e.requestId, { url: e.request.url.replace(origin, ''), type: e.type ?? 'Other', bytes: 0, headerBytes: 0 });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.headerBytes = e.response.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.failed = true;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  await context.close();
  const all = [...requests.values()];
  const byType = {};
  for (const r of all) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
  return {
    requests: all.length,
    transferBytes: all.reduce((n, r) => n + r.bytes, 0),
    jsBytes: all.filter((r) => r.type === 'Script').reduce((n, r) => n + Math.max(0, r.bytes - r.headerBytes), 0),
    byType,
    list: all,
  };
}

/**
 * Lighthouse (default config: mobile emulation, simulated throttling) on `url`: the four
 * category scores (0–100), LCP and TBT (ms), CLS, and for each category the audits that
 * cost points (scored audits with weight > 0 and a score below 1).
 */
async function runLighthouse(lighthouse, port, url) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error('Lighthouse returned no result');
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const scores = {};
  const lost = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    lost[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (audit) =>
          audit && audit.score !== null && audit.score < 1 && !['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode),
      )
      .map((audit) => ({ id: audit.id, score: audit.score, title: audit.title, displayValue: audit.displayValue }));
  }
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  // The DOM's element count and the LCP element, from the insights' details.
  const total = lhr.audits['dom-size-insight']?.details?.items?.find((item) => item.statistic === 'Total elements')?.value;
  const domElements = typeof total === 'number' ? total : (total?.value ?? null);
  const lcpDetails = JSON.stringify(lhr.audits['lcp-breakdown-insight']?.details ?? {});
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    scores,
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    domElements,
    lcpElement: /"snippet":"((?:[^"\\]|\\.)*)"/.exec(lcpDetails)?.[1] ?? null,
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    lost,
    warnings: lhr.runWarnings,
  };
}

/** @type {Record<string, any>} */
const results = {};
const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

// 1. Bytes, in Playwright's Chromium.
try {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    for (const path of pages) results[path] = { bytes: await measureTransfer(browser, path) };
  } finally {
    await browser.close();
  }
} catch (error) {
  await server.close();
  removeSnapshot();
  console.error(`Cannot measure the pages in Chromium (${chromePath}): ${firstLine(error)}`);
  process.exit(1);
}

// 2. Lighthouse, in a Chromium it drives over the DevTools protocol. When Lighthouse
// cannot start here, its budgets are skipped and the byte table still prints; when it
// fails on a page, that page's Lighthouse budgets fail.
let lighthouseError;
let chrome;
try {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent' });
  for (const path of pages) {
    console.error(`Lighthouse: ${path} (${runs} run${runs > 1 ? 's' : ''})…`);
    try {
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await runLighthouse(lighthouse, chrome.port, origin + path));
      const sorted = [...all].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      // Each timing is the median of its own runs: the run with the median score need not have the median paint.
      const median = (key) => {
        const values = all
          .map((r) => r[key])
          .filter((v) => v != null)
          .sort((a, b) => a - b);
        return values.length ? values[Math.floor((values.length - 1) / 2)] : null;
      };
      results[path].lighthouse = {
        ...sorted[Math.floor((sorted.length - 1) / 2)],
        fcpMs: median('fcpMs'),
        lcpMs: median('lcpMs'),
        performanceRuns: all.map((r) => r.scores.performance),
        fcpRuns: all.map((r) => r.fcpMs && Math.round(r.fcpMs)),
        lcpRuns: all.map((r) => r.lcpMs && Math.round(r.lcpMs)),
      };
    } catch (error) {
      results[path].lighthouseError = firstLine(error);
    }
  }
} catch (error) {
  lighthouseError = firstLine(error);
} finally {
  chrome?.kill();
  await server.close();
  removeSnapshot();
}

// The table.
const kb = (n) => (n / KB).toFixed(1);
const na = (v, f = String) => (v == null ? '—' : f(v));
const header = ['page', 'requests', 'transfer KB', 'JS KB', 'perf', 'a11y', 'bp', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'DOM'];
const rows = pages.map((path) => {
  const { bytes, lighthouse: lh } = results[path];
  const s = lh?.scores ?? {};
  return [
    path,
    String(bytes.requests),
    kb(bytes.transferBytes),
    kb(bytes.jsBytes),
    ...CATEGORIES.map((c) => na(s[c])),
    na(lh?.fcpMs, (v) => Math.round(v).toString()),
    na(lh?.lcpMs, (v) => Math.round(v).toString()),
    na(lh?.tbtMs, (v) => Math.round(v).toString()),
    na(lh?.cls, (v) => v.toFixed(3)),
    na(lh?.domElements),
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const r of rows) console.log(line(r));
console.log(
  'Transfer: bytes on the wire (headers + gzip bodies) of every request of a first visit. JS: gzip bodies of the scripts it fetches. KB = 1024 bytes.',
);
if (lighthouseError) console.log(`Lighthouse could not run here: ${lighthouseError}`);
else
  console.log(
    `Lighthouse ${Object.values(results).find((r) => r.lighthouse)?.lighthouse.lighthouseVersion ?? ''}, mobile preset, simulated throttling; per page the scores of the run with the median performance score of ${runs}, and the median FCP and LCP. DOM: elements in the page.`,
  );

// The budget checks.
const checks = [];
for (const path of pages) {
  const budget = budgets.pages[path];
  const { bytes, lighthouse: lh, lighthouseError: pageError } = results[path];
  if (budget.transferKB != null) {
    checks.push({
      page: path,
      what: 'transfer',
      actual: `${kb(bytes.transferBytes)} KB`,
      budget: `${budget.transferKB} KB`,
      pass: bytes.transferBytes <= budget.transferKB * KB,
    });
  }
  if (budget.jsKB != null) {
    checks.push({
      page: path,
      what: 'JS',
      actual: `${kb(bytes.jsBytes)} KB`,
      budget: `${budget.jsKB} KB`,
      pass: bytes.jsBytes <= budget.jsKB * KB,
    });
  }
  // Timing and DOM budgets: skipped when Lighthouse could not start here.
  for (const [key, what, unit] of [
    ['fcpMs', 'first contentful paint', ' ms'],
    ['lcpMs', 'largest contentful paint', ' ms'],
    ['domElements', 'DOM elements', ''],
  ]) {
    if (budget[key] == null) continue;
    const value = lh?.[key];
    const runsNote = key === 'fcpMs' || key === 'lcpMs' ? lh?.[key.replace('Ms', 'Runs')] : undefined;
    const spread = runsNote?.length > 1 ? ` (runs: ${runsNote.join(', ')})` : '';
    checks.push({
      page: path,
      what,
      actual: pageError ? `error: ${pageError}` : `${na(value, (v) => Math.round(v).toString())}${unit}${spread}`,
      budget: `≤ ${budget[key]}${unit}`,
      pass: lighthouseError ? null : value != null && value <= budget[key],
    });
  }
  for (const [category, min] of Object.entries(budgets.lighthouse ?? {})) {
    if (category.startsWith('$')) continue;
    const score = lh?.scores[category];
    // Skipped when Lighthouse could not start here (the reason is printed above); failed when it failed on this page.
    const pass = lighthouseError ? null : score != null && score >= min;
    const lost = pass === false ? (lh?.lost[category] ?? []).map((a) => a.id) : [];
    const spread = category === 'performance' && lh?.performanceRuns.length > 1 ? ` (runs: ${lh.performanceRuns.join(', ')})` : '';
    const actual = pageError ? `error: ${pageError}` : na(score) + spread;
    checks.push({ page: path, what: `Lighthouse ${category}`, actual, budget: `≥ ${min}`, pass, lost });
  }
}
console.log('\nBudgets (' + BUDGETS_FILE + '):');
for (const c of checks) {
  const why = c.lost?.length ? `  (audits losing points: ${c.lost.join(', ')})` : '';
  console.log(`${c.pass === null ? 'SKIP' : c.pass ? 'PASS' : 'FAIL'}  ${c.page} ${c.what}: ${c.actual} (budget ${c.budget})${why}`);
}
const failed = checks.filter((c) => c.pass === false).length;
const skipped = checks.filter((c) => c.pass === null).length;
const skippedNote = skipped ? ` (${skipped} skipped)` : '';
console.log(
  failed
    ? `\n${failed} of ${checks.length} budgets missed${skippedNote}.`
    : `\nAll ${checks.length - skipped} budgets checked were met${skippedNote}.`,
);

writeFileSync(
  RESULTS_FILE,
  JSON.stringify(
    { date: new Date().toISOString(), chromium: chromePath, lighthouseError: lighthouseError ?? null, pages: results, checks },
    null,
    2,
  ) + '\n',
);
console.error(`Results written to ${RESULTS_FILE}.`);
process.exit(failed && !args.has('--no-fail') ? 1 : 0);
