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

// The words of the grammar (./words.ts), each as a planner writes it. A word that stops being
// understood turns a coloured indicator into `threshold.unparseable` (or worse, into another form).
describe('parseThreshold: every word of the grammar', () => {
  it.each<[string, 'green' | 'yellow' | 'red']>([
    ['Grön', 'green'], ['gröna', 'green'], ['GRÖNT', 'green'], ['Green', 'green'],
    ['Gul', 'yellow'], ['Gula', 'yellow'], ['gult', 'yellow'], ['Yellow', 'yellow'], ['Amber', 'yellow'],
    ['Röd', 'red'], ['röda', 'red'], ['Rött', 'red'], ['RED', 'red'],
  ])('%s names the %s band', (w, colour) => {
    // The answer written takes the colour, the other answer the other colour (green, or red beside green).
    expect(ok(`${w} Nej`).threshold).toMatchObject({ direction: 'yes-no', no: colour, yes: colour === 'green' ? 'red' : 'green' });
  });

  it('a colour word inside another word is no colour word', () => {
    expect(ok('Besök i grönområden Grön 82 Gul 76').threshold).toMatchObject({ bands: [{ status: 'green' }, { status: 'yellow' }] });
    expect(ok('Blågröna tak, andel Grön 82 Gul 76').threshold).toMatchObject({ bands: [{ status: 'green' }, { status: 'yellow' }] });
  });

  it.each<[string, string, number]>([
    // Upper bounds that include the number.
    ['Högst 5', '<=', 5], ['≤ 5', '<=', 5], ['≤5', '<=', 5], ['<= 5', '<=', 5], ['=< 5', '<=', 5], ['Max 5', '<=', 5], ['Max. 5', '<=', 5],
    ['Maximalt 5', '<=', 5], ['Maximum 5', '<=', 5], ['At most 5', '<=', 5], ['No more than 5', '<=', 5], ['Not more than 5', '<=', 5],
    // Upper bounds that exclude it.
    ['Under 7', '<', 7], ['< 7', '<', 7], ['<7', '<', 7], ['Mindre än 7', '<', 7], ['Färre än 7', '<', 7], ['Lägre än 7', '<', 7],
    ['Less than 7', '<', 7], ['Fewer than 7', '<', 7], ['Below 7', '<', 7],
    // Lower bounds that include it.
    ['Minst 82', '>=', 82], ['≥ 82', '>=', 82], ['≥82', '>=', 82], ['>= 82', '>=', 82], ['=> 82', '>=', 82], ['Min 82', '>=', 82], ['min. 82', '>=', 82],
    ['Minimum 82', '>=', 82], ['At least 82', '>=', 82],
    // Lower bounds that exclude it.
    ['Över 90', '>', 90], ['> 90', '>', 90], ['>90', '>', 90], ['Mer än 90', '>', 90], ['Fler än 90', '>', 90], ['Högre än 90', '>', 90],
    ['More than 90', '>', 90], ['Above 90', '>', 90], ['Over 90', '>', 90],
    // After the number.
    ['13 eller färre', '<=', 13], ['13 eller mindre', '<=', 13], ['13 eller lägre', '<=', 13], ['13 eller under', '<=', 13],
    ['13 or fewer', '<=', 13], ['13 or less', '<=', 13], ['13 or lower', '<=', 13], ['13 or below', '<=', 13],
    ['82 eller högre', '>=', 82], ['82 eller fler', '>=', 82], ['82 eller flera', '>=', 82], ['82 eller mer', '>=', 82], ['82 eller mera', '>=', 82],
    ['82 eller över', '>=', 82], ['82 or more', '>=', 82], ['82 or higher', '>=', 82], ['82 or above', '>=', 82],
  ])('%s is one target: %s %d', (text, op, value) => {
    expect(ok(text).threshold).toEqual({ direction: op.startsWith('>') ? 'higher' : 'lower', unit: '', bands: [{ status: 'green', bound: b(op, value) }], text });
  });

  it.each([['–'], ['-'], ['—'], [' till '], [' to ']])('%j separates a range', (sep) => {
    expect(ok(`Grön 26${sep}50 Gul 51${sep}75`).threshold).toMatchObject({ direction: 'lower', bands: [{ bound: b('range', 26, 0, 50) }, { bound: b('range', 51, 0, 75) }] });
  });

  it.each([['%'], [' %'], [' procent'], [' procentenheter'], [' percent'], [' percentage points']])('%j is percent', (pct) => {
    expect(ok(`Grön minst 90${pct} Gul minst 80${pct}`).threshold).toMatchObject({ direction: 'higher', unit: '%', bands: [{ bound: b('>=', 90) }, { bound: b('>=', 80) }] });
  });

  it.each([
    ['tkr'], ['mnkr'], ['kr'], ['kronor'], ['sek'], ['st'], ['stycken'], ['dagar'], ['dag'], ['dgr'], ['veckor'], ['timmar'], ['tim'], ['h'],
    ['personer'], ['pers'], ['poäng'], ['p'], ['ggr'], ['gånger'],
  ])('%s after a number is a unit', (unit) => {
    expect(ok(`Grön högst 5 ${unit} Gul högst 8 ${unit}`).threshold).toMatchObject({ direction: 'lower', unit: '', unitWord: unit, bands: [{ bound: b('<=', 5) }, { bound: b('<=', 8) }] });
  });

  it.each([['Grön Ja Röd Nej'], ['Green Yes Red No'], ['Grön ja Röd no'], ['Grön JA Röd NEJ']])('%s: Ja green, Nej red', (text) => {
    expect(ok(text).threshold).toMatchObject({ direction: 'yes-no', yes: 'green', no: 'red' });
  });

  it.each([['Öka med'], ['Ökning med'], ['Höj med'], ['Höja med'], ['Increase by'], ['Öka'], ['öka by']])('%s is an increase', (w) => {
    expect(ok(`Grön ${w} 10% Gul ${w.toLowerCase()} 5%`).threshold).toMatchObject({ direction: 'change', unit: '%', better: 'higher', bands: [{ bound: b('>=', 10) }, { bound: b('>=', 5) }] });
  });

  it.each([['Minska med'], ['Minskning med'], ['Sänk med'], ['Sänka med'], ['Decrease by'], ['Reduce by'], ['Minska']])('%s is a decrease', (w) => {
    expect(ok(`Grön ${w} 10% Gul ${w.toLowerCase()} 5%`).threshold).toMatchObject({ direction: 'change', unit: '%', better: 'lower', bands: [{ bound: b('<=', -10) }, { bound: b('<=', -5) }] });
  });

  it.each([['25% bästa'], ['25 % best'], ['bästa 25%'], ['best 25%'], ['topp 25%'], ['Top 25 %']])('%s is a rank among the best quarter', (cond) => {
    expect(ok(`Grön ${cond}`).threshold).toEqual({ direction: 'rank', bands: [{ status: 'green', bound: b('<=', 25) }], better: 'lower', text: `Grön ${cond}` });
  });

  it.each([['Nuläge Röd'], ['nuläge: Röd'], ['Nulage Röd'], ['Nuläge (2023): Röd'], ['Nuläge (2023) Röd']])('%s before the bands is today\'s status', (today) => {
    const p = ok(`Kr/invånare ${today} Grön 25% bästa Gul 26-50% bästa`);
    expect(p.currentStatus).toBe('red');
    expect(p.threshold).toMatchObject({ direction: 'rank', bands: [{ status: 'green' }, { status: 'yellow' }] });
  });

  it.each([['Målvärde: minst 82'], ['Målvärde minst 82'], ['Mål: minst 82'], ['Target: at least 82']])('%s: the label in front of a target', (text) => {
    expect(ok(text).threshold).toEqual({ direction: 'higher', unit: '', bands: [{ status: 'green', bound: b('>=', 82) }], text });
  });
});

describe('parseThreshold: forms that must keep working (issue 15)', () => {
  it.each<[string, Record<string, unknown>]>([
    // Symbols need no space after them; `min`/`max` are `minst`/`högst`.
    ['Grön ≥90 Gul ≥80', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 90) }, { status: 'yellow', bound: b('>=', 80) }] }],
    ['Grön min 90 Gul min 80', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 90) }, { status: 'yellow', bound: b('>=', 80) }] }],
    ['Grön => 90 Gul => 80', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 90) }, { status: 'yellow', bound: b('>=', 80) }] }],
    ['Grön =< 5 Gul =< 8', { direction: 'lower', bands: [{ status: 'green', bound: b('<=', 5) }, { status: 'yellow', bound: b('<=', 8) }] }],
    ['Grön = 82 Gul = 76', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 82) }, { status: 'yellow', bound: b('>=', 76) }] }],
    // A change without `med`.
    ['Grön Öka 10% Gul Öka 5%', { direction: 'change', unit: '%', better: 'higher', bands: [{ status: 'green', bound: b('>=', 10) }, { status: 'yellow', bound: b('>=', 5) }] }],
    // A change in the measure's own unit, not percent.
    ['Grön Öka med 5 Gul öka med 2', { direction: 'change', unit: '', better: 'higher', bands: [{ status: 'green', bound: b('>=', 5) }, { status: 'yellow', bound: b('>=', 2) }] }],
    ['Grön Minska med 3 dagar Gul minska med 1 dag', { direction: 'change', unit: '', unitWord: 'dagar', better: 'lower', bands: [{ status: 'green', bound: b('<=', -3) }, { status: 'yellow', bound: b('<=', -1) }] }],
    // A bare trailing `Röd` names the rest: red is everything worse than yellow.
    ['Grön 82 Gul 76 Röd', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 82) }, { status: 'yellow', bound: b('>=', 76) }] }],
    ['Grön 6,5 Gul 7 Röd:', { direction: 'lower', bands: [{ status: 'green', bound: b('<=', 6.5, 1) }, { status: 'yellow', bound: b('<=', 7) }] }],
    // A repeated colour word is read once, with or without `Nuläge` before it.
    ['Grön Grön 25% bästa Gul 26-50% bästa', { direction: 'rank', bands: [{ status: 'green', bound: b('<=', 25) }, { status: 'yellow', bound: b('range', 26, 0, 50) }] }],
    ['Grön 82 Gul Gul 76', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 82) }, { status: 'yellow', bound: b('>=', 76) }] }],
    // A rank with only a green band: the rest is red.
    ['Grön 25% bästa', { direction: 'rank', bands: [{ status: 'green', bound: b('<=', 25) }] }],
    ['Grön topp 10%', { direction: 'rank', bands: [{ status: 'green', bound: b('<=', 10) }] }],
    ['Grön bästa 25% Gul bästa 26-50%', { direction: 'rank', bands: [{ status: 'green', bound: b('<=', 25) }, { status: 'yellow', bound: b('range', 26, 0, 50) }] }],
    ['Grön under 25% bästa Gul 25-50% bästa', { direction: 'rank', bands: [{ status: 'green', bound: b('<', 25) }, { status: 'yellow', bound: b('range', 25, 0, 50) }] }],
  ])('%s', (text, expected) => {
    const p = ok(text);
    expect(p.threshold).toMatchObject({ ...expected, text });
    expect(p.issues).toEqual([]);
    expect(p.currentStatus).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>]>([
    // `<` … `>` around words is two operators, not a tag of pasted HTML.
    ['Grön < 5, Gul 5–10, Röd > 10', { direction: 'lower', bands: [{ status: 'green', bound: b('<', 5) }, { status: 'yellow', bound: b('range', 5, 0, 10) }, { status: 'red', bound: b('>', 10) }] }],
    ['Grön <5 Gul 5-10 Röd >10', { direction: 'lower', bands: [{ status: 'green', bound: b('<', 5) }, { status: 'yellow', bound: b('range', 5, 0, 10) }, { status: 'red', bound: b('>', 10) }] }],
    ['Grön <=5 Gul <=10 Röd >10', { direction: 'lower', bands: [{ status: 'green', bound: b('<=', 5) }, { status: 'yellow', bound: b('<=', 10) }, { status: 'red', bound: b('>', 10) }] }],
    // Tags of pasted HTML are not text (seed 002: `<b>ja</b> eller <b>nej</b>`), however long.
    ['<p>Grön <b>82</b><br/>Gul <span class="x">76</span></p>', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 82) }, { status: 'yellow', bound: b('>=', 76) }] }],
    ['Grön <span style="font-family:Calibri,sans-serif;font-size:11pt;color:#006100">82</span> Gul 76', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 82) }, { status: 'yellow', bound: b('>=', 76) }] }],
    // Spaces of every kind are one space.
    ['Grön\u00a082\u202fGul\t76\n', { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 82) }, { status: 'yellow', bound: b('>=', 76) }] }],
  ])('text as pasted: %j', (text, expected) => {
    const p = ok(text);
    expect(p.threshold).toMatchObject(expected);
    expect(p.threshold.direction !== 'yes-no' && p.threshold.direction !== 'segments' && p.threshold.bands).toHaveLength((expected.bands as unknown[]).length);
  });

  it('a reversed yes/no threshold colours Nej green and Ja red', () => {
    expect(ok('Grön Nej Röd Ja').threshold).toEqual({ direction: 'yes-no', yes: 'red', no: 'green', text: 'Grön Nej Röd Ja' });
    expect(ok('Grön Nej Gul Ja').threshold).toEqual({ direction: 'yes-no', yes: 'yellow', no: 'green', text: 'Grön Nej Gul Ja' });
  });

  it('swapping the colour words of a yes/no threshold swaps the colours', () => {
    const colour = fc.constantFrom(['Grön', 'green'], ['Gul', 'yellow'], ['Röd', 'red'], ['Green', 'green'], ['rött', 'red'], ['gula', 'yellow']);
    fc.assert(
      fc.property(colour, colour, fc.boolean(), ([a, ca], [c, cc], yesFirst) => {
        fc.pre(ca !== cc);
        const text = yesFirst ? `${a} Ja ${c} Nej` : `${c} Nej ${a} Ja`;
        const swapped = yesFirst ? `${c} Ja ${a} Nej` : `${a} Nej ${c} Ja`;
        const p = parseThreshold(text);
        const q = parseThreshold(swapped);
        expect(p.ok && p.threshold).toMatchObject({ direction: 'yes-no', yes: ca, no: cc });
        expect(q.ok && q.threshold).toMatchObject({ direction: 'yes-no', yes: cc, no: ca });
      }),
    );
  });

  it('multi-word segment labels (seed 003: Ordinärt boende, Särskilt boende)', () => {
    const text = 'Grön Ordinärt boende 13 eller färre, Särskilt boende 1,3 eller färre Gul Ordinärt boende 14-15, Särskilt boende 1,4-1,7';
    expect(ok(text).threshold).toEqual({
      direction: 'segments',
      text,
      segments: [
        { label: 'Ordinärt boende', threshold: { direction: 'lower', unit: '', bands: [{ status: 'green', bound: b('<=', 13) }, { status: 'yellow', bound: b('range', 14, 0, 15) }] } },
        { label: 'Särskilt boende', threshold: { direction: 'lower', unit: '', bands: [{ status: 'green', bound: b('<=', 1.3, 1) }, { status: 'yellow', bound: b('range', 1.4, 1, 1.7) }] } },
      ],
    });
  });

  it.each<[string, Record<string, unknown>[]]>([
    // A label with a colon, segments split by `;`, by `,` with or without a space.
    ['Grön Htj: 13 eller färre; SÄBO: 1,3 eller färre Gul Htj: 14-15; SÄBO: 1,4-1,7', [{ label: 'Htj' }, { label: 'SÄBO' }]],
    ['Grön Htj 13 eller färre,SÄBO 1,3 eller färre Gul Htj 14-15,SÄBO 1,4-1,7', [{ label: 'Htj' }, { label: 'SÄBO' }]],
    ['Grön Htj : 13 eller färre, SÄBO = 1,3 eller färre Gul Htj 14-15, SÄBO 1,4-1,7', [{ label: 'Htj' }, { label: 'SÄBO' }]],
    // Units per segment: percent, or a unit word.
    ['Grön Htj minst 90 %, SÄBO minst 95 % Gul Htj minst 80 %, SÄBO minst 85 %', [{ label: 'Htj', threshold: { direction: 'higher', unit: '%' } }, { label: 'SÄBO', threshold: { direction: 'higher', unit: '%' } }]],
    ['Grön Htj högst 10 dagar, SÄBO högst 5 dagar Gul Htj högst 14 dagar, SÄBO högst 7 dagar', [{ label: 'Htj', threshold: { unitWord: 'dagar' } }, { label: 'SÄBO', threshold: { unitWord: 'dagar' } }]],
    // A label written only in the yellow band is red there only: labels are read from every band.
    ['Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, Htj 14-15, SÄBO 1,4-1,7', [{ label: 'Htj' }, { label: 'SÄBO' }]],
  ])('segments: %s', (text, segments) => {
    const p = ok(text);
    expect(p.threshold).toMatchObject({ direction: 'segments', segments });
    expect(p.threshold.direction === 'segments' && p.threshold.segments).toHaveLength(segments.length);
  });

  it.each([
    // An unreadable part of a segment list is reported, not dropped.
    ['Grön Htj 13 eller färre, SÄBO bra Gul Htj 14-15, SÄBO 1,4-1,7', 'unreadable-band:green:Htj 13 eller färre, SÄBO bra'],
    ['Grön Htj 13 eller färre, 1,3 Gul Htj 14-15', 'unreadable-band:green:Htj 13 eller färre, 1,3'],
    // A label given only in yellow has no green bound.
    ['Grön Htj 13 eller färre Gul Htj 14-15, SÄBO 1,4-1,7', 'segment-labels'],
    // Two different bounds for one label in one band.
    ['Grön Htj 13 eller färre, HTJ 12 eller färre', 'duplicate-band:green'],
    // Words that are no label: a share, a bound, a unit.
    ['Grön ja 95%, nej 5%', 'unreadable-band:green:ja 95%, nej 5%'],
    ['Grön högst tre, minst två', 'unreadable-band:green:högst tre, minst två'],
    // A green or yellow band without a condition.
    ['Grön 82 Gul', 'empty-band:yellow'],
    ['Grön Röd 70', 'empty-band:green'],
    // A rank must be a percentage of the field.
    ['Grön 3 bästa Gul 6 bästa', 'unreadable-band:green:3 bästa'],
    // A change is a size: `Öka med minst 5` is not read.
    ['Grön Öka med minst 5% Gul öka med 2%', 'unreadable-band:green:Öka med minst 5%'],
    ['Grön Öka med mycket', 'unreadable-band:green:Öka med mycket'],
    ['Grön ja många', 'unreadable-band:green:ja många'],
    // Forms mixed: numbers and ranks, changes and numbers.
    ['Grön 25% bästa Gul 76', 'mixed-forms'],
    ['Grön Öka med 10% Gul 5%', 'mixed-forms'],
    ['Grön Ja Röd Ja', 'answer-two-colours'],
    ['Grön Nej Gul Ja Röd Nej', 'answer-two-colours'],
    ['Grön Nej Gul ja 90%', 'same-answer'],
    ['Grön Ja Grön Nej', 'duplicate-band:green'],
    ['Nuläge Röd Röd', 'no-bands'],
    ['Nuläge Gul Röd Röd', 'no-bands'],
    ['Nuläge Röd Nuläge Gul Grön 82', 'empty-band:yellow'],
    ['Grön 1.060 Gul 900', 'unreadable-band:green:1.060'],
    ['Grön 1.060-2.000 Gul 900', 'unreadable-band:green:1.060-2.000'],
  ])('%j → %s', (text, reason) => {
    expect(parseThreshold(text)).toEqual({ ok: false, reason });
  });
});

describe('describeReason: why a threshold cannot be read, in words', () => {
  it.each([
    ['no-colours', 'varken färgord (Grön/Gul/Röd) eller ett mål som "Minst 82" hittades', 'neither colour words (Green/Yellow/Red) nor a target such as "At least 82" were found'],
    ['bare-target', 'ett tal utan riktning; skriv t.ex. "Minst 82" eller "Högst 82", eller ange Öka/Minska', 'a number without a direction; write e.g. "At least 82" or "At most 82", or state Increase/Decrease'],
    ['no-bands', 'bara nuläget anges, inga gränser', 'only the current status is given, no bounds'],
    ['empty-band:green', 'Grön saknar villkor', 'Green has no condition'],
    ['empty-band:yellow', 'Gul saknar villkor', 'Yellow has no condition'],
    ['unreadable-band:red:bra', 'villkoret för Röd ("bra") går inte att läsa', 'the condition for Red ("bra") cannot be read'],
    // A condition may itself hold colons.
    ['unreadable-band:yellow:Htj: 14-15: SÄBO', 'villkoret för Gul ("Htj: 14-15: SÄBO") går inte att läsa', 'the condition for Yellow ("Htj: 14-15: SÄBO") cannot be read'],
    ['duplicate-band:yellow', 'Gul anges med två olika villkor', 'Yellow is given with two different conditions'],
    ['mixed-forms', 'banden blandar olika slags villkor (tal, ja/nej, förändring eller rangordning)', 'the bands mix different kinds of condition (number, yes/no, change or rank)'],
    ['no-green', 'gränsen för Grön saknas', 'the bound for Green is missing'],
    ['segment-labels', 'banden har olika delar (etiketter)', 'the bands have different parts (labels)'],
    ['same-answer', 'Ja och Nej får samma färg', 'Yes and No get the same colour'],
    ['answer-two-colours', 'samma svar (Ja eller Nej) får två olika färger', 'one answer (Yes or No) is given two colours'],
    // A code it does not know is shown as it is.
    ['something-new:green', 'something-new:green', 'something-new:green'],
  ])('%s', (reason, sv, en) => {
    expect([describeReason(reason, 'sv'), describeReason(reason, 'en')]).toEqual([sv, en]);
  });

  it('every reason the parser gives has words in both languages', () => {
    const texts = ['', '82', 'Nuläge Röd', 'Grön Gul 5', 'Grön bra', 'Grön 82 Grön 90', 'Grön Ja Gul 76', 'Gul 76', 'Grön Htj 13 Gul SÄBO 2', 'Grön Nej Gul ja 90%', 'Grön Ja Röd Ja'];
    const reasons = texts.map((t) => {
      const p = parseThreshold(t);
      return p.ok ? t : p.reason;
    });
    expect(reasons).toEqual(['no-colours', 'bare-target', 'no-bands', 'empty-band:green', 'unreadable-band:green:bra', 'duplicate-band:green', 'mixed-forms', 'no-green', 'segment-labels', 'same-answer', 'answer-two-colours']);
    for (const r of reasons) for (const lang of ['sv', 'en'] as const) expect(describeReason(r, lang)).not.toBe(r);
  });
});

describe('parseThreshold: bounds and segments, closely', () => {
  it.each<[string, ReturnType<typeof parseBound>]>([
    // A range written backwards is the same range; its precision is the finer end's.
    ['50–26%', { bound: { op: 'range', value: 26, to: 50, decimals: 0 }, percent: true }],
    ['1-1,5', { bound: { op: 'range', value: 1, to: 1.5, decimals: 1 }, percent: false }],
    ['1,25-2', { bound: { op: 'range', value: 1.25, to: 2, decimals: 2 }, percent: false }],
    ['11 dagar–15 dagar', { bound: { op: 'range', value: 11, to: 15, decimals: 0 }, percent: false, unitWord: 'dagar' }],
    ['högst 500 TKR.', { bound: { op: '<=', value: 500, decimals: 0 }, percent: false, unitWord: 'tkr' }],
    ['500tkr', { bound: { op: 'bare', value: 500, decimals: 0 }, percent: false, unitWord: 'tkr' }],
    [': minst 82;', { bound: { op: '>=', value: 82, decimals: 0 }, percent: false }],
    ['= 82', { bound: { op: 'bare', value: 82, decimals: 0 }, percent: false }],
    ['+5', { bound: { op: 'bare', value: 5, decimals: 0 }, percent: false }],
    // A minus as word processors write it (an en dash).
    ['–0,5 %', { bound: { op: 'bare', value: -0.5, decimals: 1 }, percent: true }],
    [':82', { bound: { op: 'bare', value: 82, decimals: 0 }, percent: false }],
    ['=>82', { bound: { op: '>=', value: 82, decimals: 0 }, percent: false }],
    ['högst 5 % ;', { bound: { op: '<=', value: 5, decimals: 0 }, percent: true }],
    ['13 eller färre .', { bound: { op: '<=', value: 13, decimals: 0 }, percent: false }],
    // English thousands are not guessed at.
    ['1,060.5', null],
    // Every percent sign and every unit is set aside, in any case.
    ['26 %–50 %', { bound: { op: 'range', value: 26, to: 50, decimals: 0 }, percent: true }],
    ['26 Procent – 50 PROCENT', { bound: { op: 'range', value: 26, to: 50, decimals: 0 }, percent: true }],
    ['Minst 5 Dagar', { bound: { op: '>=', value: 5, decimals: 0 }, percent: false, unitWord: 'dagar' }],
    ['5 Eller Färre', { bound: { op: '<=', value: 5, decimals: 0 }, percent: false }],
    // Leftovers of a longer word are no number.
    ['Minsta 5', null],
    ['5 dagars', null],
    ['1 060,5', { bound: { op: 'bare', value: 1060.5, decimals: 1 }, percent: false }],
    // Two units in one bound cannot be compared as written.
    ['500 tkr–1 mnkr', null],
    // A word before the number and another after it, or a word before a range, is no bound.
    ['minst 5 eller färre', null],
    ['högst 5-10', null],
    ['900-1.060', null],
    ['1.060-900', null],
    ['5 äpplen', null],
    ['högst', null],
  ])('parseBound(%j)', (text, expected) => {
    expect(parseBound(text)).toEqual(expected);
  });

  it.each([
    ['Minst 82.', 'higher'],
    ['Minst 82...', 'higher'],
    ['Högst 5!', null],
    ['Minst 82 eller fler', null],
  ])('one target: %j', (text, direction) => {
    const p = parseThreshold(text);
    expect(p.ok ? p.threshold.direction : null).toBe(direction);
  });

  it('percent written on one band is the whole threshold\'s unit', () => {
    expect(ok('Grön 82 % Gul 76').threshold).toMatchObject({ direction: 'higher', unit: '%', bands: [{ bound: b('>=', 82) }, { bound: b('>=', 76) }] });
    expect(ok('Grön 82 Gul 76 %').threshold).toMatchObject({ unit: '%' });
    expect(ok('Grön högst 500 Gul högst 800 tkr').threshold).toMatchObject({ unit: '', unitWord: 'tkr' });
    // Percent and a unit word: the unit is percent.
    expect(ok('Grön högst 5 % Gul högst 8 tkr').threshold).toEqual({ direction: 'lower', unit: '%', bands: [{ status: 'green', bound: b('<=', 5) }, { status: 'yellow', bound: b('<=', 8) }], text: 'Grön högst 5 % Gul högst 8 tkr' });
    expect(ok('Grön Öka med 5 % Gul öka med 2 st').threshold).toEqual({ direction: 'change', unit: '%', better: 'higher', bands: [{ status: 'green', bound: b('>=', 5) }, { status: 'yellow', bound: b('>=', 2) }], text: 'Grön Öka med 5 % Gul öka med 2 st' });
    expect(ok('Högst 5 % tkr').threshold).toEqual({ direction: 'lower', unit: '%', bands: [{ status: 'green', bound: b('<=', 5) }], text: 'Högst 5 % tkr' });
  });

  it('a share whose bounds say lower is better is a conflict: a share answering yes is higher-is-better', () => {
    expect(ok('Grön ja 90% Gul ja 95%').issues).toEqual([{ kind: 'direction-conflict', params: { source: 'order', found: 'lower', expected: 'higher' } }]);
    expect(ok('Grön ja 95% Gul ja 90%', 'lower').issues).toEqual([{ kind: 'direction-conflict', params: { source: 'declared', found: 'higher', expected: 'lower' } }]);
    expect(ok('Röd Nej Grön ja 95%').threshold).toMatchObject({ direction: 'yes-no', yes: 'green', no: 'red', share: { bands: [{ status: 'green', bound: b('>=', 95) }] } });
  });

  it('a rank is among the best whatever Öka/Minska says', () => {
    expect(ok('Grön 25% bästa Gul 26-50% bästa', 'higher').issues).toEqual([]);
    expect(ok('Grön 0-25% bästa', 'higher').threshold).toMatchObject({ direction: 'rank', bands: [{ bound: b('range', 0, 0, 25) }] });
  });

  it.each([
    ['Grön Htj under 5, SÄBO under 2', [['Htj', '<', 5], ['SÄBO', '<', 2]]],
    ['Grön Htj 5 eller färre, Ordinärt boende minst 3', [['Htj', '<=', 5], ['Ordinärt boende', '>=', 3]]],
    ['Grön Htj 13;; SÄBO 2', [['Htj', 'bare', 13], ['SÄBO', 'bare', 2]]],
  ])('segments %j: each label once, with its bound', (text, expected) => {
    const p = ok(text, 'lower');
    const segs = p.threshold.direction === 'segments' ? p.threshold.segments : [];
    expect(segs.map((x) => [x.label, x.threshold.bands[0].bound.op, x.threshold.bands[0].bound.value])).toEqual(expected.map(([l, op, v]) => [l, op === 'bare' ? '<=' : op, v]));
  });

  it('a label said twice with the same bound is one band; its first spelling is shown', () => {
    expect(ok('Grön Htj 13 eller färre, HTJ 13 eller färre Gul htj 14-15').threshold).toEqual({
      direction: 'segments',
      text: 'Grön Htj 13 eller färre, HTJ 13 eller färre Gul htj 14-15',
      segments: [{ label: 'Htj', threshold: { direction: 'lower', unit: '', bands: [{ status: 'green', bound: b('<=', 13) }, { status: 'yellow', bound: b('range', 14, 0, 15) }] } }],
    });
  });

  it('a segment\'s unit is the one written in any of its bands', () => {
    const p = ok('Grön Htj minst 90 %, SÄBO högst 10 dagar Gul Htj minst 80, SÄBO högst 14');
    expect(p.threshold.direction === 'segments' && p.threshold.segments.map((x) => [x.label, x.threshold.unit, x.threshold.unitWord])).toEqual([['Htj', '%', undefined], ['SÄBO', '', 'dagar']]);
    const q = ok('Grön Htj minst 90, SÄBO högst 10 Gul Htj minst 80 %, SÄBO högst 14 dagar');
    expect(q.threshold.direction === 'segments' && q.threshold.segments.map((x) => [x.label, x.threshold.unit, x.threshold.unitWord])).toEqual([['Htj', '%', undefined], ['SÄBO', '', 'dagar']]);
    const r = ok('Grön Htj minst 90 %, SÄBO minst 9 Gul Htj minst 80 dagar, SÄBO minst 8');
    expect(r.threshold.direction === 'segments' && r.threshold.segments.map((x) => [x.label, x.threshold.unit, x.threshold.unitWord])).toEqual([['Htj', '%', undefined], ['SÄBO', '', undefined]]);
  });

  it.each([
    ['ja'], ['nej'], ['öka'], ['minska'], ['högst'], ['max'], ['minst'], ['under'], ['över'], ['bästa'], ['topp'], ['procent'], ['tkr'], ['dagar'], ['eller'], ['or'],
  ])('%s is never a segment\'s label', (w) => {
    const text = `Grön Htj 13 eller färre, ${w} 5`;
    expect(parseThreshold(text)).toEqual({ ok: false, reason: `unreadable-band:green:Htj 13 eller färre, ${w} 5` });
  });

  it.each([
    // A label holds no number and starts with a letter.
    ['Grön Htj 13 14'],
    ['Grön Enhet 1 13 eller färre'],
    ['Grön (Htj) 13 eller färre'],
    ['Grön Htj'],
  ])('%j is no segment list', (text) => {
    expect(parseThreshold(text)).toMatchObject({ ok: false, reason: expect.stringMatching(/^unreadable-band:green:/) });
  });

  it.each<[{ green?: string; yellow?: string; red?: string }, Record<string, unknown>]>([
    [{ green: 'Grön: 80', yellow: 'Gul 70', red: 'Röd' }, { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 80) }, { status: 'yellow', bound: b('>=', 70) }] }],
    [{ green: 'Gröna 80', yellow: '70' }, { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 80) }, { status: 'yellow', bound: b('>=', 70) }] }],
    [{ yellow: '70', red: 'under 70', green: '≥ 80' }, { direction: 'higher', bands: [{ status: 'green', bound: b('>=', 80) }, { status: 'yellow', bound: b('>=', 70) }, { status: 'red', bound: b('<', 70) }] }],
    [{ red: ' Ja ' }, { direction: 'yes-no', yes: 'red', no: 'green' }],
  ])('band columns %j', (cols, expected) => {
    const p = parseBandColumns(cols);
    expect(p.ok && p.threshold).toMatchObject(expected);
  });
});

describe('parseThreshold: spacing and punctuation as typed', () => {
  it('punctuation after an answer, several marks of it', () => {
    expect(ok('Grön Ja.; Röd Nej.').threshold).toEqual({ direction: 'yes-no', yes: 'green', no: 'red', text: 'Grön Ja.; Röd Nej.' });
  });

  it('segments split at a semicolon with no space after it', () => {
    const p = ok('Grön Htj 13 eller färre;SÄBO 1,3 eller färre');
    expect(p.threshold.direction === 'segments' && p.threshold.segments.map((x) => [x.label, x.threshold.bands[0].bound.value])).toEqual([['Htj', 13], ['SÄBO', 1.3]]);
  });

  it('an abbreviated label with a dot and a colon (Hemtj.:) is the label without them', () => {
    const p = ok('Grön Hemtj.: 13 eller färre, SÄBO: 1,3 eller färre');
    expect(p.threshold.direction === 'segments' && p.threshold.segments.map((x) => x.label)).toEqual(['Hemtj', 'SÄBO']);
  });

  it('a band written twice the same way is read once, in any case', () => {
    expect(ok('Grön minst 82 Gul 76 grön Minst 82').threshold).toEqual({ direction: 'higher', unit: '', bands: [{ status: 'green', bound: b('>=', 82) }, { status: 'yellow', bound: b('>=', 76) }], text: 'Grön minst 82 Gul 76 grön Minst 82' });
  });

  it('band columns are read as the text they compose, and that text is kept', () => {
    expect(parseBandColumns({ green: '80', yellow: '70' })).toEqual({ ok: true, issues: [], threshold: { direction: 'higher', unit: '', bands: [{ status: 'green', bound: b('>=', 80) }, { status: 'yellow', bound: b('>=', 70) }], text: 'Grön 80 Gul 70' } });
  });

  it('a colon after the colour word before an answer', () => {
    expect(ok('Grön: Ja Röd: Nej').threshold).toMatchObject({ direction: 'yes-no', yes: 'green', no: 'red' });
  });

  it('words in capitals are the same words', () => {
    expect(ok('GRÖN JA 95 % GUL JA 90 %').threshold).toMatchObject({ direction: 'yes-no', share: { bands: [{ bound: b('>=', 95) }, { bound: b('>=', 90) }] } });
    expect(ok('Grön BÄSTA 25 % Gul TOPP 50 %').threshold).toMatchObject({ direction: 'rank' });
    expect(ok('Grön 25 % BÄSTA').threshold).toMatchObject({ direction: 'rank' });
    expect(ok('Grön ÖKA MED 10 % Gul ÖKA MED 5 %').threshold).toMatchObject({ direction: 'change', better: 'higher' });
    expect(ok('NULÄGE Röd Grön 82 Gul 76').currentStatus).toBe('red');
    expect(ok('MÅLVÄRDE: MINST 82').threshold).toMatchObject({ direction: 'higher', bands: [{ bound: b('>=', 82) }] });
  });

  it('a negative bound with an en dash for a minus (budget deviation)', () => {
    expect(ok('Grön 0 % Gul –0,5 %').threshold).toMatchObject({ direction: 'higher', unit: '%', bands: [{ bound: b('>=', 0) }, { bound: b('>=', -0.5, 1) }] });
  });

  it('spaces of every kind are one space, in labels too', () => {
    const p = ok('Grön Ordinärt\u00a0 boende 13 eller färre,  SÄBO 1,3 eller färre');
    expect(p.threshold.direction === 'segments' && p.threshold.segments.map((x) => x.label)).toEqual(['Ordinärt boende', 'SÄBO']);
    // The text itself is kept as written.
    expect(p.threshold.text).toBe('Grön Ordinärt\u00a0 boende 13 eller färre,  SÄBO 1,3 eller färre');
  });
});
