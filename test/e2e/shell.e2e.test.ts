/**
 * The preview page itself in headless Chromium: the sample opens with its sheets, the grid edits
 * like Excel, and a bad file gives a clear message instead of a blank page.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { activeTab, loadSample, openPreview, pageErrors, SAMPLE_NAME, usePreviewPage } from './helpers';

const baseUrl = inject('baseUrl');
const { page, browser } = usePreviewPage(baseUrl);

describe('preview page', () => {
  it('opens the bundled sample and shows its sheets as tabs, the first one active', async () => {
    const wb = await loadSample();
    const pg = page();
    await expect.poll(() => pg.getByTestId('sheet-tab').allTextContents()).toEqual(wb.worksheets.map((w) => w.name));
    expect(await activeTab(pg)).toBe(wb.worksheets[0].name);
    expect(await pg.locator('[data-cell="A1"]').textContent()).toBe(wb.worksheets[0].getCell('A1').text);
    expect(await pg.getByTestId('file-name').textContent()).toBe(SAMPLE_NAME);
    // The task pane sits beside the grid, 360 px wide, as in Excel.
    const pane = await pg.getByTestId('taskpane').boundingBox();
    const grid = await pg.getByTestId('grid').boundingBox();
    expect(Math.round(pane!.width)).toBe(360);
    expect(grid!.x + grid!.width).toBeLessThanOrEqual(pane!.x + 1);
    expect(pageErrors(pg)).toEqual([]);
  });

  it('a click on a sheet tab shows that sheet', async () => {
    const wb = await loadSample();
    const pg = page();
    const last = wb.worksheets[wb.worksheets.length - 1];
    await pg.locator(`[data-testid="sheet-tab"][data-sheet="${last.name}"]`).click();
    await expect.poll(() => activeTab(pg)).toBe(last.name);
    expect(await pg.getByTestId('grid').getAttribute('data-sheet')).toBe(last.name);
    expect(await pg.locator('[data-cell="A1"]').textContent()).toBe(last.getCell('A1').text);
  });

  it('an edit in the grid changes the cell (double-click, type, Enter), read the Swedish way', async () => {
    const pg = page();
    const cell = pg.locator('[data-cell="B2"]');
    const before = await cell.textContent();
    await cell.dblclick();
    const editor = pg.getByTestId('cell-editor');
    expect(await editor.inputValue()).toBe(before);
    await editor.fill('1 060,5');
    await editor.press('Enter');
    await expect.poll(() => cell.textContent()).toBe('1060,5');
    expect(await cell.evaluate((e) => getComputedStyle(e).textAlign)).toBe('right');
    expect(await cell.getAttribute('data-selected')).toBe('true');
    expect(await pg.getByTestId('name-box').inputValue()).toBe('B2');
    expect(await pg.getByTestId('formula-bar').inputValue()).toBe('1060,5');
  });

  it('a corrupt .xlsx gives a clear message and keeps the open workbook', async () => {
    const pg = page();
    const tabs = await pg.getByTestId('sheet-tab').allTextContents();
    await pg.getByTestId('open-file').setInputFiles({ name: 'trasig.xlsx', mimeType: 'application/octet-stream', buffer: randomBytes(4096) });
    const bar = pg.getByTestId('preview-error');
    await bar.waitFor({ timeout: 20_000 });
    expect(await bar.textContent()).toContain('”trasig.xlsx” kunde inte läsas som en Excel-arbetsbok');
    expect(await pg.getByTestId('sheet-tab').allTextContents()).toEqual(tabs);
    expect(await pg.getByTestId('file-name').textContent()).toBe(SAMPLE_NAME);
    expect(pageErrors(pg)).toEqual([]);
  });

  it('a file that is not .xlsx is refused with a message in the page language', async () => {
    const pg = await openPreview(browser(), baseUrl, '?lang=en');
    try {
      await pg.getByTestId('open-file').setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from('Ansvar;Budget\n1;2\n') });
      const bar = pg.getByTestId('preview-error');
      await bar.waitFor({ timeout: 20_000 });
      expect(await bar.textContent()).toContain('"budget.csv" is not an .xlsx file');
    } finally {
      await pg.context().close();
    }
  });

  it('opens another .xlsx chosen by the user', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bilaga 2');
    ws.addRow(['Ansvar', 'Benämning', 'Budget uppdrag tkr']);
    ws.addRow([298260, 'Hemtjänst', 1060]);
    ws.getCell('C2').numFmt = '# ##0';
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const pg = page();
    await pg.getByTestId('open-file').setInputFiles({ name: 'bilagor.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await expect.poll(() => pg.getByTestId('file-name').textContent()).toBe('bilagor.xlsx');
    expect(await pg.getByTestId('sheet-tab').allTextContents()).toEqual(['Bilaga 2']);
    expect(await pg.locator('[data-cell="C2"]').textContent()).toBe('1\u00a0060');
  });

  it('shows a sheet of 5 000 rows quickly by rendering only the rows in view', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget 2025');
    ws.addRow(['Ansvar', 'Benämning', 'Budget', 'Prognos']);
    for (let i = 0; i < 5000; i++) ws.addRow([100000 + i, `Enhet ${i}`, 1_000_000 + i, 1_000_500 + i]);
    ws.getColumn(3).numFmt = '# ##0';
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const pg = page();
    await pg.getByTestId('open-file').setInputFiles({ name: 'stor.xlsx', mimeType: 'application/octet-stream', buffer });
    await expect.poll(() => pg.getByTestId('file-name').textContent()).toBe('stor.xlsx');
    const rendered = await pg.locator('[role="row"]').count();
    expect(rendered).toBeGreaterThan(20);
    expect(rendered).toBeLessThan(100);
    const t0 = Date.now();
    await pg.getByTestId('grid').evaluate((e) => (e.scrollTop = 22 * 4000));
    await pg.locator('[data-cell="C4001"]').waitFor({ timeout: 5_000 });
    expect(Date.now() - t0).toBeLessThan(2_000);
    // Row 4001 holds the 4 000th data row (i = 3999).
    expect(await pg.locator('[data-cell="C4001"]').textContent()).toBe('1\u00a0003\u00a0999');
    expect(await pg.locator('[data-cell="A4001"]').textContent()).toBe('103999');
  });
});
