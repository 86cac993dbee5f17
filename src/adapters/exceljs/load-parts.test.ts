import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parseParts, type Part } from './load-parts';
import { readWorkbook } from './read';
import { openPackage } from '../xlsx-package';
import { planWorkbookBytes } from '../../../test/fixtures/plan-workbook';
import { REAL_WORKBOOKS, REPO_ROOT } from '../../../test/fixtures/real-workbooks';

const inflate = (raw: Uint8Array, max: number) => inflateRawSync(raw, { maxOutputLength: max });

const FILES = REAL_WORKBOOKS;

/** The workbook's whole model, bytes of media as base64, so two loads compare as text. */
function modelText(wb: ExcelJS.Workbook): string {
  return JSON.stringify(wb.model, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v));
}

/** What `load()` would do with the parts: the model parsed from them, set. */
async function loadParts(wb: ExcelJS.Workbook, parts: readonly Part[]): Promise<void> {
  wb.model = (await parseParts(wb, parts)) as unknown as ExcelJS.WorkbookModel;
}

async function both(bytes: Uint8Array): Promise<[ExcelJS.Workbook, ExcelJS.Workbook]> {
  const viaZip = new ExcelJS.Workbook();
  await viaZip.xlsx.load(bytes.slice().buffer);
  const viaParts = new ExcelJS.Workbook();
  await loadParts(viaParts, openPackage(bytes, undefined, inflate).entries);
  return [viaZip, viaParts];
}

describe('parseParts (ExcelJS fed with parts already inflated)', () => {
  it.each(FILES)('gives the same workbook as ExcelJS unzipping %s itself', async (file) => {
    const [viaZip, viaParts] = await both(new Uint8Array(readFileSync(path.join(REPO_ROOT, file))));
    expect(viaParts.worksheets.length).toBeGreaterThan(0);
    expect(modelText(viaParts)).toBe(modelText(viaZip));
    expect(readWorkbook(viaParts, 'x.xlsx')).toEqual(readWorkbook(viaZip, 'x.xlsx'));
  });

  it('reads a part longer than one 16 KiB piece: a 2 000-row plan, cell for cell', async () => {
    const bytes = new Uint8Array(await planWorkbookBytes(2000));
    const [viaZip, viaParts] = await both(bytes);
    const input = readWorkbook(viaParts, 'plan.xlsx');
    expect(input).toEqual(readWorkbook(viaZip, 'plan.xlsx'));
    expect(input.sheets[0].rows.filter(Boolean).length).toBeGreaterThan(2000);
  });

  it('keeps the comments, tables and media the parts carry', async () => {
    const wb = new ExcelJS.Workbook();
    await loadParts(wb, openPackage(new Uint8Array(readFileSync(path.join(REPO_ROOT, 'test/fixtures/xlsxwriter/comment03.xlsx'))), undefined, inflate).entries);
    const notes = wb.worksheets.flatMap((ws) => {
      const found: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => void (c.note ? found.push(c.address) : undefined)));
      return found;
    });
    expect(notes.length).toBeGreaterThan(0);
    const t = new ExcelJS.Workbook();
    await loadParts(t, openPackage(new Uint8Array(readFileSync(path.join(REPO_ROOT, 'test/fixtures/xlsxwriter/table02.xlsx'))), undefined, inflate).entries);
    expect(t.worksheets.flatMap((ws) => ws.getTables()).length).toBeGreaterThan(0);
  });

  it('throws on a worksheet that is not XML, as load() does', async () => {
    const bad = new TextEncoder().encode('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData');
    const parts = openPackage(new Uint8Array(readFileSync(path.join(REPO_ROOT, 'examples/verksamhetsplan-2025.xlsx'))), undefined, inflate).entries.map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, data: new Uint8Array([...bad, ...new TextEncoder().encode('<<<')]) } : e,
    );
    await expect(loadParts(new ExcelJS.Workbook(), parts)).rejects.toThrow();
  });
});
