import { describe, expect, it } from 'vitest';
import type { CellValue, Period } from '../types';
import rule from './result-missing';
import { cellsFor, contextOf, findingsOf, indicator, type IndicatorSpec } from '../../../test/fixtures/indicators';

describe('result.missing', () => {
  it.each<[string, IndicatorSpec, Period, string[]]>([
    ['Årligen, year chosen, empty combined cell', { frequency: 'Årligen', combined: null }, 'year', ['H2']],
    ['Årligen, T2 chosen: not due yet', { frequency: 'Årligen', combined: null }, 't2', []],
    ['Årligen, result given', { frequency: 'Årligen', combined: 'År: 84' }, 'year', []],
    ['Årligen, unlabelled result given', { frequency: 'Årligen', combined: 84 }, 'year', []],
    ['Månatlig at T2, only T1 written', { threshold: 'Grön 6,5 Gul 7', frequency: 'Månatlig', combined: 'T1: 6,2' }, 't2', ['H2']],
    ['Månatlig at T1, T1 written', { threshold: 'Grön 6,5 Gul 7', frequency: 'Månatlig', combined: 'T1: 6,2' }, 't1', []],
    ['Delår, Helår in separate columns', { frequency: 'Delår, Helår', results: [['t1', null], ['t2', null], ['year', null]] }, 'year', ['J2', 'K2']],
    ['Delår, Helår: year column filled', { frequency: 'Delår, Helår', results: [['t2', 70], ['year', null]] }, 't2', []],
    ['Årligen (maj) at T2 with a May column', { frequency: 'Årligen (maj)', results: [['may', null], ['year', null]] }, 't2', ['I2']],
    ['a due period with no column is not tracked here', { frequency: 'Delår, Helår', results: [['year', 80]] }, 'year', []],
    ['no frequency means yearly', { frequency: null, combined: 'T1: 80' }, 'year', ['H2']],
  ])('%s', (_l, spec, period, cells) => {
    expect(cellsFor(rule, spec, { period })).toEqual(cells);
  });

  it('reports every missing period of a combined cell', () => {
    const hits = rule.check(contextOf([indicator(2, { frequency: 'Tertial', combined: 'T2: 80' as CellValue })]));
    expect(hits.map((h) => [h.cell, h.params.period])).toEqual([['H2', 't1'], ['H2', 'year']]);
  });

  it('says which period and how to write it', () => {
    expect(findingsOf(rule, contextOf([indicator(4, { name: 'Sjukfrånvaro', frequency: 'Månatlig', combined: 'T1: 6,2' })], { period: 't2' }))).toEqual([
      {
        code: 'result.missing',
        severity: 'warning',
        sheet: 'Verksamhetsplan',
        cell: 'H4',
        message: 'Resultat för T2 saknas för indikatorn "Sjukfrånvaro" (mäts: Månatlig). Skriv resultatet i cellen med periodens namn, t.ex. "T2: 80".',
      },
    ]);
    const en = findingsOf(rule, contextOf([indicator(4, { name: 'HME', results: [['year', null]] })], { lang: 'en' }));
    expect(en[0].message).toBe('The result for full year is missing for the indicator "HME" (measured: Årligen). Fill in the result.');
  });
});
