import { describe, expect, it } from 'vitest';
import rule from './threshold-direction-conflict';
import { cellsFor, contextOf, findingsOf, indicator } from '../../../test/fixtures/indicators';

describe('threshold.direction-conflict', () => {
  it.each<[string, 'higher' | 'lower' | null, string[]]>([
    ['Grön 82 Gul 76', null, []],
    ['Grön 82 Gul 76', 'higher', []],
    ['Grön 82 Gul 76', 'lower', ['D2']],
    ['Grön 6,5 Gul 7', 'lower', []],
    ['Grön 6,5 Gul 7', 'higher', ['D2']],
    ['Grön Öka med 10% Gul öka med 5%', 'higher', []],
    ['Grön Öka med 10% Gul öka med 5%', 'lower', ['D2']],
    ['Grön 10 eller fler Gul 12 eller fler', null, ['D2']],
    ['Grön 5 eller färre Gul 6 eller fler', null, ['D2']],
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 'lower', []],
    // Rank is "among the best" whatever the measure's own direction.
    ['Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', 'lower', []],
    ['Grön 80', 'lower', []],
  ])('%j declared %s', (threshold, declared, cells) => {
    expect(cellsFor(rule, { threshold, declared })).toEqual(cells);
  });

  it.each([
    ['Grön 82 Gul 76', 'lower' as const, 'Tröskeln "Grön 82 Gul 76" för indikatorn "Helhetssyn särskilt boende" säger att högre är bättre, men riktningen är angiven som Minska. Rätta gränserna eller riktningen så att de säger samma sak.'],
    ['Grön 10 eller fler Gul 12 eller fler', null, 'Tröskeln "Grön 10 eller fler Gul 12 eller fler" för indikatorn "Helhetssyn särskilt boende" säger med ord att högre är bättre, men gränsernas ordning säger att lägre är bättre. Byt plats på gränserna för Grön och Gul eller rätta orden.'],
  ])('message for %j', (threshold, declared, message) => {
    expect(findingsOf(rule, contextOf([indicator(2, { threshold, declared })]))).toEqual([
      { code: 'threshold.direction-conflict', severity: 'error', sheet: 'Verksamhetsplan', cell: 'D2', message },
    ]);
  });

  it('English message', () => {
    expect(findingsOf(rule, contextOf([indicator(2, { threshold: 'Grön 6,5 Gul 7', declared: 'higher' })], { lang: 'en' }))[0].message).toContain(
      'says lower is better, but the direction is given as Increase (Öka)',
    );
  });
});
