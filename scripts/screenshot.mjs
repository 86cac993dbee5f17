#!/usr/bin/env node
/**
 * Saves docs/screenshot.png (1400×900): the task pane beside the coloured sample sheet, as a
 * user sees it after Kontroll and Färglägg. Builds nothing: it uses the server at PLANARK_URL, or
 * starts scripts/serve-preview.mjs on the built dist/ itself (run `npm run build:preview` first).
 *   node scripts/screenshot.mjs [--lang sv|en] [--out docs/screenshot.png]
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
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
  await page.goto(`${server.url}/?lang=${lang}`);
  await page.getByTestId('file-name').filter({ hasText: 'verksamhetsplan-2025.xlsx' }).waitFor({ timeout: 20_000 });
  await page.getByTestId('run-check').click();
  await page.getByTestId('finding-item').first().waitFor({ timeout: 20_000 });
  // Färglägg lives on the Trafikljus tab; the pane then shows the colour legend and counts.
  await page.getByTestId('tab-lights').click();
  await page.getByTestId('colour-button').click();
  await page.getByTestId('notice-bar').waitFor({ timeout: 20_000 }).catch(() => undefined);
  // Show the sheet with traffic lights: the first sheet holding a green, yellow or red cell.
  const lit = page.locator('[data-fill="FFC6EFCE"], [data-fill="FFFFEB9C"], [data-fill="FFFFC7CE"]');
  if (!(await lit.count())) {
    for (const tab of await page.getByTestId('sheet-tab').all()) {
      await tab.click();
      if (await lit.count()) break;
    }
  }
  // Bring the coloured result columns into view: the last lit column ends at the grid's right edge.
  await page.getByTestId('grid').evaluate((grid) => {
    const lit = [...grid.querySelectorAll('[data-fill="FFC6EFCE"], [data-fill="FFFFEB9C"], [data-fill="FFFFC7CE"]')];
    if (!lit.length) return;
    const g = grid.getBoundingClientRect();
    const right = Math.max(...lit.map((e) => e.getBoundingClientRect().right)) - g.left + grid.scrollLeft;
    grid.scrollLeft = Math.max(0, right - grid.clientWidth + 24);
  });
  await page.mouse.move(0, 0);
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`Sparade ${path.relative(ROOT, out)}`);
} finally {
  await browser.close();
  server.stop();
}
