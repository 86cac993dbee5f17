import { describe, expect, it } from 'vitest';
import type { CellValue } from '../types';
import rule from './result-segment-missing';
import { cellsFor, contextOf, findingsOf, indicator } from '../../../test/fixtures/indicators';

const SEG = 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7';

describe('result.segment-missing', () => {
  it.each<[CellValue, string[]]>([
    ['Htj 12; SÄBO 1,2', []],
    ['HTJ 12, säbo 1,2', []],
    ['Htj 12', ['H2']],
    ['SÄBO 1,2', ['H2']],
    ['År: Htj 12', ['H2']],
    [null, []],
  ])('%j', (combined, cells) => {
    expect(cellsFor(rule, { threshold: SEG, combined })).toEqual(cells);
  });

  it('names the missing segment and shows the form', () => {
    expect(findingsOf(rule, contextOf([indicator(2, { threshold: SEG, combined: 'Htj 12' })]))).toEqual([
      {
        code: 'result.segment-missing',
        severity: 'warning',
        sheet: 'Verksamhetsplan',
        cell: 'H2',
        message: 'Resultatet "Htj 12" för indikatorn "Helhetssyn särskilt boende" (helår) saknar värde för SÄBO. Skriv ett värde per del, t.ex. "Htj …; SÄBO …".',
      },
    ]);
  });
});
