import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Period } from '../types';
import type { ThresholdIssue } from '../thresholds/types';
import { IndicatorMemo, analyzeIndicator, analyzeIndicators, duePeriods, frequencyPeriods, splitCombined } from './analyze-indicators';
import type { Indicator } from '../model';
import { ref, cellOf } from '../cells';
import { indicator, modelOf, optionsOf, type IndicatorSpec } from '../../../test/fixtures/indicators';

const run = (spec: IndicatorSpec, period: Period = 'year') => analyzeIndicator(indicator(2, spec), optionsOf({ period }));
const brief = (spec: IndicatorSpec, period: Period = 'year') =>
  run(spec, period).results.map((e) => [cellOf(e.result.ref), e.period, e.value, e.status, e.problem ?? null]);

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
    // The month without brackets or space, a year after the word, words around period words.
    ['Årligen maj', 'year', ['t1', 't2', 'year'], ['may', 'jun', 'jul', 't2', 'aug', 'sep', 'oct', 'nov', 'year', 'dec']],
    ['Årligen(maj)', 't2', ['t1', 't2', 'year'], ['may', 'jun', 'jul', 't2', 'aug']],
    ['Tertial 2025', 'year', ALL, ['t1', 't2', 'year']],
    ['Varje tertial', 'year', ALL, ['t1', 't2', 'year']],
    ['Varje kvartal', 't2', ALL, ['q1', 'jun']],
    ['T1, årligen', 'year', ALL, ['t1', 'year']],
    ['T1,T2', 'year', ALL, ['t1', 't2']],
    ['Årlig uppföljning, T1', 'year', ALL, ['t1', 'year']],
    // A frequency word inside a phrase, as planners write it; a word that only starts with one is none.
    ['Mäts varje tertial', 'year', ALL, ['t1', 't2', 'year']],
    ['Tertialvis uppföljning', 't2', ALL, ['t1', 't2']],
    ['Redovisas årligen', 't2', ALL, []],
    ['Redovisas årligen', 'year', ALL, ['year']],
    ['Följs upp per kvartal', 't1', ALL, ['q1']],
    ['Kvartalsvis (Q1–Q4)', 'year', ALL, ['q1', 'jun', 'sep', 'year', 'dec']],
    ['En gång per år', 't2', ALL, []],
    ['1 gång per år', 'year', ALL, ['year']],
    ['Årsvis', 'year', ALL, ['year']],
    ['Helårsvis', 't2', ALL, []],
    ['annually', 'year', ALL, ['year']],
    ['quarterly', 't1', ALL, ['q1']],
    ['Tertialrapport', 't2', ALL, []],
    ['Halvårlig, T1', 'year', ALL, ['t1']],
    ['Kvartalsrapporter och tertialen', 't2', ALL, []],
    ['Tertialrapport, Helår', 'year', ALL, ['year']],
    ['Kvartalsrapport, T1', 'year', ALL, ['t1']],
  ])('%j at %s', (freq, chosen, tracked, expected) => {
    expect(duePeriods(freq, chosen, tracked)).toEqual(expected);
  });

  it('never throws and every due period ends no later than the chosen one', () => {
    const periods: Period[] = ['q1', 't1', 't2', 'year', 'jan', 'may', 'dec'];
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...periods), (f, chosen) => {
        const order = { q1: 3, t1: 4, t2: 8, year: 12, jan: 1, may: 5, dec: 12 } as Record<string, number>;
        for (const p of duePeriods(f, chosen, periods)) expect(order[p] ?? 0).toBeLessThanOrEqual(order[chosen]);
        // An unknown frequency is yearly: some period is always followed up.
        expect(frequencyPeriods(f, periods).length).toBeGreaterThan(0);
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
    // Separators as typed: a trailing semicolon, no space after a comma, hard spaces, a spaced colon.
    ['T1: 80;', [{ period: 't1', text: '80' }]],
    ['T1 80,T2 83', [{ period: 't1', text: '80' }, { period: 't2', text: '83' }]],
    ['T1:\u00a080; T2:\u202f83', [{ period: 't1', text: '80' }, { period: 't2', text: '83' }]],
    ['T1 : 80', [{ period: 't1', text: '80' }]],
    ['T1 :80', [{ period: 't1', text: '80' }]],
    ['T2 Htj: 12; SÄBO: 1,2', [{ period: 't2', text: 'Htj: 12; SÄBO: 1,2' }]],
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
    ['a label with nothing after it (`T1: 80; T2:`) is the due T2 missing', { frequency: 'Tertial', combined: 'T1: 80; T2:' }, 't2', [['H2', 't1', 80, 'yellow', null], ['H2', 't2', null, 'none', 'missing']]],
    ['quarterly in a combined column: a quarter label is read, the year it stands for is missing', { frequency: 'Kvartal', combined: 'Kvartal 1: 84' }, 'year', [['H2', 'q1', 84, 'green', null], ['H2', 'year', null, 'none', 'missing']]],
    ['quarterly in a combined column before the year: nothing the column stands for is due', { frequency: 'Kvartal', combined: null }, 't2', []],
    ['monthly in a combined column: every period it stands for is due', { frequency: 'Månatlig', combined: 'T1: 80; T2: 83' }, 'year', [['H2', 't1', 80, 'yellow', null], ['H2', 't2', 83, 'green', null], ['H2', 'year', null, 'none', 'missing']]],
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

describe('direction-only indicators (seed 004: `Mål` = Öka/Minska, no thresholds): the trend', () => {
  const OKA: IndicatorSpec = { threshold: null, noThresholdColumn: true, declared: 'higher', frequency: 'Helår' };
  const MINSKA: IndicatorSpec = { ...OKA, declared: 'lower', frequency: 'Delår, helår' };
  it.each<[string, IndicatorSpec, Period, unknown[][]]>([
    ['Öka: up from Nuläge is green', { ...OKA, baseline: 62, results: [['year', 68]] }, 'year', [['I2', 'year', 68, 'green', null, '62 → 68, Öka → Grön']]],
    ['Öka: unchanged is yellow', { ...OKA, baseline: 62, results: [['year', 62]] }, 'year', [['I2', 'year', 62, 'yellow', null, '62 → 62, Öka → Gul']]],
    ['Öka: down is red', { ...OKA, baseline: 62, results: [['year', 58]] }, 'year', [['I2', 'year', 58, 'red', null, '62 → 58, Öka → Röd']]],
    ['unchanged at the precision written (62 and 62,4)', { ...OKA, baseline: 62, results: [['year', '62,4']] }, 'year', [['I2', 'year', 62.4, 'yellow', null, '62 → 62,4, Öka → Gul']]],
    ['moved at the precision written (62 and 62,6)', { ...OKA, baseline: 62, results: [['year', '62,6']] }, 'year', [['I2', 'year', 62.6, 'green', null, '62 → 62,6, Öka → Grön']]],
    ['Minska: sjukfrånvaro down is green', { ...MINSKA, baseline: '8,1', results: [['t2', 7.4], ['year', null]] }, 't2', [['I2', 't2', 7.4, 'green', null, '8,1 → 7,4, Minska → Grön']]],
    [
      'Utfall 2023 · Utfall 2024: last year is the previous value',
      { ...OKA, history: [[2023, 'year', 81]], results: [['year', 84]] },
      'year',
      [['I2', 'year', 84, 'green', null, '81 → 84, Öka → Grön']],
    ],
    [
      'Delår, helår: the year compares with T2, T2 with nothing',
      { ...MINSKA, results: [['t2', 412], ['year', 398]] },
      'year',
      [['I2', 't2', 412, 'none', 'no-comparison', '412, Minska: inget tidigare värde att jämföra med'], ['J2', 'year', 398, 'green', null, '412 → 398, Minska → Grön']],
    ],
    [
      'percent cells compare in percent points',
      { ...OKA, baseline: 0.62, baselineFmt: '0%', results: [['year', 0.68, '0%']] },
      'year',
      [['I2', 'year', 68, 'green', null, '62 → 68, Öka → Grön']],
    ],
    [
      'a combined cell: each label against the one before',
      { ...OKA, frequency: 'Delår, helår', combined: 'T2: 60; År: 58' },
      'year',
      [['H2', 't2', 60, 'none', 'no-comparison', '60, Öka: inget tidigare värde att jämföra med'], ['H2', 'year', 58, 'red', null, '60 → 58, Öka → Röd']],
    ],
    ['a text result is unreadable', { ...OKA, baseline: 62, results: [['year', 'ej mätt']] }, 'year', [['I2', 'year', 'ej mätt', 'none', 'unparseable', '"ej mätt" kan inte läsas mot tröskelvärdena']]],
    ['a due result that is missing', { ...OKA, baseline: 62, results: [['year', null]] }, 'year', [['I2', 'year', null, 'none', 'missing', 'Resultat saknas']]],
  ])('%s', (_l, spec, period, expected) => {
    const a = run(spec, period);
    expect(a.thresholdState).toBe('trend');
    expect(a.direction).toBe(spec.declared);
    expect(a.results.map((e) => [cellOf(e.result.ref), e.period, e.value, e.status, e.problem ?? null, e.reason])).toEqual(expected);
  });

  it('`Öka` written in the threshold cell is the direction', () => {
    const a = run({ threshold: 'Öka', baseline: 62, results: [['year', 68]] });
    expect([a.thresholdState, a.direction, a.results[0].status]).toEqual(['trend', 'higher', 'green']);
    expect(run({ threshold: 'Öka', declared: 'lower' }).thresholdIssues).toEqual([
      { kind: 'direction-conflict', params: { source: 'declared', found: 'higher', expected: 'lower' } },
    ]);
  });

  it('reasons in English', () => {
    const a = analyzeIndicator(indicator(2, { ...OKA, baseline: 62, results: [['year', 68]] }), optionsOf({ lang: 'en' }));
    expect(a.results[0].reason).toBe('62 → 68, Increase → Green');
  });
});

describe('every colour has a reason in words (SPEC §3)', () => {
  const reason = (spec: IndicatorSpec, lang: 'sv' | 'en' = 'sv') => analyzeIndicator(indicator(2, spec), optionsOf({ lang })).results.map((e) => e.reason);
  it.each<[string, IndicatorSpec, string[]]>([
    ['Grön 82 Gul 76: green', { combined: 84 }, ['84 ≥ 82 (Grön)']],
    ['Grön 82 Gul 76: yellow', { combined: 80 }, ['80 ≥ 76 (Gul)']],
    ['Grön 82 Gul 76: red below the yellow limit', { combined: 75 }, ['75 < 76 (Gul-gräns) → Röd']],
    ['Grön 6,5 Gul 7: red above the yellow limit', { threshold: 'Grön 6,5 Gul 7', combined: 7.4 }, ['7,4 > 7 (Gul-gräns) → Röd']],
    ['compared at the precision written', { threshold: 'Grön 6,5 Gul 7', combined: 6.54 }, ['6,54 ≈ 6,5 ≤ 6,5 (Grön)']],
    ['percent', { threshold: 'Grön 0% Gul 0,5%', results: [['year', 0.003, '0.0%']] }, ['0,3 % ≤ 0,5 % (Gul)']],
    ['yes/no', { threshold: 'Grön Ja Röd Nej', combined: 'Nej' }, ['Nej (Röd)']],
    ['a share answering yes', { threshold: 'Finns ja eller nej Grön ja 95% Gul ja 90%', results: [['year', 0.93, '0%']] }, ['93 % ≥ 90 % (Gul)']],
    ['a change against Nuläge', { threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: 60, combined: 66 }, ['60 → 66: +10 % ≥ +10 % (Grön)']],
    ['a change without Nuläge', { threshold: 'Grön Öka med 10% Gul öka med 5%', combined: 66 }, ['66: Nuläge saknas, så förändringen kan inte beräknas']],
    ['a rank', { threshold: 'Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', combined: '3/12' }, ['3/12 = 25 % ≤ 25 % (Grön)']],
    ['two segments: the worst decides', { threshold: 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', combined: 'Htj 12; SÄBO 1,5' }, ['Htj 12 ≤ 13 (Grön); SÄBO 1,5 inom 1,4–1,7 (Gul) → Gul']],
    ['one target without colour words: met', { threshold: 'Minst 82', combined: 84 }, ['84 ≥ 82 (Grön)']],
    ['one target without colour words: not met', { threshold: 'Minst 82', combined: 75 }, ['75 < 82 (Grön-gräns) → Röd']],
    ['a unit after the numbers', { threshold: 'Grön högst 500 tkr Gul högst 800 tkr', combined: 640 }, ['640 tkr ≤ 800 tkr (Gul)']],
    ['three bands written out', { threshold: 'Grön >90%, Gul 80-90%, Röd <80%', results: [['year', 0.85, '0%']] }, ['85 % inom 80–90 % (Gul)']],
    ['a due result missing', { combined: null }, ['Resultat saknas']],
    ['no thresholds, no direction', { threshold: null, combined: 84 }, ['Inga tröskelvärden eller riktning (Öka/Minska)']],
  ])('%s', (_l, spec, expected) => {
    expect(reason(spec)).toEqual(expected);
  });

  it('in English', () => {
    expect(reason({ combined: 75 }, 'en')).toEqual(['75 < 76 (Yellow limit) → Red']);
    expect(reason({ threshold: 'Grön 0% Gul 0,5%', results: [['year', 0.003, '0.0%']] }, 'en')).toEqual(['0.3% ≤ 0.5% (Yellow)']);
    expect(reason({ threshold: 'Grön Ja Röd Nej', combined: 'Ja' }, 'en')).toEqual(['Yes (Green)']);
  });
});

describe('the one period rule (SPEC §6): the latest result due by the chosen period', () => {
  const status = (spec: IndicatorSpec, period: Period) => {
    const a = run(spec, period);
    return a.current ? [a.current.period, a.current.status, a.current.problem ?? null] : null;
  };
  // Seed 002's Sjukfrånvaro (Månatlig, Grön 6,5 Gul 7) in T1 · T2 · År columns: 6,2 · 7,4 · (empty).
  const SJUK: IndicatorSpec = { threshold: 'Grön 6,5 Gul 7', frequency: 'Månatlig', results: [['t1', 6.2], ['t2', 7.4], ['year', null]] };
  it.each<[string, IndicatorSpec, Period, unknown]>([
    ['monthly at T1: T1', SJUK, 't1', ['t1', 'green', null]],
    ['monthly at T2: T2', SJUK, 't2', ['t2', 'red', null]],
    ['monthly at augusti: T2 (August ends with T2)', SJUK, 'aug', ['t2', 'red', null]],
    ['monthly at november: still T2', SJUK, 'nov', ['t2', 'red', null]],
    ['monthly at helår: the year is due and missing', SJUK, 'year', ['year', 'none', 'missing']],
    ['monthly at mars: nothing due yet', SJUK, 'mar', null],
    ['annual at T2: a T2 value written early does not count', { frequency: 'Årligen', results: [['t2', 80], ['year', null]] }, 't2', null],
    ['annual, combined T1 and T2 but no År: without result at helår', { frequency: 'Årligen', combined: 'T1: 80; T2: 83' }, 'year', ['year', 'none', 'missing']],
    ['Delår, helår at T2: the delår result', { frequency: 'Delår, helår', combined: 'T2: 83' }, 't2', ['t2', 'green', null]],
    ['an unreadable due result is without result', { frequency: 'Årligen', results: [['year', 'ej mätt']] }, 'year', ['year', 'none', 'unparseable']],
  ])('%s', (_l, spec, period, expected) => {
    expect(status(spec, period)).toEqual(expected);
  });
});

describe('one analysis reads each threshold and frequency text once, and every row stays its own', () => {
  // Seed 002's texts repeated down a plan: the same threshold under different baselines, results,
  // declared directions and frequencies must judge exactly as if each row were analysed alone.
  const specs: IndicatorSpec[] = [
    { threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: 50, results: [['year', 56]] },
    { threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: null, results: [['year', 56]] },
    { threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: 60, results: [['year', 56]] },
    { threshold: 'Grön 6,5 Gul 7', results: [['t1', 6.2], ['t2', 7.4], ['year', 6.9]], frequency: 'Månatlig' },
    { threshold: 'Grön 6,5 Gul 7', results: [['t1', 6.2], ['t2', null], ['year', 6.9]], frequency: 'Årligen' },
    { threshold: 'Grön 6,5 Gul 7', declared: 'higher', results: [['year', 6.9]] },
    { threshold: 'Grön 6,5 Gul 7', declared: 'lower', results: [['year', 6.9]] },
    { threshold: 'Öka', declared: 'lower', results: [['year', 5]], baseline: 4 },
    { threshold: 'Öka', results: [['year', 5]], baseline: 4 },
    { threshold: null, bandColumns: { green: '82', yellow: '76' }, results: [['year', 80]] },
    { threshold: null, bandColumns: { green: '82', red: '76' }, results: [['year', 80]] },
  ];

  it('gives each row the analysis it gets alone', () => {
    const rows = specs.map((s, i) => indicator(2 + i, s));
    const together = analyzeIndicators(modelOf(rows), optionsOf({ period: 'year' }));
    const alone = rows.map((ind) => analyzeIndicator(ind, optionsOf({ period: 'year' })));
    expect(together).toEqual(alone);
    // The baseline gap is the second row's alone, though all three share the threshold text.
    expect(together.map((a) => a.thresholdIssues.map((x) => x.kind))).toEqual(alone.map((a) => a.thresholdIssues.map((x) => x.kind)));
    expect(together[1].thresholdIssues.map((x) => x.kind)).toEqual(['needs-baseline']);
    expect(together[0].thresholdIssues).toEqual([]);
    // 50 → 56 is +12 % (Grön); 60 → 56 falls (Röd): the shared threshold meets each row's baseline.
    expect(together[0].results[0].status).toBe('green');
    expect(together[2].results[0].status).toBe('red');
  });

  it('never lets one row change what another row shares', () => {
    const rows = specs.map((s, i) => indicator(2 + i, s));
    const [a, b] = analyzeIndicators(modelOf(rows), optionsOf());
    // Lists rows share are frozen: a change fails loudly instead of reaching the other rows.
    expect(() => (a.thresholdIssues as ThresholdIssue[]).push({ kind: 'gap', params: {} })).toThrow(TypeError);
    expect(() => (a.duePeriods as Period[]).push('t1')).toThrow(TypeError);
    expect(b.thresholdIssues.map((x) => x.kind)).toEqual(['needs-baseline']);
    expect(b.duePeriods).toEqual(['year']);
    // Shared parsed thresholds are frozen, so no rule can change them for the rows after.
    expect(Object.isFrozen(a.threshold)).toBe(true);
    expect(b.threshold).toBe(a.threshold);
  });
});

describe('equal values under one threshold are judged once', () => {
  // Seed 002's Sjukfrånvaro threshold down a long plan: the same few values over and over.
  const rows = [6.2, 7.4, 6.2, 6.2, 7.4, 0.062, 0.062, 'ej mätt', 'ej mätt'].map((v, i) =>
    indicator(2 + i, { threshold: 'Grön 6,5 Gul 7', results: [['year', v, i === 6 ? '0.0%' : undefined]] }),
  );

  it('gives every row what it gets alone, sharing the frozen verdict of an equal value', () => {
    const together = analyzeIndicators(modelOf(rows), optionsOf({ period: 'year' }));
    expect(together).toEqual(rows.map((ind) => analyzeIndicator(ind, optionsOf({ period: 'year' }))));
    const [a, b, c, d] = together.map((x) => x.results[0]);
    expect([a.status, a.reason]).toEqual(['green', '6,2 ≤ 6,5 (Grön)']);
    expect(b.status).toBe('red');
    // Rows 1, 3 and 4 hold 6,2: one verdict (its why) shared, each with its own cell.
    expect(c.why).toBe(a.why);
    expect(d.why).toBe(a.why);
    expect(Object.isFrozen(a.why)).toBe(true);
    expect([cellOf(a.result.ref), cellOf(c.result.ref), cellOf(d.result.ref)]).toEqual(['I2', 'I4', 'I5']);
    expect(c).not.toBe(a);
    // 0,062 as a plain number and as 6,2 % (a number format) are different values to judge.
    const [plain, pct] = [together[5].results[0], together[6].results[0]];
    expect([plain.status, pct.status]).toEqual(['green', 'green']);
    expect(pct.why).not.toBe(plain.why);
    expect(pct.value).toBe(6.2);
    // An unreadable text is judged once too, and stays unreadable.
    expect(together[7].results[0].problem).toBe('unparseable');
    expect(together[8].results[0].why).toBe(together[7].results[0].why);
  });

  it('a threshold measured from a baseline is never shared across rows with different baselines', () => {
    const change = [50, 60].map((base, i) => indicator(2 + i, { threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: base, results: [['year', 56]] }));
    const [x, y] = analyzeIndicators(modelOf(change), optionsOf({ period: 'year' }));
    expect([x.results[0].status, y.results[0].status]).toEqual(['green', 'red']);
  });
});

/** An indicator with a separate result column and the combined column both (seed 004's follow-up sheets). */
function withBoth(results: [Period, unknown][], combined: string): Indicator {
  const ind = indicator(2, { frequency: 'Tertial', results: results as [Period, null][] });
  return { ...ind, results: [...ind.results, { ref: ref('Verksamhetsplan', 1, 7), period: 'combined', value: combined }] };
}

describe('what each result says: value, problem and why, exactly', () => {
  it.each<[string, IndicatorSpec, unknown]>([
    ['an unreadable text under a threshold', { results: [['year', 'ej mätt']] }, { value: 'ej mätt', status: 'none', problem: 'unparseable', why: { kind: 'unparseable', value: 'ej mätt' } }],
    [
      'a segment without a value',
      { threshold: 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', results: [['year', 'Htj 12']] },
      { value: 'Htj 12', status: 'none', problem: 'segment-missing', missingSegments: ['SÄBO'], why: { kind: 'segment-missing', labels: ['SÄBO'] } },
    ],
    ['no threshold: the text as written, trimmed', { threshold: null, results: [['year', '  ej mätt  ']] }, { value: 'ej mätt', status: 'none', why: { kind: 'no-threshold' } }],
    ['no threshold: an Excel error is unreadable', { threshold: null, results: [['year', { error: '#REF!' }]] }, { value: '#REF!', status: 'none', problem: 'unparseable', why: { kind: 'no-threshold' } }],
    ['an unreadable threshold: the value kept, not judged by the declared direction', { threshold: 'Grön bra Gul sämre', declared: 'higher', baseline: 60, results: [['year', 70]] }, { value: 70, status: 'none', why: { kind: 'threshold-unreadable' } }],
    ['a trend indicator (Öka) with an Excel error', { threshold: 'Öka', baseline: 60, results: [['year', { error: '#N/A' }]] }, { value: '#N/A', status: 'none', problem: 'unparseable', why: { kind: 'unparseable', value: '#N/A' } }],
    ['a trend indicator with text', { threshold: 'Öka', baseline: 60, results: [['year', ' ej mätt ']] }, { value: 'ej mätt', status: 'none', problem: 'unparseable', why: { kind: 'unparseable', value: 'ej mätt' } }],
  ])('%s', (_label, spec, expected) => {
    const { result: _r, period: _p, reason: _s, ...said } = run(spec).results[0];
    // toStrictEqual: a property set to undefined is a property the report would print.
    expect(said).toStrictEqual(expected);
  });

  it('the properties of a result and of an analysis, in order, none of them undefined', () => {
    const green = run({ results: [['year', 84]] });
    expect(Object.keys(green)).toEqual(['indicator', 'thresholdState', 'threshold', 'thresholdIssues', 'direction', 'results', 'duePeriods', 'current']);
    expect(Object.keys(green.results[0])).toEqual(['result', 'period', 'value', 'status', 'why', 'reason']);
    const none = run({ threshold: null, results: [['year', 84]] });
    expect(Object.keys(none)).toEqual(['indicator', 'thresholdState', 'thresholdIssues', 'direction', 'results', 'duePeriods', 'current']);
    const segments = run({ threshold: 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', results: [['year', 'Htj 12']] });
    expect(Object.keys(segments.results[0])).toEqual(['result', 'period', 'value', 'status', 'problem', 'missingSegments', 'why', 'reason']);
    for (const a of [green, none, segments]) for (const r of a.results) for (const v of Object.values(r)) expect(v).not.toBeUndefined();
  });

  it('a change threshold reads the baseline in its own number format (0,6 formatted 0 % is 60 %)', () => {
    const spec: IndicatorSpec = { threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: 0.6, baselineFmt: '0%', results: [['year', 0.5, '0%']] };
    expect(run(spec).results[0]).toMatchObject({ value: 50, status: 'red', why: { kind: 'change', base: 60 } });
  });

  it('says which baseline is missing, as written', () => {
    expect(run({ threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: ' Nej ' }).thresholdIssues).toEqual([{ kind: 'needs-baseline', params: { baseline: 'Nej' } }]);
    expect(run({ threshold: 'Grön Öka med 10% Gul öka med 5%', baseline: null }).thresholdIssues).toEqual([{ kind: 'needs-baseline', params: { baseline: '' } }]);
  });

  it('a direction written as the threshold conflicts only with another declared direction', () => {
    expect(run({ threshold: 'Öka', declared: 'higher' }).thresholdIssues).toEqual([]);
    expect(run({ threshold: 'Öka', declared: null }).thresholdIssues).toEqual([]);
    expect(run({ threshold: 'Minska', declared: 'higher' }).thresholdIssues).toEqual([
      { kind: 'direction-conflict', params: { source: 'declared', found: 'lower', expected: 'higher' } },
    ]);
  });

  it('a period with a column of its own is not also missing at the combined cell', () => {
    const a = analyzeIndicator(withBoth([['t2', null]], 'T1: 80'), optionsOf({ period: 'year' }));
    expect(a.results.map((e) => [cellOf(e.result.ref), e.period, e.value, e.problem ?? null])).toEqual([
      ['I2', 't2', null, 'missing'],
      ['H2', 't1', 80, null],
      ['H2', 'year', null, 'missing'],
    ]);
  });
});

describe('what one analysis remembers is keyed by everything that changes the answer', () => {
  const options = optionsOf({ period: 'year' });

  it('due periods: one frozen list per columns, frequency text and period', () => {
    const memo = new IndicatorMemo();
    const tracked = memo.tracked(indicator(2, { results: [['t1', 1], ['t2', 2], ['year', 3]] }));
    const yearly = memo.due('Årligen', 'year', tracked);
    expect(memo.due('Årligen', 'year', tracked)).toBe(yearly);
    expect(yearly).toEqual(['year']);
    expect(memo.due('Tertial', 'year', tracked)).toEqual(['t1', 't2', 'year']);
    expect(memo.due('Tertial', 't1', tracked)).toEqual(['t1']);
    expect(memo.due(null, 'year', tracked)).toEqual(['year']);
    expect(memo.due('Månatlig', 'year', memo.tracked(indicator(3, { results: [['t1', 1]] })))).toEqual(['t1']);
  });

  it('tracked periods: the same list for the same columns, another for other columns', () => {
    const memo = new IndicatorMemo();
    const cols = (results: [Period, number][]) => memo.tracked(indicator(2, { results }));
    const a = cols([['t1', 1], ['t2', 2]]);
    expect(a).toEqual(['t1', 't2']);
    expect(cols([['t1', 5], ['t2', 6]])).toBe(a);
    expect(cols([['t2', 1], ['year', 2]])).toEqual(['t2', 'year']);
    expect(cols([['t1', 1], ['t2', 2]])).toBe(a);
    expect(cols([['t1', 1]])).toEqual(['t1']);
    expect(cols([['t1', 1], ['t2', 2], ['year', 3]])).toEqual(['t1', 't2', 'year']);
    expect(cols([['t1', 1], ['t2', 2]])).toBe(a);
    expect(memo.tracked(indicator(2, { combined: 80 }))).toEqual(['t1', 't2', 'year']);
    expect(memo.tracked(withBoth([['q1', 1]], ''))).toEqual(['q1', 't1', 't2', 'year']);
  });

  it('monthly rows with other columns below each other are each due in their own columns', () => {
    const rows = [
      indicator(2, { frequency: 'Månatlig', results: [['t1', 1], ['t2', 2], ['year', 3]] }),
      indicator(3, { frequency: 'Månatlig', results: [['t1', 1]] }),
      indicator(4, { frequency: 'Månatlig', results: [['t2', 1], ['year', 2]] }),
      indicator(5, { frequency: 'Månatlig', results: [['t1', 1], ['t2', 2]] }),
    ];
    expect(analyzeIndicators(modelOf(rows), options).map((a) => a.duePeriods)).toEqual([['t1', 't2', 'year'], ['t1'], ['t2', 'year'], ['t1', 't2']]);
  });

  it('threshold readings: by text and declared direction, or by band columns and text', () => {
    const rows = [
      indicator(2, { threshold: 'Öka', declared: 'lower' }),
      indicator(3, { threshold: 'Öka', declared: 'higher' }),
      indicator(4, { threshold: 'Öka' }),
      indicator(5, { threshold: 'Grön 82 Gul 76', bandColumns: { green: '' }, results: [['year', 80]] }),
      indicator(6, { threshold: 'Grön 6,5 Gul 7', bandColumns: { green: '' }, results: [['year', 6.9]] }),
      indicator(7, { threshold: null, bandColumns: { green: '82', yellow: '76' }, results: [['year', 80]] }),
      indicator(8, { threshold: null, bandColumns: { green: '82', yellow: '76' }, results: [['year', 90]] }),
    ];
    const together = analyzeIndicators(modelOf(rows), options);
    expect(together).toEqual(rows.map((ind) => analyzeIndicator(ind, options)));
    expect(together.map((a) => a.thresholdIssues.length)).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(together.slice(3).map((a) => a.results[0].status)).toEqual(['yellow', 'yellow', 'yellow', 'green']);
    expect(together[6].threshold).toBe(together[5].threshold);
  });

  it('verdicts: by value and number format, Ja/Nej included', () => {
    const yes = (row: number, v: unknown, fmt?: string, threshold = 'Grön 82 Gul 76') => indicator(row, { threshold, results: [['year', v as number, fmt]] });
    const rows = [yes(2, 0.9, '0%'), yes(3, 0.9, '0.0'), yes(4, 0.9), yes(5, true, undefined, 'Grön Ja Röd Nej'), yes(6, true, undefined, 'Grön Ja Röd Nej')];
    const together = analyzeIndicators(modelOf(rows), options);
    expect(together.map((a) => [a.results[0].value, a.results[0].status])).toEqual([[90, 'green'], [0.9, 'red'], [0.9, 'red'], ['Ja', 'green'], ['Ja', 'green']]);
    expect(together[4].results[0].why).toBe(together[3].results[0].why);
  });
});
