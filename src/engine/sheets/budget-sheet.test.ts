import { describe, expect, it } from 'vitest';
import { budgetSheet } from './budget-sheet';
import { contextOf } from '../../../test/fixtures/tables';
import { budgetTable } from '../../../test/fixtures/budget';
import { PALETTE } from '../types';

describe('budgetSheet (Budgetavvikelser)', () => {
  it('is null without budget tables', () => {
    expect(budgetSheet(contextOf([], []), [])).toBeNull();
  });

  // Built inside each test, so that mutation testing can tell which tests run the code.
  const sheetOut = () => {
    const { sheet, table } = budgetTable();
    const out = budgetSheet(contextOf([sheet], [table], { month: 10 }), [])!;
    return { out, header: out.rows[2], body: out.rows.slice(3, -1), total: out.rows[out.rows.length - 1] };
  };

  it('has one header style and the standard columns', () => {
    const { out, header } = sheetOut();
    expect(header.map((c) => c.v)).toEqual([
      'Ansvar', 'Benämning', 'Budget helår', 'Utfall', 'Prognos helår', 'Avvikelse kr (+ = överskridande)', 'Avvikelse %', 'Status',
      'Kommentar / åtgärd', 'Periodiserad budget', 'Utfall mot periodiserad budget', 'Källa',
    ]);
    expect(new Set(header.map((c) => `${c.bold}${c.fill}`)).size).toBe(1);
    expect(out.freezeRows).toBe(3);
  });

  it('puts the red lines without analysis first, then the rest in sheet order, without the users total row', () => {
    const { body } = sheetOut();
    expect(body.map((r) => r[0].v)).toEqual(['294107', '294060', '294101', '294103', '294105', '294109']);
  });

  it.each([
    ['294107', 348000, 'Röd', PALETTE.red],
    ['294060', 100000, 'Röd', PALETTE.red],
    ['294101', -56000, 'Grön', PALETTE.green],
    ['294103', 335000, 'Röd', PALETTE.red],
    ['294105', 116000, 'Gul', PALETTE.yellow],
  ])('%s: deviation %d kr, status %s in words and colour', (key, dev, word, pal) => {
    const { body } = sheetOut();
    const r = body.find((x) => x[0].v === key)!;
    expect(r[5]).toEqual({ v: dev, numFmt: '# ##0' });
    expect(r[7]).toEqual({ v: word, fill: pal.fill, font: pal.font });
  });

  it('amounts in kronor; periodised budget for month 10; comment as text; link to the source row', () => {
    const { body } = sheetOut();
    const r = body.find((x) => x[0].v === '294103')!;
    expect(r.slice(1, 5).map((c) => c.v)).toEqual(['Bryggaregatan 6:1', 16765000, 14200000, 17100000]);
    expect(r[9].v).toBe(Math.round((16765000 * 10) / 12));
    expect(r[10].v).toBe(Math.round(14200000 - (16765000 * 10) / 12));
    expect(r[8].v).toBe('Ökade bemanningskostnader. Analys och åtgärdsplan redovisas till förvaltningschef.');
    expect(r[8].formula).toBeUndefined();
    expect(r[11]).toEqual({ v: 'Budget okt!A4', link: { sheet: 'Budget okt', cell: 'A4' } });
    const unexplained = body[0];
    expect(unexplained[8]).toMatchObject({ v: 'Analys och åtgärd saknas', italic: true });
  });

  it('totals row: SUM formulas over exactly the listed lines', () => {
    const { total } = sheetOut();
    expect(total[0].v).toBe('Summa');
    expect(total[2]).toMatchObject({ formula: 'SUM(C4:C9)', v: 141250000 });
    expect(total[4]).toMatchObject({ formula: 'SUM(E4:E9)', v: 141800000 });
    // Overspend: revenue line 294060 counts +100 tkr (less revenue), the rest prognos − budget.
    expect(total[5]).toMatchObject({ formula: 'SUM(F4:F9)', v: (-56 + 335 + 116 + 348 + 100 - 93) * 1000 });
  });
});

describe('budgetSheet with analysis and åtgärdsplan in their own columns (seed 001)', () => {
  it('joins them, and names what a red line still lacks', () => {
    const tsv = `Budgetuppföljning särskilt boende oktober
Ansvar	Benämning	Budget	Prognos	Analys	Åtgärdsplan
294103	Bryggaregatan 6:1	16 765	17 100	Ökade bemanningskostnader.	Översyn av scheman.
294111	Bygdevägen 15	35 394	35 677	Fler brukare med omfattande behov.	`;
    const { sheet, table } = budgetTable(tsv, { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast', 4: 'comment', 5: 'action' });
    const rows = budgetSheet(contextOf([sheet], [table]), [])!.rows.slice(3, -1);
    expect(rows.map((r) => [r[0].v, r[8].v])).toEqual([
      ['294111', 'Fler brukare med omfattande behov. (åtgärdsplan saknas)'],
      ['294103', 'Ökade bemanningskostnader. — Översyn av scheman.'],
    ]);
    expect(rows[0][8].font).toBe(PALETTE.red.font);
  });
});
