/**
 * The task pane under load (issue 14): the built preview in Chromium opens a plan of N indicator
 * rows (20 000 by default), runs Kontroll and then Färglägg, and reports the longest main-thread
 * blocks (PerformanceObserver `longtask`) per phase. Printed, never asserted.
 *
 * Needs `npm run build:preview` (dist/preview.html) and Chromium (/usr/bin/chromium or
 * CHROMIUM_PATH). Run alone with `npx tsx bench/pane.ts [rows]`; `npm run bench` runs it too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { planWorkbookBytes } from '../test/fixtures/plan-workbook';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PaneBench {
  rows: number;
  /** Longest main-thread task while the file is opened (ExcelJS parses on the page's thread). */
  loadLongestMs: number;
  /** Longest main-thread task from the click on Kontroll until the findings show. */
  checkLongestMs: number;
  /** Long tasks (> 50 ms) during the check. */
  checkLongTasks: number;
  checkMs: number;
  /** The busy bar showed a step of the check (progress painted while the worker ran). */
  progressSeen: boolean;
  /** Longest main-thread task from the click on Färglägg until the cells are coloured. */
  colourLongestMs: number;
  colourLongTasks: number;
  colourMs: number;
}

async function serve(): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve-preview.mjs')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve(`http://localhost:${m[1]}`);
    });
    proc.on('exit', (code) => reject(new Error(`preview server exited (${code}): ${out}`)));
  });
  return { url, proc };
}

export async function benchPane(rows = 20_000): Promise<PaneBench | string> {
  if (!existsSync(path.join(ROOT, 'dist', 'preview.html'))) return 'dist/preview.html missing: run `npm run build:preview` first';
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`;
  const dir = mkdtempSync(path.join(tmpdir(), 'planark-bench-'));
  const file = path.join(dir, `plan-${rows}.xlsx`);
  writeFileSync(file, await planWorkbookBytes(rows));
  const { url, proc } = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE' });
    await page.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; ms: number }[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push({ start: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${url}/?lang=sv`);
    await page.getByTestId('file-name').filter({ hasText: 'verksamhetsplan-2025.xlsx' }).waitFor({ timeout: 60_000 });
    const now = () => page.evaluate(() => performance.now());
    const longest = (from: number, to: number) =>
      page.evaluate(([a, b]) => {
        const all = (window as unknown as { __long: { start: number; ms: number }[] }).__long.filter((x) => x.start >= a && x.start < b);
        return { max: Math.max(0, ...all.map((x) => x.ms)), count: all.length };
      }, [from, to] as const);

    const t0 = await now();
    await page.getByTestId('open-file').setInputFiles(file);
    await page.getByTestId('file-name').filter({ hasText: path.basename(file) }).waitFor({ timeout: 300_000 });
    await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
    const t1 = await now();
    await page.getByTestId('run-check').click();
    const progress = page
      .locator('[data-testid="busy"] [data-testid="progress"][aria-valuenow]')
      .waitFor({ timeout: 300_000 })
      .then(() => true, () => false);
    await page.getByTestId('findings-count').waitFor({ timeout: 300_000 });
    const t2 = await now();
    const seen = await progress;
    await page.waitForTimeout(1000); // a long task is reported when it ends
    await page.getByTestId('tab-lights').click();
    const t3 = await now();
    await page.getByTestId('colour-button').click();
    await page.getByTestId('notice-bar').filter({ hasText: 'färglagda' }).waitFor({ timeout: 300_000 });
    const t4 = await now();
    await page.waitForTimeout(1000);
    const load = await longest(t0, t1);
    const check = await longest(t1, t2 + 1000);
    const colour = await longest(t3, t4 + 1000);
    return {
      rows,
      loadLongestMs: load.max,
      checkLongestMs: check.max,
      checkLongTasks: check.count,
      checkMs: t2 - t1,
      progressSeen: seen,
      colourLongestMs: colour.max,
      colourLongTasks: colour.count,
      colourMs: t4 - t3,
    };
  } finally {
    await browser.close();
    proc.kill('SIGTERM');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await benchPane(Number(process.argv[2] ?? 20_000));
  console.log(typeof r === 'string' ? `pane: ${r}` : r);
}
