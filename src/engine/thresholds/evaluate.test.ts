import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CellValue } from '../types';
import { parseThreshold } from './parse';
import { evaluate, readRank, readSegments } from './evaluate';
import type { Threshold } from './types';

function th(text: string, declared: 'higher' | 'lower' | null = null): Threshold {
  const p = parseThreshold(text, declared);
  if (!p.ok) throw new Error(`not parsed: ${text}: ${p.reason}`);
  return p.threshold;
}

// Every threshold form of SPEC §3 with the seed 002 text verbatim: one green, yellow and red value each.
const FORMS: [string, CellValue, string | undefined, CellValue | undefined, 'green' | 'yellow' | 'red'][] = [
  ['Grön 82 Gul 76', 82, undefined, undefined, 'green'],
  ['Grön 82 Gul 76', 90, undefined, undefined, 'green'],
  ['Grön 82 Gul 76', 81, undefined, undefined, 'yellow'],
  ['Grön 82 Gul 76', 76, undefined, undefined, 'yellow'],
  ['Grön 82 Gul 76', 75, undefined, undefined, 'red'],
  ['Grön 82 Gul 76', 0.82, '0%', undefined, 'green'],
  ['Grön 82 Gul 76', 0.8, '0%', undefined, 'yellow'],
  ['Grön 6,5 Gul 7', 6.5, undefined, undefined, 'green'],
  ['Grön 6,5 Gul 7', 6.54, undefined, undefined, 'green'],
  ['Grön 6,5 Gul 7', 6.55, undefined, undefined, 'yellow'],
  ['Grön 6,5 Gul 7', '7', undefined, undefined, 'yellow'],
  ['Grön 6,5 Gul 7', '7,2', undefined, undefined, 'red'],
  ['Grön 0% Gul 0,5%', 0, '0.0%', undefined, 'green'],
  ['Grön 0% Gul 0,5%', 0.004, '0.0%', undefined, 'yellow'],
  ['Grön 0% Gul 0,5%', '0,5 %', undefined, undefined, 'yellow'],
  ['Grön 0% Gul 0,5%', '−1,2%', undefined, undefined, 'green'],
  ['Grön 0% Gul 0,5%', 0.009, '0.0%', undefined, 'red'],
  ['Grön Ja Röd Nej', 'Ja', undefined, undefined, 'green'],
  ['Grön Ja Röd Nej', 'nej', undefined, undefined, 'red'],
  ['Grön Ja Röd Nej', true, undefined, undefined, 'green'],
  ['Grön Ja Röd Nej', 'No', undefined, undefined, 'red'],
  ['Finns <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%', 0.96, '0%', undefined, 'green'],
  ['Finns <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%', '92 %', undefined, undefined, 'yellow'],
  ['Finns <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%', 0.85, '0%', undefined, 'red'],
  ['Nuläge (2023): Nej Verkställda inom tre månader <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%', 'Ja', undefined, undefined, 'green'],
  ['Nuläge (2023): Nej Verkställda inom tre månader <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%', '90%', undefined, undefined, 'yellow'],
  ['Nuläge (2023): Nej Verkställda inom tre månader <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%', 'Nej', undefined, undefined, 'red'],
  ['Andel positiva svar Grön 75% Gul 50%', '80%', undefined, undefined, 'green'],
  ['Andel positiva svar Grön 75% Gul 50%', 0.6, '0%', undefined, 'yellow'],
  ['Andel positiva svar Grön 75% Gul 50%', 49, undefined, undefined, 'red'],
  ['Grön Öka med 10% Gul öka med 5%', 66, undefined, 60, 'green'],
  ['Grön Öka med 10% Gul öka med 5%', '+12%', undefined, undefined, 'green'],
  ['Grön Öka med 10% Gul öka med 5%', 63, undefined, 60, 'yellow'],
  ['Grön Öka med 10% Gul öka med 5%', 61, undefined, 60, 'red'],
  ['Grön Öka med 10% Gul öka med 5%', '−2%', undefined, undefined, 'red'],
  ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 'Htj 12; SÄBO 1,2', undefined, undefined, 'green'],
  ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 'HTJ 13, säbo 1,5', undefined, undefined, 'yellow'],
  ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 'Htj: 14\nSÄBO: 1,3', undefined, undefined, 'yellow'],
  ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 'Htj 12; SÄBO 1,8', undefined, undefined, 'red'],
  ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 'Htj 16; SÄBO 1,2', undefined, undefined, 'red'],
  ['Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', '3/12', undefined, undefined, 'green'],
  ['Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', 'plats 5 av 12', undefined, undefined, 'yellow'],
  ['Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', '7 av 12', undefined, undefined, 'red'],
  ['Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa', '20%', undefined, undefined, 'green'],
  ['Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa', '6/12', undefined, undefined, 'yellow'],
  ['Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa', 0.8, '0%', undefined, 'red'],
  ['Green 90 or more Yellow 80-89 Red below 80', 95, undefined, undefined, 'green'],
  ['Green 90 or more Yellow 80-89 Red below 80', 85, undefined, undefined, 'yellow'],
  ['Green 90 or more Yellow 80-89 Red below 80', 79, undefined, undefined, 'red'],
  ['Grön högst 5 Gul 6–8', 5, undefined, undefined, 'green'],
  ['Grön högst 5 Gul 6–8', 8, undefined, undefined, 'yellow'],
  ['Grön högst 5 Gul 6–8', 9, undefined, undefined, 'red'],
  ['Grön minst 20 Gul 15 eller mer', 20, undefined, undefined, 'green'],
  ['Grön minst 20 Gul 15 eller mer', 15, undefined, undefined, 'yellow'],
  ['Grön minst 20 Gul 15 eller mer', 14, undefined, undefined, 'red'],
  ['Grön ≤ 2 Gul < 4', 2, undefined, undefined, 'green'],
  ['Grön ≤ 2 Gul < 4', 3, undefined, undefined, 'yellow'],
  ['Grön ≤ 2 Gul < 4', 4, undefined, undefined, 'red'],
  ['Grön 1 060 Gul 900', '1 100', undefined, undefined, 'green'],
  ['Grön 1 060 Gul 900', 1000, undefined, undefined, 'yellow'],
  ['Grön 1 060 Gul 900', 899, undefined, undefined, 'red'],
];

describe('evaluate: every SPEC §3 form', () => {
  it.each(FORMS)('%s with %j (fmt %s, baseline %s) → %s', (text, value, fmt, baseline, expected) => {
    expect(evaluate(th(text), value, { fmt, baseline })).toMatchObject({ status: expected });
  });
});

describe('evaluate: problems', () => {
  it.each([
    ['Grön 82 Gul 76', { error: '#DIV/0!' }, { problem: 'unparseable', value: '#DIV/0!' }],
    ['Grön 82 Gul 76', 'ej mätt', { problem: 'unparseable', value: 'ej mätt' }],
    ['Grön Ja Röd Nej', 'kanske', { problem: 'unparseable', value: 'kanske' }],
    ['Grön Ja Röd Nej', 95, { problem: 'unparseable', value: '95' }],
    ['Grön 25% bästa Gul 26-50% bästa', '3', { problem: 'unparseable', value: '3' }],
    ['Grön 25% bästa Gul 26-50% bästa', '13/12', { problem: 'unparseable', value: '13/12' }],
    [
      'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7',
      'Htj 12',
      { problem: 'segment-missing', missingSegments: ['SÄBO'], value: 'Htj 12' },
    ],
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 12, { problem: 'unparseable', value: '12' }],
  ] as const)('%s with %j', (text, value, expected) => {
    expect(evaluate(th(text), value as CellValue, {})).toEqual(expected);
  });

  it('an empty result has no colour and no problem', () => {
    expect(evaluate(th('Grön 82 Gul 76'), null, {})).toEqual({ status: 'none', value: null });
    expect(evaluate(th('Grön 82 Gul 76'), '  ', {})).toEqual({ status: 'none', value: null });
  });

  it('a change without a baseline gets no colour (needs-baseline is reported instead)', () => {
    expect(evaluate(th('Grön Öka med 10% Gul öka med 5%'), 66, {})).toMatchObject({ status: 'none', value: 66, why: { kind: 'change', base: null, change: null } });
  });

  it('a value in a gap gets no colour', () => {
    expect(evaluate(th('Grön 10-12 Gul 14-16'), 13, {})).toMatchObject({ status: 'none', value: 13, why: { kind: 'number', c: { status: 'none', rounded: 13 } } });
  });

  it.each([
    ['Htj 12; SÄBO 1,35', 'none'],
    ['Htj 16; SÄBO 1,35', 'red'],
  ])('a segment in a gap: %s → %s', (value, status) => {
    expect(evaluate(th('Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,5-1,7'), value, {})).toMatchObject({ status });
  });

  it('a declared Minska decides bare equal bounds', () => {
    expect(evaluate(th('Grön 80 Gul 80', 'lower'), 79, {})).toMatchObject({ status: 'green' });
    expect(evaluate(th('Grön 80 Gul 80', 'lower'), 81, {})).toMatchObject({ status: 'red' });
  });
});

describe('result readers', () => {
  it.each([
    ['3/12', 25],
    ['plats 3 av 12', 25],
    ['3 av 12', 25],
    ['Plats 6 av 12', 50],
    ['20 %', 20],
  ])('readRank %s → %d', (s, pct) => {
    expect(readRank(s)).toBe(pct);
  });

  it('readRank reads any position it is given, in every written form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom('%p/%n', 'plats %p av %n', '%p av %n', 'Plats %p av %n'), (n, k, form) => {
        const pos = (k % n) + 1;
        expect(readRank(form.replace('%p', String(pos)).replace('%n', String(n)))).toBeCloseTo((pos / n) * 100, 9);
      }),
    );
    fc.assert(fc.property(fc.string(), (s) => void readRank(s)));
  });

  it('readSegments reads back labelled values it is given', () => {
    const label = fc.constantFrom('Htj', 'SÄBO', 'Ordinärt boende', 'LSS');
    fc.assert(
      fc.property(fc.uniqueArray(label, { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 4, maxLength: 4 }), fc.constantFrom('; ', ', ', '\n'), (labels, vals, sep) => {
        const text = labels.map((l, i) => `${l} ${vals[i] / 10}`.replace('.', ',')).join(sep);
        const got = readSegments(text)!;
        expect([...got.keys()]).toEqual(labels.map((l) => l.toLowerCase().replace('ä', 'a')));
        labels.forEach((l, i) => expect(got.get(l.toLowerCase().replace('ä', 'a'))).toBe(String(vals[i] / 10).replace('.', ',')));
      }),
    );
    fc.assert(fc.property(fc.string(), (s) => void readSegments(s)));
  });

  it('readSegments keeps decimal commas inside values', () => {
    expect([...readSegments('Htj 12, SÄBO 1,2')!.entries()]).toEqual([
      ['htj', '12'],
      ['sabo', '1,2'],
    ]);
  });

  it('never throws, and whatever it colours is a known status', () => {
    const texts = ['Grön 82 Gul 76', 'Grön 6,5 Gul 7', 'Grön Ja Röd Nej', 'Grön ja 95% Gul ja 90%', 'Grön Öka med 10% Gul öka med 5%',
      'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 'Grön 25% bästa Gul 26-50% bästa'].map((t) => th(t));
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.record({ error: fc.string() }));
    fc.assert(
      fc.property(fc.constantFrom(...texts), cell, fc.option(fc.constantFrom('0%', '0.0%', '# ##0')), (t, v, fmt) => {
        const r = evaluate(t, v as CellValue, { fmt: fmt ?? undefined, baseline: 50 });
        if ('status' in r) expect(['green', 'yellow', 'red', 'none']).toContain(r.status);
        else expect(['unparseable', 'segment-missing']).toContain(r.problem);
      }),
    );
  });

  it('higher-is-better is monotone: a larger number is never a worse colour', () => {
    const t = th('Grön 82 Gul 76');
    const rank = { green: 0, yellow: 1, red: 2, none: 3 } as const;
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (x, d) => {
        const a = evaluate(t, x, {});
        const b = evaluate(t, x + d, {});
        if ('status' in a && 'status' in b) expect(rank[b.status]).toBeLessThanOrEqual(rank[a.status]);
      }),
    );
  });
});

const band = (status: string, op: string, value: number, decimals = 0, to?: number) => ({ status, bound: { op, value, decimals, ...(to === undefined ? {} : { to }) } });

describe('evaluate: what each result says, exactly (issue 15)', () => {
  it('a reversed yes/no threshold colours Ja red and Nej green', () => {
    const t = th('Grön Nej Röd Ja');
    expect(evaluate(t, 'Ja')).toEqual({ status: 'red', value: 'Ja', why: { kind: 'answer', yes: true } });
    expect(evaluate(t, 'Nej')).toEqual({ status: 'green', value: 'Nej', why: { kind: 'answer', yes: false } });
  });

  it.each<[CellValue, boolean]>([
    ['Ja', true], ['ja ', true], ['JA', true], ['Yes', true], ['true', true], ['SANT', true], ['x', true], ['X', true], [true, true],
    ['Nej', false], [' nej', false], ['No', false], ['false', false], ['Falskt', false], [false, false],
  ])('a yes/no answer: %j', (v, yes) => {
    expect(evaluate(th('Grön Ja Röd Nej'), v)).toEqual({ status: yes ? 'green' : 'red', value: yes ? 'Ja' : 'Nej', why: { kind: 'answer', yes } });
  });

  it.each<[CellValue, CellValue]>([['kanske', 'kanske'], ['Ja, delvis', 'Ja, delvis'], [1, '1'], [0.9, '0.9'], [{ error: '#N/A' }, '#N/A']])('no yes/no answer and no share: %j is unparseable', (v, shown) => {
    expect(evaluate(th('Grön Ja Röd Nej'), v)).toEqual({ problem: 'unparseable', value: shown });
  });

  it('beside a share answering yes, a number is the share', () => {
    const t = th('Grön ja 95% Gul ja 90%');
    expect(evaluate(t, 0.92, { fmt: '0%' })).toEqual({
      status: 'yellow',
      value: 92,
      why: { kind: 'number', value: 92, unit: '%', c: { status: 'yellow', rounded: 92, band: band('yellow', '>=', 90) } },
    });
    expect(evaluate(t, 'Ja')).toMatchObject({ status: 'green', value: 'Ja' });
    expect(evaluate(t, 'många')).toEqual({ problem: 'unparseable', value: 'många' });
  });

  it('a number: the band it fell in, and its unit', () => {
    expect(evaluate(th('Grön högst 500 tkr Gul högst 800 tkr'), 640)).toEqual({
      status: 'yellow',
      value: 640,
      why: { kind: 'number', value: 640, unit: '', unitWord: 'tkr', c: { status: 'yellow', rounded: 640, band: band('yellow', '<=', 800) } },
    });
    expect(evaluate(th('Grön 82 Gul 76'), '75')).toEqual({
      status: 'red',
      value: 75,
      why: { kind: 'number', value: 75, unit: '', c: { status: 'red', rounded: 75, beyond: band('yellow', '>=', 76) } },
    });
    expect(evaluate(th('Grön 82 Gul 76'), true)).toEqual({ problem: 'unparseable', value: 'true' });
    expect(evaluate(th('Grön 82 Gul 76'), ' ej mätt ')).toEqual({ problem: 'unparseable', value: 'ej mätt' });
  });

  it('an absolute change against the baseline (Öka med 5, Nuläge 60)', () => {
    const t = th('Grön Öka med 5 Gul öka med 2');
    expect(evaluate(t, 63, { baseline: 60 })).toEqual({
      status: 'yellow',
      value: 63,
      why: { kind: 'change', base: 60, value: 63, change: 3, unit: '', c: { status: 'yellow', rounded: 3, band: band('yellow', '>=', 2) } },
    });
    expect(evaluate(t, 65, { baseline: 60 })).toMatchObject({ status: 'green', why: { change: 5 } });
    expect(evaluate(t, 61, { baseline: 60 })).toMatchObject({ status: 'red', why: { change: 1 } });
    // Against a baseline of 0 an absolute change is still a change.
    expect(evaluate(t, 4, { baseline: 0 })).toMatchObject({ status: 'yellow', why: { base: 0, change: 4 } });
  });

  it.each<[string, 'green' | 'yellow' | 'red', number]>([
    // A result typed as text without a sign is the new level, compared with Nuläge like a number.
    ['63', 'yellow', 3],
    ['63 ', 'yellow', 3],
    ['65', 'green', 5],
    ['61', 'red', 1],
  ])('an unsigned text result %j against Nuläge 60 (Öka med 5) is the level: %s', (v, status, change) => {
    expect(evaluate(th('Grön Öka med 5 Gul öka med 2'), v, { baseline: 60 })).toMatchObject({ status, value: Number(v), why: { kind: 'change', base: 60, change } });
  });

  it('a percent change: against a baseline of 0 it cannot be computed', () => {
    expect(evaluate(th('Grön Öka med 10% Gul öka med 5%'), 5, { baseline: 0 })).toEqual({ status: 'none', value: 5, why: { kind: 'change', base: 0, value: 5, change: null, unit: '%' } });
  });

  it('a percent change from a negative baseline: moving up is an increase', () => {
    // −200 → −150 is +25 % of the baseline's size.
    expect(evaluate(th('Grön Öka med 10% Gul öka med 5%'), -150, { baseline: -200 })).toMatchObject({ status: 'green', why: { change: 25 } });
    expect(evaluate(th('Grön Öka med 10% Gul öka med 5%'), -250, { baseline: -200 })).toMatchObject({ status: 'red', why: { change: -25 } });
  });

  it.each<[CellValue, 'green' | 'yellow' | 'red', number]>([
    [88, 'green', -12],
    [93, 'yellow', -7],
    [97, 'red', -3],
    [105, 'red', 5],
  ])('Minska med 10%% from Nuläge 100: %j', (v, status, change) => {
    expect(evaluate(th('Grön Minska med 10% Gul minska med 5%'), v, { baseline: 100 })).toMatchObject({ status, why: { kind: 'change', base: 100, change } });
  });

  it.each<[string, CellValue, 'green' | 'yellow' | 'red', number]>([
    ['Grön Öka med 10% Gul öka med 5%', '+12%', 'green', 12],
    ['Grön Öka med 10% Gul öka med 5%', '  +7 %', 'yellow', 7],
    ['Grön Öka med 10% Gul öka med 5%', '−2%', 'red', -2],
    ['Grön Öka med 10% Gul öka med 5%', '-2%', 'red', -2],
    ['Grön Minska med 10% Gul minska med 5%', '–11%', 'green', -11],
    ['Grön Minska med 10% Gul minska med 5%', '+1 %', 'red', 1],
  ])('%s: a change written with its sign is the change itself, whatever the baseline: %j', (text, v, status, change) => {
    expect(evaluate(th(text), v, { baseline: 1000 })).toMatchObject({ status, value: change, why: { kind: 'change', base: null, value: change, change } });
  });

  it('a signed text that is no number is unparseable; a level needs a readable baseline', () => {
    const t = th('Grön Öka med 10% Gul öka med 5%');
    expect(evaluate(t, '+ mycket', { baseline: 60 })).toEqual({ problem: 'unparseable', value: '+ mycket' });
    expect(evaluate(t, 'mycket', { baseline: 60 })).toEqual({ problem: 'unparseable', value: 'mycket' });
    expect(evaluate(t, 66, { baseline: 'Nej' })).toEqual({ status: 'none', value: 66, why: { kind: 'change', base: null, value: 66, change: null, unit: '%' } });
    expect(evaluate(t, 66, { baseline: null })).toMatchObject({ status: 'none', why: { base: null, change: null } });
    // A percent-formatted baseline is read in percent points, like the result.
    expect(evaluate(t, 0.66, { fmt: '0%', baseline: 0.6, baselineFmt: '0%' })).toMatchObject({ status: 'green', value: 66, why: { base: 60, change: 10 } });
  });

  it('a change in a unit word keeps the unit for the reason', () => {
    expect(evaluate(th('Grön Minska med 3 dagar Gul minska med 1 dag'), 40, { baseline: 42 })).toEqual({
      status: 'yellow',
      value: 40,
      why: { kind: 'change', base: 42, value: 40, change: -2, unit: '', unitWord: 'dagar', c: { status: 'yellow', rounded: -2, band: band('yellow', '<=', -1) } },
    });
  });

  it('a rank with only a green band: inside the best quarter green, else red', () => {
    const t = th('Grön 25% bästa');
    expect(evaluate(t, '3/12')).toEqual({ status: 'green', value: '3/12', why: { kind: 'rank', shown: '3/12', position: 25, c: { status: 'green', rounded: 25, band: band('green', '<=', 25) } } });
    expect(evaluate(t, ' 4/12 ')).toMatchObject({ status: 'red', value: '4/12', why: { shown: '4/12', c: { status: 'red', rounded: 33, beyond: band('green', '<=', 25) } } });
    expect(evaluate(t, 0.2, { fmt: '0%' })).toEqual({ status: 'green', value: 20, why: { kind: 'rank', shown: '20', position: 20, c: { status: 'green', rounded: 20, band: band('green', '<=', 25) } } });
  });

  it.each<[CellValue, string | undefined]>([['0/12', undefined], ['13/12', undefined], ['3', undefined], ['3/0', undefined], [3, undefined], [0.2, '0.0'], [true, undefined]])('rank: %j (fmt %s) is no position', (v, fmt) => {
    expect(evaluate(th('Grön 25% bästa Gul 26-50% bästa'), v, { fmt })).toEqual({ problem: 'unparseable', value: String(v) });
  });

  it('segments: each part with its own unit, the worst colour decides', () => {
    const t = th('Grön Htj högst 10 dagar, SÄBO minst 90 % Gul Htj högst 14 dagar, SÄBO minst 80 %');
    expect(evaluate(t, ' Htj 12; SÄBO 95 % ')).toEqual({
      status: 'yellow',
      value: 'Htj 12; SÄBO 95 %',
      why: {
        kind: 'segments',
        parts: [
          { label: 'Htj', value: 12, unit: '', unitWord: 'dagar', c: { status: 'yellow', rounded: 12, band: band('yellow', '<=', 14) } },
          { label: 'SÄBO', value: 95, unit: '%', c: { status: 'green', rounded: 95, band: band('green', '>=', 90) } },
        ],
      },
    });
  });

  it.each<[string, string]>([
    ['Htj 12; SÄBO 1,2', 'green'],
    ['Htj 14; SÄBO 1,2', 'yellow'],
    ['Htj 12; SÄBO 1,5', 'yellow'],
    ['Htj 14; SÄBO 1,5', 'yellow'],
    ['Htj 16; SÄBO 1,5', 'red'],
    ['Htj 14; SÄBO 1,8', 'red'],
    ['Htj 16; SÄBO 1,2', 'red'],
    ['SÄBO 1,8; Htj 12', 'red'],
  ])('segments: %s → %s (the worst of the parts)', (v, status) => {
    expect(evaluate(th('Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7'), v)).toMatchObject({ status });
  });

  it('multi-word segment labels (Ordinärt boende, Särskilt boende)', () => {
    const t = th('Grön Ordinärt boende 13 eller färre, Särskilt boende 1,3 eller färre Gul Ordinärt boende 14-15, Särskilt boende 1,4-1,7');
    expect(evaluate(t, 'Ordinärt boende 12; Särskilt boende 1,5')).toMatchObject({ status: 'yellow', why: { parts: [{ label: 'Ordinärt boende', value: 12 }, { label: 'Särskilt boende', value: 1.5 }] } });
    expect(evaluate(t, 'Särskilt boende: 1,2\nordinärt boende: 16')).toMatchObject({ status: 'red' });
  });

  it.each<[CellValue, unknown]>([
    // Both labels missing are both named.
    ['LSS 3', { problem: 'segment-missing', missingSegments: ['Htj', 'SÄBO'], value: 'LSS 3' }],
    // A part whose value is no number makes the whole result unreadable.
    ['Htj 12-13; SÄBO 1,2', { problem: 'unparseable', value: 'Htj 12-13; SÄBO 1,2' }],
    ['Htj tolv; SÄBO 1,2', { problem: 'unparseable', value: 'Htj tolv; SÄBO 1,2' }],
    [true, { problem: 'unparseable', value: 'true' }],
  ])('segments: %j', (v, expected) => {
    expect(evaluate(th('Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7'), v)).toEqual(expected);
  });

  it('segments: a part in a gap leaves the result uncoloured unless another part is red', () => {
    const t = th('Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,5-1,7');
    expect(evaluate(t, 'Htj 14; SÄBO 1,4')).toMatchObject({ status: 'none' });
    expect(evaluate(t, 'Htj 16; SÄBO 1,4')).toMatchObject({ status: 'red' });
  });
});

describe('readRank and readSegments', () => {
  it.each<[string, number | null]>([
    ['Placering 3 av 12', 25], ['rank 3 of 12', 25], ['Position 6/12', 50], ['nr 6 av 12', 50], ['Nr. 6 av 12', 50], ['plats 12 av 12', 100], ['1/1', 100],
    ['0/12', null], ['13 av 12', null], ['3/0', null], ['3', null], ['plats tre av tolv', null], ['25 %', 25], ['25', null],
  ])('readRank %j → %s', (s, pct) => {
    expect(readRank(s)).toBe(pct);
  });

  it('readRank of a number: a percent-formatted position only', () => {
    expect([readRank(0.25, '0%'), readRank(0.25), readRank(25, '0'), readRank(null)]).toEqual([25, null, null, null]);
  });

  it.each<[string, [string, string][] | null]>([
    ['Htj 12; SÄBO 1,2', [['htj', '12'], ['sabo', '1,2']]],
    ['<b>Htj</b> 12;<br>SÄBO 1,2', [['htj', '12'], ['sabo', '1,2']]],
    // `<br>` in a pasted cell is no line break Excel knows: the two parts run together.
    ['<b>Htj</b> 12<br>SÄBO 1,2', [['htj', '12 SÄBO 1,2']]],
    ['Htj: 12\r\nSÄBO = 1,2', [['htj', '12'], ['sabo', '1,2']]],
    ['Htj:12;SÄBO=1,2', [['htj', '12'], ['sabo', '1,2']]],
    ['Htj 12,SÄBO 1,2', [['htj', '12'], ['sabo', '1,2']]],
    ['Htj\u00a012 ;  SÄBO 1,2 ;', [['htj', '12'], ['sabo', '1,2']]],
    ['Ordinärt boende −3, Särskilt  boende +2', [['ordinart boende', '−3'], ['sarskilt boende', '+2']]],
    ['12; SÄBO 1,2', null],
    // A part starts with its label: a number in front is not skipped.
    ['5 Htj 12; SÄBO 1,2', null],
    ['Htj; SÄBO 1,2', null],
    [' ; ', null],
  ])('readSegments %j', (s, expected) => {
    const got = readSegments(s);
    expect(got && [...got.entries()]).toEqual(expected);
  });

  it.each([
    // A change written as a move is no answer and no position: neither end is taken.
    ['Grön Ja Röd Nej', 'Nej → Ja'],
    ['Grön Ja Röd Nej', 'Ja, delvis'],
    ['Grön Ja Röd Nej', 'Nej, inte än'],
    ['Grön Ja Röd Nej', 'kanske ja'],
    ['Grön Ja Röd Nej', 'troligen nej'],
    ['Grön 25% bästa Gul 26-50% bästa', '3/12 → 4/12'],
  ])('%s: %j is unreadable', (text, v) => {
    expect(evaluate(th(text), v)).toEqual({ problem: 'unparseable', value: v });
  });
});

describe('a band\'s bound belongs to it (issue 15)', () => {
  // Numbers as planners write them: a decimal comma, the precision the text gives.
  const sv = (n: number, d: number) => n.toFixed(d).replace('.', ',');
  // Two or three bands over one measure, better side up or down, each bound in one of the written
  // forms of SPEC §3; the numbers are far enough apart that no two bands share a number.
  const written = fc.record({
    higher: fc.boolean(),
    decimals: fc.constantFrom(0, 1),
    start: fc.integer({ min: 0, max: 500 }),
    steps: fc.tuple(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 2, max: 40 })),
    form: fc.constantFrom('bare', 'words', 'signs', 'ranges'),
    unit: fc.constantFrom('', '%', ' tkr', ' dagar'),
  });

  it('a number on a band\'s written bound gets that band\'s colour, in every form', () => {
    fc.assert(
      fc.property(written, ({ higher, decimals, start, steps: [s1, s2], form, unit }) => {
        const q = 10 ** decimals;
        // Bounds from worst to best: red below `low`, yellow from `low`, green from `high`.
        const [a, b, c] = [start, start + s1, start + s1 + s2].map((n) => n / q);
        const edge = (n: number) => sv(n, decimals) + unit;
        let text: string;
        let onBounds: [number, 'green' | 'yellow' | 'red'][];
        if (form === 'ranges') {
          // Grön c–top, Gul b–(c−1 step), Röd under b (higher); mirrored for lower.
          const step = 1 / q;
          if (higher) {
            text = `Grön ${sv(c, decimals)}–${edge(c + 50)} Gul ${sv(b, decimals)}–${edge(c - step)} Röd under ${edge(b)}`;
            onBounds = [[c, 'green'], [c + 50, 'green'], [b, 'yellow'], [c - step, 'yellow'], [b - step, 'red']];
          } else {
            text = `Grön ${sv(a, decimals)}–${edge(b)} Gul ${sv(b + step, decimals)}–${edge(c)} Röd över ${edge(c)}`;
            onBounds = [[a, 'green'], [b, 'green'], [b + step, 'yellow'], [c, 'yellow'], [c + step, 'red']];
          }
        } else {
          const [g, y] = higher ? [c, b] : [a, b];
          const op = form === 'words' ? (higher ? 'minst ' : 'högst ') : form === 'signs' ? (higher ? '≥' : '≤') : '';
          text = `Grön ${op}${edge(g)} Gul ${op}${edge(y)}`;
          const step = (higher ? -1 : 1) / q;
          onBounds = [[g, 'green'], [y, 'yellow'], [g + step, 'yellow'], [y + step, 'red']];
        }
        const t = th(text);
        expect(t.direction).toBe(higher ? 'higher' : 'lower');
        for (const [n, colour] of onBounds) {
          // Written as the planner would type the result, and as Excel stores it.
          expect(evaluate(t, Number(n.toFixed(decimals)))).toMatchObject({ status: colour });
          expect(evaluate(t, sv(n, decimals))).toMatchObject({ status: colour });
        }
      }),
    );
  });

  it('every closed band the parser reads contains its own bounds', () => {
    fc.assert(
      fc.property(written, ({ higher, decimals, start, steps: [s1, s2], form, unit }) => {
        const q = 10 ** decimals;
        const [a, b, c] = [start, start + s1, start + s1 + s2].map((n) => sv(n / q, decimals) + unit);
        const op = form === 'words' ? (higher ? 'minst ' : 'högst ') : form === 'signs' ? (higher ? '≥' : '≤') : '';
        const text = form === 'ranges' ? `Grön ${a}–${b} Gul ${c}–${sv((start + s1 + s2 + 9) / q, decimals)}` : higher ? `Grön ${op}${c} Gul ${op}${b}` : `Grön ${op}${a} Gul ${op}${b}`;
        const t = th(text);
        if (t.direction !== 'higher' && t.direction !== 'lower') throw new Error(`not a level threshold: ${text}`);
        expect(t.bands.length).toBeGreaterThan(0);
        for (const band of t.bands) {
          const ends = band.bound.op === 'range' ? [band.bound.value, band.bound.to as number] : band.bound.op === '>=' || band.bound.op === '<=' ? [band.bound.value] : [];
          for (const n of ends) expect(evaluate(t, n)).toMatchObject({ status: band.status });
        }
      }),
    );
  });
});
