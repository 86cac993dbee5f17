import { describe, expect, it } from 'vitest';
import { assemble, type AssembleUnit } from './assemble';
import { modelOf } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import { budgetTable, withRow } from '../budget/__fixtures__/budget';
import type { ResolvedOptions } from '../types';
import { PALETTE } from '../types';

const options: ResolvedOptions = { lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 12 };

const unit = (file: string, parts: { sheet: AssembleUnit['input']['sheets'][number]; table: AssembleUnit['model']['tables'][number] }[]): AssembleUnit => ({
  file,
  input: { fileName: file, sheets: parts.map((p) => p.sheet), ownedSheets: [] },
  model: modelOf(...parts.map((p) => p.table)),
});

// Unit A: the fixture (two unexplained red lines). Unit B: all green, and 294101 again (a repeated code).
const tsvB = [
  'Budgetuppföljning hemtjänst oktober',
  'Ansvar\tBenämning\tTyp\tBudget tkr\tUtfall tkr\tPrognos tkr\tAvvikelse tkr\tKommentar/åtgärd',
  '297601\tHS norr\tKostnad\t20 368\t16 000\t20 000\t368\t',
  '294101\tRibbingsholmsv 3 B\tKostnad\t1 000\t800\t990\t10\t',
].join('\n');
const A = unit('sabo.xlsx', [budgetTable(), seedAnnex('Bilaga 2')]);
const B = unit('hemtjanst.xlsx', [budgetTable(tsvB, undefined, 'Budget'), seedAnnex('Bilaga 4')]);

// Assembled inside each test (not once for the file), so that mutation testing sees which tests run which code.
const assembled = () => assemble([B, A], options);
const byKind = () => Object.fromEntries(assembled().map((s) => [s.kind, s]));

describe('assemble', () => {

  it('writes a summary, the budget lines and the annexes', () => {
    expect(assembled().map((s) => [s.kind, s.name])).toEqual([
      ['summary', 'Sammanställning'],
      ['budget', 'Budgetavvikelser'],
      ['annexes', 'Bilagor'],
    ]);
  });

  it('summary: deviation per unit with colour, units with unexplained deviations first', () => {
    const rows = byKind().summary.rows;
    expect(rows[1][0].v).toBe('Enhet (fil)');
    // A: overspend (−56 + 335 + 116 + 348 + 100 − 93) tkr over 141 250 tkr = 0,55 % → red; 2 unexplained.
    expect(rows[2].map((c) => c.v)).toEqual(['sabo.xlsx', 141250000, 141800000, 750000, 750000 / 141250000, 'Röd', 2, 6]);
    expect(rows[2][5]).toMatchObject({ fill: PALETTE.red.fill });
    // B: (−368 − 10) tkr → green, none unexplained; listed after A although given first.
    expect(rows[3].map((c) => c.v)).toEqual(['hemtjanst.xlsx', 21368000, 20990000, -378000, -378000 / 21368000, 'Grön', 0, 2]);
    const list = rows.findIndex((r) => r[0]?.v === 'Röda avvikelser utan analys och åtgärd');
    expect(rows.slice(list + 2, list + 4).map((r) => [r[0].v, r[1].v, r[2].v])).toEqual([
      ['sabo.xlsx', 'Budget okt!H6', '294107'],
      ['sabo.xlsx', 'Budget okt!H7', '294060'],
    ]);
    const rep = rows.findIndex((r) => r[0]?.v === 'Ansvarskoder i flera enheter');
    expect(rows.slice(rep + 2).map((r) => r.map((c) => c.v))).toEqual([['294101', 'hemtjanst.xlsx, sabo.xlsx']]);
  });

  it('budget sheet: source column names file and sheet; repeated code noted', () => {
    const rows = byKind().budget.rows;
    const header = rows[1].map((c) => c.v);
    expect(header.slice(-2)).toEqual(['Källa', 'Anmärkning']);
    const r = rows.filter((x) => x[0]?.v === '294101');
    expect(r.map((x) => [x[11].v, x[12].v])).toEqual([
      ['hemtjanst.xlsx – Budget!A4', 'Finns även i sabo.xlsx'],
      ['sabo.xlsx – Budget okt!A3', 'Finns även i hemtjanst.xlsx'],
    ]);
    // Unexplained red first, across units.
    expect(rows.slice(2, 4).map((x) => x[0].v)).toEqual(['294107', '294060']);
    const total = rows[rows.length - 1];
    expect(total[2]).toMatchObject({ formula: `SUM(C3:C${rows.length - 1})`, v: 141250000 + 21368000 });
  });

  it('annexes: every unit in one layout, totals as SUM over their block, source per row', () => {
    const rows = byKind().annexes.rows;
    const titles = rows.filter((r) => typeof r[0]?.v === 'string' && /: Bilaga/.test(r[0].v as string)).map((r) => r[0].v);
    expect(titles).toEqual(['hemtjanst.xlsx: Bilaga 4 Budget 2024 uppdrag hälso- och sjukvård', 'sabo.xlsx: Bilaga 2 Budget 2024 uppdrag ordinärt boende']);
    const i = rows.findIndex((r) => r[1]?.v === 'TOTAL HS säbo');
    expect(rows[i][3]).toMatchObject({ formula: `SUM(D${i - 4}:D${i})`, v: 100749956, numFmt: '# ##0' });
    expect(rows[i][4].v).toBe('hemtjanst.xlsx – Bilaga 4!A9');
    const headers = rows.filter((r) => r[0]?.v === 'Ansvar');
    expect(headers).toHaveLength(2);
    expect(headers.every((h) => h.every((c) => c.bold && c.fill === 'FFD9E1F2'))).toBe(true);
  });

  it('nothing to assemble gives no sheets', () => {
    expect(assemble([], options)).toEqual([]);
  });

  it('an unexplained red line in the second unit moves it first', () => {
    const redB = withRow(tsvB, '297601', ['297601', 'HS norr', 'Kostnad', '20 368', '16 000', '21 000', '-632', '']);
    const out = assemble([A, unit('hemtjanst.xlsx', [budgetTable(redB, undefined, 'Budget')])], options);
    // Both have unexplained lines: more first (A has 2, B has 1).
    expect(out[0].rows.slice(2, 4).map((r) => [r[0].v, r[6].v])).toEqual([
      ['sabo.xlsx', 2],
      ['hemtjanst.xlsx', 1],
    ]);
  });
});
