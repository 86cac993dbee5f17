import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { readParts } from './read-parts';
import { readWorkbook } from './read';
import type { Part } from './load-parts';
import { openPackage } from '../xlsx-package';
import { planWorkbookBytes } from '../../../test/fixtures/plan-workbook';
import { REAL_WORKBOOKS, REPO_ROOT } from '../../../test/fixtures/real-workbooks';

const inflate = (raw: Uint8Array, max: number) => inflateRawSync(raw, { maxOutputLength: max });
const partsOf = (bytes: Uint8Array): Part[] => openPackage(bytes, undefined, inflate).entries;

/** ExcelJS's own reading: `load()` builds every Cell, and readWorkbook reads them. */
async function viaCells(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return readWorkbook(wb, 'x.xlsx');
}

const viaModel = (bytes: Uint8Array) => readParts(new ExcelJS.Workbook(), partsOf(bytes), 'x.xlsx');

const FILES = REAL_WORKBOOKS;

/** A package's bytes with one part's text replaced (a sheet as some other program writes it). */
function withPart(bytes: Uint8Array, name: string, text: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const e of partsOf(bytes)) if (!e.name.endsWith('/')) files[e.name] = e.name === name ? new TextEncoder().encode(text) : e.data;
  return zipSync(files);
}

describe('readParts (engine input from ExcelJS\'s model, without its Cell objects)', () => {
  it.each(FILES)('reads %s as readWorkbook reads ExcelJS\'s cells', async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(REPO_ROOT, file)));
    const got = await viaModel(bytes);
    expect(got.sheets.length).toBeGreaterThan(0);
    expect(got).toEqual(await viaCells(bytes));
  });

  it('a 1 000-row plan with its merged goal cells: the same input, cell for cell', async () => {
    const bytes = new Uint8Array(await planWorkbookBytes(1000));
    const got = await viaModel(bytes);
    expect(got).toEqual(await viaCells(bytes));
    expect(got.sheets[0].merges?.length).toBe(100);
    expect(got.sheets[0].rows[1]?.[0]?.v).toBeTypeOf('string'); // the goal, in the merge's top-left cell
    expect(got.sheets[0].rows[2]?.[0]).toBeUndefined(); // covered by the merge
  });

  it('values of every kind, shared formulas, merges over values and fills, fill-only rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Uppföljning');
    ws.getCell('A1').value = 'Indikator';
    ws.getCell('B1').value = 82;
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = new Date(Date.UTC(2025, 9, 31));
    ws.getCell('E1').value = { richText: [{ text: 'Grön ' }, { text: 'ja', font: { bold: true } }] };
    ws.getCell('F1').value = { text: 'Kolada', hyperlink: 'https://www.kolada.se' };
    ws.getCell('G1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('A2').value = { formula: 'B1*2', result: 164 } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { sharedFormula: 'A2', result: 0 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('A4').value = { sharedFormula: 'A2', result: 2 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('B2').value = 0.5;
    ws.getCell('B2').numFmt = '0%';
    ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
    ws.getCell('C2').font = { color: { argb: 'FF006100' } };
    // A merge over cells that hold values and fills: only its top-left cell is read.
    ws.getCell('A6').value = 'Mål 1';
    ws.getCell('A7').value = 'hidden under the merge';
    ws.getCell('A8').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
    ws.mergeCells('A6:A8');
    // A row whose only cell is filled and empty, and one a merge covers with a filled cell beside it.
    ws.getCell('D10').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    ws.getCell('B7').fill = { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FF000000' } };
    wb.addWorksheet('Tom');
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const got = await viaModel(bytes);
    expect(got).toEqual(await viaCells(bytes));
    const rows = got.sheets[0].rows;
    expect(rows[2]?.[0]).toEqual({ v: 0, f: 'B2*2' }); // the shared formula translated to its own cell
    expect(rows[3]?.[0]).toEqual({ v: 2, f: 'B3*2' });
    expect(rows[1]?.[2]).toEqual({ v: null, fill: 'FFC6EFCE', font: 'FF006100' });
    expect(rows[6]?.[0]).toBeUndefined();
    expect(rows[6]?.[1]).toEqual({ v: null, fill: 'pattern:darkGray' });
    expect(got.sheets.map((s) => s.name)).toEqual(['Uppföljning', 'Tom']);
  });

  it('cells as other programs write them: no r, the same cell twice, empty <c/>, a row number twice', async () => {
    const base = new ExcelJS.Workbook();
    base.addWorksheet('Blad1').getCell('A1').value = 1;
    const bytes = new Uint8Array((await base.xlsx.writeBuffer()) as ArrayBuffer);
    const sheet =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Mål</t></is></c><c t="inlineStr"><is><t>Indikator</t></is></c><c><v>3</v></c></row>' +
      '<row r="2"><c r="B2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"/></row>' +
      '<row r="4"><c r="A4"><v>4</v></c></row><row r="4"><c r="B4"><v>5</v></c></row>' +
      '</sheetData></worksheet>';
    const edited = withPart(bytes, 'xl/worksheets/sheet1.xml', sheet);
    const got = await viaModel(edited);
    expect(got).toEqual(await viaCells(edited));
    expect(got.sheets[0].rows[0]?.map((c) => c?.v)).toEqual(['Mål', 'Indikator', 3]);
    expect(got.sheets[0].rows[1]?.[1]).toEqual({ v: 2 });
    expect(got.sheets[0].rows[3]?.map((c) => c?.v)).toEqual([undefined, 5]);
  });

  it('merges read from the model as ExcelJS reads them: corners reversed, one cell, values beneath; overlaps refused', async () => {
    const base = new ExcelJS.Workbook();
    base.addWorksheet('Blad1').getCell('A1').value = 1;
    const bytes = new Uint8Array((await base.xlsx.writeBuffer()) as ArrayBuffer);
    const sheet = (merges: string) =>
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="2"><c r="B2" t="inlineStr"><is><t>Mål 1</t></is></c><c r="C2"><v>7</v></c><c r="E2"><v>1</v></c></row>' +
      '<row r="3"><c r="B3"><v>8</v></c><c r="D3" t="inlineStr"><is><t>kvar</t></is></c></row>' +
      '<row r="4"><c r="C4"><v>9</v></c></row>' +
      `</sheetData><mergeCells count="${merges.split('/').length}">${merges
        .split('/')
        .map((m) => `<mergeCell ref="${m}"/>`)
        .join('')}</mergeCells></worksheet>`;
    const edited = withPart(bytes, 'xl/worksheets/sheet1.xml', sheet('C4:B2/E2:E2'));
    const got = await viaModel(edited);
    expect(got).toEqual(await viaCells(edited));
    expect(got.sheets[0].merges).toEqual(['B2:C4', 'E2:E2']);
    expect(got.sheets[0].rows[1]?.map((c) => c?.v)).toEqual([undefined, 'Mål 1', undefined, undefined, 1]);
    expect(got.sheets[0].rows[2]?.map((c) => c?.v)).toEqual([undefined, undefined, undefined, 'kvar']);
    expect(got.sheets[0].rows[3]).toBeUndefined();

    const overlapping = withPart(bytes, 'xl/worksheets/sheet1.xml', sheet('B2:C3/C3:D4'));
    await expect(viaCells(overlapping)).rejects.toThrow(/already merged/);
    await expect(viaModel(overlapping)).rejects.toThrow(/already merged/);
  });

  it('leaves ExcelJS\'s workbook with its sheets and tables but no cells (merges are read from the model)', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(REPO_ROOT, 'test/fixtures/xlsxwriter/table02.xlsx')));
    const wb = new ExcelJS.Workbook();
    const input = await readParts(wb, partsOf(bytes), 't.xlsx');
    expect(input.sheets.some((s) => (s.listObjects ?? []).length > 0)).toBe(true);
    expect(wb.worksheets.every((ws) => ws.actualRowCount === 0)).toBe(true);
  });
});
