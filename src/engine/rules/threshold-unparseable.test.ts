import { describe, expect, it } from 'vitest';
import rule from './threshold-unparseable';
import { cellsFor, contextOf, findingsOf, indicator } from '../../../test/fixtures/indicators';

describe('threshold.unparseable', () => {
  it.each([
    ['Grön 82 Gul 76', []],
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', []],
    ['Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', []],
    ['Nuläge (2023): Nej Verkställda inom tre månader <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%', []],
    ['Grön bra Gul sämre', ['D2']],
    ['Mäts via enkät', ['D2']],
    ['Kr/invånare Nuläge Röd', ['D2']],
    ['Grön Ja Gul 76', ['D2']],
    // Issue 9: targets without colour words, units and three written bands are understood.
    ['Minst 82', []],
    ['≥ 82', []],
    ['82 eller högre', []],
    ['Högst 5', []],
    ['Max 5 %', []],
    ['Under 7', []],
    ['Grön högst 500 tkr Gul högst 800 tkr', []],
    ['Grön: 80–100 Gul: 60–79 Röd: under 60', []],
    ['Grön >90%, Gul 80-90%, Röd <80%', []],
    ['Öka', []],
    ['82', ['D2']],
  ])('%j', (threshold, cells) => {
    expect(cellsFor(rule, { threshold })).toEqual(cells);
  });

  it('says why and how to write it, in Swedish and English', () => {
    const ind = [indicator(3, { name: 'HME', threshold: 'Grön bra Gul sämre' })];
    expect(findingsOf(rule, contextOf(ind))[0]).toEqual({
      code: 'threshold.unparseable',
      severity: 'error',
      sheet: 'Verksamhetsplan',
      cell: 'D3',
      message:
        'Tröskeln "Grön bra Gul sämre" för indikatorn "HME" går inte att tolka: villkoret för Grön ("bra") går inte att läsa. Skriv den som färgord följt av en gräns, t.ex. "Grön 82 Gul 76", "Grön 6,5 Gul 7" eller "Grön Ja Röd Nej".',
    });
    expect(findingsOf(rule, contextOf(ind, { lang: 'en' }))[0].message).toContain('the condition for Green ("bra") cannot be read');
  });

  it('a bare number says to give it a direction', () => {
    const f = findingsOf(rule, contextOf([indicator(3, { name: 'HME', threshold: '82' })]))[0];
    expect(f.message).toContain('ett tal utan riktning; skriv t.ex. "Minst 82" eller "Högst 82", eller ange Öka/Minska');
  });
});
