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
        expect([...got.values()].map((g) => g.label)).toEqual(labels);
        labels.forEach((l, i) => expect(got.get(l.toLowerCase().replace('ä', 'a'))!.raw).toBe(String(vals[i] / 10).replace('.', ',')));
      }),
    );
    fc.assert(fc.property(fc.string(), (s) => void readSegments(s)));
  });

  it('readSegments keeps decimal commas inside values', () => {
    expect([...readSegments('Htj 12, SÄBO 1,2')!.entries()]).toEqual([
      ['htj', { label: 'Htj', raw: '12' }],
      ['sabo', { label: 'SÄBO', raw: '1,2' }],
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
