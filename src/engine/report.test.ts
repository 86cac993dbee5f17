import { describe, expect, it } from 'vitest';
import { buildReport, sheetKinds } from './report';
import type { Finding, WorkbookInput } from './types';
import { analysis, context, goal, model, seed002Model, table } from '../../test/fixtures/plan-model';
import { analyzeBudgets } from './budget/analyze-budget';
import { budgetTable } from '../../test/fixtures/budget';
import { modelOf } from '../../test/fixtures/tables';

const input = (names: string[], owned: string[] = []): WorkbookInput => ({ fileName: 'plan.xlsx', sheets: names.map((name) => ({ name, rows: [] })), ownedSheets: owned });
const finding = (sheet: string, cell: string, code = 'redthread.goal-without-indicator', severity: Finding['severity'] = 'warning'): Finding => ({ code, severity, sheet, cell, message: `${code} ${cell}` });

describe('sheetKinds (SPEC §8: sheets)', () => {
  it('each sheet with the kind of its tables: one kind, mixed, none, or planark for the sheets Planark made', () => {
    const m = model({
      tables: [
        table('Mål!A1', 'Mål', 'goals', ['goalId', 'goalText']),
        table('Plan!A1', 'Plan', 'indicators', ['goal', 'indicator']),
        table('Plan!A20', 'Plan', 'activities', ['goal', 'activity']),
        table('Plan!A40', 'Plan', 'indicators', ['goal', 'indicator']),
        table('Budget!A2', 'Budget', 'budget', ['key', 'budget', 'forecast']),
        table('Sammanställning!A3', 'Sammanställning', 'goals', ['goalId', 'goalText']),
      ],
    });
    const w = input(['Mål', 'Plan', 'Budget', 'Anteckningar', 'Sammanställning'], ['Sammanställning']);
    expect(sheetKinds(w, context(m))).toEqual([
      { name: 'Mål', kind: 'goals' },
      { name: 'Plan', kind: 'mixed' },
      { name: 'Budget', kind: 'budget' },
      { name: 'Anteckningar', kind: 'none' },
      { name: 'Sammanställning', kind: 'planark' },
    ]);
    // Two tables of one kind on a sheet are that kind.
    expect(sheetKinds(input(['Plan']), context(model({ tables: [table('Plan!A1', 'Plan', 'indicators', ['indicator']), table('Plan!A9', 'Plan', 'indicators', ['indicator'])] })))).toEqual([{ name: 'Plan', kind: 'indicators' }]);
  });
});

describe('buildReport (SPEC §8: --json)', () => {
  it('findings in the workbook’s sheet order, then by row and column', () => {
    const ctx = context(model({}));
    const r = buildReport(input(['Mål', 'Verksamhetsplan']), ctx, [finding('Verksamhetsplan', 'B3'), finding('Mål', 'C10'), finding('Verksamhetsplan', 'A3'), finding('Mål', 'C2')]);
    expect(r.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Mål!C2', 'Mål!C10', 'Verksamhetsplan!A3', 'Verksamhetsplan!B3']);
  });

  it('indicators: 1-based row, goal, direction, and per result its cell, period, value, status and reason', () => {
    const m = seed002Model();
    const ctx = context(m, { period: 't2', indicators: m.indicators.map((x, i) => analysis(x, i === 0 ? [['t1', 'green'], ['t2', 'red']] : [])) });
    const r = buildReport(input(['Verksamhetsplan']), ctx, []);
    expect(r.indicators[0]).toEqual({
      sheet: 'Verksamhetsplan',
      row: 2,
      name: 'Helhetssyn särskilt boende',
      goal: 'Välfärd och välbefinnande genom livet',
      direction: 'higher',
      results: [
        { cell: 'H2', period: 't1', value: 1, status: 'green', reason: '' },
        { cell: 'I2', period: 't2', value: 1, status: 'red', reason: '' },
      ],
    });
    expect(r.indicators.map((x) => [x.row, x.results.length])).toEqual([[2, 2], [3, 0], [4, 0], [5, 0], [6, 0]]);
  });

  it('goals: id, level (the workbook’s own word when it is no known level), text, parent by id or text, counts, assessment', () => {
    const m = model({
      goals: [
        goal(1, 'Mål 4', 'KF-mål', 'Kommunens välfärdstjänster ska hålla en hög kvalitet och utgå från individens behov'),
        goal(2, null, 'Strategi', 'Trygg och säker vård'),
        goal(3, 'Mål 2', 'Nämndmål', 'Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.', ['Mål 4']),
        goal(4, 'V1', 'Verksamhetsmål', 'Personalkontinuiteten i hemtjänsten ska öka.', ['Trygg och säker vård']),
      ],
    });
    const r = buildReport(input(['Mål']), context(m), []);
    expect(r.goals.map((g) => [g.id, g.level, g.text.slice(0, 20), g.parent, g.assessment])).toEqual([
      ['Mål 4', 'Fullmäktigemål', 'Kommunens välfärdstj', null, 'not-assessed'],
      [null, 'Strategi', 'Trygg och säker vård', null, 'not-assessed'],
      ['Mål 2', 'Nämndmål', 'Kvaliteten i verksam', 'Mål 4', 'not-assessed'],
      ['V1', 'Verksamhetsmål', 'Personalkontinuitete', 'Trygg och säker vård', 'not-assessed'],
    ]);
    expect(r.goals[0].counts).toEqual({ green: 0, yellow: 0, red: 0, missing: 0 });
  });

  it('goals count their indicators and are assessed by them', () => {
    const m = seed002Model();
    const ctx = context(m, { indicators: m.indicators.map((x, i) => analysis(x, [['year', (['green', 'green', 'red', 'red', 'yellow'] as const)[i]]])) });
    const r = buildReport(input(['Verksamhetsplan']), ctx, []);
    expect(r.goals.map((g) => [g.text, g.counts, g.assessment])).toEqual([
      ['Välfärd och välbefinnande genom livet', { green: 2, yellow: 0, red: 0, missing: 0 }, 'met'],
      ['Hållbar och effektiv organisation', { green: 0, yellow: 1, red: 2, missing: 0 }, 'not-met'],
    ]);
  });

  it('budget: the ansvar lines without the users’ own total rows, 1-based row, amounts in kronor', () => {
    const { sheet, table: t } = budgetTable();
    const ctx = { ...context(model({})), budgets: analyzeBudgets(modelOf(t), { sheets: [sheet], ownedSheets: [] }, context(model({})).options) };
    const r = buildReport(input(['Budget okt']), ctx, []);
    expect(r.budget).toHaveLength(6);
    expect(r.budget[1]).toEqual({ sheet: 'Budget okt', row: 4, key: '294103', budget: 16765000, forecast: 17100000, deviation: 335000, deviationShare: 335 / 16765, status: 'red' });
    expect(r.budget.map((b) => b.key)).not.toContain('Summa');
  });
});
