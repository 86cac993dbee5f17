import { describe, expect, it } from 'vitest';
import rule from './threshold-no-yellow-band';
import { cellsFor, contextOf, findingsOf, indicator } from '../../../test/fixtures/indicators';

describe('threshold.no-yellow-band', () => {
  it.each([
    ['Grön 82 Gul 76', []],
    ['Grön 79 Gul 77', []],
    ['Grön 80 Gul 80', ['D2']],
    ['Grön 0% Gul 0%', ['D2']],
    ['Grön ja 95% Gul ja 95%', ['D2']],
    ['Grön Ja Röd Nej', []],
  ])('%j', (threshold, cells) => {
    expect(cellsFor(rule, { threshold })).toEqual(cells);
  });

  it('says which bound and what to do', () => {
    expect(findingsOf(rule, contextOf([indicator(2, { threshold: 'Grön 80 Gul 80' })]))).toEqual([
      {
        code: 'threshold.no-yellow-band',
        severity: 'warning',
        sheet: 'Verksamhetsplan',
        cell: 'D2',
        message: 'Tröskeln "Grön 80 Gul 80" har samma gräns för Grön och Gul (80), så inget värde blir gult. Ge Gul en egen gräns eller ta bort Gul.',
      },
    ]);
  });
});
