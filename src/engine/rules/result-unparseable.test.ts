import { describe, expect, it } from 'vitest';
import type { CellValue } from '../types';
import rule from './result-unparseable';
import { cellsFor, contextOf, findingsOf, indicator } from '../../../test/fixtures/indicators';

const SEG = 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7';
const RANK = 'Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa';

describe('result.unparseable', () => {
  it.each<[string, CellValue, string[]]>([
    ['Grön 82 Gul 76', 80, []],
    ['Grön 82 Gul 76', '80 %', []],
    ['Grön 82 Gul 76', { error: '#DIV/0!' }, ['H2']],
    ['Grön 82 Gul 76', 'ej mätt', ['H2']],
    ['Grön 82 Gul 76', 'År: ej mätt', ['H2']],
    ['Grön Ja Röd Nej', 'Ja', []],
    ['Grön Ja Röd Nej', 'Delvis', ['H2']],
    [SEG, 'Htj 12; SÄBO 1,2', []],
    [SEG, 'Htj tolv; SÄBO 1,2', ['H2']],
    [RANK, 'plats 3 av 12', []],
    [RANK, 'bra', ['H2']],
  ])('%j with %j', (threshold, combined, cells) => {
    expect(cellsFor(rule, { threshold, combined })).toEqual(cells);
  });

  it('an Excel error is unreadable even without thresholds', () => {
    expect(cellsFor(rule, { threshold: null, combined: { error: '#REF!' } })).toEqual(['H2']);
    expect(cellsFor(rule, { threshold: null, combined: 'ej mätt' })).toEqual([]);
  });

  it.each([
    [{ error: '#DIV/0!' }, 'Resultatet "#DIV/0!" för indikatorn "Helhetssyn särskilt boende" (helår) går inte att läsa mot tröskeln "Grön 82 Gul 76". Rätta formeln eller skriv in värdet.'],
    ['ej mätt', 'Resultatet "ej mätt" för indikatorn "Helhetssyn särskilt boende" (helår) går inte att läsa mot tröskeln "Grön 82 Gul 76". Skriv ett tal, t.ex. 80 eller 80 %.'],
  ] as const)('message for %j', (combined, message) => {
    expect(findingsOf(rule, contextOf([indicator(2, { combined: combined as CellValue })]))).toEqual([
      { code: 'result.unparseable', severity: 'error', sheet: 'Verksamhetsplan', cell: 'H2', message },
    ]);
  });

  it('gives the form of a readable rank in English', () => {
    expect(findingsOf(rule, contextOf([indicator(2, { threshold: RANK, combined: 'bra' })], { lang: 'en' }))[0].message).toContain('Write the position, e.g. 3/12');
  });
});
