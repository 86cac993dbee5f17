/** The Office adapter against a fake Excel that counts syncs and measures each sync's payload. */
import { describe, expect, it, vi } from 'vitest';
import { ExcelHost, supportProblem } from '../../src/adapters/office/excel-host';
import { HostError } from '../../src/adapters/host';
import type { Edits, FillEdit, GeneratedSheet, WorkbookInput } from '../../src/engine/types';
import { PALETTE } from '../../src/engine/types';
import { a1 } from '../../src/engine/cells';
import { FakeExcel } from './fake-excel';

const FIVE_MB = 5 * 1024 * 1024;

/** Seed 002's indicator layout with `n` result rows: Indikator · Prestationer · Resultat år. */
function planSheet(x: FakeExcel, n: number) {
  const grid: (string | number)[][] = [['Indikator', 'Prestationer – det som ska mätas', 'Resultat år']];
  // Results sorted by value (as a controller's sorted follow-up list is): long runs per colour.
  for (let i = 0; i < n; i++) grid.push([`Andel nöjda brukare ${i + 1}`, 'Grön 82 Gul 76', 95 - Math.floor((30 * i) / n)]);
  return x.addSheet('Omsorg', grid);
}

/**
 * The check step for the sync-count test: colour each result by `Grön 82 Gul 76` (higher is
 * better), the way the engine's fills do, and only where the cell has no fill of the user's.
 */
function checkAndColour(input: WorkbookInput): FillEdit[] {
  const s = input.sheets[0];
  const out: FillEdit[] = [];
  s.rows.forEach((row, r) => {
    const cell = row?.[2];
    if (r === 0 || typeof cell?.v !== 'number' || cell.fill) return;
    const p = cell.v >= 82 ? PALETTE.green : cell.v >= 76 ? PALETTE.yellow : PALETTE.red;
    out.push({ sheet: s.name, cell: a1(r, 2), fill: p.fill, font: p.font });
  });
  return out;
}

async function readCheckColour(rows: number) {
  const x = new FakeExcel();
  planSheet(x, rows);
  const host = new ExcelHost(x.env());
  const input = await host.read();
  const fills = checkAndColour(input);
  await host.apply({ fills, sheets: [] });
  return { x, fills, host };
}

describe('ExcelHost.read', () => {
  it('reads values, formulas, formats and fills in three syncs, offset by the used range', async () => {
    const x = new FakeExcel();
    x.addSheet('Blad1', [
      [],
      [null, 'Indikator', 'Resultat T1'],
      [null, 'Nöjdhet', { value: 0.82, numberFormat: '0%', fill: '#C6EFCE', pattern: 'Solid', font: '#006100' }],
      [null, 'Väntetid', { value: '#DIV/0!', valueType: 'Error', formula: '=A1/0' }],
      [null, 'Datum', { value: 45961, numberFormat: 'yyyy-mm-dd' }],
      [null, 'Vit', { value: 5, fill: '#FFFFFF', pattern: 'None' }],
    ]);
    const host = new ExcelHost(x.env());
    const wb = await host.read();
    // Sheets and names; used-range sizes; then the data in one block.
    expect(x.syncs).toBe(3);
    const rows = wb.sheets[0].rows;
    expect(rows[0]).toBeUndefined();
    expect(rows[1]?.[1]).toEqual({ v: 'Indikator' });
    expect(rows[2]?.[2]).toEqual({ v: 0.82, fmt: '0%', fill: 'FFC6EFCE', font: 'FF006100' });
    expect(rows[3]?.[2]).toEqual({ v: { error: '#DIV/0!' }, f: 'A1/0' });
    expect(rows[4]?.[2]).toEqual({ v: '2025-10-31', fmt: 'yyyy-mm-dd' });
    expect(rows[5]?.[2]).toEqual({ v: 5 });
  });

  it('lists sheets marked PLANARK_OWNED_<n> and Excel tables', async () => {
    const x = new FakeExcel();
    x.addSheet('Plan', [['Mål']]);
    x.addSheet('Röda tråden', [['x']]);
    x.names.push({ name: 'PLANARK_OWNED_1', formula: "='Röda tråden'!$A$1" }, { name: 'Annat', formula: '=Plan!$A$1' });
    x.tables.push({ name: 'Tabell1', sheet: 'Plan', range: '$A$1:$C$9' });
    const wb = await new ExcelHost(x.env()).read();
    expect(wb.ownedSheets).toEqual(['Röda tråden']);
    expect(wb.sheets[0].listObjects).toEqual([{ name: 'Tabell1', range: 'A1:C9' }]);
  });

  it('keeps the same sync count for 100 and 5 000 rows, read + check + colour (4, under 5 MB)', async () => {
    const small = await readCheckColour(100);
    const large = await readCheckColour(5_000);
    expect(large.fills.length).toBe(5_000);
    expect(small.x.syncs).toBe(large.x.syncs);
    expect(large.x.syncs).toBe(4);
    expect(large.x.sheet('Omsorg').at('C2')?.fill).toBe('#C6EFCE');
    expect(large.x.sheet('Omsorg').at('C5001')?.fill).toBe('#FFC7CE');
  });

  it('reads a 50 000-row sheet in row blocks so no response passes the payload budget', async () => {
    const x = new FakeExcel();
    planSheet(x, 50_000);
    const host = new ExcelHost(x.env());
    const wb = await host.read();
    // 50 001 rows × 3 columns × 160 estimated bytes = 24 MB → six 4 MB blocks, one sync each,
    // after the two syncs for sheets and sizes.
    const bytes = 50_001 * 3 * 160;
    expect(x.syncs).toBe(2 + Math.ceil(bytes / (4 * 1024 * 1024)));
    const rows = wb.sheets[0].rows;
    expect(rows.length).toBe(50_001);
    expect(rows[50_000]?.[0]?.v).toBe('Andel nöjda brukare 50000');
    expect(rows.filter(Boolean).length).toBe(50_001);
  });

  it('a fresh Excel.run for apply without a prior read needs one extra sync, still constant', async () => {
    const x = new FakeExcel();
    planSheet(x, 10);
    const host = new ExcelHost(x.env());
    await host.apply({ fills: [{ sheet: 'Omsorg', cell: 'C2', fill: PALETTE.red.fill, font: PALETTE.red.font }], sheets: [] });
    expect(x.syncs).toBe(2);
    expect(x.sheet('Omsorg').at('C2')).toMatchObject({ fill: '#FFC7CE', font: '#9C0006' });
  });
});

describe('ExcelHost.apply', () => {
  it('splits a 50 000-cell fill set above 5 MB so every sync stays under 5 MB', async () => {
    const x = new FakeExcel();
    planSheet(x, 50_000);
    const host = new ExcelHost(x.env());
    await host.read();
    const syncsAfterRead = x.syncs;
    // Alternating colours defeat run grouping: every cell is its own range.
    const fills: FillEdit[] = Array.from({ length: 50_000 }, (_, i) => {
      const p = i % 2 ? PALETTE.green : PALETTE.red;
      return { sheet: 'Omsorg', cell: `C${i + 2}`, fill: p.fill, font: p.font };
    });
    const progress = vi.fn();
    await host.apply({ fills, sheets: [] }, progress);
    const applyPayloads = x.payloads.slice(syncsAfterRead);
    const total = applyPayloads.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(FIVE_MB);
    expect(applyPayloads.length).toBeGreaterThan(1);
    for (const p of applyPayloads) expect(p).toBeLessThan(FIVE_MB);
    expect(x.sheet('Omsorg').at('C2')?.fill).toBe('#FFC7CE');
    expect(x.sheet('Omsorg').at('C50001')?.fill).toBe('#C6EFCE');
    expect(progress).toHaveBeenLastCalledWith({ done: 50_000, total: 50_000 });
    expect(x.suspendCalls).toBe(applyPayloads.length + 1);
  });

  it('groups contiguous equal fills into one range write', async () => {
    const x = new FakeExcel();
    planSheet(x, 20);
    const host = new ExcelHost(x.env());
    await host.read();
    const before = x.payloads.length;
    const fills = Array.from({ length: 20 }, (_, i) => ({ sheet: 'Omsorg', cell: `C${i + 2}`, fill: PALETTE.green.fill }));
    await host.apply({ fills, sheets: [] });
    // suspend + one fill write: far less than 20 writes.
    expect(x.payloads.slice(before)[0]).toBeLessThan(200);
    expect(x.sheet('Omsorg').at('C21')?.fill).toBe('#C6EFCE');
  });

  it("keeps a user's own fill: only the cells the edits name are written", async () => {
    const x = new FakeExcel();
    const s = x.addSheet('Omsorg', [['Indikator', 'Resultat år'], ['A', 90], ['B', { value: 50, fill: '#123456', pattern: 'Solid' }], ['C', 60]]);
    const host = new ExcelHost(x.env());
    const input = await host.read();
    expect(input.sheets[0].rows[2]?.[1]?.fill).toBe('FF123456');
    const fills = checkAndColour({ ...input, sheets: [{ ...input.sheets[0], rows: input.sheets[0].rows.map((r) => (r ? [undefined, undefined, r[1]] : r)) }] })
      .map((f) => ({ ...f, cell: f.cell.replace('C', 'B') }));
    await host.apply({ fills, sheets: [] });
    expect(s.at('B2')?.fill).toBe('#C6EFCE');
    expect(s.at('B3')?.fill).toBe('#123456');
    expect(s.at('B4')?.fill).toBe('#FFC7CE');
  });

  it('clears a fill back to none for fill: null', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('Omsorg', [['x', { value: 1, fill: '#C6EFCE', pattern: 'Solid', font: '#006100' }]]);
    await new ExcelHost(x.env()).apply({ fills: [{ sheet: 'Omsorg', cell: 'B1', fill: null, font: null }], sheets: [] });
    expect(s.at('B1')).toMatchObject({ pattern: 'None', font: '#000000' });
    expect(s.at('B1')?.fill).toBeUndefined();
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
    expect(x.deleted).toEqual([]);
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
    expect(err.message).toContain('Sammanställning');
    expect(mine.at('A1')?.value).toBe('mitt');
  });

  it('reports a protected sheet as HostError protected, naming it, and writes nothing', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 3);
    s.protected = true;
    const host = new ExcelHost(x.env());
    await host.read();
    const err = await host.apply({ fills: [{ sheet: 'Omsorg', cell: 'C2', fill: PALETTE.green.fill }], sheets: [] }).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.reason).toBe('protected');
    expect(err.message).toBe('Bladet ”Omsorg” är skyddat. Ta bort bladskyddet (Granska › Ta bort skydd) och försök igen.');
    expect(s.at('C2')?.fill).toBeUndefined();
  });

  it('maps cell-edit mode to a message asking to leave it', async () => {
    const x = new FakeExcel();
    planSheet(x, 2);
    x.failNextSync = { code: 'InvalidOperationInCellEditMode', message: 'edit mode' };
    const err = await new ExcelHost(x.env()).read().catch((e) => e);
    expect(err).toMatchObject({ reason: 'cell-edit', message: 'Lämna redigeringsläget i cellen och försök igen.' });
  });

  it('refuses to run without ExcelApi 1.12, in English for an English Office', async () => {
    const x = new FakeExcel();
    const host = new ExcelHost(x.env({ supported: false, displayLanguage: 'en-US' }));
    const err = await host.read().catch((e) => e);
    expect(err).toMatchObject({ reason: 'requirement-set' });
    expect(err.message).toMatch(/ExcelApi 1\.12/);
    expect(x.syncs).toBe(0);
  });

  it('honours an aborted signal before touching the workbook', async () => {
    const x = new FakeExcel();
    const ac = new AbortController();
    ac.abort();
    await expect(new ExcelHost(x.env()).apply({ fills: [], sheets: [] }, undefined, ac.signal)).rejects.toThrow(/Abort/);
    expect(x.syncs).toBe(0);
  });
});

describe('ExcelHost: settings, selection, events, info', () => {
  it('round-trips mappings through document settings and ignores invalid ones with a warning', async () => {
    const x = new FakeExcel();
    const env = x.env();
    const host = new ExcelHost(env);
    const m = [{ sheet: 'Omsorg', headerRow: 0, kind: 'indicators', columns: { 2: 'result', 3: 'ignore' } }];
    await host.saveMappings(m);
    expect(env.office.saved).toBe(1);
    expect(await host.loadMappings()).toEqual(m);

    const warn = vi.fn();
    const bad = new ExcelHost({ ...x.env({ settings: { 'planark.mappings': '[{"sheet":1}]' } }), warn });
    expect(await bad.loadMappings()).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('passes stored mappings to the engine input on read', async () => {
    const x = new FakeExcel();
    x.addSheet('Omsorg', [['Mål']]);
    const stored = JSON.stringify([{ sheet: 'Omsorg', headerRow: 0, columns: { 0: 'goal' } }]);
    const wb = await new ExcelHost(x.env({ settings: { 'planark.mappings': stored } })).read();
    expect(wb.mappings).toEqual([{ sheet: 'Omsorg', headerRow: 0, columns: { 0: 'goal' } }]);
  });

  it('selects a cell and activates its sheet', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 3);
    await new ExcelHost(x.env()).select('Omsorg', 'C3');
    expect(s.activated).toBe(1);
    expect(s.selected).toBe('C3');
  });

  it('reports changes with the sheet name and unsubscribes', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 3);
    const cb = vi.fn();
    const off = await new ExcelHost(x.env()).onChanged(cb);
    await x.handlers[0]({ worksheetId: s.id, address: 'C3' });
    expect(cb).toHaveBeenCalledWith({ sheet: 'Omsorg', address: 'C3' });
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(x.handlers).toHaveLength(0);
  });

  it.each([
    ['sv-SE', '#FFFFFF', { kind: 'excel', lang: 'sv', dark: false }],
    ['en-US', '#1F1F1F', { kind: 'excel', lang: 'en', dark: true }],
    ['sv-FI', '#262626', { kind: 'excel', lang: 'sv', dark: true }],
  ])('info for %s on %s', (displayLanguage, bodyBackgroundColor, expected) => {
    expect(new ExcelHost(new FakeExcel().env({ displayLanguage, bodyBackgroundColor })).info()).toEqual(expected);
  });

  it('supportProblem: not Excel, old Excel, fine', () => {
    const office = new FakeExcel().env().office;
    expect(supportProblem('Word', office)?.reason).toBe('unsupported-host');
    expect(supportProblem('Excel', new FakeExcel().env({ supported: false }).office)?.reason).toBe('requirement-set');
    expect(supportProblem('Excel', office)).toBeNull();
  });
});

// Keeps the Edits type in use for readers of this file.
export type _E = Edits;
