import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Period } from '../types';
import { analyzeIndicator, duePeriods, frequencyPeriods, splitCombined } from './analyze-indicators';
import { indicator, optionsOf, type IndicatorSpec } from './__fixtures__/indicators';

const run = (spec: IndicatorSpec, period: Period = 'year') => analyzeIndicator(indicator(2, spec), optionsOf({ period }));
const brief = (spec: IndicatorSpec, period: Period = 'year') =>
  run(spec, period).results.map((e) => [e.result.ref.cell, e.period, e.value, e.status, e.problem ?? null]);

describe('due periods', () => {
  const ALL: Period[] = ['q1', 't1', 't2', 'year'];
  it.each<[string | null, Period, Period[], Period[]]>([
    ['Årligen', 'year', ALL, ['year']],
    ['Årligen', 't2', ALL, []],
    ['Årlig', 'year', ALL, ['year']],
    ['Helår', 'year', ALL, ['year']],
    ['yearly', 'year', ALL, ['year']],
    ['Årligen (maj)', 'year', ['t1', 't2', 'year'], ['may', 'jun', 'jul', 't2', 'aug', 'sep', 'oct', 'nov', 'year', 'dec']],
    ['Årligen (maj)', 't2', ['may', 'jun', 't2', 'year'], ['may', 'jun', 'jul', 't2', 'aug']],
    ['Årligen (maj)', 't1', ['t1', 't2', 'year'], []],
    ['Månatlig', 't2', ['t1', 't2', 'year'], ['t1', 't2']],
    ['Månadsvis', 'mar', ['jan', 'feb', 'mar', 'apr'], ['jan', 'feb', 'mar']],
    ['monthly', 'year', ['feb', 'may', 'year'], ['feb', 'may', 'year']],
    ['Delår, Helår', 'year', ALL, ['t2', 'year']],
    ['Delår,\nhelår', 't2', ALL, ['t2']],
    ['Helår,\n\ndelår', 'year', ALL, ['t2', 'year']],
    ['Delår', 'year', ALL, ['t2']],
    ['Tertial', 'year', ALL, ['t1', 't2', 'year']],
    ['T1, T2, år', 't1', ALL, ['t1']],
    ['Kvartal', 'year', ALL, ['q1', 'jun', 'sep', 'year', 'dec']],
    ['Kvartal 1, delår och helår', 't2', ALL, ['q1', 't2']],
    ['T2, Årsbokslut 2025', 'year', ALL, ['t2', 'year']],
    ['', 'year', ALL, ['year']],
    [null, 't2', ALL, []],
    ['Vid behov', 'year', ALL, ['year']],
  ])('%j at %s', (freq, chosen, tracked, expected) => {
    expect(duePeriods(freq, chosen, tracked)).toEqual(expected);
  });

  it('never throws and every due period ends no later than the chosen one', () => {
    const periods: Period[] = ['q1', 't1', 't2', 'year', 'jan', 'may', 'dec'];
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...periods), (f, chosen) => {
        const order = { q1: 3, t1: 4, t2: 8, year: 12, jan: 1, may: 5, dec: 12 } as Record<string, number>;
        for (const p of duePeriods(f, chosen, periods)) expect(order[p] ?? 0).toBeLessThanOrEqual(order[chosen]);
        expect(frequencyPeriods(f, periods).length).toBeGreaterThan(-1);
      }),
    );
  });
});

describe('splitCombined', () => {
  it.each([
    ['T1: 80; T2: 83', [{ period: 't1', text: '80' }, { period: 't2', text: '83' }]],
    ['T1 80, T2 83, År 85', [{ period: 't1', text: '80' }, { period: 't2', text: '83' }, { period: 'year', text: '85' }]],
    ['T1: 6,5\nHelår: 7,1', [{ period: 't1', text: '6,5' }, { period: 'year', text: '7,1' }]],
    ['T2: Htj 12; SÄBO 1,2', [{ period: 't2', text: 'Htj 12; SÄBO 1,2' }]],
    ['Kvartal 1: Ja', [{ period: 'q1', text: 'Ja' }]],
    ['83', null],
    ['Htj 12; SÄBO 1,2', null],
  ])('%j', (text, expected) => {
    expect(splitCombined(text)).toEqual(expected);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void splitCombined(s)));
  });
});

describe('analyzeIndicator: results', () => {
  it.each<[string, IndicatorSpec, Period, unknown[][]]>([
    ['labelled combined values, each coloured', { combined: 'T1: 80; T2: 83; År: 75' }, 'year', [['H2', 't1', 80, 'yellow', null], ['H2', 't2', 83, 'green', null], ['H2', 'year', 75, 'red', null]]],
    ['an annual indicator without the year label is missing at the combined cell', { combined: 'T1 80, T2 83' }, 'year', [['H2', 't1', 80, 'yellow', null], ['H2', 't2', 83, 'green', null], ['H2', 'year', null, 'none', 'missing']]],
    ['an unlabelled value counts for the chosen period', { combined: 83 }, 'year', [['H2', 'year', 83, 'green', null]]],
    ['an empty combined cell when the year is due', { combined: null }, 'year', [['H2', 'year', null, 'none', 'missing']]],
    ['an empty combined cell when nothing is due yet', { combined: null }, 't2', []],
    ['monthly: T1 and T2 due at T2', { threshold: 'Grön 6,5 Gul 7', frequency: 'Månatlig', combined: 'T1: 6,54' }, 't2', [['H2', 't1', 6.54, 'green', null], ['H2', 't2', null, 'none', 'missing']]],
    ['separate columns: empty due column is missing, others not', { frequency: 'Delår, Helår', results: [['t1', null], ['t2', null], ['year', 0.9, '0%']] }, 'year', [['J2', 't2', null, 'none', 'missing'], ['K2', 'year', 90, 'green', null]]],
    ['a due period without a column is not tracked here', { frequency: 'Delår, Helår', results: [['year', 80]] }, 'year', [['I2', 'year', 80, 'yellow', null]]],
    ['Excel errors are unparseable', { results: [['year', { error: '#DIV/0!' }]] }, 'year', [['I2', 'year', '#DIV/0!', 'none', 'unparseable']]],
    ['text is unparseable', { combined: 'År: ej mätt' }, 'year', [['H2', 'year', 'ej mätt', 'none', 'unparseable']]],
    ['segments', { threshold: 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', combined: 'År: Htj 12; SÄBO 1,5' }, 'year', [['H2', 'year', 'Htj 12; SÄBO 1,5', 'yellow', null]]],
    ['segment missing', { threshold: 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', combined: 'Htj 12' }, 'year', [['H2', 'year', 'Htj 12', 'none', 'segment-missing']]],
    ['change against the baseline', { threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: 60, combined: 66 }, 'year', [['H2', 'year', 66, 'green', null]]],
    ['rank', { threshold: 'Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa', combined: 'År: plats 5 av 12' }, 'year', [['H2', 'year', 'plats 5 av 12', 'yellow', null]]],
    ['no threshold: value kept, no colour', { threshold: null, combined: 83 }, 'year', [['H2', 'year', 83, 'none', null]]],
  ])('%s', (_label, spec, period, expected) => {
    expect(brief(spec, period)).toEqual(expected);
  });

  it('reports threshold state, direction and due periods', () => {
    expect(run({ threshold: 'Grön 6,5 Gul 7', frequency: 'Månatlig' }, 't2')).toMatchObject({ thresholdState: 'ok', threshold: { direction: 'lower' }, duePeriods: ['t1', 't2'] });
    expect(run({ threshold: null })).toMatchObject({ thresholdState: 'missing', thresholdIssues: [] });
    expect(run({ threshold: '   ' })).toMatchObject({ thresholdState: 'missing' });
    expect(run({ threshold: 'Grön bra Gul sämre' })).toMatchObject({ thresholdState: 'unparseable', unparseableReason: 'unreadable-band:green:bra' });
  });

  it('reads separate Grön/Gul/Röd columns with the declared direction', () => {
    const a = run({ threshold: null, bandColumns: { green: '5', yellow: '10' }, declared: 'higher', combined: 4 });
    expect(a.thresholdIssues).toEqual([{ kind: 'direction-conflict', params: { source: 'declared', found: 'lower', expected: 'higher' } }]);
    expect(a.results[0]).toMatchObject({ status: 'green', value: 4 });
  });

  it.each<[IndicatorSpec, boolean]>([
    [{ threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: null }, true],
    [{ threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: 'Nej' }, true],
    [{ threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: '62 %' }, false],
    [{ threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: 0.62 }, false],
    [{ threshold: 'Grön 82 Gul 76', baseline: null }, false],
  ])('needs-baseline for %j: %s', (spec, expected) => {
    expect(run(spec).thresholdIssues.some((i) => i.kind === 'needs-baseline')).toBe(expected);
  });
});
