/**
 * Issue 12, point 8 and the 320 px check: the page says when it shows the sample; changes that
 * live only in the tab are not lost without a warning (beforeunload, and before another file
 * replaces them); the toolbar follows the pane's language switch; a damaged file's message is in
 * the page's language only; and at a 320 px pane every tab fits without sideways scrolling while
 * the grid stays usable.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { zipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SECTIONS } from '../../src/taskpane/i18n';
import { openPreview, SAMPLE, SAMPLE_NAME, screenshotOnFailure, usePreviewPage } from './helpers';

const baseUrl = inject('baseUrl');
const { page, browser } = usePreviewPage(baseUrl);

async function colour(pg: Page): Promise<void> {
  await pg.getByTestId('tab-lights').click();
  await pg.getByTestId('colour-button').click();
  await pg.getByTestId('unsaved-badge').waitFor({ timeout: 30_000 });
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the sample and unsaved changes', () => {
  it('says the sample is a sample; a file of the user\'s is not', async () => {
    const pg = page();
    expect(await pg.getByTestId('sample-note').textContent()).toContain('exempelarbetsboken som följer med Planark');
    expect(await pg.getByTestId('sample-badge').textContent()).toBe('Exempel');
    await pg.getByTestId('open-file').setInputFiles({ name: 'min-plan.xlsx', mimeType: XLSX, buffer: await readFile(SAMPLE) });
    await expect.poll(() => pg.getByTestId('file-name').textContent()).toBe('min-plan.xlsx');
    expect(await pg.getByTestId('sample-note').count()).toBe(0);
    expect(await pg.getByTestId('sample-badge').count()).toBe(0);
  });

  it('before another file replaces unsaved changes it asks: cancel keeps them, "open without saving" opens', async () => {
    const pg = page();
    await colour(pg);
    const other = { name: 'annan.xlsx', mimeType: XLSX, buffer: await readFile(SAMPLE) };
    await pg.getByTestId('open-file').setInputFiles(other);
    const dialog = pg.getByTestId('unsaved-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`Färgerna, bladen och värdena du ändrat i ”${SAMPLE_NAME}” finns bara i den här webbläsarfliken. Öppnar du ”annan.xlsx” försvinner de.`);
    await pg.getByTestId('unsaved-cancel').click();
    expect(await pg.getByTestId('file-name').textContent()).toBe(SAMPLE_NAME);
    expect(await pg.getByTestId('unsaved-badge').count()).toBe(1);
    await pg.getByTestId('open-file').setInputFiles(other);
    await pg.getByTestId('unsaved-discard').click();
    await expect.poll(() => pg.getByTestId('file-name').textContent()).toBe('annan.xlsx');
    expect(await pg.getByTestId('unsaved-badge').count()).toBe(0);
  });

  it('"download first" downloads, then opens; after a download nothing is unsaved', async () => {
    const pg = page();
    await colour(pg);
    await pg.getByTestId('open-file').setInputFiles({ name: 'annan.xlsx', mimeType: XLSX, buffer: await readFile(SAMPLE) });
    const [download] = await Promise.all([pg.waitForEvent('download'), pg.getByTestId('unsaved-download').click()]);
    expect(download.suggestedFilename()).toBe('verksamhetsplan-2025.planark.xlsx');
    await expect.poll(() => pg.getByTestId('file-name').textContent()).toBe('annan.xlsx');
  });

  it('closing the tab with unsaved changes raises the browser\'s beforeunload warning; without changes it does not', async () => {
    const pg = page();
    const dialogs: string[] = [];
    pg.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await pg.getByTestId('tab-check').click(); // a user gesture, without changing anything
    await pg.close({ runBeforeUnload: true });
    await expect.poll(() => pg.isClosed()).toBe(true);
    expect(dialogs).toEqual([]);

    const pg2 = await openPreview(browser(), baseUrl);
    const seen: string[] = [];
    pg2.on('dialog', (d) => {
      seen.push(d.type());
      void d.accept();
    });
    await colour(pg2);
    await pg2.close({ runBeforeUnload: true });
    await expect.poll(() => seen).toEqual(['beforeunload']);
    await pg2.context().close();
  });
});

describe('language and messages', () => {
  it('the toolbar and the page follow the pane\'s language switch', async () => {
    const pg = page();
    expect(await pg.getByTestId('open-button').textContent()).toBe('Öppna .xlsx …');
    expect(await pg.getByTestId('download').textContent()).toBe('Ladda ned');
    await pg.getByTestId('tab-settings').click();
    await pg.getByTestId('lang-select').selectOption('en');
    await expect.poll(() => pg.getByTestId('open-button').textContent()).toBe('Open .xlsx …');
    expect(await pg.getByTestId('download').textContent()).toBe('Download');
    expect(await pg.getByTestId('sample-note').textContent()).toContain('This is the sample workbook');
    expect(await pg.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', 'Planark – preview']);
    expect(await pg.getByTestId('grid').getAttribute('aria-label')).toMatch(/^Worksheet /);
    expect(await pg.getByTestId('name-box').getAttribute('aria-label')).toBe('Name box');
  });

  it.each([
    ['random bytes', () => randomBytes(4096)],
    ['a truncated workbook', async () => (await readFile(SAMPLE)).subarray(0, 6000)],
    ['a zip that is no workbook', () => Buffer.from(zipSync({ 'readme.txt': new TextEncoder().encode('hej') }))],
    ['a workbook whose sheet is not XML', async () => Buffer.from(zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
      '_rels/.rels': new TextEncoder().encode('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': new TextEncoder().encode('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': new TextEncoder().encode('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': new TextEncoder().encode('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
    }))],
  ])('%s: a message in Swedish only, naming the file, no technical English', async (_, bytes) => {
    const pg = page();
    await pg.getByTestId('open-file').setInputFiles({ name: 'trasig.xlsx', mimeType: XLSX, buffer: Buffer.from(await bytes()) });
    const bar = pg.getByTestId('preview-error');
    await bar.waitFor({ timeout: 20_000 });
    const text = (await bar.textContent())!;
    expect(text).toContain('”trasig.xlsx”');
    expect(text).not.toMatch(/\b(error|invalid|unexpected|undefined|cannot|failed|end of|central directory|corrupt|null|TypeError|Exception)\b/i);
    expect(await pg.getByTestId('file-name').textContent()).toBe(SAMPLE_NAME);
  });
});

describe('a 320 px task pane', () => {
  it('every tab fits without sideways scrolling, badges hold their text, and the grid stays usable', async () => {
    const ctx = await browser().newContext({ viewport: { width: 1024, height: 768 }, locale: 'sv-SE' });
    const pg = await ctx.newPage();
    try {
      await pg.goto(`${baseUrl}/?lang=sv&pane=320`);
      await pg.getByTestId('file-name').filter({ hasText: SAMPLE_NAME }).waitFor({ timeout: 20_000 });
      const pane = pg.getByTestId('taskpane');
      expect(Math.round((await pane.boundingBox())!.width)).toBe(320);
      await pg.getByTestId('run-check').first().click();
      await pg.getByTestId('finding-item').first().waitFor({ timeout: 30_000 });
      await pg.locator('[data-cell="C3"]').click();
      for (const tab of SECTIONS) {
        await pg.getByTestId(`tab-${tab}`).click();
        await pg.getByTestId(`section-${tab}`).waitFor();
        const overflow = await pane.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const out: string[] = [];
          if (el.scrollWidth > el.clientWidth + 1) out.push(`pane scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
          for (const e of el.querySelectorAll<HTMLElement>('button, .fui-Badge, h2, h3, label, select, input, p, li')) {
            const r = e.getBoundingClientRect();
            if (r.width > 0 && r.right > box.right + 1) out.push(`${e.tagName}.${e.className.split(' ')[0]} "${(e.textContent ?? '').slice(0, 40)}" ends at ${Math.round(r.right)} > ${Math.round(box.right)}`);
          }
          for (const b of el.querySelectorAll<HTMLElement>('.fui-Badge')) if (b.scrollWidth > b.clientWidth + 1) out.push(`badge text spills: "${b.textContent}"`);
          return out;
        });
        expect(overflow, tab).toEqual([]);
      }
      const grid = (await pg.getByTestId('grid').boundingBox())!;
      expect(grid.width).toBeGreaterThan(600);
      expect(grid.x + grid.width).toBeLessThanOrEqual((await pane.boundingBox())!.x + 1);
      await pg.locator('[data-cell="B2"]').click();
      expect(await pg.getByTestId('name-box').inputValue()).toBe('B2');
    } catch (e) {
      await screenshotOnFailure(pg, '320px');
      throw e;
    } finally {
      await ctx.close();
    }
  });
});
