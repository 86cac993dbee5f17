import { describe, expect, it } from 'vitest';
import type { Period } from '../types';
import rule from './result-no-comparison';
import { cellsFor, contextOf, findingsOf, indicator, type IndicatorSpec } from '../../../test/fixtures/indicators';

// Seed 004's indicators: `Mål` = Öka/Minska, no thresholds; results in `Utfall` columns (I, J …).
const OKA: IndicatorSpec = { threshold: null, noThresholdColumn: true, declared: 'higher', frequency: 'Helår' };

describe('result.no-comparison', () => {
  it.each<[string, IndicatorSpec, Period, string[]]>([
    ['one result, nothing before it', { ...OKA, results: [['year', 68]] }, 'year', ['I2']],
    ['a baseline (Nuläge) to compare with', { ...OKA, baseline: 62, results: [['year', 68]] }, 'year', []],
    ['last year in the row (Utfall 2023 · Utfall 2024)', { ...OKA, history: [[2023, 'year', 62]], results: [['year', 68]] }, 'year', []],
    ['an earlier period in the row (Delår, helår)', { ...OKA, frequency: 'Delår, helår', results: [['t2', 62], ['year', 68]] }, 'year', ['I2']],
    ['no result yet: nothing to compare', { ...OKA, results: [['year', null]] }, 'year', []],
    ['a text result is unreadable, not uncomparable', { ...OKA, results: [['year', 'ej mätt']] }, 'year', []],
    ['a baseline that is text is no value', { ...OKA, baseline: 'Saknas', results: [['year', 68]] }, 'year', ['I2']],
    ['thresholds given: never', { threshold: 'Grön 82 Gul 76', declared: 'higher', results: [['year', 68]] }, 'year', []],
    ['no direction either: threshold.missing, not this', { threshold: null, results: [['year', 68]] }, 'year', []],
  ])('%s', (_l, spec, period, cells) => {
    expect(cellsFor(rule, spec, { period })).toEqual(cells);
  });

  it.each<['higher' | 'lower', 'sv' | 'en', string]>([
    ['higher', 'sv', 'Indikatorn "Personalkontinuitet inom hemtjänsten" ska öka, men resultatet för T2 har inget tidigare värde att jämföra med och får därför ingen färg. Fyll i Nuläge eller föregående års utfall i samma rad.'],
    ['lower', 'sv', 'Indikatorn "Personalkontinuitet inom hemtjänsten" ska minska, men resultatet för T2 har inget tidigare värde att jämföra med och får därför ingen färg. Fyll i Nuläge eller föregående års utfall i samma rad.'],
    ['higher', 'en', 'The indicator "Personalkontinuitet inom hemtjänsten" should increase, but its result for T2 has no earlier value to compare with, so it gets no colour. Fill in the baseline (Nuläge) or last year\'s result in the same row.'],
    ['lower', 'en', 'The indicator "Personalkontinuitet inom hemtjänsten" should decrease, but its result for T2 has no earlier value to compare with, so it gets no colour. Fill in the baseline (Nuläge) or last year\'s result in the same row.'],
  ])('%s, in %s: the way it should move, and the period', (declared, lang, message) => {
    const ind = indicator(2, { ...OKA, declared, frequency: 'Delår, helår', name: 'Personalkontinuitet inom hemtjänsten', results: [['t2', 62], ['year', null]] });
    expect(findingsOf(rule, contextOf([ind], { lang, period: 't2' })).map((f) => [f.cell, f.message])).toEqual([['I2', message]]);
  });

  it('describes itself in both languages, with the direction words of each', () => {
    expect(rule.description.sv).toContain('(Öka/Minska)');
    expect(rule.description.en).toContain('(Increase/Decrease)');
  });

  it('is information, says which way and what to fill in', () => {
    const ind = indicator(6, { ...OKA, name: '6. Andel personer på särskilt boende för äldre som är ganska/mycket nöjda med sitt boende, procent', results: [['year', 84]] });
    expect(findingsOf(rule, contextOf([ind]))).toEqual([
      {
        code: 'result.no-comparison',
        severity: 'info',
        sheet: 'Verksamhetsplan',
        cell: 'I6',
        message:
          'Indikatorn "6. Andel personer på särskilt boende för äldre som är ganska/mycket nöjda med sitt boende, procent" ska öka, men resultatet för helår har inget tidigare värde att jämföra med och får därför ingen färg. Fyll i Nuläge eller föregående års utfall i samma rad.',
      },
    ]);
    const en = findingsOf(rule, contextOf([indicator(6, { ...OKA, declared: 'lower', name: '7. Sjukfrånvaro totalt, procent.', results: [['year', 8.1]] })], { lang: 'en' }));
    expect(en[0].message).toBe(
      'The indicator "7. Sjukfrånvaro totalt, procent." should decrease, but its result for full year has no earlier value to compare with, so it gets no colour. Fill in the baseline (Nuläge) or last year\'s result in the same row.',
    );
  });
});
