/**
 * The real task pane in the preview, end to end in headless Chromium, on the bundled sample.
 * Every expectation comes from the engine itself: analyze() on the same file read in Node with
 * the same ExcelJS adapter, so no count or colour here is hard-coded.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PALETTE } from '../../src/engine/types';
import type { FillEdit } from '../../src/engine/types';
import { activeTab, cellFill, expectedAnalysis, pageErrors, showSheet, usePreviewPage } from './helpers';

const baseUrl = inject('baseUrl');
const { page } = usePreviewPage(baseUrl);

async function runCheck(pg: Page): Promise<void> {
  await pg.getByTestId('run-check').click();
  await pg.getByTestId('finding-item').first().waitFor({ timeout: 30_000 });
}

/** One fill edit per traffic-light colour the engine gives the sample. */
async function lights(): Promise<FillEdit[]> {
  const { edits } = await expectedAnalysis({ lang: 'sv' });
  return [PALETTE.green.fill, PALETTE.yellow.fill, PALETTE.red.fill]
    .map((fill) => edits.fills.find((f) => f.fill === fill))
    .filter((f): f is FillEdit => f !== undefined);
}

describe('task pane in the preview', () => {
  it('Kontroll lists exactly the findings the engine reports for the sample', async () => {
    const { analysis } = await expectedAnalysis({ lang: 'sv' });
    const pg = page();
    await runCheck(pg);
    await expect.poll(() => pg.getByTestId('finding-item').count()).toBe(analysis.findings.length);
    const shown = await pg
      .getByTestId('finding-item')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-sheet')}!${e.getAttribute('data-cell')}`));
    expect(shown.sort()).toEqual(analysis.findings.map((f) => `${f.sheet}!${f.cell}`).sort());
    expect(await pg.getByTestId('findings-count').textContent()).toContain(String(analysis.findings.length));
    expect(pageErrors(pg)).toEqual([]);
  });

  it('a click on a finding shows its sheet and selects its cell in the grid', async () => {
    const pg = page();
    await runCheck(pg);
    // The last finding: the most likely to lie on another sheet than the first one shown.
    const item = pg.getByTestId('finding-item').last();
    const sheet = (await item.getAttribute('data-sheet'))!;
    const cell = (await item.getAttribute('data-cell'))!;
    await item.click();
    await expect.poll(() => activeTab(pg)).toBe(sheet);
    await expect.poll(() => pg.locator('[data-selected="true"]').getAttribute('data-cell')).toBe(cell);
    expect(await pg.getByTestId('grid').getAttribute('data-sheet')).toBe(sheet);
    expect(await pg.getByTestId('name-box').inputValue()).toBe(cell);
    expect(await pg.locator('[data-selected="true"]').isVisible()).toBe(true);
  });

  it('Färglägg gives result cells the traffic-light fills the engine computes', async () => {
    const samples = await lights();
    expect(samples.length).toBeGreaterThan(0);
    const pg = page();
    await runCheck(pg);
    for (const s of samples) expect(await cellFill(pg, s.sheet, s.cell)).not.toBe(s.fill);
    await pg.getByTestId('tab-lights').click();
    await pg.getByTestId('colour-button').click();
    for (const s of samples) await expect.poll(() => cellFill(pg, s.sheet, s.cell)).toBe(s.fill);
  });

  it('generates Sammanställning as a new tab; the download holds it and the fills', async () => {
    const samples = await lights();
    const pg = page();
    await runCheck(pg);
    await pg.getByTestId('tab-lights').click();
    await pg.getByTestId('colour-button').click();
    await expect.poll(() => cellFill(pg, samples[0].sheet, samples[0].cell)).toBe(samples[0].fill);
    await pg.getByTestId('tab-summary').click();
    await pg.getByTestId('generate-button').click();
    const tab = pg.locator('[data-testid="sheet-tab"][data-sheet="Sammanställning"]');
    await tab.waitFor({ timeout: 30_000 });
    await showSheet(pg, 'Sammanställning');
    expect((await pg.locator('[data-cell="A1"]').textContent())?.length).toBeGreaterThan(0);

    const [download] = await Promise.all([pg.waitForEvent('download'), pg.getByTestId('download').click()]);
    expect(download.suggestedFilename()).toBe('verksamhetsplan-2025.planark.xlsx');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    expect(back.worksheets.map((w) => w.name)).toContain('Sammanställning');
    for (const s of samples) {
      const fill = back.getWorksheet(s.sheet)!.getCell(s.cell).fill as ExcelJS.FillPattern | undefined;
      expect(fill?.fgColor?.argb).toBe(s.fill);
    }
  });

  it('switches the task pane to English: labels and the findings the engine words in English', async () => {
    const { analysis } = await expectedAnalysis({ lang: 'en' });
    const pg = page();
    // A Fluent tab holds its label twice (one copy reserves the bold width), so read its accessible name.
    const tabName = (section: string) => pg.getByTestId(`tab-${section}`).evaluate((e) => (e as HTMLElement).innerText.trim());
    expect(await tabName('check')).toBe('Kontroll');
    await pg.getByTestId('tab-settings').click();
    await pg.getByTestId('lang-select').selectOption('en');
    await expect.poll(() => tabName('check')).toBe('Check');
    expect(await tabName('lights')).toBe('Traffic lights');
    await pg.getByTestId('tab-check').click();
    expect(await pg.getByTestId('run-check').textContent()).toBe('Check');
    await runCheck(pg);
    expect(await pg.getByTestId('findings-count').textContent()).toBe(`${analysis.findings.length} findings`);
    const first = analysis.findings[0];
    const item = pg.locator(`[data-testid="finding-item"][data-sheet="${first.sheet}"][data-cell="${first.cell}"][data-code="${first.code}"]`).first();
    expect(await item.textContent()).toContain(first.message);
  });
});
