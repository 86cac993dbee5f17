/**
 * The whole pipeline on the seeds' own tables (issue 9): seed 004's uppdragsplan reports direction
 * and trend colours; seed 002's tables are read exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { analyze, planEdits } from './analyze';
import { norsjoKfIndicators, norsjoVerksamhetIndicators, uppdragsplanIndicators, uppdragsplanUtfall, UPPDRAGSPLAN_UTFALL } from '../../test/fixtures/seeds';
import { workbook } from '../../test/fixtures/sheet';
import { PALETTE, type Period } from './types';

const codes = (a: ReturnType<typeof analyze>) => a.report.findings.map((f) => `${f.code}@${f.cell}`);

describe('seed 004: the uppdragsplan\'s indicators (`Mål` = Öka/Minska, no thresholds)', () => {
  // Sheet rows of the 24 indicators: Mål 1's 16 (with three group rows among them), Mål 2's 8.
  const ROWS = [6, 7, 9, 10, 11, 12, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 30, 31, 32, 33, 34, 35, 36, 37];
  const LOWER = [9, 22]; // indicators 3 and 14: Antal personer som … har fått vänta: Minska

  it('as published: every indicator reports its direction, none is threshold.missing', () => {
    const a = analyze(workbook(uppdragsplanIndicators));
    expect(a.report.indicators.map((i) => i.row)).toEqual(ROWS);
    expect(a.report.indicators.map((i) => i.direction)).toEqual(ROWS.map((r) => (LOWER.includes(r) ? 'lower' : 'higher')));
    expect(a.report.indicators.every((i) => i.results.length === 0)).toBe(true);
    // The goals have no activities in this sheet; nothing else is wrong with it.
    expect(codes(a)).toEqual(['redthread.goal-without-activity@A3', 'redthread.goal-without-activity@A27']);
  });

  it('followed up with Utfall 2023 · Utfall 2024: each indicator coloured by its trend, with its reason', () => {
    const a = analyze(workbook(uppdragsplanUtfall()));
    const got = a.report.indicators.map((i) => [i.row, i.results.map((r) => `${r.cell} ${r.status}`).join()]);
    // Expected from the fixture's values: up = green, unchanged = yellow, down = red (reversed for Minska).
    const want = ROWS.map((row, k) => {
      const goal = k < 16 ? '1' : '2';
      const [y23, y24] = UPPDRAGSPLAN_UTFALL[goal][k < 16 ? k + 1 : k - 15];
      const status = y24 === '' ? 'none' : y23 === '' ? 'none' : y24 === y23 ? 'yellow' : (y24 > y23) === !LOWER.includes(row) ? 'green' : 'red';
      return [row, `F${row} ${status}`];
    });
    expect(got).toEqual(want);
    const byRow = (r: number) => a.report.indicators.find((i) => i.row === r)!.results[0].reason;
    expect([byRow(6), byRow(9), byRow(10), byRow(12), byRow(19), byRow(20), byRow(22)]).toEqual([
      '78 → 83, Öka → Grön',
      '41 → 27, Minska → Grön',
      '87 → 87, Öka → Gul',
      '82 → 80, Öka → Röd',
      'Resultat saknas',
      '85, Öka: inget tidigare värde att jämföra med',
      '12 → 15, Minska → Röd',
    ]);
    expect(codes(a)).toEqual([
      'redthread.goal-without-activity@A3',
      'result.missing@F19',
      'result.no-comparison@F20',
      'redthread.goal-without-activity@A27',
    ]);
    expect(a.report.goals.map((g) => [g.text.slice(0, 6), g.counts, g.assessment])).toEqual([
      ['Mål 1:', { green: 8, yellow: 3, red: 3, missing: 2 }, 'partly'],
      ['Mål 2:', { green: 4, yellow: 2, red: 2, missing: 0 }, 'partly'],
    ]);
  });

  it('the trend colours are written to the Utfall 2024 cells, 2023 is left as it is', () => {
    const a = analyze(workbook(uppdragsplanUtfall()));
    const fills = new Map(planEdits(a, { sheets: [] }).fills.map((f) => [f.cell, f.fill]));
    expect([fills.get('F6'), fills.get('F10'), fills.get('F12'), fills.get('F20')]).toEqual([PALETTE.green.fill, PALETTE.yellow.fill, PALETTE.red.fill, undefined]);
    expect([...fills.keys()].some((c) => c.startsWith('E'))).toBe(false);
  });

  it.each<[Period, number, number]>([
    ['t2', 0, 0],
    ['aug', 0, 0],
    ['year', 22, 1],
  ])('at %s: %i indicators coloured, %i result.missing (the Utfall columns are yearly; Delår has no column)', (period, coloured, missing) => {
    const a = analyze(workbook(uppdragsplanUtfall()), { period });
    const sum = (k: 'green' | 'yellow' | 'red' | 'missing') => a.report.goals.reduce((n, g) => n + g.counts[k], 0);
    expect(sum('green') + sum('yellow') + sum('red')).toBe(coloured);
    expect(sum('missing')).toBe(24 - coloured);
    expect(a.findings.filter((f) => f.code === 'result.missing').length).toBe(missing);
  });
});

describe('seed 002: the tables read exactly as before issue 9', () => {
  it.each<[string, Parameters<typeof workbook>[0], Period, string[]]>([
    [
      'Kommunfullmäktiges indikatorer, helår',
      norsjoKfIndicators,
      'year',
      ['H4', 'H5', 'H6', 'H7', 'H8', 'H8', 'H8', 'H9', 'H9', 'H9', 'H10'].map((c) => `result.missing@${c}`),
    ],
    ['Kommunfullmäktiges indikatorer, T2', norsjoKfIndicators, 't2', ['H8', 'H8', 'H9', 'H9'].map((c) => `result.missing@${c}`)],
    [
      'Verksamhetens indikatorer, helår',
      norsjoVerksamhetIndicators,
      'year',
      ['result.missing@H4', 'result.missing@H4', 'result.missing@H5', 'threshold.needs-baseline@D6', ...['H6', 'H7', 'H8', 'H9'].map((c) => `result.missing@${c}`)],
    ],
    ['Verksamhetens indikatorer, T2', norsjoVerksamhetIndicators, 't2', ['result.missing@H4', 'threshold.needs-baseline@D6']],
  ])('%s', (_l, sheet, period, expected) => {
    expect(codes(analyze(workbook(sheet), { period }))).toEqual(expected);
  });

  it('directions as before: thresholds decide, no Öka/Minska column', () => {
    expect(analyze(workbook(norsjoKfIndicators)).report.indicators.map((i) => i.direction)).toEqual(['higher', 'higher', 'higher', 'yes-no', 'lower', 'lower', 'higher']);
    expect(analyze(workbook(norsjoVerksamhetIndicators)).report.indicators.map((i) => i.direction)).toEqual(['yes-no', 'yes-no', 'change', 'segments', 'rank', 'rank']);
  });
});
