/**
 * The mark a wrong source total keeps (SPEC §5–6), step by step on a block as annexBlock lays it
 * out: a title row, the header (Ansvar · Benämning · amounts · Källa), then rows ending in their
 * source link. Figures from seed 003's Bilaga 1 (83 682 400 stated, 100 749 956 summed).
 */
import { describe, expect, it } from 'vitest';
import type { GenCell } from '../types';
import { PALETTE } from '../types';
import type { AnnexAnalysis, AnnexIssue } from './types';
import { markDifferences } from './source-marks';

const RED = { fill: PALETTE.red.fill, font: PALETTE.red.font };

/** A laid-out block: each row's source row, its cells, and the analysis' issues and columns. */
function laidOut(amounts: string[], rows: [number, string, (number | null)[]][], issues: Partial<AnnexIssue>[]) {
  const rowOfSource = new Map<GenCell, number>();
  const block: GenCell[][] = [
    [{ v: 'Bilaga 1' }],
    [{ v: 'Ansvar' }, { v: 'Benämning' }, ...amounts.map((v) => ({ v })), { v: 'Källa' }],
    ...rows.map(([r, name, vals]) => {
      const source: GenCell = { v: `Bilaga!A${r + 1}` };
      rowOfSource.set(source, r);
      return [{ v: null }, { v: name }, ...vals.map((v) => ({ v })), source];
    }),
  ];
  const a = {
    issues: issues.map((i) => ({ at: { sheet: 'Bilaga', r: 0, c: 0 }, params: {}, ...i })),
    columns: [{ numeric: false }, { numeric: false }, ...amounts.map(() => ({ numeric: true }))],
  } as unknown as AnnexAnalysis;
  return { block, a, rowOfSource };
}
const at = (r: number, c = 2) => ({ sheet: 'Bilaga', r, c }) as AnnexIssue['at'];
const mismatch = (r: number, column = 'Budget 2025', c = 2): Partial<AnnexIssue> => ({ kind: 'total-mismatch', at: at(r, c), params: { column, stated: 83682400, computed: 100749956, count: 12 } });
const rounding = (r: number, column = 'Budget 2025', c = 2): Partial<AnnexIssue> => ({ kind: 'total-rounding', at: at(r, c), params: { column, stated: 1061, computed: 1060.6, count: 3 } });
/** Each row after the title as [its last cell's text, and which cells are red]. */
const marks = (block: GenCell[][]) =>
  block.slice(1).map((row) => [row[row.length - 1].v, row.flatMap((x, c) => (x.fill === PALETTE.red.fill ? [c] : []))]);

describe('markDifferences', () => {
  const rows: [number, string, (number | null)[]][] = [
    [5, 'Vård och omsorg', [60_000_000]],
    [6, 'Individ och familj', [40_749_956]],
    [7, 'Summa', [100_749_956]],
  ];

  it('a total that differed from its sum: the note in red on its row, the total itself red, Swedish', () => {
    const { block, a, rowOfSource } = laidOut(['Budget 2025'], rows, [mismatch(7)]);
    expect(markDifferences(block, a, rowOfSource, 'sv')).toBe(true);
    expect(block[1].at(-1)).toMatchObject({ v: 'Anmärkning' });
    expect(marks(block)).toEqual([
      ['Anmärkning', []],
      [null, []],
      [null, []],
      ['Källans summa 83\u00a0682\u00a0400 ≠ 100\u00a0749\u00a0956, summan av 12 rader', [2, 4]],
    ]);
    expect(block[4][4]).toMatchObject({ ...RED, bold: true, wrap: true });
    expect(block[4][2]).toMatchObject({ v: 100_749_956, ...RED });
  });

  it('the same in English', () => {
    const { block, a, rowOfSource } = laidOut(['Budget 2025'], rows, [mismatch(7)]);
    markDifferences(block, a, rowOfSource, 'en');
    expect(block[1].at(-1)).toMatchObject({ v: 'Note' });
    expect(block[4].at(-1)?.v).toBe('Source total 83,682,400 ≠ 100,749,956, the sum of 12 rows');
  });

  it('a rounding difference is noted in italics, nothing coloured', () => {
    for (const [lang, text] of [
      ['sv', 'Avrundning: källans summa 1\u00a0061, raderna ger 1\u00a0060,6'],
      ['en', 'Rounding: source total 1,061, the rows give 1,060.6'],
    ] as const) {
      const { block, a, rowOfSource } = laidOut(['Budget 2025'], rows, [rounding(7)]);
      expect(markDifferences(block, a, rowOfSource, lang)).toBe(true);
      expect(block[4].at(-1)).toEqual({ v: text, wrap: true, italic: true });
      expect(marks(block).flatMap(([, red]) => red)).toEqual([]);
    }
  });

  it('with several amount columns, each note names its column; only the wrong column is red', () => {
    const { block, a, rowOfSource } = laidOut(['Budget 2025', 'Budget 2026'], rows.map(([r, n, v]) => [r, n, [...v, v[0]]]), [rounding(7, 'Budget 2025', 2), mismatch(7, 'Budget 2026', 3)]);
    markDifferences(block, a, rowOfSource, 'sv');
    expect(block[4].at(-1)?.v).toBe(
      'Budget 2025: Avrundning: källans summa 1\u00a0061, raderna ger 1\u00a0060,6; Budget 2026: Källans summa 83\u00a0682\u00a0400 ≠ 100\u00a0749\u00a0956, summan av 12 rader',
    );
    // One real mismatch among the notes makes the note red; the rounding column keeps its fill.
    expect(marks(block)[3]).toEqual([block[4].at(-1)?.v, [3, 5]]);
  });

  it('with several amount columns, a note names its column even when only one differs', () => {
    const { block, a, rowOfSource } = laidOut(['Budget 2025', 'Budget 2026'], rows.map(([r, n, v]) => [r, n, [...v, v[0]]]), [mismatch(7, 'Budget 2026', 3)]);
    markDifferences(block, a, rowOfSource, 'sv');
    expect(String(block[4].at(-1)?.v)).toMatch(/^Budget 2026: Källans summa/);
  });

  it('one amount column named twice in the issues still names it', () => {
    const { block, a, rowOfSource } = laidOut(['Budget 2025'], rows, [mismatch(7, 'Budget 2025'), mismatch(6, 'Summa kostnader')]);
    markDifferences(block, a, rowOfSource, 'sv');
    expect(String(block[4].at(-1)?.v)).toMatch(/^Budget 2025: Källans summa/);
  });

  it('the first amount column, right after Ansvar and Benämning, is the one coloured', () => {
    const { block, a, rowOfSource } = laidOut(['Benämning', 'Budget 2025'], rows.map(([r, n, v]) => [r, n, [null, ...v]]), [mismatch(7, 'Benämning', 2)]);
    markDifferences(block, a, rowOfSource, 'sv');
    // The header's own Benämning (column 1) is not the amount column of that name (column 2).
    expect(marks(block)[3][1]).toEqual([2, 5]);
  });

  it('an issue naming no column of the block colours only the note', () => {
    const { block, a, rowOfSource } = laidOut(['Budget 2025'], rows, [mismatch(7, 'Ansvar')]);
    markDifferences(block, a, rowOfSource, 'sv');
    expect(marks(block)[3][1]).toEqual([4]);
    // Nothing written beside the row's cells either.
    expect(Object.keys(block[4])).toEqual(['0', '1', '2', '3', '4']);
  });

  it.each<[string, Partial<AnnexIssue>[]]>([
    ['no issues', []],
    ['issues that are no differing totals', [
      { kind: 'duplicate-key', at: at(5), params: { key: '294101' } },
      { kind: 'sum-range-incomplete', at: at(7), params: { formula: 'SUM(C6:C7)' } },
      { kind: 'unit-suspect', at: at(6), params: {} },
    ]],
  ])('%s: no note column, nothing changed', (_, issues) => {
    const { block, a, rowOfSource } = laidOut(['Budget 2025'], rows, issues);
    const before = structuredClone(block);
    expect(markDifferences(block, a, rowOfSource, 'sv')).toBe(false);
    expect(block).toEqual(before);
  });

  it('a row without a source link (a heading) gets an empty note cell', () => {
    const { block, a, rowOfSource } = laidOut(['Budget 2025'], rows, [mismatch(7)]);
    block.splice(2, 0, [{ v: 'Förvaltning' }]);
    markDifferences(block, a, rowOfSource, 'sv');
    expect(block[2]).toEqual([{ v: 'Förvaltning' }, { v: null }]);
  });
});
