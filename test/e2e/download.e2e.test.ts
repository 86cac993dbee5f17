/**
 * The preview's download in a real browser is lossless like `planark apply`: a macro workbook
 * holding charts, threaded comments, tables, names and a sensitivity label is opened, coloured,
 * given Planark's summary sheet and a typed value, and downloaded; every part Planark does not
 * change comes back byte for byte, and LibreOffice opens the file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { fidelityWorkbook, SHEETS } from '../lossless/fixture';
import { sameBytes } from '../lossless/compare';
import { pageErrors, showSheet, usePreviewPage } from './helpers';

const baseUrl = inject('baseUrl');
const { page } = usePreviewPage(baseUrl);

/** Parts Planark edits on this workbook; every other part must be byte-identical. */
const EDITABLE = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);

describe('the preview download', () => {
  it('is the opened .xlsm patched with Planark\u2019s edits and the grid\u2019s values, nothing else changed', async () => {
    const fx = fidelityWorkbook({ macro: true });
    const pg = page();
    await pg.getByTestId('open-file').setInputFiles({ name: 'plan.xlsm', mimeType: 'application/vnd.ms-excel.sheet.macroEnabled.12', buffer: Buffer.from(fx.bytes) });
    await expect.poll(() => pg.getByTestId('file-name').textContent()).toBe('plan.xlsm');

    await pg.getByTestId('run-check').click();
    await pg.getByTestId('finding-item').first().waitFor({ timeout: 30_000 });
    await pg.getByTestId('tab-lights').click();
    await pg.getByTestId('colour-button').click();
    await pg.getByTestId('tab-summary').click();
    await pg.getByTestId('generate-button').click();
    await pg.locator('[data-testid="sheet-tab"][data-sheet="Sammanställning"]').waitFor({ timeout: 30_000 });
    await showSheet(pg, SHEETS.indicators);
    const cell = pg.locator('[data-cell="F5"]');
    await cell.dblclick();
    await pg.getByTestId('cell-editor').fill('77,5');
    await pg.getByTestId('cell-editor').press('Enter');
    await expect.poll(() => cell.textContent()).toBe('77,5');

    const [download] = await Promise.all([pg.waitForEvent('download'), pg.getByTestId('download').click()]);
    expect(download.suggestedFilename()).toBe('plan.planark.xlsm');
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const out = unzipSync(bytes);
    const changed = Object.keys(fx.parts).filter((p) => !EDITABLE.has(p) && !sameBytes(fx.parts[p], out[p]));
    expect(changed).toEqual([]);
    expect(Object.keys(out).filter((p) => !(p in fx.parts)).sort()).toEqual(['xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml']);
    const sheet = strFromU8(out['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<c r="F5" s="3"><v>77.5</v></c>');
    expect(sheet).toMatch(/<c r="F2" s="\d+"><v>84<\/v><\/c>/);
    expect(strFromU8(out['[Content_Types].xml'])).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(pageErrors(pg)).toEqual([]);

    const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
    if (soffice) {
      const dir = mkdtempSync(path.join(tmpdir(), 'planark-dl-'));
      const file = path.join(dir, 'plan.planark.xlsm');
      writeFileSync(file, bytes);
      const log = execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
      expect(log).not.toMatch(/error|failed/i);
      expect(readFileSync(path.join(dir, 'plan.planark.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  }, 120_000);
});
