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
  // Every way a threshold can contradict itself or its Öka/Minska, in both languages, word for word.
  it.each<[string, 'higher' | 'lower' | null, 'sv' | 'en', string[]]>([
    ['Grön 6,5 Gul 7', 'higher', 'sv', ['Tröskeln "Grön 6,5 Gul 7" för indikatorn "Helhetssyn särskilt boende" säger att lägre är bättre, men riktningen är angiven som Öka. Rätta gränserna eller riktningen så att de säger samma sak.']],
    ['Grön 6,5 Gul 7', 'higher', 'en', ['The threshold "Grön 6,5 Gul 7" of the indicator "Helhetssyn särskilt boende" says lower is better, but the direction is given as Increase (Öka). Correct the bounds or the direction so that they agree.']],
    ['Grön 82 Gul 76', 'lower', 'en', ['The threshold "Grön 82 Gul 76" of the indicator "Helhetssyn särskilt boende" says higher is better, but the direction is given as Decrease (Minska). Correct the bounds or the direction so that they agree.']],
    // Upper and lower bounds mixed: the words say both.
    ['Grön 5 eller färre Gul 6 eller fler', null, 'sv', ['Tröskeln "Grön 5 eller färre Gul 6 eller fler" för indikatorn "Helhetssyn särskilt boende" blandar övre och nedre gränser (t.ex. "eller färre" och "eller fler"), så det går inte att avgöra om högre eller lägre är bättre. Använd samma slags gräns för alla färger.']],
    ['Grön 5 eller färre Gul 6 eller fler', null, 'en', ['The threshold "Grön 5 eller färre Gul 6 eller fler" of the indicator "Helhetssyn särskilt boende" mixes upper and lower bounds ("or fewer" and "or more"), so it cannot tell whether higher or lower is better. Use the same kind of bound for every colour.']],
    // The words against the order of the numbers, both ways round.
    ['Grön 5 eller färre Gul 3 eller färre', null, 'sv', ['Tröskeln "Grön 5 eller färre Gul 3 eller färre" för indikatorn "Helhetssyn särskilt boende" säger med ord att lägre är bättre, men gränsernas ordning säger att högre är bättre. Byt plats på gränserna för Grön och Gul eller rätta orden.']],
    ['Grön 10 eller fler Gul 12 eller fler', null, 'en', ['The threshold "Grön 10 eller fler Gul 12 eller fler" of the indicator "Helhetssyn särskilt boende" says in words that higher is better, but the order of its bounds says lower is better. Swap the Green and Yellow bounds or correct the words.']],
    ['Grön 5 eller färre Gul 3 eller färre', null, 'en', ['The threshold "Grön 5 eller färre Gul 3 eller färre" of the indicator "Helhetssyn särskilt boende" says in words that lower is better, but the order of its bounds says higher is better. Swap the Green and Yellow bounds or correct the words.']],
    // Seed 003's segments: one finding per part, the part named.
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul Htj 14-15, SÄBO 1,4-1,7', 'higher', 'sv', [
      'Tröskeln "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul Htj 14-15, SÄBO 1,4-1,7" (Htj) för indikatorn "Helhetssyn särskilt boende" säger att lägre är bättre, men riktningen är angiven som Öka. Rätta gränserna eller riktningen så att de säger samma sak.',
      'Tröskeln "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul Htj 14-15, SÄBO 1,4-1,7" (SÄBO) för indikatorn "Helhetssyn särskilt boende" säger att lägre är bättre, men riktningen är angiven som Öka. Rätta gränserna eller riktningen så att de säger samma sak.',
    ]],
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul Htj 14-15, SÄBO 1,4-1,7', 'higher', 'en', [
      'The threshold "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul Htj 14-15, SÄBO 1,4-1,7" (Htj) of the indicator "Helhetssyn särskilt boende" says lower is better, but the direction is given as Increase (Öka). Correct the bounds or the direction so that they agree.',
      'The threshold "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul Htj 14-15, SÄBO 1,4-1,7" (SÄBO) of the indicator "Helhetssyn särskilt boende" says lower is better, but the direction is given as Increase (Öka). Correct the bounds or the direction so that they agree.',
    ]],
  ])('%j declared %s, in %s', (threshold, declared, lang, messages) => {
    expect(findingsOf(rule, contextOf([indicator(2, { threshold, declared })], { lang })).map((f) => f.message)).toEqual(messages);
  });

  it('describes itself in both languages', () => {
    expect(rule.description).toEqual({
      sv: 'Tröskelns band motsäger varandra eller angiven riktning (Öka/Minska).',
      en: 'The threshold bands contradict each other or the declared direction (Öka/Minska).',
    });
  });
});
