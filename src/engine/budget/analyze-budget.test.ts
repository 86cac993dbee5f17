import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeBudgets } from './analyze-budget';
import { budgetTable, BUDGET_TSV, withRow } from '../../../test/fixtures/budget';
import { modelOf, tableOver } from '../../../test/fixtures/tables';
import { sheetFromTsv } from '../../../test/fixtures/sheet';
import type { ResolvedOptions } from '../types';

const opts = (o: Partial<ResolvedOptions> = {}): ResolvedOptions => ({ lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 12, ...o });
const run = (tsv = BUDGET_TSV, o: Partial<ResolvedOptions> = {}, roles?: Parameters<typeof budgetTable>[1]) => {
  const { sheet, table } = budgetTable(tsv, roles);
  return analyzeBudgets(modelOf(table), { sheets: [sheet], ownedSheets: [] }, opts(o))[0];
};

describe('analyzeBudgets', () => {
  it('reads the fixture: tkr to kronor, statuses, convention budget − prognos, totals marked', () => {
    const a = run();
    expect(a.unitFactor).toBe(1000);
    expect(a.convention).toBe('budget-minus-forecast');
    expect(a.lines.map((l) => [l.key, l.lineType, l.deviation, l.status, l.statedMismatch, l.isTotal])).toEqual([
      ['294101', 'cost', -56000, 'green', false, false],
      ['294103', 'cost', 335000, 'red', false, false],
      ['294105', 'cost', 116000, 'yellow', false, false],
      ['294107', 'cost', 348000, 'red', false, false],
      ['294060', 'revenue', 100000, 'red', false, false],
      ['294109', 'cost', -93000, 'green', true, false],
      ['Summa', 'cost', 550000, 'yellow', false, true],
    ]);
    expect(a.lines[1].deviationShare).toBeCloseTo(335 / 16765, 12);
  });

  it.each([
    ['Kostnad/Intäkt column', 'Intäkt', '5 000', '4 900', 'revenue', 'column', 100000],
    ['negative budget = revenue (sign)', '', '-5 000', '-4 900', 'revenue', 'sign', 100000],
    ['negative budget, more revenue than planned', '', '-5 000', '-5 200', 'revenue', 'sign', -200000],
    ['positive budget without type = cost', '', '5 000', '4 900', 'cost', 'sign', -100000],
  ])('line type from %s', (_l, typ, budget, forecast, type, source, dev) => {
    const a = run(withRow(BUDGET_TSV, '294060', ['294060', 'säbo Lokalhyror', typ as string, budget as string, '4 300', forecast as string, '', '']));
    const l = a.lines.find((x) => x.key === '294060')!;
    expect([l.lineType, l.lineTypeSource, l.deviation]).toEqual([type, source, dev]);
  });

  it('account class 3 = revenue only when the key column holds accounts (Konto)', () => {
    const tsv = ['Konto\tBenämning\tBudget\tPrognos', '3510\tTaxor och avgifter\t1 000 000\t900 000', '4010\tLöner\t2 000 000\t2 100 000'].join('\n');
    const sheet = sheetFromTsv('Konto', tsv);
    const t = tableOver(sheet, { kind: 'budget', roles: { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' }, headerRow: 0 });
    const [a] = analyzeBudgets(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts());
    expect(a.lines.map((l) => [l.key, l.lineType, l.lineTypeSource, l.deviation])).toEqual([
      ['3510', 'revenue', 'account', 100000],
      ['4010', 'cost', 'account', 100000],
    ]);
    // An ansvar code that starts with 3 is not an account.
    const sheet2 = sheetFromTsv('Ansvar', tsv.replace('Konto', 'Ansvar'));
    const t2 = tableOver(sheet2, { kind: 'budget', roles: { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' }, headerRow: 0 });
    expect(analyzeBudgets(modelOf(t2), { sheets: [sheet2], ownedSheets: [] }, opts())[0].lines[0].lineType).toBe('cost');
  });

  it('convention prognos − budget when most rows use it', () => {
    let tsv = BUDGET_TSV;
    for (const [k, v] of [['294101', '-56'], ['294103', '335'], ['294105', '116'], ['294107', '348']])
      tsv = tsv.split('\n').map((l) => (l.startsWith(k) ? l.split('\t').map((c, i) => (i === 6 ? v : c)).join('\t') : l)).join('\n');
    const a = run(tsv);
    expect(a.convention).toBe('forecast-minus-budget');
    expect(a.lines.filter((l) => l.statedMismatch).map((l) => l.key)).toEqual(['294109']);
  });

  it('periodised budget: evenly (× month/12) or by a Periodisering row of month shares', () => {
    const even = run(BUDGET_TSV, { month: 4 }).lines[0];
    expect(even.periodisedBudget).toBeCloseTo((15356000 * 4) / 12, 6);
    expect(even.actualVsPeriodised).toBeCloseTo(12500000 - (15356000 * 4) / 12, 6);
    const months = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
    const keys = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
    const tsv = [
      ['Ansvar', 'Benämning', 'Budget', 'Utfall', 'Prognos', ...months].join('\t'),
      ['294101', 'Ribbingsholmsv 3 B', '1 200 000', '500 000', '1 200 000', ...months.map(() => '')].join('\t'),
      // Summer-heavy profile (semestervikarier): shares in percent.
      ['Periodisering', '', '', '', '', '8', '8', '8', '8', '8', '10', '12', '10', '7', '7', '7', '7'].join('\t'),
    ].join('\n');
    const sheet = sheetFromTsv('Profil', tsv);
    const roles: Record<number, 'key' | 'name' | 'budget' | 'actual' | 'forecast' | 'month'> = { 0: 'key', 1: 'name', 2: 'budget', 3: 'actual', 4: 'forecast' };
    const extra: Record<number, { period: (typeof keys)[number] }> = {};
    keys.forEach((k, i) => {
      roles[5 + i] = 'month';
      extra[5 + i] = { period: k };
    });
    const t = tableOver(sheet, { kind: 'budget', roles, extra, headerRow: 0 });
    const [a] = analyzeBudgets(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts({ month: 6 }));
    expect(a.periodisation).toBe('profile');
    expect(a.lines).toHaveLength(1);
    expect(a.lines[0].periodisedBudget).toBeCloseTo(1200000 * 0.5, 6);
    expect(a.lines[0].actualVsPeriodised).toBeCloseTo(500000 - 600000, 6);
  });

  it('unreadable thresholds fall back to the default and say so', () => {
    const a = run(BUDGET_TSV, { budgetThresholds: 'Grön högt' });
    expect([a.thresholdsRead, a.thresholds]).toEqual([false, { green: 0, yellow: 0.005 }]);
  });

  it('property: never throws; deviation and status agree with budget, forecast and thresholds', () => {
    const amount = fc.integer({ min: -2_000_000, max: 2_000_000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount, fc.constantFrom('Kostnad', 'Intäkt', '')), { minLength: 1, maxLength: 8 }), (rows) => {
        const tsv = ['Ansvar\tBenämning\tTyp\tBudget\tUtfall\tPrognos\tAvvikelse\tKommentar', ...rows.map(([b, f, t], i) => `${100 + i}\tEnhet ${i}\t${t}\t${b}\t0\t${f}\t${b - f}\t`)].join('\n');
        const sheet = sheetFromTsv('P', tsv);
        const table = tableOver(sheet, { kind: 'budget', roles: { 0: 'key', 1: 'name', 2: 'lineType', 3: 'budget', 4: 'actual', 5: 'forecast', 6: 'deviation', 7: 'comment' }, headerRow: 0 });
        const [a] = analyzeBudgets(modelOf(table), { sheets: [sheet], ownedSheets: [] }, opts());
        expect(a.lines).toHaveLength(rows.length);
        a.lines.forEach((l, i) => {
          const [b, f] = rows[i];
          expect(l.statedMismatch).toBe(false);
          expect(Math.abs(l.deviation)).toBe(Math.abs(f - b));
          const share = b === 0 ? null : l.deviation / Math.abs(b);
          expect(l.deviationShare).toBe(share);
          const want = share === null ? (l.deviation > 0.5 ? 'red' : 'green') : share <= 1e-9 ? 'green' : share <= 0.005 + 1e-9 ? 'yellow' : 'red';
          expect(l.status).toBe(want);
        });
      }),
      { numRuns: 150 },
    );
  });
});
