import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeBudgets } from './analyze-budget';
import { budgetTable, BUDGET_ROLES, BUDGET_TSV, withRow } from '../../../test/fixtures/budget';
import { modelOf, tableOver, type TableSpec } from '../../../test/fixtures/tables';
import { sheetFromTsv } from '../../../test/fixtures/sheet';
import type { ColumnMap } from '../model';
import type { ResolvedOptions, SheetInput } from '../types';
import { cellOf } from '../cells';

const opts = (o: Partial<ResolvedOptions> = {}): ResolvedOptions => ({ lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 12, ...o });
const run = (tsv = BUDGET_TSV, o: Partial<ResolvedOptions> = {}, roles?: Parameters<typeof budgetTable>[1]) => {
  const { sheet, table } = budgetTable(tsv, roles);
  return analyzeBudgets(modelOf(table), { sheets: [sheet], ownedSheets: [] }, opts(o))[0];
};
/** A table written as TSV whose first line is its header, with the roles (and units) the test states. */
const over = (tsv: string, roles: TableSpec['roles'], o: Partial<ResolvedOptions> = {}, extra?: TableSpec['extra'], edit?: (s: SheetInput) => void) => {
  const sheet = sheetFromTsv('Budget', tsv);
  edit?.(sheet);
  const table = tableOver(sheet, { kind: 'budget', roles, headerRow: 0, extra });
  return analyzeBudgets(modelOf(table), { sheets: [sheet], ownedSheets: [] }, opts(o));
};
const line = (a: ReturnType<typeof run>, key: string) => a.lines.find((l) => l.key === key)!;

describe('analyzeBudgets: the fixture (seed 003 ansvar, tkr, Avvikelse budget − prognos)', () => {
  it('kronor from tkr, line types, statuses, the convention, totals marked', () => {
    const a = run();
    expect(a.convention).toBe('budget-minus-forecast');
    expect(a.statedUnit).toBe('kr');
    expect(a.lines.map((l) => [l.key, l.lineType, l.deviation, l.status, l.stated, l.statedMismatch, l.isTotal])).toEqual([
      ['294101', 'cost', -56000, 'green', 56000, false, false],
      ['294103', 'cost', 335000, 'red', -335000, false, false],
      ['294105', 'cost', 116000, 'yellow', -116000, false, false],
      ['294107', 'cost', 348000, 'red', -348000, false, false],
      ['294060', 'revenue', 100000, 'red', -100000, false, false],
      ['294109', 'cost', -93000, 'green', 930000, true, false],
      ['Summa', 'cost', 550000, 'yellow', -550000, false, true],
    ]);
    expect(line(a, '294103').deviationShare).toBeCloseTo(335 / 16765, 12);
  });

  it('each line: its name, amounts in kronor, and the cells it was read from', () => {
    const l = line(run(BUDGET_TSV, { month: 10 }), '294103');
    expect(l).toMatchObject({
      tableId: 'Budget okt!A2',
      sheet: 'Budget okt',
      row: 3,
      name: 'Bryggaregatan 6:1',
      lineTypeSource: 'column',
      budget: 16765000,
      actual: 14200000,
      forecast: 17100000,
      comment: 'Ökade bemanningskostnader. Analys och åtgärdsplan redovisas till förvaltningschef.',
      action: null,
      actionRef: undefined,
    });
    expect([l.keyRef, l.budgetRef, l.actualRef, l.forecastRef, l.statedRef, l.commentRef].map((r) => cellOf(r))).toEqual(['A4', 'D4', 'E4', 'F4', 'G4', 'H4']);
    expect(l.keyRef.sheet).toBe('Budget okt');
    // The Summa row has no key: its label is its key, and it has no name of its own (the key column exists).
    expect(line(run(), 'Summa').name).toBeNull();
  });

  it('the analysis: month, periodisation, thresholds, whether there is an åtgärd column', () => {
    const a = run(BUDGET_TSV, { month: 10, budgetThresholds: 'Grön 0% Gul 1%' });
    expect(a).toMatchObject({ tableId: 'Budget okt!A2', sheet: 'Budget okt', month: 10, periodisation: 'even', hasActionColumn: false, thresholds: { green: 0, yellow: 0.01 } });
    // 294107 at 0,9 % is yellow under Gul 1 %.
    expect(line(a, '294107').status).toBe('yellow');
  });

  it('unreadable thresholds fall back to the default (Grön 0 % Gul 0,5 %)', () => {
    const a = run(BUDGET_TSV, { budgetThresholds: 'Grön högt' });
    expect(a.thresholds).toEqual({ green: 0, yellow: 0.005 });
    expect(line(a, '294107').status).toBe('red');
  });

  it('key and name are read without surrounding spaces', () => {
    const l = run(withRow(BUDGET_TSV, '294101', [' 294101 ', ' Ribbingsholmsv 3 B ', 'Kostnad', '15 356', '12 500', '15 300', '56', ''])).lines[0];
    expect([l.key, l.name]).toEqual(['294101', 'Ribbingsholmsv 3 B']);
  });

  it('a row without a budget or without a prognos (blank, or text such as "ej klar") is no line', () => {
    let tsv = withRow(BUDGET_TSV, '294101', ['294101', 'Ribbingsholmsv 3 B', 'Kostnad', '15 356', '12 500', '', '', '']);
    tsv = withRow(tsv, '294103', ['294103', 'Bryggaregatan 6:1', 'Kostnad', '', '14 200', '17 100', '', '']);
    tsv = withRow(tsv, '294105', ['294105', 'Sågvägen 10', 'Kostnad', '35 484', '30 100', 'ej klar', '', '']);
    expect(run(tsv).lines.map((l) => l.key)).toEqual(['294107', '294060', '294109', 'Summa']);
  });

  it('rows recognised as headers or group headings are no lines, even with numbers in them', () => {
    const { sheet, table } = budgetTable(withRow(withRow(BUDGET_TSV, '294105', ['294105', 'Sågvägen 10', '', '2025', '', '2025', '', '']), '294107', ['Särskilt boende Norr', '', '', '2', '', '2', '', '']));
    // A second header row holding the year under Budget and Prognos, and a group heading with its area number.
    const rows = table.rows.map((r) => (r.r === 4 ? { ...r, kind: 'header' as const } : r.r === 5 ? { ...r, kind: 'group' as const, label: 'Särskilt boende Norr' } : r));
    const [a] = analyzeBudgets(modelOf({ ...table, rows }), { sheets: [sheet], ownedSheets: [] }, opts());
    expect(a.lines.map((l) => l.key)).toEqual(['294101', '294103', '294060', '294109', 'Summa']);
  });

  it('a line whose name only mentions periodisering is a line', () => {
    const a = run(withRow(BUDGET_TSV, '294060', ['294060', 'Lokalhyror, ingen periodisering', 'Intäkt', '5 000', '4 300', '4 900', '-100', '']));
    expect(a.lines.map((l) => l.key)).toContain('294060');
  });

  it('a comment is read as text without its surrounding spaces; blank is none', () => {
    const a = run(withRow(withRow(BUDGET_TSV, '294107', ['294107', 'Nils Åbergs gata 2', 'Kostnad', '38 552', '33 000', '38 900', '-348', '  Vakanser tillsätts.  ']), '294105', ['294105', 'Sågvägen 10', 'Kostnad', '35 484', '30 100', '35 600', '-116', '   ']));
    expect([line(a, '294107').comment, line(a, '294105').comment, line(a, '294101').comment]).toEqual(['Vakanser tillsätts.', null, null]);
  });
});

describe('analyzeBudgets: line types', () => {
  it.each([
    ['Kostnad/Intäkt column', 'Intäkt', '5 000', '4 900', 'revenue', 'column', 100000],
    ['Intäkter', 'Intäkter', '5 000', '4 900', 'revenue', 'column', 100000],
    ['a compound (Hyresintäkter)', 'Hyresintäkter', '5 000', '4 900', 'revenue', 'column', 100000],
    ['an abbreviation (Int.)', 'Int.', '5 000', '4 900', 'revenue', 'column', 100000],
    ['the abbreviation after another word (Övrig int)', 'Övrig int', '5 000', '4 900', 'revenue', 'column', 100000],
    ['a word that only begins with int (Internhyra): by sign', 'Internhyra', '5 000', '4 900', 'cost', 'sign', -100000],
    ['a word that only ends with int: the cost word decides', 'Kostnad, print', '5 000', '4 900', 'cost', 'column', -100000],
    ['English revenue', 'Revenue', '5 000', '4 900', 'revenue', 'column', 100000],
    ['English income', 'Income', '5 000', '4 900', 'revenue', 'column', 100000],
    ['Kostnad', 'Kostnad', '5 000', '4 900', 'cost', 'column', -100000],
    ['a compound (Personalkostnader) over a negative budget', 'Personalkostnader', '-5 000', '-4 900', 'cost', 'column', 100000],
    ['English cost', 'Cost', '-5 000', '-4 900', 'cost', 'column', 100000],
    ['English expense', 'Expense', '-5 000', '-4 900', 'cost', 'column', 100000],
    ['Utgift', 'Utgift', '-5 000', '-4 900', 'cost', 'column', 100000],
    ['another word: by sign (negative = revenue)', 'Övrigt', '-5 000', '-4 900', 'revenue', 'sign', 100000],
    ['negative budget = revenue (sign)', '', '-5 000', '-4 900', 'revenue', 'sign', 100000],
    ['negative budget, more revenue than planned', '', '-5 000', '-5 200', 'revenue', 'sign', -200000],
    ['positive budget without type = cost', '', '5 000', '4 900', 'cost', 'sign', -100000],
    ['revenue with budget exactly 0: more revenue is under budget', 'Intäkt', '0', '40', 'revenue', 'column', -40000],
    ['budget exactly 0 without a type is a cost', '', '0', '40', 'cost', 'sign', 40000],
  ])('%s', (_l, typ, budget, forecast, type, source, dev) => {
    const l = line(run(withRow(BUDGET_TSV, '294060', ['294060', 'säbo Lokalhyror', typ as string, budget as string, '4 300', forecast as string, '', ''])), '294060');
    expect([l.lineType, l.lineTypeSource, l.deviation]).toEqual([type, source, dev]);
  });

  it('account class 3 = revenue only when the key column holds accounts (Konto)', () => {
    const tsv = ['Konto\tBenämning\tBudget\tPrognos', '3510\tTaxor och avgifter\t1 000 000\t900 000', '4010\tLöner\t2 000 000\t2 100 000', '35\tKort kod\t1 000\t900', '3520 Hyror\t\t1 000\t900', 'V3530\tVerksamhetskod\t1 000\t900'].join('\n');
    const roles = { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' } as const;
    const [a] = over(tsv, roles);
    expect(a.lines.map((l) => [l.key, l.lineType, l.lineTypeSource, l.deviation])).toEqual([
      ['3510', 'revenue', 'account', 100000],
      ['4010', 'cost', 'account', 100000],
      // Two digits are no account.
      ['35', 'cost', 'sign', -100],
      // An account with its name in the same cell.
      ['3520 Hyror', 'revenue', 'account', 100],
      // A code that does not begin with the account number is none.
      ['V3530', 'cost', 'sign', -100],
    ]);
    // An ansvar code that starts with 3 is not an account.
    const [b] = over(tsv.replace('Konto', 'Ansvar'), roles);
    expect(b.lines.map((l) => [l.lineType, l.lineTypeSource])).toEqual(b.lines.map(() => ['cost', 'sign']));
    // English: Account.
    expect(over(tsv.replace('Konto', 'Account'), roles)[0].lines[0].lineTypeSource).toBe('account');
    // A Kostnad/Intäkt column decides before the account class.
    const typed = ['Konto\tTyp\tBudget\tPrognos', '3510\tKostnad\t1 000\t900'].join('\n');
    expect(over(typed, { 0: 'key', 1: 'lineType', 2: 'budget', 3: 'forecast' })[0].lines[0]).toMatchObject({ lineType: 'cost', lineTypeSource: 'column' });
  });
});

describe('analyzeBudgets: budget exactly 0', () => {
  it.each([
    ['a forecast over a budget of 0 is red, with no share', '0', '50', 50000, 'red'],
    ['nothing forecast: green', '0', '0', 0, 'green'],
    ['less than nothing forecast (a refund): green', '0', '-20', -20000, 'green'],
  ])('%s', (_l, budget, forecast, dev, status) => {
    const l = line(run(withRow(BUDGET_TSV, '294105', ['294105', 'Sågvägen 10', 'Kostnad', budget, '0', forecast, '', ''])), '294105');
    expect([l.deviation, l.deviationShare, l.status, l.lineType]).toEqual([dev, null, status, 'cost']);
  });
});

describe('analyzeBudgets: units', () => {
  const TSV = (u: string, b: string, f: string, d: string) => `Ansvar\tBudget ${u}\tUtfall ${u}\tPrognos ${u}\tAvvikelse ${u}\n294103\t${b}\t${b}\t${f}\t${d}`;
  const roles = { 0: 'key', 1: 'budget', 2: 'actual', 3: 'forecast', 4: 'deviation' } as const;
  const unit = (u: ColumnMap['unit']) => ({ 1: { unit: u }, 2: { unit: u }, 3: { unit: u }, 4: { unit: u } });

  it.each([
    ['kr', undefined, '16 765 000', '17 100 000', '-335 000'],
    ['tkr', 'tkr', '16 765', '17 100', '-335'],
    ['mnkr', 'mnkr', '16,765', '17,1', '-0,335'],
  ] as const)('%s columns are read in kronor', (label, u, b, f, d) => {
    const [a] = over(TSV(label, b, f, d), roles, {}, u ? unit(u) : undefined);
    expect(a.lines.map((l) => [l.budget, l.actual, l.forecast, l.deviation, l.stated, l.statedMismatch])).toEqual([[16765000, 16765000, 17100000, 335000, -335000, false]]);
  });

  it('a deviation column in kronor beside amounts in tkr', () => {
    const [a] = over(`Ansvar\tBudget tkr\tPrognos tkr\tAvvikelse kr\n294103\t16 765\t17 100\t-335 000`, { 0: 'key', 1: 'budget', 2: 'forecast', 3: 'deviation' });
    expect(a.lines[0]).toMatchObject({ deviation: 335000, stated: -335000, statedMismatch: false });
  });

  // Budget 15,4 mnkr, prognos 15,9: the deviation is 0,5 mnkr either way round.
  it.each([
    ['exact', '-0,5', false],
    ['to two decimals', '-0,50', false],
    ['rounded to whole mnkr', '-1', false],
    ['0,1 mnkr off at one decimal', '-0,4', true],
    ['0,04 mnkr off: within the precision of budget and prognos', '-0,46', false],
    ['0,06 mnkr off', '-0,44', true],
    ['the other convention', '0,5', false],
  ])('mnkr, stated %s (%s): mismatch %s', (_l, stated, mismatch) => {
    const [a] = over(TSV('mnkr', '15,4', '15,9', stated), roles, {}, unit('mnkr'));
    expect(a.lines[0].deviation).toBeCloseTo(500000, 6);
    expect(a.lines[0].statedMismatch).toBe(mismatch);
  });

  it('tolerance: half a unit of the coarsest of budget, prognos and Avvikelse as written', () => {
    const at = (b: string, f: string, stated: string) => line(run(withRow(BUDGET_TSV, '294109', ['294109', 'Kalkstensgatan 5', 'Kostnad', b, '24 800', f, stated, ''])), '294109').statedMismatch;
    // Whole tkr: ±0,5 tkr.
    expect([at('30 093', '30 000', '93'), at('30 093', '30 000', '93,5'), at('30 093', '30 000', '93,6'), at('30 093', '30 000', '92,5'), at('30 093', '30 000', '92,4')]).toEqual([false, false, true, false, true]);
    // Budget and prognos to one decimal: ±0,05 tkr, unless the Avvikelse is rounded more coarsely.
    expect([at('30 093,2', '30 000,1', '93,1'), at('30 093,2', '30 000,1', '93,14'), at('30 093,2', '30 000,1', '93,16'), at('30 093,2', '30 000,1', '93'), at('30 093,2', '30 000,1', '93,6')]).toEqual([false, false, true, false, true]);
  });

  it('tolerance in kronor: half a krona', () => {
    const at = (stated: string) => over(TSV('kr', '1 000 000', '999 000', stated), roles)[0].lines[0].statedMismatch;
    expect([at('1 000'), at('1 000,5'), at('1 001'), at('-1 000'), at('999,4')]).toEqual([false, false, true, false, true]);
  });

  it('property: the same table in kr, tkr and mnkr gives the same deviations in kronor', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_000_000, max: 9_000_000 }), fc.integer({ min: -9_000_000, max: 9_000_000 }), (b, f) => {
        const text = (n: number, div: number) => String(n / div).replace('.', ',');
        const read = (u: string, div: number, m?: ColumnMap['unit']) => over(TSV(u, text(b, div), text(f, div), text(b - f, div)), roles, {}, m ? unit(m) : undefined)[0].lines[0];
        const kr = read('kr', 1);
        for (const l of [read('tkr', 1000, 'tkr'), read('mnkr', 1_000_000, 'mnkr')]) {
          expect(l.deviation).toBeCloseTo(kr.deviation, 3);
          expect(l.budget).toBeCloseTo(b, 3);
          expect(l.statedMismatch).toBe(false);
        }
        expect(kr.deviation).toBe(f - b);
      }),
      { numRuns: 60 },
    );
  });
});

describe('analyzeBudgets: a percent Avvikelse column', () => {
  // 294103: budget 16 765 tkr, prognos 17 100 → an overspend of 1,998 % of the budget.
  const TSV = (stated: string, budget = '16 765') => `Ansvar\tBudget tkr\tPrognos tkr\tAvvikelse %\n294103\t${budget}\t17 100\t${stated}`;
  const roles = { 0: 'key', 1: 'budget', 2: 'forecast', 3: 'deviation' } as const;
  const pct = { 3: { unit: '%' as const } };
  const read = (stated: string, budget?: string, edit?: (s: SheetInput) => void) => over(TSV(stated, budget), roles, {}, pct, edit)[0];

  it.each([
    ['budget − prognos in points', '-2,0', -2, false, 'budget-minus-forecast'],
    ['prognos − budget in points', '2,0', 2, false, 'forecast-minus-budget'],
    ['whole points', '-2', -2, false, 'budget-minus-forecast'],
    ['to two decimals', '2,00', 2, false, 'forecast-minus-budget'],
    ['0,1 points off', '-1,9', -1.9, true, 'budget-minus-forecast'],
    ['a fraction without percent format is points: wrong', '-0,02', -0.02, true, 'budget-minus-forecast'],
    ['ten times too large', '-20', -20, true, 'budget-minus-forecast'],
  ])('%s (%s)', (_l, stated, value, mismatch, convention) => {
    const a = read(stated);
    expect(a.statedUnit).toBe('%');
    expect([a.lines[0].stated, a.lines[0].statedMismatch, a.convention]).toEqual([value, mismatch, convention]);
  });

  it('a percent-formatted cell holds a fraction: −0,01998 shown as −2,0 % is right', () => {
    const a = read('-0,0199821', undefined, (s) => (s.rows[1]![3]!.fmt = '0.0%'));
    expect(a.lines[0].stated).toBeCloseTo(-1.99821, 9);
    expect(a.lines[0].statedMismatch).toBe(false);
  });

  it('a share computed from a rounded Avvikelse is right within what the rounding of budget and prognos allows', () => {
    // Budget 30 093,4 tkr, prognos 30 000: −0,3104 %; the sheet's % is −93 / 30 093,4 = −0,30904 %.
    const tsv = (stated: string) => `Ansvar\tBudget tkr\tPrognos tkr\tAvvikelse %\n294109\t30 093,4\t30 000\t${stated}`;
    const at = (stated: string) => over(tsv(stated), roles, {}, pct)[0].lines[0].statedMismatch;
    // −0,32 is written to two decimals and is 0,01 points off: more than rounding explains.
    expect([at(String(-93 / 300.934).replace('.', ',')), at('-0,31'), at('-0,3'), at('-0,32'), at('-0,4')]).toEqual([false, false, false, true, true]);
  });

  it('an empty percent cell is no stated value', () => {
    const a = over(`${TSV('-2,0')}\n294105\t35 484\t35 600\t`, roles, {}, pct)[0];
    expect(a.lines.map((l) => [l.key, l.stated, l.statedMismatch])).toEqual([
      ['294103', -2, false],
      ['294105', null, false],
    ]);
  });

  it('against a budget of 0 there is no share: the percent is read but not checked', () => {
    const a = read('100', '0');
    expect([a.lines[0].stated, a.lines[0].deviationShare, a.lines[0].statedMismatch, a.convention]).toEqual([100, null, false, null]);
  });
});

describe('analyzeBudgets: the sign convention of the stated Avvikelse', () => {
  const rows = (...stated: string[]) =>
    ['Ansvar\tBudget\tPrognos\tAvvikelse', ...stated.map((s, i) => `29410${i}\t1 000\t${1100 + i * 100}\t${s}`)].join('\n');
  const roles = { 0: 'key', 1: 'budget', 2: 'forecast', 3: 'deviation' } as const;
  const conv = (...stated: string[]) => over(rows(...stated), roles)[0].convention;

  it.each([
    ['every row budget − prognos', ['-100', '-200', '-300'], 'budget-minus-forecast'],
    ['every row prognos − budget', ['100', '200', '300'], 'forecast-minus-budget'],
    ['two of three prognos − budget', ['100', '200', '-300'], 'forecast-minus-budget'],
    ['two of three budget − prognos', ['-100', '-200', '300'], 'budget-minus-forecast'],
    ['a tie: budget − prognos, Swedish practice', ['100', '-200'], 'budget-minus-forecast'],
    ['a tie in mismatches only: budget − prognos', ['7', '8'], 'budget-minus-forecast'],
    ['blank and unreadable stated values: none', ['', 'n/a'], null],
  ])('%s', (_l, stated, want) => {
    expect(conv(...(stated as string[]))).toBe(want);
  });

  it('the convention of the fixture turns with its Avvikelse column', () => {
    let tsv = BUDGET_TSV;
    for (const [k, v] of [['294101', '-56'], ['294103', '335'], ['294105', '116'], ['294107', '348']]) tsv = withRow(tsv, k, tsv.split('\n').find((l) => l.startsWith(k))!.split('\t').map((c, i) => (i === 6 ? v : c)));
    const a = run(tsv);
    expect(a.convention).toBe('forecast-minus-budget');
    expect(a.lines.filter((l) => l.statedMismatch).map((l) => l.key)).toEqual(['294109']);
  });

  it('a revenue line written positive fits both readings, so revenue lines never outvote the cost lines', () => {
    // One cost line and two revenue lines (less revenue than budgeted), the Avvikelse as stated.
    const tsv = (cost: string, revenue: string) =>
      `Ansvar\tTyp\tBudget\tPrognos\tAvvikelse\n294101\tKostnad\t1 000\t1 100\t${cost}\n294060\tIntäkt\t5 000\t4 900\t${revenue}\n294061\tIntäkt\t2 000\t1 900\t${revenue}`;
    const roles4 = { 0: 'key', 1: 'lineType', 2: 'budget', 3: 'forecast', 4: 'deviation' } as const;
    // Revenue lines written budget − prognos literally (+100) or prognos − budget (−100): the cost line decides.
    for (const [cost, revenue, want] of [
      ['-100', '100', 'budget-minus-forecast'],
      ['-100', '-100', 'budget-minus-forecast'],
      ['100', '-100', 'forecast-minus-budget'],
      ['100', '100', 'forecast-minus-budget'],
    ]) {
      const [a] = over(tsv(cost, revenue), roles4);
      expect([a.convention, ...a.lines.map((l) => l.statedMismatch)]).toEqual([want, false, false, false]);
    }
  });

  it('without an Avvikelse column: no convention, no stated values, no mismatch', () => {
    const [a] = over('Ansvar\tBudget\tPrognos\n294101\t1 000\t1 100', { 0: 'key', 1: 'budget', 2: 'forecast' });
    expect([a.convention, a.statedUnit, a.lines[0].stated, a.lines[0].statedRef, a.lines[0].statedMismatch]).toEqual([null, null, null, undefined, false]);
  });

  it('property: every stated value in one convention gives that convention; negating every one gives the other', () => {
    const amounts = fc.array(fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: -500_000, max: 500_000 }).filter((d) => d !== 0)), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(amounts, (xs) => {
        const tsv = (sign: number) => ['Ansvar\tBudget\tPrognos\tAvvikelse', ...xs.map(([b, d], i) => `${100 + i}\t${b}\t${b + d}\t${-sign * d}`)].join('\n');
        const [bmf] = over(tsv(1), roles);
        const [fmb] = over(tsv(-1), roles);
        expect([bmf.convention, fmb.convention]).toEqual(['budget-minus-forecast', 'forecast-minus-budget']);
        expect([...bmf.lines, ...fmb.lines].some((l) => l.statedMismatch)).toBe(false);
      }),
      { numRuns: 80 },
    );
  });

  it('property: a stated value off by whole units matches only when it equals the other convention', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -50, max: 50 }), (b, f, off) => {
        const [a] = over(`Ansvar\tBudget tkr\tPrognos tkr\tAvvikelse tkr\n101\t${b}\t${f}\t${b - f + off}`, roles);
        expect(a.lines[0].statedMismatch).toBe(off !== 0 && b - f + off !== f - b);
      }),
      { numRuns: 200 },
    );
  });
});

describe('analyzeBudgets: a table without Prognos', () => {
  const TSV = 'Ansvar\tBenämning\tBudget tkr\tUtfall tkr\n294103\tBryggaregatan 6:1\t16 765\t17 100\n294105\tSågvägen 10\t35 484\t35 400';
  const roles = { 0: 'key', 1: 'name', 2: 'budget', 3: 'actual' } as const;

  it('at year end the full year’s utfall is the forecast', () => {
    const [a] = over(TSV, roles, { month: 12 });
    expect(a.lines.map((l) => [l.key, l.forecast, l.deviation, l.status, cellOf(l.forecastRef), cellOf(l.actualRef)])).toEqual([
      ['294103', 17100000, 335000, 'red', 'D2', 'D2'],
      ['294105', 35400000, -84000, 'green', 'D3', 'D3'],
    ]);
  });

  it.each([1, 8, 11])('at month %i it says nothing about the full year: no analysis', (month) => {
    expect(over(TSV, roles, { month })).toEqual([]);
  });

  it('without Budget, or without both Prognos and Utfall, it is no budget follow-up', () => {
    expect(over('Ansvar\tPrognos\tUtfall\n1\t2\t3', { 0: 'key', 1: 'forecast', 2: 'actual' })).toEqual([]);
    expect(over('Ansvar\tBudget\tKommentar\n1\t2\tx', { 0: 'key', 1: 'budget', 2: 'comment' })).toEqual([]);
  });
});

describe('analyzeBudgets: keys and names', () => {
  it('without a key column: the name is the key and points at its cell', () => {
    const [a] = over('Verksamhet\tBudget\tPrognos\nHemtjänst Norr\t1 000\t1 100\n\t500\t500', { 0: 'name', 1: 'budget', 2: 'forecast' });
    expect(a.lines.map((l) => [l.key, l.name, cellOf(l.keyRef)])).toEqual([
      ['Hemtjänst Norr', 'Hemtjänst Norr', 'A2'],
      // Nothing to name the row by: its row number.
      ['3', null, 'A3'],
    ]);
  });

  it('a key without a name, and a name without a key', () => {
    const [a] = over('Ansvar\tBenämning\tBudget\tPrognos\n294101\t\t1 000\t1 100\n\tSäbo gemensamt\t500\t500', { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' });
    expect(a.lines.map((l) => [l.key, l.name, cellOf(l.keyRef)])).toEqual([
      ['294101', null, 'A2'],
      ['Säbo gemensamt', 'Säbo gemensamt', 'A3'],
    ]);
  });

  it('without key and name columns: the Summa row by its label, other rows by number, at the budget cell', () => {
    // The total's label stands beside its amounts, in a column the table does not read.
    const [a] = over('Budget\tPrognos\n1 000\t1 100\n2 000\t2 200\tSumma\n500\t500', { 0: 'budget', 1: 'forecast' });
    expect(a.lines.map((l) => [l.key, l.name, cellOf(l.keyRef), l.isTotal])).toEqual([
      ['2', null, 'A2', false],
      ['Summa', 'Summa', 'A3', true],
      ['4', null, 'A4', false],
    ]);
  });
});

describe('analyzeBudgets: the month and the periodised budget', () => {
  it.each([
    [4, 4],
    [0, 1],
    [-3, 1],
    [13, 12],
    [4.4, 4],
    [4.6, 5],
  ])('month %d is read as %d', (month, want) => {
    const a = run(BUDGET_TSV, { month });
    expect(a.month).toBe(want);
    expect(line(a, '294101').periodisedBudget).toBeCloseTo((15356000 * want) / 12, 6);
  });

  it('evenly: budget × month/12; utfall against it with the overspend’s sign (revenue turned)', () => {
    const a = run(BUDGET_TSV, { month: 4 });
    expect(line(a, '294101').actualVsPeriodised).toBeCloseTo(12500000 - (15356000 * 4) / 12, 6);
    // 294060 is revenue written positive: less utfall than the periodised budget is worse.
    expect(line(a, '294060').actualVsPeriodised).toBeCloseTo((5000000 * 4) / 12 - 4300000, 6);
  });

  it('without an utfall: nothing to compare with the periodised budget', () => {
    const a = run(withRow(BUDGET_TSV, '294101', ['294101', 'Ribbingsholmsv 3 B', 'Kostnad', '15 356', '', '15 300', '56', '']));
    expect([line(a, '294101').actual, line(a, '294101').actualVsPeriodised]).toEqual([null, null]);
    const [b] = over('Ansvar\tBudget\tPrognos\n294101\t1 200\t1 200', { 0: 'key', 1: 'budget', 2: 'forecast' }, { month: 6 });
    expect(b.lines[0]).toMatchObject({ actual: null, actualRef: undefined, periodisedBudget: 600, actualVsPeriodised: null });
  });

  const months = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  const keys = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
  /** A budget table with month columns and one profile row (label in the key column unless `inName`). */
  const profiled = (label: string, shares: string[], o: { month?: number; inName?: boolean; extraCols?: string[]; extraRoles?: TableSpec['roles']; extraExtra?: TableSpec['extra'] } = {}) => {
    const head = ['Ansvar', 'Benämning', 'Budget', 'Utfall', 'Prognos', ...months, ...(o.extraCols ?? [])];
    const tsv = [
      head.join('\t'),
      ['294101', 'Ribbingsholmsv 3 B', '1 200 000', '500 000', '1 200 000', ...months.map(() => ''), ...(o.extraCols ?? []).map(() => '')].join('\t'),
      [o.inName ? '' : label, o.inName ? label : '', '', '', '', ...shares].join('\t'),
    ].join('\n');
    const roles: TableSpec['roles'] = { 0: 'key', 1: 'name', 2: 'budget', 3: 'actual', 4: 'forecast', ...(o.extraRoles ?? {}) };
    const extra: NonNullable<TableSpec['extra']> = { ...(o.extraExtra ?? {}) };
    keys.forEach((k, i) => {
      roles[5 + i] = 'month';
      extra[5 + i] = { period: k };
    });
    return over(tsv, roles, { month: o.month ?? 6 }, extra)[0];
  };
  // Summer-heavy (semestervikarier): half the year's budget by the end of June would be 48 %.
  const SUMMER = ['8', '8', '8', '8', '8', '10', '12', '10', '7', '7', '7', '7'];

  it.each([
    ['Periodisering, shares in percent', 'Periodisering', SUMMER, 6, 0.5],
    ['Profil, shares as fractions', 'Profil', SUMMER.map((s) => String(Number(s) / 100).replace('.', ',')), 6, 0.5],
    ['Fördelning, shares as amounts', 'Fördelning', SUMMER.map((s) => String(Number(s) * 12000)), 6, 0.5],
    ['English Profile, at the end of July', 'Profile', SUMMER, 7, 0.62],
    ['Periodiserad budget, January', 'Periodiserad budget', SUMMER, 1, 0.08],
    ['a profile with empty months', 'Periodisering', ['50', '', '', '', '', '', '', '', '', '', '', '50'], 6, 0.5],
  ])('%s', (_l, label, shares, month, share) => {
    const a = profiled(label, shares, { month });
    expect(a.periodisation).toBe('profile');
    expect(a.lines).toHaveLength(1);
    expect(a.lines[0].periodisedBudget).toBeCloseTo(1200000 * share, 6);
    expect(a.lines[0].actualVsPeriodised).toBeCloseTo(500000 - 1200000 * share, 6);
  });

  it('the profile label may stand in the name column', () => {
    expect(profiled('Periodisering', SUMMER, { inName: true }).lines[0].periodisedBudget).toBeCloseTo(600000, 6);
  });

  it('a month column that is not a month (a Helår beside them) does not count in the profile', () => {
    const a = profiled('Periodisering', [...SUMMER, '100'], { extraCols: ['Helår'], extraRoles: { 17: 'month' }, extraExtra: { 17: { period: 'year' } } });
    expect(a.lines[0].periodisedBudget).toBeCloseTo(600000, 6);
  });

  it.each([
    ['a profile row of zeros', 'Periodisering', SUMMER.map(() => '0')],
    ['a profile row without numbers', 'Periodisering', SUMMER.map(() => '')],
    ['a row labelled otherwise', 'Övrigt', SUMMER],
    ['a label that only begins like one (Profilering)', 'Profilering', SUMMER],
  ])('%s: evenly', (_l, label, shares) => {
    const a = profiled(label, shares);
    expect(a.periodisation).toBe('even');
    expect(a.lines[0].periodisedBudget).toBeCloseTo(600000, 6);
  });

  it('a Periodisering row without month columns is no profile, and never a line', () => {
    const [a] = over('Ansvar\tBudget\tPrognos\n294101\t1 200\t1 200\nPeriodisering\t100\t100', { 0: 'key', 1: 'budget', 2: 'forecast' }, { month: 3 });
    expect(a.periodisation).toBe('even');
    expect(a.lines.map((l) => [l.key, l.periodisedBudget])).toEqual([['294101', 300]]);
  });
});

describe('analyzeBudgets: tables and sheets', () => {
  it('reads only budget tables, each on its own sheet; a table whose sheet is missing is skipped', () => {
    const one = budgetTable(BUDGET_TSV, { ...BUDGET_ROLES }, 'Budget okt');
    const two = budgetTable(BUDGET_TSV, { ...BUDGET_ROLES }, 'Budget nov');
    const annex = { ...two.table, kind: 'annex' as const, id: 'Budget nov!A9' };
    const lost = { ...two.table, sheet: 'Borttaget', id: 'Borttaget!A2' };
    const out = analyzeBudgets(modelOf(one.table, annex, two.table, lost), { sheets: [one.sheet, two.sheet], ownedSheets: [] }, opts());
    expect(out.map((a) => [a.tableId, a.lines.length])).toEqual([
      ['Budget okt!A2', 7],
      ['Budget nov!A2', 7],
    ]);
  });

  it('header and group rows are no lines', () => {
    const tsv = `Ansvar\tBenämning\tBudget\tPrognos\nSärskilt boende\t\t\t\n294101\tRibbingsholmsv 3 B\t1 000\t1 100\nAnsvar\tBenämning\tBudget\tPrognos\n294103\tBryggaregatan 6:1\t2 000\t2 000`;
    const [a] = over(tsv, { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' });
    expect(a.lines.map((l) => l.key)).toEqual(['294101', '294103']);
  });

  it('property: never throws; deviation and status agree with budget, forecast and thresholds', () => {
    const amount = fc.integer({ min: -2_000_000, max: 2_000_000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount, fc.constantFrom('Kostnad', 'Intäkt', '')), { minLength: 1, maxLength: 8 }), (rows) => {
        const tsv = ['Ansvar\tBenämning\tTyp\tBudget\tUtfall\tPrognos\tAvvikelse\tKommentar', ...rows.map(([b, f, t], i) => `${100 + i}\tEnhet ${i}\t${t}\t${b}\t0\t${f}\t${b - f}\t`)].join('\n');
        const [a] = over(tsv, { 0: 'key', 1: 'name', 2: 'lineType', 3: 'budget', 4: 'actual', 5: 'forecast', 6: 'deviation', 7: 'comment' });
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
