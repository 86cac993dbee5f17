/** The Office adapter's reads and writes against the fake Excel. */
import { describe, expect, it, vi } from 'vitest';
import { ExcelHost, supportProblem } from '../../src/adapters/office/excel-host';
import { HostError } from '../../src/adapters/host';
import type { GeneratedSheet } from '../../src/engine/types';
import { PALETTE } from '../../src/engine/types';
import { FakeExcel } from './fake-excel';
import { colourResults, planSheet } from './helpers';

describe('ExcelHost.read', () => {
  it('reads values, formulas, formats and fills in two syncs, offset by the used range', async () => {
    const x = new FakeExcel();
    x.addSheet('Blad1', [
      [],
      [null, 'Indikator', 'Resultat T1'],
      [null, 'Nöjdhet', { value: 0.82, numberFormat: '0%', fill: '#C6EFCE', font: '#006100' }],
      [null, 'Väntetid', { value: '#DIV/0!', formula: '=A1/0' }],
      [null, 'Datum', { value: 45961, numberFormat: 'yyyy-mm-dd' }],
      [null, 'Vit', { value: 5, fill: '#FFFFFF', tint: 0 }],
      [null, 'Ingen', 6],
    ]);
    const host = new ExcelHost(x.env());
    const wb = await host.read();
    // Sheets, used ranges and header rows; then the data in one block.
    expect(x.syncs).toBe(2);
    const rows = wb.sheets[0].rows;
    expect(rows[0]).toBeUndefined();
    expect(rows[1]?.[1]).toEqual({ v: 'Indikator' });
    expect(rows[2]?.[2]).toEqual({ v: 0.82, fmt: '0%', fill: 'FFC6EFCE', font: 'FF006100' });
    expect(rows[3]?.[2]).toEqual({ v: { error: '#DIV/0!' }, f: 'A1/0' });
    expect(rows[4]?.[2]).toEqual({ v: '2025-10-31', fmt: 'yyyy-mm-dd' });
    // A white fill is the user's own fill (tintAndShade 0); no fill reads as none (null).
    expect(rows[5]?.[2]).toEqual({ v: 5, fill: 'FFFFFFFF' });
    expect(rows[6]?.[2]).toEqual({ v: 6 });
  });

  it('lists sheets marked PLANARK_OWNED_<n> and Excel tables', async () => {
    const x = new FakeExcel();
    x.addSheet('Plan', [['Mål', 'Indikator'], ['Trygghet', 'Andel']]);
    x.addSheet('Röda tråden', [['x']]);
    x.names.push({ name: 'PLANARK_OWNED_1', formula: "='Röda tråden'!$A$1" }, { name: 'Annat', formula: '=Plan!$A$1' });
    x.tables.push({ name: 'Tabell1', sheet: 'Plan', range: '$A$1:$B$2' });
    const wb = await new ExcelHost(x.env()).read();
    expect(wb.ownedSheets).toEqual(['Röda tråden']);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Plan', 'Röda tråden']);
    expect(wb.sheets[0].listObjects).toEqual([{ name: 'Tabell1', range: 'A1:B2' }]);
    // Planark's own sheet is regenerated, never analysed: its cells are not read.
    expect(wb.sheets[1].rows).toEqual([]);
  });

  it('passes stored mappings to the engine input', async () => {
    const x = new FakeExcel();
    x.addSheet('Omsorg', [['Mål']]);
    const stored = JSON.stringify([{ sheet: 'Omsorg', headerRow: 0, columns: { 0: 'goal' } }]);
    const wb = await new ExcelHost(x.env({ settings: { 'planark.mappings': stored } })).read();
    expect(wb.mappings).toEqual([{ sheet: 'Omsorg', headerRow: 0, columns: { 0: 'goal' } }]);
  });

  it('reads an empty sheet as no rows, in the same two syncs', async () => {
    const x = new FakeExcel();
    x.addSheet('Tomt');
    planSheet(x, 3);
    const wb = await new ExcelHost(x.env()).read();
    expect(wb.sheets.map((s) => [s.name, s.rows.length])).toEqual([['Tomt', 0], ['Omsorg', 4]]);
    expect(x.syncs).toBe(2);
  });
});

describe('ExcelHost.apply', () => {
  it('groups contiguous equal fills into one range write', async () => {
    const x = new FakeExcel();
    planSheet(x, 20);
    const host = new ExcelHost(x.env());
    await host.read();
    const before = x.requestBytes.length;
    const fills = Array.from({ length: 20 }, (_, i) => ({ sheet: 'Omsorg', cell: `C${i + 2}`, fill: PALETTE.green.fill }));
    await host.apply({ fills, sheets: [] });
    // One sync: events off, one fill write, events on — far less than 20 writes.
    expect(x.requestBytes.slice(before)).toHaveLength(1);
    expect(x.requestBytes[before]).toBeLessThan(250);
    expect(x.sheet('Omsorg').at('C21')?.fill).toBe('#C6EFCE');
  });

  it("keeps a user's own fill, white included: only the cells the engine names are written", async () => {
    const x = new FakeExcel();
    const s = x.addSheet('Omsorg', [
      ['Indikator', 'Resultat år'],
      ['A', 90],
      ['B', { value: 50, fill: '#123456', tint: 0 }],
      ['C', 60],
      ['D', { value: 95, fill: '#FFFFFF', tint: 0 }],
    ]);
    const host = new ExcelHost(x.env());
    const input = await host.read();
    expect(input.sheets[0].rows[2]?.[1]?.fill).toBe('FF123456');
    expect(input.sheets[0].rows[4]?.[1]?.fill).toBe('FFFFFFFF');
    await host.apply({ fills: colourResults(input, 1), sheets: [] });
    expect(s.at('B2')?.fill).toBe('#C6EFCE');
    expect(s.at('B3')?.fill).toBe('#123456');
    expect(s.at('B4')?.fill).toBe('#FFC7CE');
    expect(s.at('B5')?.fill).toBe('#FFFFFF');
  });

  it('clears a fill back to none for fill: null', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('Omsorg', [['x', { value: 1, fill: '#C6EFCE', font: '#006100' }]]);
    await new ExcelHost(x.env()).apply({ fills: [{ sheet: 'Omsorg', cell: 'B1', fill: null, font: null }], sheets: [] });
    expect(s.at('B1')).toMatchObject({ font: '#000000' });
    expect(s.at('B1')?.fill).toBeUndefined();
  });

  it('reports progress per request and at the end', async () => {
    const x = new FakeExcel();
    planSheet(x, 5);
    const host = new ExcelHost(x.env());
    await host.read();
    const progress = vi.fn();
    await host.apply({ fills: [{ sheet: 'Omsorg', cell: 'C2', fill: PALETTE.red.fill }, { sheet: 'Omsorg', cell: 'C4', fill: PALETTE.green.fill }], sheets: [] }, progress);
    expect(progress).toHaveBeenNthCalledWith(1, { done: 0, total: 2 });
    expect(progress).toHaveBeenLastCalledWith({ done: 2, total: 2 });
  });

  const gen = (name: string): GeneratedSheet => ({
    kind: 'summary',
    name,
    rows: [
      [{ v: 'Mål', bold: true }, { v: 'Indikator', bold: true }, { v: 'Värde', bold: true }],
      [{ v: '=SUM(A1)' }, { v: 'Nöjdhet', link: { sheet: 'Omsorg', cell: 'A2' } }, { v: 82 }],
      [{ v: 'Summa' }, { v: null }, { v: null, formula: 'SUM(C2:C2)' }],
    ],
    colWidths: [30, 20, 10],
    freezeRows: 1,
  });

  it('writes user text such as =SUM(A1) as text (@) and our formulas as formulas', async () => {
    const x = new FakeExcel();
    x.addSheet('Omsorg', [['a']]);
    await new ExcelHost(x.env()).apply({ fills: [], sheets: [gen('Sammanställning')] });
    const s = x.sheet('Sammanställning');
    expect(s.at('A2')).toMatchObject({ value: '=SUM(A1)', numberFormat: '@' });
    expect(s.at('A2')?.formula).toBeUndefined();
    expect(s.at('C3')?.formula).toBe('=SUM(C2:C2)');
    expect(s.at('C2')).toMatchObject({ value: 82, numberFormat: 'General' });
    expect(s.at('B2')?.hyperlink).toEqual({ documentReference: "'Omsorg'!A2", textToDisplay: 'Nöjdhet' });
    expect(s.at('A1')?.bold).toBe(true);
    expect(s.frozenRows).toBe(1);
    expect(s.colWidths.get(0)).toBe(210);
    expect(x.names).toEqual([{ name: 'PLANARK_OWNED_1', formula: "='Sammanställning'!$A$1" }]);
  });

  it('clears and rewrites an owned generated sheet instead of deleting it', async () => {
    const x = new FakeExcel();
    x.addSheet('Omsorg', [['a']]);
    const old = x.addSheet('Sammanställning', [['gammalt'], ['rad'], ['rad'], ['rad'], ['kvar']]);
    x.names.push({ name: 'PLANARK_OWNED_3', formula: "='Sammanställning'!$A$1" });
    const host = new ExcelHost(x.env());
    await host.read();
    await host.apply({ fills: [], sheets: [gen('Sammanställning')] });
    expect(old.cleared).toBe(1);
    expect(x.sheets.map((s) => s.name)).toEqual(['Omsorg', 'Sammanställning']);
    expect(old.at('A1')?.value).toBe('Mål');
    expect(old.at('A5')).toBeUndefined();
    expect(x.names).toHaveLength(1);
  });

  it("refuses to write over a user's sheet of the same name", async () => {
    const x = new FakeExcel();
    const mine = x.addSheet('Sammanställning', [['mitt']]);
    const err = await new ExcelHost(x.env()).apply({ fills: [], sheets: [gen('Sammanställning')] }).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toBe('Bladet ”Sammanställning” är ditt eget; Planark skriver inte över det. Byt namn på bladet och försök igen.');
    expect(mine.at('A1')?.value).toBe('mitt');
  });

  it('honours an aborted signal before touching the workbook', async () => {
    const x = new FakeExcel();
    const ac = new AbortController();
    ac.abort();
    await expect(new ExcelHost(x.env()).apply({ fills: [], sheets: [] }, undefined, ac.signal)).rejects.toThrow(/Abort/);
    expect(x.syncs).toBe(0);
  });
});

describe('ExcelHost: selection, info, support', () => {
  it('selects a cell and activates its sheet', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 3);
    await new ExcelHost(x.env()).select('Omsorg', 'C3');
    expect(s.activated).toBe(1);
    expect(s.selected).toBe('C3');
  });

  it.each([
    ['sv-SE', '#FFFFFF', { kind: 'excel', lang: 'sv', dark: false }],
    ['en-US', '#1F1F1F', { kind: 'excel', lang: 'en', dark: true }],
    ['sv-FI', '#262626', { kind: 'excel', lang: 'sv', dark: true }],
  ])('info for %s on %s', (displayLanguage, bodyBackgroundColor, expected) => {
    expect(new ExcelHost(new FakeExcel().env({ displayLanguage, bodyBackgroundColor })).info()).toEqual(expected);
  });

  it('supportProblem: not Excel, Excel without ExcelApi 1.9, Excel with 1.9 (no more needed)', () => {
    expect(supportProblem('Word', new FakeExcel().env().office)?.reason).toBe('unsupported-host');
    const old = supportProblem('Excel', new FakeExcel().env({ excelApi: 8 }).office);
    expect(old?.reason).toBe('requirement-set');
    expect(old?.message).toBe('Den här versionen av Excel är för gammal för Planark (ExcelApi 1.9 krävs). Uppdatera Excel eller använd Excel på webben.');
    expect(supportProblem('Excel', new FakeExcel().env({ excelApi: 9 }).office)).toBeNull();
  });

  it('refuses to run without ExcelApi 1.9, in English for an English Office, before any sync', async () => {
    const x = new FakeExcel();
    const err = await new ExcelHost(x.env({ excelApi: 8, displayLanguage: 'en-US' })).read().catch((e) => e);
    expect(err).toMatchObject({ reason: 'requirement-set', message: 'This version of Excel is too old for Planark (ExcelApi 1.9 is required). Update Excel or use Excel on the web.' });
    expect(x.syncs).toBe(0);
  });

  it('runs on an Excel with ExcelApi 1.9 only (no 1.10 sort events)', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    const host = new ExcelHost(x.env({ excelApi: 9 }));
    const off = await host.onChanged(() => undefined);
    expect(x.handlers.get('onRowSorted') ?? []).toHaveLength(0);
    expect((await host.read()).sheets[0].rows.length).toBe(4);
    off();
  });
});
