import { describe, expect, it } from 'vitest';
import { parseThreshold } from './parse';
import { formatThreshold, numberText } from './print';

describe('formatThreshold: one canonical text per threshold, in the grammar\'s first words', () => {
  it.each([
    ['Grön 82 Gul 76', 'Grön minst 82 Gul minst 76'],
    ['Grön 6,5 Gul 7', 'Grön högst 6,5 Gul högst 7'],
    ['Grön 0% Gul 0,5%', 'Grön högst 0 % Gul högst 0,5 %'],
    ['Green > 90 Yellow 80-90 Red < 80', 'Grön över 90 Gul 80–90 Röd under 80'],
    ['Grön högst 500 tkr Gul högst 800 tkr', 'Grön högst 500 tkr Gul högst 800 tkr'],
    ['Minst 82', 'Grön minst 82'],
    ['Grön Ja Röd Nej', 'Grön Ja Röd Nej'],
    ['Grön Nej Gul Ja', 'Gul Ja Grön Nej'],
    ['Finns ja eller nej Grön ja 95% Gul ja 90%', 'Grön ja minst 95 % Gul ja minst 90 %'],
    ['Gul Nej Grön ja 95%', 'Gul Nej Grön ja minst 95 %'],
    ['Gul Ja Grön ja 95%', 'Gul Ja Grön ja minst 95 %'],
    ['Grön Öka med 10% Gul öka med 5%', 'Grön öka med 10 % Gul öka med 5 %'],
    ['Grön Minska med 3 dagar Gul minska med 1 dag', 'Grön minska med 3 dagar Gul minska med 1 dagar'],
    ['Grön Minska med 0 Gul öka med 2', 'Grön minska med 0 Gul öka med 2'],
    ['Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', 'Grön 25 % bästa Gul 26–50 % bästa'],
    ['Grön under 25% bästa', 'Grön under 25 % bästa'],
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 'Grön Htj högst 13, SÄBO högst 1,3 Gul Htj 14–15, SÄBO 1,4–1,7'],
    ['Grön Htj minst 90 %, SÄBO högst 5 dagar Röd Htj under 80 %', 'Grön Htj minst 90 %, SÄBO högst 5 dagar Röd Htj under 80 %'],
  ])('%s → %s', (text, printed) => {
    const p = parseThreshold(text);
    expect(p.ok && formatThreshold(p.threshold)).toBe(printed);
  });

  it.each<[number, number, string]>([
    [82, 0, '82'],
    [6.5, 1, '6,5'],
    [6.5, 2, '6,50'],
    [-3, 0, '−3'],
    [1060, 0, '1060'],
    [0.125, -1, '0'],
    [1e21, 0, '1000000000000000000000'],
  ])('numberText(%d, %d) = %s', (value, decimals, text) => {
    expect(numberText(value, decimals)).toBe(text);
  });
});
