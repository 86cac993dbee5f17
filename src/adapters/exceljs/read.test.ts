import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { readWorkbook, readWorkbookInSlices, plainValue, fillKey, isoDate } from './read';
import { planWorkbook } from '../../../test/fixtures/plan-workbook';
import { roundTrip } from '../../../test/fixtures/round-trip';
import { markOwned, quoteSheet, sheetOfReference } from './ownership';

async function sheetOf(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, name = 'Blad1') {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(name), wb);
  const back = await roundTrip(wb);
  return readWorkbook(back, 'x.xlsx');
}

describe('readWorkbook', () => {
  it('reads values of every kind from a real .xlsx', async () => {
    const input = await sheetOf((ws) => {
      ws.getCell('A1').value = 'Helhetssyn särskilt boende';
      ws.getCell('B1').value = 82;
      ws.getCell('C1').value = true;
      ws.getCell('D1').value = new Date(Date.UTC(2025, 9, 31));
      ws.getCell('E1').value = { richText: [{ text: 'Grön ' }, { text: 'ja', font: { bold: true } }, { text: ' 95%' }] };
      ws.getCell('F1').value = { text: 'Kolada', hyperlink: 'https://www.kolada.se' };
      ws.getCell('G1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('B2').value = { formula: 'SUM(B1:B1)' } as ExcelJS.CellFormulaValue;
      ws.getCell('C2').value = { formula: 'B1*2', result: 164 } as ExcelJS.CellFormulaValue;
      ws.getCell('C3').value = { sharedFormula: 'C2', result: 0 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('D2').value = '=SUM(A1)';
    });
    const [s] = input.sheets;
    expect(s.rows[0]?.map((c) => c?.v)).toEqual([
      'Helhetssyn särskilt boende', 82, true, '2025-10-31', 'Grön ja 95%', 'Kolada', { error: '#N/A' },
    ]);
    expect(s.rows[1]?.[0]).toEqual({ v: { error: '#DIV/0!' }, f: '1/0' });
    expect(s.rows[1]?.[1]).toEqual({ v: null, f: 'SUM(B1:B1)' });
    expect(s.rows[1]?.[2]).toEqual({ v: 164, f: 'B1*2' });
    expect(s.rows[2]?.[2]).toEqual({ v: 0, f: 'B2*2' }); // shared formula translated to its own cell
    expect(s.rows[1]?.[3]).toEqual({ v: '=SUM(A1)' }); // text, not a formula
  });

  it('reads formats, palette fills, theme fills and font colours', async () => {
    const input = await sheetOf((ws) => {
      ws.getCell('A1').value = 0.82;
      ws.getCell('A1').numFmt = '0%';
      ws.getCell('B1').value = 80;
      ws.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
      ws.getCell('B1').font = { color: { argb: 'FF9C5700' } };
      ws.getCell('C1').value = 1;
      ws.getCell('C1').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } };
      ws.getCell('D1').value = 2;
      ws.getCell('D1').fill = { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FF000000' } };
      ws.getCell('E1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } }; // cleared result, colour left
    });
    const row = input.sheets[0].rows[0]!;
    expect(row[0]).toEqual({ v: 0.82, fmt: '0%' });
    expect(row[1]).toEqual({ v: 80, fill: 'FFFFEB9C', font: 'FF9C5700' });
    expect(row[2]).toEqual({ v: 1, fill: 'theme:4' });
    expect(row[3]).toEqual({ v: 2, fill: 'pattern:darkGray' });
    expect(row[4]).toEqual({ v: null, fill: 'FFC6EFCE' });
  });

  it('reads merges (value only in the top-left cell) and Excel tables', async () => {
    const input = await sheetOf((ws) => {
      ws.getCell('A1').value = 'Hållbar och effektiv organisation';
      ws.mergeCells('A1:A3');
      ws.getCell('B1').value = 'HME';
      ws.addTable({
        name: 'Budget',
        ref: 'D1',
        headerRow: true,
        columns: [{ name: 'Ansvar' }, { name: 'Budget' }],
        rows: [['294101', 15356473], ['294103', 16764965]],
      });
    });
    const s = input.sheets[0];
    expect(s.merges).toEqual(['A1:A3']);
    expect(s.rows[1]?.[0]).toBeUndefined();
    expect(s.rows[2]?.[0]).toBeUndefined();
    expect(s.listObjects).toEqual([{ name: 'Budget', range: 'D1:E3' }]);
  });

  it('keeps sparse sheets sparse up to row 1 048 576', async () => {
    const t0 = Date.now();
    const input = await sheetOf((ws) => {
      ws.getCell('A1').value = 'Mål';
      ws.getCell('XFD1048576').value = 'sist';
    });
    const s = input.sheets[0];
    expect(s.rows.length).toBe(1048576);
    expect(s.rows[1048575]?.[16383]).toEqual({ v: 'sist' });
    expect(Object.keys(s.rows).length).toBe(2);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('reads an empty workbook and empty sheets', async () => {
    const empty = readWorkbook(await roundTrip(new ExcelJS.Workbook()), 'tom.xlsx');
    expect(empty).toEqual({ fileName: 'tom.xlsx', sheets: [], ownedSheets: [] });
    const blank = await sheetOf(() => undefined);
    expect(blank.sheets).toEqual([{ name: 'Blad1', rows: [] }]);
  });

  it('lists owned sheets by their PLANARK_OWNED_ names, following a rename', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Indikatorer');
    wb.addWorksheet("Röda tråden");
    wb.addWorksheet("Per's blad");
    markOwned(wb, 'Röda tråden');
    markOwned(wb, "Per's blad");
    const back = await roundTrip(wb);
    expect(readWorkbook(back, 'x').ownedSheets).toEqual(['Röda tråden', "Per's blad"]);
    // Excel rewrites the defined name when the user renames; the mark follows the sheet.
    const wb2 = new ExcelJS.Workbook();
    wb2.addWorksheet('Gamla tråden');
    wb2.definedNames.add("'Gamla tråden'!$A$1", 'PLANARK_OWNED_1');
    wb2.definedNames.add("'Indikatorer'!$A$1", 'Användarens_namn');
    expect(readWorkbook(await roundTrip(wb2), 'x').ownedSheets).toEqual(['Gamla tråden']);
  });
});

describe('value parsers (property)', () => {
  it('plainValue never throws and returns a CellValue', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const v = plainValue(x);
        expect(v === null || ['string', 'number', 'boolean'].includes(typeof v) || (typeof v === 'object' && typeof v.error === 'string')).toBe(true);
      }),
    );
  });
  it('plainValue keeps strings, finite numbers and booleans as they are', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()), (x) => plainValue(x) === x));
  });
  it('isoDate gives YYYY-MM-DD for every midnight date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        expect(isoDate(new Date(Date.UTC(y, m, d)))).toBe(`${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      }),
    );
  });
  it('sheetOfReference reads back every quoted sheet name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), (name) => {
        expect(sheetOfReference(`${quoteSheet(name)}!$A$1`)).toBe(name);
      }),
    );
    fc.assert(fc.property(fc.string(), (s) => { sheetOfReference(s); }));
  });
  it('fillKey never throws on arbitrary fill-like objects', () => {
    fc.assert(fc.property(fc.anything(), (x) => { fillKey(x as ExcelJS.Fill); }));
  });
});

describe('readWorkbookInSlices', () => {
  it('reads exactly what readWorkbook reads, pausing between slices (sample workbook and a long plan)', async () => {
    const sample = new ExcelJS.Workbook();
    await sample.xlsx.readFile(path.join(import.meta.dirname, '..', '..', '..', 'examples', 'verksamhetsplan-2025.xlsx'));
    for (const wb of [sample, planWorkbook(1200)]) {
      let pauses = 0;
      const sliced = await readWorkbookInSlices(wb, 'plan.xlsx', async () => void pauses++, 1000);
      expect(sliced).toEqual(readWorkbook(wb, 'plan.xlsx'));
      expect(JSON.stringify(sliced)).toBe(JSON.stringify(readWorkbook(wb, 'plan.xlsx')));
      if (wb !== sample) expect(pauses).toBeGreaterThanOrEqual(10); // 1200 rows of ~9 cells, 1000 cells a slice
    }
  });

  it('stops where pause() throws (the preview cancels there)', async () => {
    const stop = new Error('Avbrutet');
    await expect(readWorkbookInSlices(planWorkbook(500), 'plan.xlsx', async () => Promise.reject(stop), 100)).rejects.toBe(stop);
  });
});
