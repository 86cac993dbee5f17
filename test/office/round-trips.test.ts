/**
 * Excel round trips (issue 14): how many syncs a check-and-colour takes, and that no request or
 * response passes Excel on the web's 5 MB limit — counted and measured by the fake. Sync counts
 * may grow with bytes, never with rows as such.
 */
import { describe, expect, it } from 'vitest';
import { ExcelHost } from '../../src/adapters/office/excel-host';
import type { FillEdit, GeneratedSheet } from '../../src/engine/types';
import { PALETTE } from '../../src/engine/types';
import { FakeExcel, MAX_AREAS_ADDRESS } from './fake-excel';
import { FIVE_MB, benchSheet, checkAndColour, colourResults, planSheet } from './helpers';

const BUDGET = 4 * 1024 * 1024;

async function readAndColour(x: FakeExcel) {
  const host = new ExcelHost(x.env());
  const input = await host.read();
  const readSyncs = x.syncs;
  const fills = colourResults(input);
  await host.apply({ fills, sheets: [] });
  return { host, input, fills, readSyncs };
}

describe("the benchmark's plan (seed 002's layout) through the real engine, as `npm run bench` measures it", () => {
  it.each([100, 10_000])('%i rows: three syncs — sheets, sizes and header rows; the data; the writes', async (n) => {
    const x = new FakeExcel();
    benchSheet(x, n);
    const r = await checkAndColour(x);
    expect(r.edits.fills.length).toBe(n + 1); // every result, and the goal's gap highlight
    expect(x.sheet('Omsorg').at('F2')?.fill).toBe('#C6EFCE'); // 95 against Grön 82 Gul 76
    expect(x.sheet('Omsorg').at(`F${n + 1}`)?.fill).toBe('#FFEB9C'); // 4/12 against Grön 25% bästa Gul 26-50% bästa
    expect([r.readSyncs, r.syncs]).toEqual([2, 3]);
    expect(x.maxRequest).toBeLessThanOrEqual(BUDGET);
    expect(x.maxResponse).toBeLessThanOrEqual(BUDGET);
  });

  it('100 000 rows: at most 12 syncs, the data in blocks nearly as full as the budget allows', async () => {
    const x = new FakeExcel();
    benchSheet(x, 100_000);
    const r = await checkAndColour(x);
    expect(r.edits.fills.length).toBe(100_001);
    expect(x.sheet('Omsorg').at('F100001')?.fill).toBe('#FFEB9C');
    expect(r.syncs).toBeLessThanOrEqual(12);
    expect(r.syncs - r.readSyncs).toBe(1);
    // Syncs grow with bytes only: after the sheet list, each data sync but the last is over 90 %
    // of the budget, so their number is the bytes over the budget, rounded up, give or take.
    const data = x.responseBytes.slice(1, r.readSyncs);
    const total = data.reduce((a, b) => a + b, 0);
    expect(data.length).toBeGreaterThanOrEqual(Math.ceil(total / BUDGET));
    expect(data.length).toBeLessThanOrEqual(Math.ceil(total / (0.9 * BUDGET)));
    for (const b of data.slice(0, -1)) expect(b).toBeGreaterThan(0.9 * BUDGET);
    // Text comes back once: about 340 bytes a row (values, number formats, fills and fonts of
    // the three columns Planark may colour), not the 420 of values and formulas both.
    expect(total / 100_001).toBeLessThan(350);
    expect(x.formulasRead).toBe(50 * 6);
    expect(x.maxRequest).toBeLessThanOrEqual(BUDGET);
    expect(x.maxResponse).toBeLessThanOrEqual(BUDGET);
    expect(x.failures).toEqual([]);
  });
});

describe('check and colour in three syncs while the data fits one request', () => {

  it('the same three syncs for 100 and 5 000 rows', async () => {
    const small = new FakeExcel();
    planSheet(small, 100);
    await readAndColour(small);
    const large = new FakeExcel();
    planSheet(large, 5_000);
    const { fills } = await readAndColour(large);
    expect(fills.length).toBe(5_000);
    expect([small.syncs, large.syncs]).toEqual([3, 3]);
    expect(large.sheet('Omsorg').at('C2')?.fill).toBe('#C6EFCE');
    expect(large.sheet('Omsorg').at('C5001')?.fill).toBe('#FFC7CE');
  });

  it('reads the sheet list, every used range and the header rows of 3 sheets in one sync', async () => {
    const x = new FakeExcel();
    planSheet(x, 10, 'Omsorg');
    planSheet(x, 10, 'Skola');
    planSheet(x, 10, 'Kultur');
    await new ExcelHost(x.env()).read();
    expect(x.syncs).toBe(2);
  });

  it('walks 40 sheets with one more sync, not one per sheet', async () => {
    const x = new FakeExcel();
    for (let i = 0; i < 40; i++) planSheet(x, 3, `Enhet ${i + 1}`);
    const wb = await new ExcelHost(x.env()).read();
    expect(wb.sheets).toHaveLength(40);
    expect(wb.sheets[39].rows[3]?.[0]?.v).toBe('Andel nöjda brukare 3');
    expect(x.syncs).toBe(3);
  });
});

describe('large workbooks: syncs grow with bytes, every payload under 5 MB', () => {
  it('100 000 rows: read in blocks sized by measured bytes, under 5 MB each, in at most 12 syncs', async () => {
    const x = new FakeExcel();
    planSheet(x, 100_000);
    const { input, fills } = await readAndColour(x);
    expect(input.sheets[0].rows.filter(Boolean)).toHaveLength(100_001);
    expect(input.sheets[0].rows[100_000]?.[0]?.v).toBe('Andel nöjda brukare 100000');
    expect(fills).toHaveLength(100_000);
    expect(x.maxResponse).toBeLessThan(FIVE_MB);
    expect(x.maxRequest).toBeLessThan(FIVE_MB);
    expect(x.syncs).toBeLessThanOrEqual(12);
    expect(x.sheet('Omsorg').at('C100001')?.fill).toBe('#FFC7CE');
  });

  it('syncs follow bytes: four times the text in the same rows takes more; the same bytes in 4× the rows do not', async () => {
    const count = async (rows: number, len: number) => {
      const x = new FakeExcel();
      const grid: string[][] = [['Kommentar']];
      for (let i = 0; i < rows; i++) grid.push(['x'.repeat(len)]);
      x.addSheet('Data', grid);
      await new ExcelHost(x.env()).read();
      return x.syncs;
    };
    const base = await count(20_000, 400); // ~8.4 MB: the sheet list, then 3 blocks
    expect(base).toBe(4);
    expect(await count(20_000, 1_600)).toBeGreaterThan(base + 3);
    expect(await count(80_000, 87)).toBe(base);
    expect(await count(10_000, 817)).toBe(base);
  });

  it('long goal texts: blocks sized by them, no response passes 5 MB, and text comes back once', async () => {
    const x = new FakeExcel();
    const goal = 'Målet är att stärka den enskildes möjligheter att leva ett självständigt liv utifrån den enskildes behov. '.repeat(20);
    const grid: (string | number)[][] = [['Mål', 'Indikator', 'Resultat år']];
    for (let i = 0; i < 6_000; i++) grid.push([goal, `Andel ${i}`, 90]);
    x.addSheet('Plan', grid);
    const wb = await new ExcelHost(x.env()).read();
    expect(wb.sheets[0].rows[6_000]?.[1]?.v).toBe('Andel 5999');
    // ~2 100 bytes of text per row: about 13 MB, so several requests, each under 5 MB.
    expect(x.responseBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(12_000_000);
    expect(x.maxResponse).toBeLessThan(FIVE_MB);
    expect(x.syncs).toBeGreaterThanOrEqual(4);
    // No formulas here: only the first rows (header recognition) returned formulas, not the blocks.
    expect(x.formulasRead).toBe(50 * 3);
  });

  it('formulas come back only for the cells that hold one, and the engine still sees them', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 20_000);
    // A total under the results, and a formula result every 1 000 rows.
    for (let r = 1_000; r <= 20_000; r += 1_000) Object.assign(s.cell(r, 2), { value: 88, formula: `=B${r + 1}*0+88` });
    Object.assign(s.cell(20_001, 2), { value: 1_750_000, formula: '=SUM(C2:C20001)' });
    const wb = await new ExcelHost(x.env()).read();
    expect(wb.sheets[0].rows[1_000]?.[2]).toEqual({ v: 88, f: 'B1001*0+88' });
    expect(wb.sheets[0].rows[20_001]?.[2]).toEqual({ v: 1_750_000, f: 'SUM(C2:C20001)' });
    expect(wb.sheets[0].rows[999]?.[2]?.f).toBeUndefined();
    // The 21 formula cells and the first 50 rows (the probe), not 20 002 rows × 3 columns.
    expect(x.formulasRead).toBe(21 + 50 * 3);
    expect(x.cellsRead).toBe(20_002 * 3 + 50 * 3);
  });

  it('texts that grow below the header rows: a too-large response is fetched again in half-size blocks', async () => {
    const x = new FakeExcel();
    const grid: (string | number)[][] = [['Mål', 'Indikator', 'Resultat år']];
    for (let i = 0; i < 4_000; i++) grid.push([i < 100 ? 'Kort mål' : 'Långt mål '.repeat(300), `Andel ${i}`, 90]);
    x.addSheet('Plan', grid);
    const wb = await new ExcelHost(x.env()).read();
    expect(wb.sheets[0].rows[4_000]?.[0]?.v).toBe('Långt mål '.repeat(300));
    // The first rows promised short texts: Excel refused the first block, the rest came in halves.
    expect(x.failures.map((f) => f.code)).toContain('ResponsePayloadSizeLimitExceeded');
    expect(x.maxResponse).toBeLessThan(FIVE_MB);
  });
});

describe('formulas through special cells', () => {
  const withFormulas = (x: FakeExcel, n: number) => {
    const s = planSheet(x, n);
    for (let r = 100; r <= n; r += 100) Object.assign(s.cell(r, 2), { value: 90, formula: `=ROUND(B${r + 1}*0+90,0)` });
    return s;
  };

  it('a host that refuses special cells: the same rows again with every formula, and the next read starts that way', async () => {
    const x = new FakeExcel();
    x.specialCells = 'refuse';
    withFormulas(x, 3_000);
    const host = new ExcelHost(x.env());
    const wb = await host.read();
    expect(wb.sheets[0].rows[300]?.[2]).toEqual({ v: 90, f: 'ROUND(B301*0+90,0)' });
    expect(wb.sheets[0].rows[301]?.[2]?.f).toBeUndefined();
    expect(x.failures.map((f) => f.code)).toEqual(['InvalidArgument']);
    expect(x.syncs).toBe(3);
    const before = x.syncs;
    await host.read();
    expect(x.failures).toHaveLength(1);
    expect(x.syncs - before).toBe(2);
    expect(x.formulasRead).toBe(2 * (50 * 3 + 3_001 * 3));
  });

  it('areas beyond the block (a host that searches the whole sheet) are not put in the wrong rows', async () => {
    const x = new FakeExcel();
    x.specialCells = 'sheet';
    withFormulas(x, 3_000);
    // A small budget: many blocks, each handed every formula of the sheet.
    const wb = await new ExcelHost(x.env({}, { payloadBudget: 64 * 1024 })).read();
    expect(x.syncs).toBeGreaterThan(5);
    const rows = wb.sheets[0].rows;
    const withF = rows.flatMap((row, r) => (row?.some((c) => c?.f) ? [r] : []));
    expect(withF).toEqual(Array.from({ length: 30 }, (_, k) => 100 * (k + 1)));
    expect(rows[3_000]?.[2]).toEqual({ v: 90, f: 'ROUND(B3001*0+90,0)' });
  });

  it.each([
    ['a whole column of formulas (one area a block)', 1],
    ['a formula every other row (one area each)', 2],
  ])('%s: blocks sized from the first rows, none refused, every payload within the budget', async (_, step) => {
    const x = new FakeExcel();
    const s = planSheet(x, 30_000);
    for (let r = 1; r <= 30_000; r += step) Object.assign(s.cell(r, 2), { formula: `=ROUND(B${r + 1}*0+${s.get(r, 2)!.value},0)` });
    const wb = await new ExcelHost(x.env()).read();
    const rows = wb.sheets[0].rows;
    expect(rows[1]?.[2]).toEqual({ v: 95, f: 'ROUND(B2*0+95,0)' });
    expect(rows.filter((row) => row?.[2]?.f)).toHaveLength(Math.ceil(30_000 / step));
    expect(x.failures).toEqual([]);
    expect(x.maxResponse).toBeLessThanOrEqual(BUDGET);
  });

  it('a one-cell sheet loads its formula directly', async () => {
    const x = new FakeExcel();
    x.specialCells = 'refuse';
    x.addSheet('Summa', [[{ value: 12, formula: '=5+7' }]]);
    const wb = await new ExcelHost(x.env()).read();
    expect(wb.sheets[0].rows[0]?.[0]).toEqual({ v: 12, f: '5+7' });
    expect(x.failures).toEqual([]);
  });
});

describe('cell properties only where Planark may colour', () => {
  it("reads fills for the result (and red-thread) columns, not the sheet's text columns", async () => {
    const x = new FakeExcel();
    benchSheet(x, 1_000);
    await new ExcelHost(x.env()).read();
    // Mål and Indikator (gap highlights) and Resultat år (traffic lights): 3 of 6 columns.
    expect(x.propsRead).toBe(1_001 * 3);
    // Every cell's value, and the 50 first rows once more with the sheet list (header rows).
    expect(x.cellsRead).toBe(1_001 * 6 + 50 * 6);
  });

  it('reads a white fill as the user\'s and never paints over it (tintAndShade)', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('Plan', [
      ['Indikator', 'Prestationer – det som ska mätas', 'Resultat år'],
      ['Nöjdhet', 'Grön 82 Gul 76', { value: 90, fill: '#FFFFFF', tint: 0 }],
      ['Väntetid', 'Grön 82 Gul 76', 60],
    ]);
    const r = await checkAndColour(x);
    expect(r.input.sheets[0].rows[1]?.[2]?.fill).toBe('FFFFFFFF');
    expect(s.at('C2')?.fill).toBe('#FFFFFF');
    expect(s.at('C3')?.fill).toBe('#FFC7CE');
  });

  it('a table below the first rows: its fills are looked at before writing, and a user fill there is kept', async () => {
    const x = new FakeExcel();
    const grid: (string | number | object | null)[][] = [['Mål', 'Indikator', 'Resultat år']];
    for (let i = 0; i < 60; i++) grid.push(['Trygghet', `Andel ${i}`, 90]);
    grid.push([], [], ['Aktivitet', 'Ansvarig', 'Berörda', 'Indikator', 'Mål', 'Resultat år']);
    grid.push(['Utbilda personal', 'Enhetschef', 'Alla', 'Andel 1', 'Trygghet', { value: 40, fill: '#7030A0', tint: 0 }]);
    const s = x.addSheet('Plan', grid);
    const host = new ExcelHost(x.env());
    await host.read();
    const before = x.syncs;
    await host.apply({ fills: [{ sheet: 'Plan', cell: 'F65', fill: PALETTE.red.fill, font: PALETTE.red.font }], sheets: [] });
    // Column F was outside the header rows read first: one look, then no write over the user's fill.
    expect(x.syncs - before).toBe(2);
    expect(s.at('F65')?.fill).toBe('#7030A0');
  });
});

describe('values-only used range', () => {
  it('cells with formatting only (a fill far below the data) are not read', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 10);
    s.cell(50_000, 0).fill = '#FFFF00';
    s.cell(50_000, 0).tint = 0;
    s.cell(60_000, 10).bold = true;
    await new ExcelHost(x.env()).read();
    // The 11 rows of data (and once more as the first rows), not 60 001 rows × 11 columns.
    expect(x.cellsRead).toBe(11 * 3 * 2);
    expect(x.maxResponse).toBeLessThan(20_000);
  });
});

describe('writes', () => {
  it('scattered cells of one colour in one column go out together (getRanges), not one write per cell', async () => {
    const x = new FakeExcel();
    planSheet(x, 10_000);
    const host = new ExcelHost(x.env());
    await host.read();
    const before = x.syncs;
    // Alternating colours defeat runs: every cell its own range.
    const fills: FillEdit[] = Array.from({ length: 10_000 }, (_, i) => {
      const p = i % 2 ? PALETTE.green : PALETTE.red;
      return { sheet: 'Omsorg', cell: `C${i + 2}`, fill: p.fill, font: p.font };
    });
    await host.apply({ fills, sheets: [] });
    expect(x.sheet('Omsorg').at('C2')?.fill).toBe('#FFC7CE');
    expect(x.sheet('Omsorg').at('C10001')?.fill).toBe('#C6EFCE');
    // 10 000 cells, 2 colours, fill and font each: a few hundred multi-area writes in one request.
    expect(x.syncs - before).toBe(1);
    expect(x.formatWrites).toBeLessThan(500);
    expect(x.maxRequest).toBeLessThan(BUDGET);
  });

  it('a whole column of scattered cells goes out in chunks the fake (like Excel) accepts; one unchunked address it refuses', async () => {
    const x = new FakeExcel();
    planSheet(x, 20_000);
    const host = new ExcelHost(x.env());
    await host.read();
    // Every third cell red, the rest green: 6 667 scattered red cells in column C, ~48 000
    // characters of addresses joined, far past what getRanges takes in one call.
    const fills: FillEdit[] = Array.from({ length: 20_000 }, (_, i) => {
      const p = i % 3 ? PALETTE.green : PALETTE.red;
      return { sheet: 'Omsorg', cell: `C${i + 2}`, fill: p.fill, font: p.font };
    });
    await host.apply({ fills, sheets: [] });
    expect(x.failures).toEqual([]);
    expect(x.sheet('Omsorg').at('C2')?.fill).toBe('#FFC7CE');
    expect(x.sheet('Omsorg').at('C3')?.fill).toBe('#C6EFCE');
    expect(x.sheet('Omsorg').at('C20000')?.fill).toBe('#FFC7CE');
    // The fake has teeth: the same red cells as one address are refused.
    const all = Array.from({ length: 6_667 }, (_, k) => `C${3 * k + 2}`).join(',');
    expect(all.length).toBeGreaterThan(MAX_AREAS_ADDRESS);
    await expect(
      x.env().run(async (context) => {
        context.workbook.worksheets.getItem('Omsorg').getRanges(all).format.fill.color = '#FFC7CE';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('checks the budget before queueing: a 200-column generated sheet never makes a request above it', async () => {
    const x = new FakeExcel();
    x.addSheet('Plan', [['a']]);
    const row = Array.from({ length: 200 }, (_, c) => ({ v: `Kommentar ${c} `.repeat(8) }));
    const sheet: GeneratedSheet = { kind: 'summary', name: 'Sammanställning', rows: Array.from({ length: 700 }, () => row) };
    await new ExcelHost(x.env()).apply({ fills: [], sheets: [sheet] });
    expect(x.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * BUDGET);
    for (const b of x.requestBytes) expect(b).toBeLessThanOrEqual(BUDGET);
    expect(x.sheet('Sammanställning').at('GR700')?.value).toBe(`Kommentar 199 `.repeat(8));
  });

  it('splits a 50 000-cell alternating fill set over several requests, each under the budget', async () => {
    const x = new FakeExcel();
    planSheet(x, 50_000);
    const host = new ExcelHost(x.env({}, { payloadBudget: 256 * 1024 }));
    await host.read();
    const before = x.requestBytes.length;
    const fills: FillEdit[] = Array.from({ length: 50_000 }, (_, i) => {
      const p = i % 2 ? PALETTE.green : PALETTE.red;
      return { sheet: 'Omsorg', cell: `C${i + 2}`, fill: p.fill, font: p.font };
    });
    await host.apply({ fills, sheets: [] });
    const writes = x.requestBytes.slice(before);
    expect(writes.length).toBeGreaterThan(1);
    for (const b of writes) expect(b).toBeLessThanOrEqual(256 * 1024);
    expect(x.sheet('Omsorg').at('C50001')?.fill).toBe('#C6EFCE');
    // Recalculation is suspended for every request, not just the first.
    expect(x.suspendCalls).toBe(writes.length);
  });
});
