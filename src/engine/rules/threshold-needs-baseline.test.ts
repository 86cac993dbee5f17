import { describe, expect, it } from 'vitest';
import type { CellValue } from '../types';
import rule from './threshold-needs-baseline';
import { cellsFor, contextOf, findingsOf, indicator } from '../../../test/fixtures/indicators';

const CHANGE = 'Grön Öka med 10% Gul öka med 5%';

describe('threshold.needs-baseline', () => {
  it.each<[string, CellValue, string[]]>([
    [CHANGE, null, ['D2']],
    [CHANGE, 'Nej', ['D2']],
    [CHANGE, '62 %', []],
    [CHANGE, 0.62, []],
    ['Grön 82 Gul 76', null, []],
  ])('%j with baseline %j', (threshold, baseline, cells) => {
    expect(cellsFor(rule, { threshold, baseline })).toEqual(cells);
  });

  it('tells the user to fill in the baseline', () => {
    const ind = [indicator(2, { name: 'Bibehålla eller öka andelen heltidsanställda', threshold: CHANGE, frequency: null })];
    expect(findingsOf(rule, contextOf(ind))).toEqual([
      {
        code: 'threshold.needs-baseline',
        severity: 'warning',
        sheet: 'Verksamhetsplan',
        cell: 'D2',
        message:
          'Tröskeln "Grön Öka med 10% Gul öka med 5%" mäter förändring mot nuläget, men indikatorn "Bibehålla eller öka andelen heltidsanställda" har inget nuläge som tal. Fyll i nuläget (t.ex. 62 %) så att resultatet kan jämföras.',
      },
    ]);
  });
});
