import { describe, expect, it } from 'vitest';
import rule from './budget-deviation-unexplained';
import { contextOf, findingsOf } from '../../../test/fixtures/tables';
import { BUDGET_ROLES, BUDGET_TSV, budgetTable, withRow } from '../../../test/fixtures/budget';
import { analyze } from '../analyze';
import { workbook } from '../../../test/fixtures/sheet';
import { budgetAnalysisAction } from '../../../test/fixtures/seeds';

const hitsFor = (tsv: string, roles?: Parameters<typeof budgetTable>[1]) => {
  const { sheet, table } = budgetTable(tsv, roles);
  return rule.check(contextOf([sheet], [table]));
};

describe('budget.deviation-unexplained', () => {
  it('flags exactly the red lines of the fixture that have no comment', () => {
    // 294107: (38 900 − 38 552)/38 552 = 0,9 % > 0,5 % → red, no comment.
    // 294060 (Intäkt): budget − prognos = 100 tkr less revenue = 2 % → red, no comment.
    // 294103 is red (2,0 %) but commented; 294105 is yellow (0,33 %); the Summa row is not a unit.
    expect(hitsFor(BUDGET_TSV).map((h) => h.cell)).toEqual(['H6', 'H7']);
  });

  it.each([
    ['green: forecast under budget', ['294107', 'Nils Åbergs gata 2', 'Kostnad', '38 552', '33 000', '38 500', '52', ''], []],
    ['yellow: 0,5 % exactly', ['294107', 'Nils Åbergs gata 2', 'Kostnad', '40 000', '33 000', '40 200', '-200', ''], []],
    ['red just over 0,5 %', ['294107', 'Nils Åbergs gata 2', 'Kostnad', '40 000', '33 000', '40 201', '-201', ''], ['H6']],
    ['red with analysis and åtgärd', ['294107', 'Nils Åbergs gata 2', 'Kostnad', '38 552', '33 000', '38 900', '-348', 'Vid avvikelser ska analys och åtgärdsplan tas fram: vakanser tillsätts.'], []],
    ['red with a blank comment (spaces only)', ['294107', 'Nils Åbergs gata 2', 'Kostnad', '38 552', '33 000', '38 900', '-348', '   '], ['H6']],
    ['revenue above budget is good', ['294107', 'Nils Åbergs gata 2', 'Intäkt', '38 552', '33 000', '39 900', '1 348', ''], []],
  ])('%s', (_label, cells, expected) => {
    // Only the 294107 row is changed; 294060 (H7) stays red and uncommented in every case.
    const cellsOut = hitsFor(withRow(BUDGET_TSV, '294107', cells as string[])).map((h) => h.cell);
    expect(cellsOut).toEqual([...(expected as string[]), 'H7']);
  });

  it('points at the key cell when the table has no comment column', () => {
    const tsv = BUDGET_TSV.split('\n')
      .map((l) => l.split('\t').slice(0, 7).join('\t'))
      .join('\n');
    const hits = hitsFor(tsv, { 0: 'key', 1: 'name', 2: 'lineType', 3: 'budget', 4: 'actual', 5: 'forecast', 6: 'deviation' });
    // Without the column, 294103's comment is gone too, so it joins the red lines without one.
    expect(hits.map((h) => h.cell)).toEqual(['A4', 'A6', 'A7']);
    expect(hits[1].params).toMatchObject({ key: '294107', name: 'Nils Åbergs gata 2', deviation: 348000, where: 'key' });
  });

  it('uses the configured thresholds', () => {
    const { sheet, table } = budgetTable();
    // Grön 0% Gul 1%: 294107 (0,9 %) becomes yellow; 294060 (2 %) stays red.
    expect(rule.check(contextOf([sheet], [table], { budgetThresholds: 'Grön 0% Gul 1%' })).map((h) => h.cell)).toEqual(['H7']);
  });

  it('reports with code, severity and a message saying what to do', () => {
    const { sheet, table } = budgetTable();
    const f = findingsOf(rule, contextOf([sheet], [table]));
    expect(f[0]).toMatchObject({ code: 'budget.deviation-unexplained', severity: 'error', sheet: 'Budget okt', cell: 'H6' });
    expect(f[0].message.replace(/\u00a0/g, ' ')).toContain('348 000 kr');
    expect(f[0].message.replace(/\u00a0/g, ' ')).toContain('åtgärdsplan');
    const en = findingsOf(rule, contextOf([sheet], [table], { lang: 'en' }));
    expect(en[0].message).toContain('348,000 kr');
  });
});

describe('budget.deviation-unexplained with an analysis column and an åtgärdsplan column (seed 001)', () => {
  // Seed 001: "Vid avvikelser ska analys och åtgärdsplan tas fram" — both columns must be filled.
  const TWO = BUDGET_TSV.replace('Kommentar/åtgärd', 'Analys\tÅtgärdsplan');
  const roles = { ...BUDGET_ROLES, 7: 'comment', 8: 'action' } as const;
  const row = (analys: string, plan: string) => ['294107', 'Nils Åbergs gata 2', 'Kostnad', '38 552', '33 000', '38 900', '-348', analys, plan];
  const hits = (analys: string, plan: string) => hitsFor(withRow(TWO, '294107', row(analys, plan)), roles).filter((h) => h.params.key === '294107');

  it.each([
    ['both filled', 'Vakanser har tillsatts med bemanningsföretag.', 'Vakanserna tillsätts med egen personal från november.', [], null],
    ['analysis without åtgärdsplan', 'Vakanser har tillsatts med bemanningsföretag.', '', ['I6'], 'action'],
    ['åtgärdsplan without analysis', '', 'Vakanserna tillsätts med egen personal från november.', ['H6'], 'analysis'],
    ['neither', '', '', ['H6'], 'both'],
  ])('%s', (_l, analys, plan, cells, missing) => {
    const h = hits(analys, plan);
    expect(h.map((x) => x.cell)).toEqual(cells);
    if (missing) expect(h[0].params.missing).toBe(missing);
  });

  it('says what is missing, in both languages', () => {
    const { sheet, table } = budgetTable(withRow(TWO, '294107', row('Vakanser har tillsatts med bemanningsföretag.', '')), roles);
    const f = findingsOf(rule, contextOf([sheet], [table])).find((x) => x.cell === 'I6')!;
    expect(f.message.replace(/\u00a0/g, ' ')).toBe(
      'Ansvar 294107 (Nils Åbergs gata 2): prognosen överskrider budget med 348 000 kr (0,9 %), röd avvikelse, med analys men utan åtgärdsplan. Skriv vad som ska göras i åtgärdscellen.',
    );
    const en = findingsOf(rule, contextOf([sheet], [table], { lang: 'en' })).find((x) => x.cell === 'I6')!;
    expect(en.message).toContain('with an analysis but no action plan');
  });

  it('recognised from the sheet: `Analys · Åtgärdsplan` headers, 294111 lacks its åtgärdsplan, 294107 both', () => {
    const a = analyze(workbook(budgetAnalysisAction()));
    expect(a.model.tables[0].columns.slice(6).map((c) => [c.header, c.role])).toEqual([['Analys', 'comment'], ['Åtgärdsplan', 'action']]);
    expect(a.findings.filter((x) => x.code === 'budget.deviation-unexplained').map((x) => x.cell)).toEqual(['G7', 'H9']);
  });
});
