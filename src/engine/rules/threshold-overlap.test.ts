import { describe, expect, it } from 'vitest';
import rule from './threshold-overlap';
import { cellsFor, contextOf, findingsOf, indicator } from '../../../test/fixtures/indicators';

describe('threshold.overlap', () => {
  it.each([
    ['Grön 82 Gul 76', []],
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', []],
    ['Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', []],
    ['Grön 10-20 Gul 15-25', ['D2']],
    ['Grön 13 eller färre Gul 12-15', ['D2']],
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 13-15, SÄBO 1,4-1,7', ['D2']],
    ['Green ≥ 90 Yellow 80-90', ['D2']],
    ['Green ≥ 90 Yellow 80-89', []],
  ])('%j', (threshold, cells) => {
    expect(cellsFor(rule, { threshold })).toEqual(cells);
  });

  it('names the shared values (the SPEC example)', () => {
    expect(findingsOf(rule, contextOf([indicator(2, { threshold: 'Grön 10-20 Gul 15-25' })]))).toEqual([
      {
        code: 'threshold.overlap',
        severity: 'error',
        sheet: 'Verksamhetsplan',
        cell: 'D2',
        message: 'Tröskeln "Grön 10-20 Gul 15-25" har överlappande band (Grön och Gul delar 15–20). Justera gränserna så att varje värde får en färg.',
      },
    ]);
  });

  it('names the segment, in English too', () => {
    const ind = [indicator(2, { threshold: 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 13-15, SÄBO 1,4-1,7' })];
    expect(findingsOf(rule, contextOf(ind, { lang: 'en' }))[0].message).toBe(
      'The threshold "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 13-15, SÄBO 1,4-1,7" (Htj) has overlapping bands (Green and Yellow share 13). Adjust the bounds so that every value gets one colour.',
    );
  });
});
