/**
 * Shared pieces of the end-to-end tests: Chromium, a fresh page on the preview, a screenshot when
 * a test fails, and the engine's own verdict on the sample workbook (computed in Node with the
 * same adapter, so no number in a test is hard-coded).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { readWorkbook } from '../../src/adapters/exceljs';
import type { Analysis } from '../../src/engine/analyze';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { AnalyzeOptions, Edits, Lang } from '../../src/engine/types';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE = path.join(ROOT, 'examples', 'verksamhetsplan-2025.xlsx');
export const SAMPLE_NAME = 'verksamhetsplan-2025.xlsx';
export const RESULTS_DIR = path.join(ROOT, 'test-results');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

const ERRORS = new WeakMap<Page, string[]>();

/** A new page on the preview, the sample loaded and its tabs shown. */
export async function openPreview(browser: Browser, baseUrl: string, query = '?lang=sv'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  ERRORS.set(page, errors);
  await page.goto(`${baseUrl}/${query}`);
  await page.getByTestId('file-name').filter({ hasText: SAMPLE_NAME }).waitFor({ timeout: 20_000 });
  return page;
}

/** Uncaught errors in the page since it opened: a healthy preview has none. */
export function pageErrors(page: Page): string[] {
  return ERRORS.get(page) ?? [];
}

/** Keeps a screenshot of a failed test in test-results/ for the CI artefacts. */
export async function screenshotOnFailure(page: Page | undefined, name: string): Promise<void> {
  if (!page || page.isClosed()) return;
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name.replace(/[^\wåäöÅÄÖ-]+/g, '_').slice(0, 100)}.png`);
  await page.screenshot({ path: file, fullPage: false }).catch(() => undefined);
}

export async function loadSample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb;
}

/** What the engine says about the sample, exactly as the task pane asks it. */
export async function expectedAnalysis(opts: AnalyzeOptions = {}): Promise<{ analysis: Analysis; edits: Edits }> {
  // Imported on use, so the preview-shell tests do not depend on the whole engine loading.
  const { analyze, planEdits } = await import('../../src/engine/analyze');
  const input = readWorkbook(await loadSample(), SAMPLE_NAME);
  const analysis = analyze(input, opts);
  return { analysis, edits: planEdits(analysis) };
}

export type { Lang };

/**
 * One browser per file, a fresh page (the sample loaded) per test, and a screenshot in
 * test-results/ when a test failed. Returns a getter for the current page.
 */
export function usePreviewPage(baseUrl: string, query = '?lang=sv'): { page: () => Page; browser: () => Browser } {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await openPreview(browser!, baseUrl, query);
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' || (ctx.task.result?.errors?.length ?? 0) > 0) {
      await screenshotOnFailure(page, `${ctx.task.file?.name ?? ''}-${ctx.task.name}`);
    }
    await page?.context().close();
    page = undefined;
  });
  return {
    page: () => {
      if (!page) throw new Error('no page');
      return page;
    },
    browser: () => browser!,
  };
}

export async function activeTab(pg: Page): Promise<string | null> {
  return pg.locator('[data-testid="sheet-tab"][data-active="true"]').textContent();
}

export async function showSheet(pg: Page, sheet: string): Promise<void> {
  await pg.locator(`[data-testid="sheet-tab"][data-sheet="${sheet}"]`).click();
  await expect.poll(() => activeTab(pg)).toBe(sheet);
}

/** A cell's fill as the grid paints it (the sample's sheets are short, so every row is rendered). */
export async function cellFill(pg: Page, sheet: string, cell: string): Promise<string | null> {
  await showSheet(pg, sheet);
  const loc = pg.locator(`[data-testid="grid"][data-sheet="${sheet}"] [data-cell="${cell}"]`);
  await loc.scrollIntoViewIfNeeded();
  return loc.getAttribute('data-fill');
}
