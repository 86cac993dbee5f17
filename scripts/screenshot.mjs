#!/usr/bin/env node
/**
 * Saves the README's screenshots (1400×900) of the preview on the sample workbook:
 * - docs/screenshot.png: the task pane beside the coloured sample sheet, after Kontroll and Färglägg;
 * - docs/why-red.png: a red result cell selected, the pane explaining why it is red;
 * - docs/findings-filter.png: Kontroll with the findings filtered (warnings, searched).
 * Builds nothing: it uses the server at PLANARK_URL, or starts scripts/serve-preview.mjs on the
 * built dist/ itself (run `npm run build:preview` first).
 *   node scripts/screenshot.mjs [--lang sv|en] [--out docs/screenshot.png] [--only main|why|filter]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};
const lang = arg('lang', 'sv');
const out = path.resolve(ROOT, arg('out', 'docs/screenshot.png'));
const only = arg('only', '');
const docs = path.dirname(out);

async function startServer() {
  if (!existsSync(path.join(ROOT, 'dist', 'preview.html'))) {
    throw new Error('dist/preview.html saknas – kör först: npm run build:preview');
  }
  const proc = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve-preview.mjs')], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let buf = '';
    proc.stdout.on('data', (d) => {
      buf += d;
      const m = /http:\/\/localhost:(\d+)/.exec(buf);
      if (m) resolve(`http://localhost:${m[1]}`);
    });
    proc.on('exit', (code) => reject(new Error(`servern avslutades (${code})`)));
  });
  return { url, stop: () => proc.kill('SIGTERM') };
}

const server = process.env.PLANARK_URL ? { url: process.env.PLANARK_URL, stop: () => {} } : await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
async function openSample() {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
  await page.goto(`${server.url}/?lang=${lang}`);
  await page.getByTestId('file-name').filter({ hasText: 'verksamhetsplan-2025.xlsx' }).waitFor({ timeout: 20_000 });
  // The note that this is the sample is the page's first word; closed for the pictures.
  await page.getByTestId('sample-note').getByRole('button').click();
  await page.getByTestId('run-check').first().click();
  await page.getByTestId('finding-item').first().waitFor({ timeout: 20_000 });
  return page;
}

async function colour(page) {
  // Färglägg lives on the Trafikljus tab; the pane then shows the colour legend and counts.
  await page.getByTestId('tab-lights').click();
  await page.getByTestId('colour-button').click();
  await page.getByTestId('notice-bar').waitFor({ timeout: 20_000 }).catch(() => undefined);
}

async function save(page, file) {
  await page.mouse.move(0, 0);
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  console.log(`Sparade ${path.relative(ROOT, file)}`);
  await page.close();
}

/** Brings the coloured result columns into view: the last lit column ends at the grid's right edge. */
async function showLit(page) {
  await page.getByTestId('grid').evaluate((grid) => {
    const lit = [...grid.querySelectorAll('[data-fill="FFC6EFCE"], [data-fill="FFFFEB9C"], [data-fill="FFFFC7CE"]')];
    if (!lit.length) return;
    const g = grid.getBoundingClientRect();
    const right = Math.max(...lit.map((e) => e.getBoundingClientRect().right)) - g.left + grid.scrollLeft;
    grid.scrollLeft = Math.max(0, right - grid.clientWidth + 24);
  });
}

try {
  if (!only || only === 'main') {
    const page = await openSample();
    await colour(page);
    // Show the sheet with traffic lights: the first sheet holding a green, yellow or red cell.
    const lit = page.locator('[data-fill="FFC6EFCE"], [data-fill="FFFFEB9C"], [data-fill="FFFFC7CE"]');
    if (!(await lit.count())) {
      for (const tab of await page.getByTestId('sheet-tab').all()) {
        await tab.click();
        if (await lit.count()) break;
      }
    }
    await showLit(page);
    await save(page, out);
  }
  if (!only || only === 'why') {
    const page = await openSample();
    await colour(page);
    await page.locator('[data-testid="sheet-tab"][data-sheet="Kommunfullmäktiges indikatorer"]').click();
    await showLit(page);
    // The first red result of the sheet, selected as a user would: the pane says why it is red.
    const red = page.locator('[data-testid="grid"] [data-fill="FFFFC7CE"]').first();
    await red.click();
    await page.getByTestId('cell-info').waitFor();
    await save(page, path.join(docs, 'why-red.png'));
  }
  if (!only || only === 'filter') {
    const page = await openSample();
    await page.getByTestId('tab-check').click();
    await page.getByTestId('filter-warning').click();
    await page.getByTestId('filter-kind').selectOption('result.missing');
    await page.getByTestId('finding-item').first().waitFor();
    await save(page, path.join(docs, 'findings-filter.png'));
  }
} finally {
  await browser.close();
  server.stop();
}
