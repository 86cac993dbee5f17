import { describe, expect, it } from 'vitest';
import { budgetPart } from './budget';
import type { Block, ParagraphBlock } from './types';
import { analyzeBudgets } from '../budget/analyze-budget';
import type { ResolvedOptions } from '../types';
import { budgetTable, BUDGET_TSV } from '../../../test/fixtures/budget';
import { modelOf } from '../../../test/fixtures/tables';

const opts = (o: Partial<ResolvedOptions> = {}): ResolvedOptions => ({ lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 10, ...o });
const budgets = (tsv = BUDGET_TSV, o: Partial<ResolvedOptions> = {}, roles?: Parameters<typeof budgetTable>[1]) => {
  const { sheet, table } = budgetTable(tsv, roles);
  return analyzeBudgets(modelOf(table), { sheets: [sheet], ownedSheets: [] }, opts(o));
};
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const intro = (blocks: Block[]) => nb((blocks.find((b) => b.kind === 'paragraph' && b.style === 'note') as ParagraphBlock).runs.map((r) => r.text).join(''));

describe('budgetPart: the introduction', () => {
  it('says the month, the thresholds and how the workbook writes its Avvikelse (budget − prognos)', () => {
    expect(intro(budgetPart(budgets(), 'sv'))).toBe(
      'Prognos för helåret mot budget per ansvar, utfall till och med oktober. Avvikelse + betyder överskridande (kostnad över budget eller intäkt under budget). Trösklar: Grön 0 %, Gul 0,5 %. I arbetsboken står avvikelsen som budget − prognos (minus = underskott).',
    );
    expect(intro(budgetPart(budgets(BUDGET_TSV, { lang: 'en' }), 'en'))).toBe(
      'Full-year forecast against budget per cost centre, actuals through October. A + deviation is an overspend (cost over budget or revenue under budget). Thresholds: Green 0%, Yellow 0.5%. In the workbook the deviation is written budget − forecast (minus = deficit).',
    );
  });

  it('a workbook writing prognos − budget is told it matches the report; without Avvikelse nothing is said', () => {
    const fmb = BUDGET_TSV.split('\n')
      .map((l, i) => (i < 2 ? l : l.split('\t').map((c, j) => (j === 6 && c !== '' ? String(-Number(c.replace(/ /g, ''))) : c)).join('\t')))
      .join('\n');
    expect(intro(budgetPart(budgets(fmb), 'sv'))).toMatch(/Gul 0,5 %\. I arbetsboken står avvikelsen som prognos − budget, som här\.$/);
    expect(intro(budgetPart(budgets(fmb, { lang: 'en' }), 'en'))).toMatch(/Yellow 0\.5%\. In the workbook the deviation is written forecast − budget, as here\.$/);
    const noDev = budgets(BUDGET_TSV, {}, { 0: 'key', 1: 'name', 2: 'lineType', 3: 'budget', 4: 'actual', 5: 'forecast', 7: 'comment' });
    expect(intro(budgetPart(noDev, 'sv'))).toMatch(/Trösklar: Grön 0 %, Gul 0,5 %\.$/);
  });
});
