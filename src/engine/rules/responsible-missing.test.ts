import { describe, expect, it } from 'vitest';
import rule from './responsible-missing';
import type { PlanModel } from '../model';
import { context, run, seed002Model, seed003Model, table } from '../../../test/fixtures/plan-model';

const setActivity = (m: PlanModel, i: number, change: object): PlanModel => ({ ...m, activities: m.activities.map((x, k) => (k === i ? { ...x, ...change } : x)) });
const setIndicator = (m: PlanModel, i: number, change: object): PlanModel => ({ ...m, indicators: m.indicators.map((x, k) => (k === i ? { ...x, ...change } : x)) });

describe('responsible.missing', () => {
  it.each<[string, () => PlanModel, [string, string][]]>([
    ['seed 003 b) `VC egen regi` with an empty Berörda is fine', () => seed003Model(), []],
    ['seed 002: Ansvarig för genomförande on every row', () => seed002Model(), []],
    ['seed 003 activity without Ansvarig: at the Ansvarig cell', () => setActivity(seed003Model(), 1, { responsible: null }), [['Verksamhetsplan', 'C3']]],
    ['blank text counts as missing', () => setActivity(seed003Model(), 2, { responsible: '   ' }), [['Verksamhetsplan', 'C4']]],
    ['seed 002 indicator without Ansvarig för genomförande', () => setIndicator(seed002Model(), 2, { responsible: null }), [['Verksamhetsplan', 'F4']]],
    [
      'no responsible ref: the cell comes from the table’s column',
      () => setActivity(seed003Model(), 1, { responsible: null, responsibleRef: undefined }),
      [['Verksamhetsplan', 'C3']],
    ],
    [
      'a table without a responsible column (seed 003 `Indikator · Mål · Uppföljning`) is not checked',
      () => {
        const m = seed003Model();
        const tables = m.tables.map((t) => (t.kind === 'indicators' ? table(t.id, t.sheet, 'indicators', ['indicator', 'direction', 'frequency']) : t));
        return { ...m, tables, indicators: m.indicators.map((x) => ({ ...x, responsible: null, responsibleRef: undefined })) };
      },
      [],
    ],
    [
      'only `Ansvarig för rapportering`: checked against it',
      () => {
        const m = seed002Model();
        const tables = m.tables.map((t) => table(t.id, t.sheet, 'indicators', ['goal', 'indicator', 'activity', 'threshold', 'frequency', 'other' as never, 'reporter']));
        return { ...m, tables, indicators: m.indicators.map((x, k) => ({ ...x, responsible: null, reporter: k === 0 ? null : 'HR' })), activities: [] };
      },
      [['Verksamhetsplan', 'G2']],
    ],
  ])('%s', (_name, build, expected) => {
    const found = run(rule, context(build()));
    expect(found.map((f) => [f.sheet, f.cell])).toEqual(expected);
    for (const f of found) {
      expect(f.code).toBe('responsible.missing');
      expect(f.severity).toBe('warning');
    }
  });

  it('names the item and the column', () => {
    const m = setActivity(seed003Model(), 1, { responsible: null });
    expect(run(rule, context(m))[0].message).toBe(
      'Aktiviteten "b) Genomföra kvalitetsutvecklande insatser inom …" saknar ansvarig. Skriv in vem som ansvarar (person, funktion eller enhet) i kolumnen "responsible".',
    );
  });
});
