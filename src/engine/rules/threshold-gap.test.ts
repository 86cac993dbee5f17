import { describe, expect, it } from 'vitest';
import rule from './threshold-gap';
import { cellsFor, contextOf, findingsOf, indicator } from '../../../test/fixtures/indicators';

describe('threshold.gap', () => {
  it.each([
    // Seed 002: 13 then 14 leaves nothing between for whole numbers; 1,3 then 1,4 at one decimal.
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', []],
    ['Grön 82 Gul 76', []],
    ['Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', []],
    ['Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa', []],
    ['Grön 10-12 Gul 14-16', ['D2']],
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,5-1,7', ['D2']],
    ['Grön 25% bästa Gul 30-50% bästa', ['D2']],
    ['Green 90 or more Yellow 80-85', ['D2']],
  ])('%j', (threshold, cells) => {
    expect(cellsFor(rule, { threshold })).toEqual(cells);
  });

  it('names the uncoloured values', () => {
    expect(findingsOf(rule, contextOf([indicator(2, { threshold: 'Grön 10-12 Gul 14-16' })]))).toEqual([
      {
        code: 'threshold.gap',
        severity: 'warning',
        sheet: 'Verksamhetsplan',
        cell: 'D2',
        message: 'Tröskeln "Grön 10-12 Gul 14-16" lämnar 13 utan färg mellan Grön och Gul. Flytta en av gränserna så att banden möts.',
      },
    ]);
    const seg = [indicator(2, { threshold: 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,5-1,7' })];
    expect(findingsOf(rule, contextOf(seg, { lang: 'en' }))[0].message).toContain('(SÄBO) leaves 1.4 without a colour between Green and Yellow');
  });
});
