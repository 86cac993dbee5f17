import { describe, expect, it } from 'vitest';
import { parseThreshold, readDirectionOnly } from './parse';
import type { Threshold } from './types';
import { WORDS, alt, isWord, word } from './words';

const parsed = (text: string): Threshold => {
  const p = parseThreshold(text);
  if (!p.ok) throw new Error(`not read: ${text}: ${p.reason}`);
  return p.threshold;
};
const bands = (text: string) => {
  const t = parsed(text);
  if (!('bands' in t)) throw new Error(`no bands: ${text}`);
  return t.bands.map((b) => [b.status, b.bound.op, b.bound.value, ...(b.bound.to === undefined ? [] : [b.bound.to])]);
};
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

// Every word of the grammar's one table (SPEC §3) is read where it belongs: a word added to or
// lost from the table shows here, word by word.
describe('every threshold word is read in its place', () => {
  it.each(WORDS.green.map((w) => [w]))('green: %s', (w) => {
    expect(bands(`${cap(w)} 82 Gul 76`)).toEqual([['green', '>=', 82], ['yellow', '>=', 76]]);
  });
  it.each(WORDS.yellow.map((w) => [w]))('yellow: %s', (w) => {
    expect(bands(`Grön 82 ${cap(w)} 76`)).toEqual([['green', '>=', 82], ['yellow', '>=', 76]]);
  });
  it.each(WORDS.red.map((w) => [w]))('red: %s', (w) => {
    expect(bands(`Grön 82 Gul 76 ${cap(w)} under 76`)).toEqual([['green', '>=', 82], ['yellow', '>=', 76], ['red', '<', 76]]);
  });
  it.each(WORDS.atMost.map((w) => [w]))('at most: %s', (w) => {
    expect(bands(`Grön ${w} 5 Gul ${w} 10`)).toEqual([['green', '<=', 5], ['yellow', '<=', 10]]);
  });
  it.each(WORDS.below.map((w) => [w]))('below: %s', (w) => {
    expect(bands(`Grön ${w} 5 Gul ${w} 10`)).toEqual([['green', '<', 5], ['yellow', '<', 10]]);
  });
  it.each(WORDS.atLeast.map((w) => [w]))('at least: %s', (w) => {
    expect(bands(`Grön ${w} 82 Gul ${w} 76`)).toEqual([['green', '>=', 82], ['yellow', '>=', 76]]);
  });
  it.each(WORDS.above.map((w) => [w]))('above: %s', (w) => {
    expect(bands(`Grön ${w} 82 Gul ${w} 76`)).toEqual([['green', '>', 82], ['yellow', '>', 76]]);
  });
  it.each(WORDS.orLess.map((w) => [w]))('or less: %s', (w) => {
    expect(bands(`Grön 13 ${w} Gul 15 ${w}`)).toEqual([['green', '<=', 13], ['yellow', '<=', 15]]);
  });
  it.each(WORDS.orMore.map((w) => [w]))('or more: %s', (w) => {
    expect(bands(`Grön 82 ${w} Gul 76 ${w}`)).toEqual([['green', '>=', 82], ['yellow', '>=', 76]]);
  });
  it.each(WORDS.rangeSep.map((w) => [w]))('range: %s', (w) => {
    const sep = /\p{L}/u.test(w) ? ` ${w} ` : w;
    expect(bands(`Grön 80${sep}100 Gul 60${sep}79`)).toEqual([['green', 'range', 80, 100], ['yellow', 'range', 60, 79]]);
  });
  it.each(WORDS.yes.flatMap((y) => WORDS.no.map((n) => [y, n])))('yes %s, no %s', (y, n) => {
    expect(parsed(`Grön ${cap(y)} Röd ${cap(n)}`)).toMatchObject({ direction: 'yes-no', yes: 'green', no: 'red' });
    expect(parsed(`Grön ${n} Röd ${y}`)).toMatchObject({ direction: 'yes-no', yes: 'red', no: 'green' });
  });
  it.each(WORDS.yes.map((w) => [w]))('a share answering yes: %s 95%%', (w) => {
    expect(parsed(`Grön ${w} 95% Gul ${w} 90%`)).toMatchObject({ direction: 'yes-no', share: { bands: [{ status: 'green', bound: { op: '>=', value: 95 } }, { status: 'yellow', bound: { op: '>=', value: 90 } }] } });
  });
  it.each(WORDS.increase.flatMap((w) => [...WORDS.by, ''].map((by) => [w, by])))('increase: %s %s', (w, by) => {
    const t = parsed(`Grön ${cap(w)} ${by} 10% Gul ${w} ${by} 5%`.replace(/ +/g, ' '));
    expect(t).toMatchObject({ direction: 'change', better: 'higher', unit: '%' });
    expect(bands(t.text)).toEqual([['green', '>=', 10], ['yellow', '>=', 5]]);
    expect(readDirectionOnly(cap(w))).toBe('higher');
  });
  it.each(WORDS.decrease.flatMap((w) => [...WORDS.by, ''].map((by) => [w, by])))('decrease: %s %s', (w, by) => {
    const t = parsed(`Grön ${cap(w)} ${by} 10% Gul ${w} ${by} 5%`.replace(/ +/g, ' '));
    expect(t).toMatchObject({ direction: 'change', better: 'lower', unit: '%' });
    expect(bands(t.text)).toEqual([['green', '<=', -10], ['yellow', '<=', -5]]);
    expect(readDirectionOnly(w)).toBe('lower');
  });
  it.each(WORDS.best.map((w) => [w]))('rank: 25%% %s, and %s 25%%', (w) => {
    expect(bands(`Grön 25% ${w} Gul 26-50% ${w}`)).toEqual([['green', '<=', 25], ['yellow', 'range', 26, 50]]);
    expect(bands(`Grön ${w} 25% Gul ${w} 50%`)).toEqual([['green', '<=', 25], ['yellow', '<=', 50]]);
  });
  it.each(WORDS.top.map((w) => [w]))('rank: %s 25%%', (w) => {
    expect(parsed(`Grön ${w} 25% Gul ${w} 50%`)).toMatchObject({ direction: 'rank' });
    expect(bands(`Grön ${w} 25% Gul ${w} 50%`)).toEqual([['green', '<=', 25], ['yellow', '<=', 50]]);
  });
  it.each(WORDS.percent.map((w) => [w]))('percent: 82 %s', (w) => {
    expect(parsed(`Grön 82 ${w} Gul 76 ${w}`)).toMatchObject({ direction: 'higher', unit: '%' });
  });
  it.each(WORDS.unit.map((w) => [w]))('unit: 500 %s', (w) => {
    const t = parsed(`Grön högst 500 ${w} Gul högst 800 ${w}`);
    expect(t).toMatchObject({ direction: 'lower', unit: '' });
    expect(bands(t.text)).toEqual([['green', '<=', 500], ['yellow', '<=', 800]]);
    expect((t as { unitWord?: string }).unitWord?.toLowerCase()).toBe(w);
  });
  it.each(WORDS.baseline.map((w) => [w]))('today: %s Röd', (w) => {
    const p = parseThreshold(`${cap(w)} Röd Grön 82 Gul 76`);
    expect(p.ok && p.currentStatus).toBe('red');
    expect(bands(`${cap(w)} Röd Grön 82 Gul 76`)).toEqual([['green', '>=', 82], ['yellow', '>=', 76]]);
  });
  it.each(WORDS.target.map((w) => [w]))('a single target: %s: minst 82', (w) => {
    expect(bands(`${cap(w)}: minst 82`)).toEqual([['green', '>=', 82]]);
    expect(bands(`${cap(w)} högst 5`)).toEqual([['green', '<=', 5]]);
  });
});

describe('threshold words in any case', () => {
  it.each<[string, (string | number)[][]]>([
    ['GRÖN HÖGST 5 GUL HÖGST 10', [['green', '<=', 5], ['yellow', '<=', 10]]],
    ['Grön UNDER 5 Gul Under 10', [['green', '<', 5], ['yellow', '<', 10]]],
    ['Grön MINST 82 Gul Minst 76', [['green', '>=', 82], ['yellow', '>=', 76]]],
    ['Grön ÖVER 82 Gul Över 76', [['green', '>', 82], ['yellow', '>', 76]]],
    ['Grön 13 ELLER FÄRRE Gul 15 Eller färre', [['green', '<=', 13], ['yellow', '<=', 15]]],
    ['Grön 82 ELLER MER Gul 76 Eller Mer', [['green', '>=', 82], ['yellow', '>=', 76]]],
    ['Grön 80 TILL 100 Gul 60 Till 79', [['green', 'range', 80, 100], ['yellow', 'range', 60, 79]]],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });

  it.each<[string, 'higher' | 'lower' | null]>([
    ['Öka', 'higher'],
    ['ÖKA', 'higher'],
    ['Öka.', 'higher'],
    ['Öka!!', 'higher'],
    ['Minska!', 'lower'],
    [' minska. ', 'lower'],
    ['Öka med 5', null],
    ['Ökande', null],
    ['', null],
  ])('a direction alone: %j', (text, direction) => {
    expect(readDirectionOnly(text)).toBe(direction);
  });
});

describe('the table\'s helpers', () => {
  it('alt: every word of the kinds, longest first, spaces as any run of spaces, specials escaped', () => {
    // Equal lengths keep the table's order.
    expect(alt('orMore')).toBe('(?:eller\\s+högre|eller\\s+flera|eller\\s+fler|eller\\s+mera|eller\\s+över|eller\\s+mer|or\\s+higher|or\\s+above|or\\s+more)');
    expect(alt('yes', 'no')).toBe('(?:yes|nej|ja|no)');
    expect(new RegExp(`^${alt('atMost')}$`).test('max.')).toBe(true);
    expect(new RegExp(`^${alt('atMost')}$`).test('maxx')).toBe(false);
    expect(new RegExp(`^${alt('atMost')}$`).test('at   most')).toBe(true);
  });
  it('word: the first word of a kind is what the printer writes', () => {
    expect([word('green'), word('yellow'), word('red'), word('atLeast'), word('rangeSep'), word('increase'), word('by')]).toEqual(['grön', 'gul', 'röd', 'minst', '–', 'öka', 'med']);
  });
  it('isWord: any case, whole words only', () => {
    expect(isWord('green', 'GRÖN')).toBe(true);
    expect(isWord('green', 'grönare')).toBe(false);
    expect(isWord('decrease', 'Minska')).toBe(true);
    expect(isWord('decrease', 'öka')).toBe(false);
  });
});
