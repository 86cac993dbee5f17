import { describe, expect, it } from 'vitest';
import rule from './redthread-indicator-without-goal';
import type { PlanModel } from '../model';
import { context, indicator, run, seed002Model, seed003Model } from '../../../test/fixtures/plan-model';

/** Seed 004: indicators listed without a goal column and with no heading recognised above. */
function noGoalTable(): PlanModel {
  const m = seed003Model();
  const t = 'Uppdragsplan!A40';
  const rows = [
    '1. Andel uppföljda ärenden inom myndighets-utövningen*, procent.',
    '2. Andel personer med aktuell genomförande-plan**',
    '3. Antal personer som efter beviljad ansökan till särskilt boende för äldre har fått vänta mer är tre månader på en plats.',
  ].map((n, i) => indicator(40 + i, n, null, { sheet: 'Uppdragsplan', tableId: t, noGoalCol: true }));
  return { ...m, indicators: [...m.indicators, ...rows], tablesWithoutGoal: [{ tableId: t, sheet: 'Uppdragsplan', cell: 'A40', kind: 'indicators' }] };
}

describe('redthread.indicator-without-goal', () => {
  it.each<[string, () => PlanModel, [string, string][]]>([
    ['seed 003: every indicator names its nämndmål', () => seed003Model(), []],
    ['seed 002: the Mål column names a goal on every row', () => seed002Model(), []],
    [
      'a blank goal cell: at the indicator’s name',
      () => {
        const m = seed003Model();
        return { ...m, indicators: m.indicators.map((x, i) => (i === 1 ? { ...x, goal: null } : x)) };
      },
      [['Indikatorer', 'B3']],
    ],
    ['a table without goal column or heading: one finding at the table, not one per row', noGoalTable, [['Uppdragsplan', 'A40']]],
  ])('%s', (_name, build, expected) => {
    const found = run(rule, context(build()));
    expect(found.map((f) => [f.sheet, f.cell])).toEqual(expected);
    for (const f of found) expect(f.severity).toBe('error');
  });

  it('messages for a row and for a table', () => {
    const m = seed003Model();
    const one = { ...m, indicators: m.indicators.map((x, i) => (i === 1 ? { ...x, goal: '  ' } : x)) };
    expect(run(rule, context(one))[0].message).toBe(
      'Indikatorn "1. Personalkontinuitet inom hemtjänsten" hör inte till något mål. Skriv in målets id eller text i målkolumnen.',
    );
    expect(run(rule, context(noGoalTable()))[0].message).toBe(
      'Tabellens 3 indikatorer hör inte till något mål: tabellen har ingen målkolumn och ingen målrubrik ovanför. Lägg till en kolumn Mål eller skriv målet som rubrik ovanför tabellen.',
    );
  });
});
