import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeReason, parseBandColumns, parseBound, parseThreshold, readDirectionOnly } from './parse';
import { formatThreshold } from './print';
import type { Threshold } from './types';

const ok = (text: string, declared: 'higher' | 'lower' | null = null) => {
  const p = parseThreshold(text, declared);
  if (!p.ok) throw new Error(`${text}: ${p.reason}`);
  return p;
};
const b = (op: string, value: number, decimals = 0, to?: number) => ({ op, value, decimals, ...(to === undefined ? {} : { to }) });

describe('parseThreshold: seed 002 texts', () => {
  it.each<[string, Record<string, unknown>]>([
    ['Grön 82 Gul 76', { direction: 'higher', unit: '', bands: [{ status: 'green', bound: b('>=', 82) }, { status: 'yellow', bound: b('>=', 76) }] }],
    ['Grön 95 Gul 91', { direction: 'higher', unit: '' }],
    ['Grön 6,5 Gul 7', { direction: 'lower', unit: '', bands: [{ status: 'green', bound: b('<=', 6.5, 1) }, { status: 'yellow', bound: b('<=', 7) }] }],
    ['Grön 0% Gul 0,5%', { direction: 'lower', unit: '%', bands: [{ status: 'green', bound: b('<=', 0) }, { status: 'yellow', bound: b('<=', 0.5, 1) }] }],
    ['Grön Ja Röd Nej', { direction: 'yes-no', yes: 'green', no: 'red' }],
    ['Andel positiva svar Grön 75% Gul 50%', { direction: 'higher', unit: '%', bands: [{ status: 'green', bound: b('>=', 75) }, { status: 'yellow', bound: b('>=', 50) }] }],
    [
      'Finns <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%',
      { direction: 'yes-no', yes: 'green', no: 'red', share: { direction: 'higher', unit: '%', bands: [{ status: 'green', bound: b('>=', 95) }, { status: 'yellow', bound: b('>=', 90) }] } },
    ],
    ['Nuläge (2023): Nej Verkställda inom tre månader <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%', { direction: 'yes-no', yes: 'green', no: 'red' }],
    ['Grön Öka med 10% Gul öka med 5%', { direction: 'change', unit: '%', better: 'higher', bands: [{ status: 'green', bound: b('>=', 10) }, { status: 'yellow', bound: b('>=', 5) }] }],
    ['Grön Minska med 10% Gul minska med 5%', { direction: 'change', unit: '%', better: 'lower', bands: [{ status: 'green', bound: b('<=', -10) }, { status: 'yellow', bound: b('<=', -5) }] }],
    ['Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', { direction: 'rank', bands: [{ status: 'green', bound: b('<=', 25) }, { status: 'yellow', bound: b('range', 26, 0, 50) }] }],
    ['Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa', { direction: 'rank', bands: [{ status: 'green', bound: b('<=', 25) }, { status: 'yellow', bound: b('range', 26, 0, 50) }] }],
    ['Green 90 Yellow 80 Red 79', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 90) }, { status: 'yellow', bound: b('>=', 80) }, { status: 'red', bound: b('<=', 79) }] }],
    ['Grön max 3 Gul 4-5', { direction: 'lower', bands: [{ status: 'green', bound: b('<=', 3) }, { status: 'yellow', bound: b('range', 4, 0, 5) }] }],
    ['Grön > 90 Gul ≥ 80', { direction: 'higher', bands: [{ status: 'green', bound: b('>', 90) }, { status: 'yellow', bound: b('>=', 80) }] }],
    ['Grön 2 eller mindre Gul 3', { direction: 'lower' }],
    ['Grön 20 eller fler Gul 10 eller mer', { direction: 'higher' }],
  ])('%s', (text, expected) => {
    const p = ok(text);
    expect(p.threshold).toMatchObject(expected);
    expect(p.issues).toEqual([]);
  });

  it('reads two labelled segments, labels case-insensitively', () => {
    const p = ok('Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7');
    expect(p.threshold).toEqual({
      direction: 'segments',
      text: 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7',
      segments: [
        { label: 'Htj', threshold: { direction: 'lower', unit: '', bands: [{ status: 'green', bound: b('<=', 13) }, { status: 'yellow', bound: b('range', 14, 0, 15) }] } },
        { label: 'SÄBO', threshold: { direction: 'lower', unit: '', bands: [{ status: 'green', bound: b('<=', 1.3, 1) }, { status: 'yellow', bound: b('range', 1.4, 1, 1.7) }] } },
      ],
    });
    expect(p.issues).toEqual([]);
  });

  it.each([
    ['Röd Nej', 'green', 'red'],
    ['Röd Ja', 'red', 'green'],
    ['Gul Nej', 'green', 'yellow'],
  ])('yes/no: the answer not written takes the other colour (%s)', (text, yes, no) => {
    expect(ok(text).threshold).toMatchObject({ direction: 'yes-no', yes, no });
  });

  it('Nuläge before a colour is today\'s status, not a band', () => {
    expect(ok('Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa').currentStatus).toBe('red');
    expect(ok('Grön 82 Gul 76').currentStatus).toBeUndefined();
  });

  it('the declared direction decides only when the text does not', () => {
    expect(ok('Grön 80', 'lower').threshold.direction).toBe('lower');
    expect(ok('Grön 80', 'higher').threshold.direction).toBe('higher');
    expect(ok('Grön 82 Gul 76', 'higher').issues).toEqual([]);
  });
});

describe('parseThreshold: the forms planners type (SPEC §3)', () => {
  it.each<[string, Record<string, unknown>]>([
    // A colon after the colour word, and all three bands written out.
    ['Grön: 80–100 Gul: 60–79 Röd: under 60', { direction: 'higher', unit: '', bands: [{ status: 'green', bound: b('range', 80, 0, 100) }, { status: 'yellow', bound: b('range', 60, 0, 79) }, { status: 'red', bound: b('<', 60) }] }],
    ['Grön >90%, Gul 80-90%, Röd <80%', { direction: 'higher', unit: '%', bands: [{ status: 'green', bound: b('>', 90) }, { status: 'yellow', bound: b('range', 80, 0, 90) }, { status: 'red', bound: b('<', 80) }] }],
    ['Grön: minst 82, Gul: 76–81, Röd: under 76', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 82) }, { status: 'yellow', bound: b('range', 76, 0, 81) }, { status: 'red', bound: b('<', 76) }] }],
    ['Grön: 80-100%; Gul: 60-79%; Röd: 0-59%', { direction: 'higher', unit: '%' }],
    // Units after the numbers are units, not text.
    ['Grön högst 500 tkr Gul högst 800 tkr', { direction: 'lower', unit: '', unitWord: 'tkr', bands: [{ status: 'green', bound: b('<=', 500) }, { status: 'yellow', bound: b('<=', 800) }] }],
    ['Grön 10 dagar eller färre Gul 11-15 dagar', { direction: 'lower', unitWord: 'dagar', bands: [{ status: 'green', bound: b('<=', 10) }, { status: 'yellow', bound: b('range', 11, 0, 15) }] }],
    ['Grön minst 95 procent Gul minst 90 procent', { direction: 'higher', unit: '%', bands: [{ status: 'green', bound: b('>=', 95) }, { status: 'yellow', bound: b('>=', 90) }] }],
    ['Grön 3 st eller fler Gul 2 st', { direction: 'higher', unitWord: 'st', bands: [{ status: 'green', bound: b('>=', 3) }, { status: 'yellow', bound: b('>=', 2) }] }],
    ['Grön 1 060 kr Gul 1 200 kr', { direction: 'lower', unitWord: 'kr', bands: [{ status: 'green', bound: b('<=', 1060) }, { status: 'yellow', bound: b('<=', 1200) }] }],
  ])('%s', (text, expected) => {
    const p = ok(text);
    expect(p.threshold).toMatchObject(expected);
    expect(p.issues).toEqual([]);
  });
});

describe('parseThreshold: one target without colour words (green when met, red when not)', () => {
  it.each<[string, 'higher' | 'lower', ReturnType<typeof b>, '%' | '']>([
    ['Minst 82', 'higher', b('>=', 82), ''],
    ['≥ 82', 'higher', b('>=', 82), ''],
    ['82 eller högre', 'higher', b('>=', 82), ''],
    ['82 eller mer', 'higher', b('>=', 82), ''],
    ['Över 90 %', 'higher', b('>', 90), '%'],
    ['Högst 5', 'lower', b('<=', 5), ''],
    ['Max 5 %', 'lower', b('<=', 5), '%'],
    ['max 5%', 'lower', b('<=', 5), '%'],
    ['Under 7', 'lower', b('<', 7), ''],
    ['13 eller färre', 'lower', b('<=', 13), ''],
    ['Målvärde: minst 82', 'higher', b('>=', 82), ''],
    ['At least 6,5', 'higher', b('>=', 6.5, 1), ''],
  ])('%s', (text, direction, bound, unit) => {
    const p = ok(text);
    expect(p.threshold).toEqual({ direction, unit, bands: [{ status: 'green', bound }], text });
    expect(p.issues).toEqual([]);
  });

  it('a unit after the target is read as a unit', () => {
    expect(ok('Högst 500 tkr').threshold).toEqual({ direction: 'lower', unit: '', unitWord: 'tkr', bands: [{ status: 'green', bound: b('<=', 500) }], text: 'Högst 500 tkr' });
  });

  it('a bare number is a target only with a declared Öka/Minska', () => {
    expect(parseThreshold('82')).toEqual({ ok: false, reason: 'bare-target' });
    expect(ok('82', 'higher').threshold).toMatchObject({ direction: 'higher', bands: [{ status: 'green', bound: b('>=', 82) }] });
    expect(ok('5', 'lower').threshold).toMatchObject({ direction: 'lower', bands: [{ status: 'green', bound: b('<=', 5) }] });
  });

  it('a target against the declared direction is a conflict', () => {
    expect(ok('Minst 82', 'lower').issues).toEqual([{ kind: 'direction-conflict', params: { source: 'declared', found: 'higher', expected: 'lower' } }]);
  });

  it.each([['80-90'], ['Öka'], ['Mäts via enkät'], ['Minst många']])('%j is no target', (text) => {
    expect(parseThreshold(text).ok).toBe(false);
  });

  it('`Öka`/`Minska` alone is a direction', () => {
    expect([readDirectionOnly('Öka'), readDirectionOnly(' minska. '), readDirectionOnly('Increase'), readDirectionOnly('Öka med 5%')]).toEqual(['higher', 'lower', 'higher', null]);
  });
});

describe('parseThreshold: issues', () => {
  it.each([
    ['Grön 10-20 Gul 15-25', null, [{ kind: 'overlap', params: { a: 'green', b: 'yellow', from: 15, to: 20 } }]],
    ['Grön 13 eller färre Gul 12-15', null, [{ kind: 'overlap', params: { a: 'green', b: 'yellow', from: 12, to: 13 } }]],
    ['Grön 10-12 Gul 14-16', null, [{ kind: 'gap', params: { a: 'green', b: 'yellow', from: 13, to: 13 } }]],
    ['Grön 1,0-1,2 Gul 1,5-1,7', null, [{ kind: 'gap', params: { a: 'green', b: 'yellow', from: 1.3, to: 1.4 } }]],
    ['Grön 90 eller fler Gul 80-85', null, [{ kind: 'gap', params: { a: 'green', b: 'yellow', from: 86, to: 89 } }]],
    // A bare red number is the top of the red band: 71–79 get no colour.
    ['Green 90 Yellow 80 Red 70', null, [{ kind: 'gap', params: { a: 'yellow', b: 'red', from: 71, to: 79 } }]],
    ['Grön 80 Gul 80', null, [{ kind: 'no-yellow-band', params: { value: 80 } }]],
    ['Grön 10 eller fler Gul 12 eller fler', null, [{ kind: 'direction-conflict', params: { source: 'order', found: 'lower', expected: 'higher' } }]],
    ['Grön 5 eller färre Gul 6 eller fler', null, [{ kind: 'direction-conflict', params: { source: 'words', found: 'higher', expected: 'lower' } }]],
    ['Grön 82 Gul 76', 'lower', [{ kind: 'direction-conflict', params: { source: 'declared', found: 'higher', expected: 'lower' } }]],
    ['Grön 6,5 Gul 7', 'higher', [{ kind: 'direction-conflict', params: { source: 'declared', found: 'lower', expected: 'higher' } }]],
    ['Grön Öka med 10% Gul öka med 5%', 'lower', [{ kind: 'direction-conflict', params: { source: 'declared', found: 'higher', expected: 'lower' } }]],
    [
      'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 15-16, SÄBO 1,4-1,7',
      null,
      [{ kind: 'gap', params: { segment: 'Htj', a: 'green', b: 'yellow', from: 14, to: 14 } }],
    ],
  ] as const)('%s (declared %s)', (text, declared, issues) => {
    expect(ok(text, declared).issues).toEqual(issues);
  });

  it.each([
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7'],
    ['Grön 0% Gul 0,5%'],
    ['Green ≥ 90 Yellow 80-89 Red < 80'],
    ['Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa'],
  ])('no gap at the written precision: %s', (text) => {
    expect(ok(text).issues).toEqual([]);
  });
});

describe('parseThreshold: unparseable', () => {
  it.each([
    ['', 'no-colours'],
    ['Öka', 'no-colours'],
    ['Mäts via enkät', 'no-colours'],
    ['82', 'bare-target'],
    ['Grön Htj 13 eller färre, Htj 14', 'duplicate-band:green'],
    ['Nuläge Röd', 'no-bands'],
    ['Grön Gul 5', 'empty-band:green'],
    ['Grön bra Gul sämre', 'unreadable-band:green:bra'],
    ['Grön 82 Grön 90', 'duplicate-band:green'],
    ['Grön Ja Gul 76', 'mixed-forms'],
    ['Gul 76 Röd 70', 'no-green'],
  ])('%j → %s', (text, reason) => {
    expect(parseThreshold(text)).toEqual({ ok: false, reason });
  });

  it('reasons read well in both languages', () => {
    expect(describeReason('unreadable-band:green:bra', 'sv')).toBe('villkoret för Grön ("bra") går inte att läsa');
    expect(describeReason('empty-band:yellow', 'en')).toBe('Yellow has no condition');
  });
});

describe('parseBandColumns', () => {
  it.each([
    [{ green: '82', yellow: '76' }, null, 'higher'],
    [{ green: '≤ 6,5', yellow: '6,6–7', red: '> 7' }, null, 'lower'],
    [{ green: 'Grön 80', yellow: '70' }, null, 'higher'],
    [{ green: 'Ja', red: 'Nej' }, null, 'yes-no'],
    [{ green: '5', yellow: '10' }, null, 'lower'],
  ] as const)('%j', (cols, declared, direction) => {
    const p = parseBandColumns(cols, declared);
    expect(p.ok && p.threshold.direction).toBe(direction);
    expect(p.ok && p.issues).toEqual([]);
  });

  it('empty columns are no thresholds', () => {
    expect(parseBandColumns({ green: ' ', yellow: '' })).toEqual({ ok: false, reason: 'no-colours' });
  });
});

describe('parseBound', () => {
  it.each([
    ['13 eller färre', { op: '<=', value: 13, decimals: 0 }, false],
    ['1,4-1,7', { op: 'range', value: 1.4, to: 1.7, decimals: 1 }, false],
    ['26–50%', { op: 'range', value: 26, to: 50, decimals: 0 }, true],
    ['95 %', { op: 'bare', value: 95, decimals: 0 }, true],
    ['−3', { op: 'bare', value: -3, decimals: 0 }, false],
  ])('%s', (text, bound, percent) => {
    expect(parseBound(text)).toEqual({ bound, percent });
  });

  it.each([
    ['minst 1 060 kr', { op: '>=', value: 1060, decimals: 0 }, 'kr'],
    ['högst 500 tkr', { op: '<=', value: 500, decimals: 0 }, 'tkr'],
    ['10 dagar eller färre', { op: '<=', value: 10, decimals: 0 }, 'dagar'],
    ['11-15 dagar', { op: 'range', value: 11, to: 15, decimals: 0 }, 'dagar'],
    ['3 st', { op: 'bare', value: 3, decimals: 0 }, 'st'],
  ])('%s: the unit is a unit, not text', (text, bound, unitWord) => {
    expect(parseBound(text)).toEqual({ bound, percent: false, unitWord });
  });

  it.each([['5 procent'], ['5 %'], ['5%']])('%s is percent', (text) => {
    expect(parseBound(text)).toEqual({ bound: { op: 'bare', value: 5, decimals: 0 }, percent: true });
  });
});

describe('parseThreshold: properties', () => {
  it('never throws on any text', () => {
    const words = fc.constantFrom('Grön', 'Gul', 'Röd', 'Green', 'Nuläge', 'ja', 'nej', 'Öka med', '%', 'bästa', 'eller färre', 'eller fler', '-', '–', ',', 'Htj', 'SÄBO', '1,3', '13', '82', ' ', '<b>', '≤', 'minst');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(words, { maxLength: 12 }).map((w) => w.join(' '))), fc.constantFrom('higher', 'lower', null), (s, d) => {
        const p = parseThreshold(s, d as 'higher' | 'lower' | null);
        if (!p.ok) expect(typeof p.reason).toBe('string');
      }),
    );
  });

  it('what it reads is what was written: two bare bounds come back with their values and the right direction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 2 }), (g, y, d) => {
        const gv = g / 10 ** d;
        const yv = y / 10 ** d;
        const f = (n: number) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d }).format(n);
        const p = parseThreshold(`Grön ${f(gv)} Gul ${f(yv)}`);
        expect(p.ok).toBe(true);
        if (!p.ok || (p.threshold.direction !== 'higher' && p.threshold.direction !== 'lower')) return;
        expect(p.threshold.bands.map((x) => x.bound.value)).toEqual([gv, yv]);
        if (gv !== yv) {
          expect(p.threshold.direction).toBe(gv > yv ? 'higher' : 'lower');
          expect(p.issues).toEqual([]);
        } else {
          expect(p.issues.map((i) => i.kind)).toEqual(['no-yellow-band']);
        }
      }),
    );
  });

  it('any threshold it accepts, printed back, parses to the same bands', () => {
    const num = fc.tuple(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 2 })).map(([n, d]) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d }).format(n / 10 ** d));
    const cond = fc.oneof(
      num,
      fc.tuple(fc.constantFrom('minst', 'högst', 'under', 'över', '≥', '≤', '<', '>', 'max', 'Minst'), num).map(([w, n]) => `${w} ${n}`),
      fc.tuple(num, fc.constantFrom('eller färre', 'eller fler', 'eller högre', 'eller mindre')).map(([n, w]) => `${n} ${w}`),
      fc.tuple(num, num, fc.constantFrom('-', '–')).map(([a, c, sep]) => `${a}${sep}${c}`),
      fc.constantFrom('Ja', 'Nej'),
      fc.tuple(fc.constantFrom('ja', 'Öka med', 'minska med'), num).map(([w, n]) => `${w} ${n}%`),
      num.map((n) => `${n}% bästa`),
      fc.tuple(num, num).map(([a, c]) => `Htj ${a} eller färre, SÄBO ${c}`),
    );
    const unit = fc.constantFrom('', '%', ' %', ' tkr', ' dagar', ' procent', ' st');
    const band = fc.tuple(fc.constantFrom('Grön', 'Gul', 'Röd', 'Green', 'Yellow'), fc.constantFrom('', ':'), cond, unit).map(([c, colon, x, u]) => `${c}${colon} ${x}${/\d$/.test(x) ? u : ''}`);
    const text = fc.oneof(
      fc.tuple(fc.array(band, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', ', ', '; ')).map(([bs, sep]) => bs.join(sep)),
      fc.tuple(fc.constantFrom('Minst', 'Högst', 'Under', 'Max', '≥', ''), num, unit).map(([w, n, u]) => `${w} ${n}${u}`.trim()),
    );
    const shape = (t: Threshold) => JSON.parse(JSON.stringify({ ...t, text: undefined }));
    fc.assert(
      fc.property(text, fc.constantFrom<'higher' | 'lower' | null>('higher', 'lower', null), (s, d) => {
        const first = parseThreshold(s, d);
        if (!first.ok) return;
        const printed = formatThreshold(first.threshold);
        const again = parseThreshold(printed, d);
        expect(again.ok, `${s} → ${printed}`).toBe(true);
        if (again.ok) expect(shape(again.threshold), `${s} → ${printed}`).toEqual(shape(first.threshold));
      }),
    );
  });

  it('the round trip holds for any text, too', () => {
    const words = fc.constantFrom('Grön', 'Gul', 'Röd', 'Nuläge', 'ja', 'nej', 'Öka med', '%', 'bästa', 'eller färre', 'eller fler', '-', '–', ',', ':', 'Htj', 'SÄBO', '1,3', '13', '82', '0,5', 'minst', 'högst', 'under', 'tkr', 'dagar');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 10 }).map((w) => w.join(' ')), fc.constantFrom<'higher' | 'lower' | null>('higher', 'lower', null), (s, d) => {
        const first = parseThreshold(s, d);
        if (!first.ok) return;
        const again = parseThreshold(formatThreshold(first.threshold), d);
        expect(again.ok && JSON.stringify({ ...again.threshold, text: '' })).toBe(JSON.stringify({ ...first.threshold, text: '' }));
      }),
    );
  });

  it('ranges next to each other never gap and never overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (a, w1, w2) => {
        const p = parseThreshold(`Grön ${a}-${a + w1} Gul ${a + w1 + 1}-${a + w1 + 1 + w2}`);
        expect(p.ok && p.issues).toEqual([]);
      }),
    );
  });
});
