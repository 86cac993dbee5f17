/**
 * Issue 12's two additions to the Office adapter, against the fake Excel:
 * - the user's selection for "why is this cell red": one onSelectionChanged handler, removed on
 *   the context that added it, reporting the sheet by name;
 * - the assembled Bilagor sheet inserted as a workbook (insertWorksheetsFromBase64, ExcelApi
 *   1.13) in three syncs, replacing only Planark's own sheet and marking the new one, with
 *   events off; where the set is missing or the file is too large for one request, the pane is
 *   told to write the sheet through apply instead.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { ExcelHost } from '../../src/adapters/office/excel-host';
import { HostError } from '../../src/adapters/host';
import type { GeneratedSheet } from '../../src/engine/types';
import { sheetsAsBase64 } from '../../src/taskpane/annex-files';
import { FakeExcel, type FakeCell } from './fake-excel';
import { planSheet } from './helpers';

const count = (x: FakeExcel, kind: 'onSelectionChanged') => x.handlers.get(kind)?.length ?? 0;

describe('onSelectionChanged', () => {
  it('reports the selected address with its sheet name, through one handler removed on its own context', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    const host = new ExcelHost(x.env());
    const cb = vi.fn();
    const off = await host.onSelectionChanged(cb);
    expect(count(x, 'onSelectionChanged')).toBe(1);
    await x.select('Omsorg', 'C3');
    expect(cb).toHaveBeenCalledExactlyOnceWith({ sheet: 'Omsorg', address: 'C3' });
    const removals = x.removals;
    off();
    off(); // twice is harmless
    await x.settle();
    expect(count(x, 'onSelectionChanged')).toBe(0);
    expect(x.removals).toBe(removals + 1);
    await x.select('Omsorg', 'C4');
    expect(cb).toHaveBeenCalledOnce();
  });

  it('lives beside the change watcher: each removes only its own handler', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    const host = new ExcelHost(x.env());
    const sel = vi.fn();
    const offChanges = await host.onChanged(vi.fn());
    const offSelection = await host.onSelectionChanged(sel);
    expect(count(x, 'onSelectionChanged')).toBe(2);
    offChanges();
    await x.settle();
    expect(count(x, 'onSelectionChanged')).toBe(1);
    await x.select('Omsorg', 'B2:C3');
    expect(sel).toHaveBeenCalledWith({ sheet: 'Omsorg', address: 'B2:C3' });
    offSelection();
    await x.settle();
    expect(count(x, 'onSelectionChanged')).toBe(0);
  });

  it('a sheet renamed since the last read is named as it is now', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    const host = new ExcelHost(x.env());
    const cb = vi.fn();
    const off = await host.onSelectionChanged(cb);
    x.sheet('Omsorg').name = 'Omsorg 2025';
    await x.select('Omsorg 2025', 'A2');
    expect(cb).toHaveBeenCalledWith({ sheet: 'Omsorg 2025', address: 'A2' });
    off();
  });
});

/** The assembled sheet (seed 003's Bilaga 3 layout) and a fake Excel that can read the .xlsx it gets. */
const BILAGOR: GeneratedSheet = {
  kind: 'annexes',
  name: 'Bilagor',
  rows: [
    [{ v: 'servicebostader.xlsx: Bilaga 3 Budget 2024', bold: true }],
    [{ v: 'Ansvar', bold: true, fill: 'FFD9E1F2' }, { v: 'Benämning', bold: true, fill: 'FFD9E1F2' }, { v: 'Budget uppdrag kr', bold: true, fill: 'FFD9E1F2' }],
    [{ v: '298101' }, { v: 'Ljuragatan 147-149' }, { v: 5245914, numFmt: '# ##0' }],
    [{ v: '298102' }, { v: 'Guldringen 77-83' }, { v: 4806705, numFmt: '# ##0' }],
    [{ v: null }, { v: 'Summa', bold: true }, { v: 10052619, formula: 'SUM(C3:C4)', bold: true, numFmt: '# ##0' }],
  ],
  colWidths: [10, 34, 16],
};

async function fakeReading(x: FakeExcel, sheets: GeneratedSheet[]): Promise<string> {
  const base64 = await sheetsAsBase64(sheets);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const read = wb.worksheets.map((ws) => {
    const cells: [string, FakeCell][] = [];
    ws.eachRow((row, r) =>
      row.eachCell((c, col) => {
        const formula = c.formula;
        cells.push([`${r - 1},${col - 1}`, { value: formula ? (c.result as number) : (c.value as string | number), ...(formula ? { formula: `=${formula}` } : {}) }]);
      }),
    );
    return { name: ws.name, cells };
  });
  x.readBase64 = (b) => (b === base64 ? read : []);
  return base64;
}

describe('insertSheets (insertWorksheetsFromBase64)', () => {
  it('inserts the sheet in three syncs, marked as Planark\'s, without raising events', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    const host = new ExcelHost(x.env({ excelApi: 13 }));
    const base64 = await fakeReading(x, [BILAGOR]);
    const build = vi.fn(async () => base64);
    x.syncs = 0;
    expect(await host.insertSheets([BILAGOR], build)).toBe(true);
    expect(build).toHaveBeenCalledOnce();
    expect(x.syncs).toBe(3);
    expect(x.insertedFromBase64).toEqual([{ bytes: base64.length, sheetNamesToInsert: ['Bilagor'], positionType: 'End' }]);
    expect(x.sheets.map((s) => s.name)).toEqual(['Omsorg', 'Bilagor']);
    expect(x.sheet('Bilagor').at('C5')).toEqual({ value: 10052619, formula: '=SUM(C3:C4)' });
    expect(x.names).toEqual([{ name: 'PLANARK_OWNED_1', formula: "='Bilagor'!$A$1" }]);
    expect(x.raised).toEqual([]);
    expect(x.enableEvents).toBe(true);
    expect((await host.read()).ownedSheets).toEqual(['Bilagor']);
  });

  it('a second insert replaces Planark\'s own Bilagor and its mark, nothing else', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    x.names.push({ name: 'PLANARK_OWNED_2', formula: "='Sammanställning'!$A$1" });
    x.addSheet('Sammanställning', [['Mål']]);
    const host = new ExcelHost(x.env({ excelApi: 13 }));
    const first = await fakeReading(x, [BILAGOR]);
    await host.insertSheets([BILAGOR], async () => first);
    const changed = { ...BILAGOR, rows: [...BILAGOR.rows.slice(0, 3), BILAGOR.rows[4]] };
    const second = await fakeReading(x, [changed]);
    expect(await host.insertSheets([changed], async () => second)).toBe(true);
    expect(x.sheets.map((s) => s.name)).toEqual(['Omsorg', 'Sammanställning', 'Bilagor']);
    expect(x.sheet('Bilagor').at('A4')).toBeUndefined();
    expect(x.names.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'PLANARK_OWNED_1', formula: "='Bilagor'!$A$1" },
      { name: 'PLANARK_OWNED_2', formula: "='Sammanställning'!$A$1" },
    ]);
  });

  it('says false (write it through apply) without ExcelApi 1.13, or when the file is too large for one request', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    const build = vi.fn(async () => 'UEsDBA==');
    expect(await new ExcelHost(x.env({ excelApi: 12 })).insertSheets([BILAGOR], build)).toBe(false);
    expect(build).not.toHaveBeenCalled();
    const big = vi.fn(async () => 'A'.repeat(300_000));
    expect(await new ExcelHost(x.env({ excelApi: 13 }, { payloadBudget: 256 * 1024 })).insertSheets([BILAGOR], big)).toBe(false);
    expect(x.insertedFromBase64).toEqual([]);
    expect(x.sheets.map((s) => s.name)).toEqual(['Omsorg']);
  });

  it('never replaces a user\'s own sheet of that name, and names a protected workbook structure', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    x.addSheet('Bilagor', [['Mina anteckningar']]);
    const host = new ExcelHost(x.env({ excelApi: 13 }));
    const base64 = await fakeReading(x, [BILAGOR]);
    const err = await host.insertSheets([BILAGOR], async () => base64).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as Error).message).toBe('Bladet ”Bilagor” är ditt eget; Planark skriver inte över det. Byt namn på bladet och försök igen.');
    expect(x.sheet('Bilagor').at('A1')?.value).toBe('Mina anteckningar');

    x.removeSheet('Bilagor');
    x.workbookProtected = true;
    const locked = await host.insertSheets([BILAGOR], async () => base64).catch((e: unknown) => e);
    expect((locked as Error).message).toBe('Arbetsbokens struktur är skyddad, så Planark kan inte lägga till bladet ”Bilagor”. Ta bort skyddet (Granska › Skydda arbetsbok) och försök igen.');
    expect(x.enableEvents).toBe(true);
  });
});
