import { describe, expect, it } from 'vitest';
import rule from './budget-deviation-mismatch';
import { contextOf, findingsOf } from '../../../test/fixtures/tables';
import { BUDGET_TSV, budgetTable, withRow } from '../../../test/fixtures/budget';

const hitsFor = (tsv: string) => {
  const { sheet, table } = budgetTable(tsv);
  return rule.check(contextOf([sheet], [table]));
};
const row = (stated: string, type = 'Kostnad') => ['294109', 'Kalkstensgatan 5', type, '30 093', '24 800', '30 000', stated, ''];

describe('budget.deviation-mismatch', () => {
  it('flags the fixture row whose Avvikelse matches neither convention', () => {
    // 294109: budget − prognos = 93 tkr, prognos − budget = −93 tkr; stated 930.
    const hits = hitsFor(BUDGET_TSV);
    expect(hits.map((h) => h.cell)).toEqual(['G8']);
    expect(hits[0].params).toMatchObject({ key: '294109', stated: 930000, bmf: 93000, fmb: -93000, unit: 'kr' });
  });

  it.each([
    ['budget − prognos (Swedish: negative = underskott)', row('93'), []],
    ['prognos − budget', row('-93'), []],
    ['within 0,5 tkr of budget − prognos', row('93,4'), []],
    ['0,6 tkr off', row('93,6'), ['G8']],
    ['ten times too large', row('930'), ['G8']],
    ['blank Avvikelse is not checked', row(''), []],
    ['revenue written positive, Avvikelse prognos − budget', row('-93', 'Intäkt'), []],
  ])('%s', (_label, cells, expected) => {
    expect(hitsFor(withRow(BUDGET_TSV, '294109', cells as string[])).map((h) => h.cell)).toEqual(expected);
  });

  it('says both conventions in the message', () => {
    const { sheet, table } = budgetTable();
    const [f] = findingsOf(rule, contextOf([sheet], [table]));
    expect(f).toMatchObject({ code: 'budget.deviation-mismatch', severity: 'error', cell: 'G8' });
    expect(f.message.replace(/\u00a0/g, ' ')).toContain('930 000 kr');
    expect(f.message.replace(/\u00a0/g, ' ')).toContain('budget − prognos (93 000 kr)');
  });
});
