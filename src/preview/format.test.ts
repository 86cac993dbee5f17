import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cssColour, downloadName, formatNumber, formatValue, parseInput } from './format';

const NB = '\u00a0';

describe('formatNumber', () => {
  it.each([
    // [value, format, shown] — the formats the seeds' budget and annex tables use
    [787972084, '# ##0', `787${NB}972${NB}084`],
    [1060, '#,##0', `1${NB}060`],
    [-3546, '#,##0', `−3${NB}546`],
    [1060, '0', '1060'],
    [6.5, '0.0', '6,5'],
    [0.82, '0%', `82${NB}%`],
    [0.005, '0.0%', `0,5${NB}%`],
    [6.5, undefined, '6,5'],
    [1060, undefined, '1060'],
    [0.1 + 0.2, undefined, '0,3'],
    [1234.5, '#,##0.00;[Red]-#,##0.00', `1${NB}234,50`],
  ])('%s with %s → %s', (v, fmt, shown) => {
    expect(formatNumber(v, fmt).replace('-', '−')).toBe(shown);
  });
});

describe('formatValue', () => {
  it.each([
    [null, 'sv', ''],
    [true, 'sv', 'SANT'],
    [false, 'en', 'FALSE'],
    ['Grön 82 Gul 76', 'sv', 'Grön 82 Gul 76'],
    [{ error: '#DIV/0!' }, 'sv', '#DIV/0!'],
  ] as const)('%j (%s) → %s', (v, lang, shown) => {
    expect(formatValue(v, undefined, lang)).toBe(shown);
  });
});

describe('parseInput', () => {
  it.each([
    ['1 060', 1060],
    ['6,5', 6.5],
    ['−3', -3],
    ['82', 82],
    ['', null],
    ['   ', null],
    ['Grön 82 Gul 76', 'Grön 82 Gul 76'],
    ['=SUM(C3:C9)', '=SUM(C3:C9)'],
    ['3/12', '3/12'],
  ] as const)('%j → %j', (text, value) => {
    expect(parseInput(text)).toBe(value);
  });

  it('never throws, and a number it shows reads back as the same number', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = parseInput(s);
        expect(v === null || typeof v === 'number' || v === s).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('# ##0', '#,##0', '0', undefined), (n, fmt) => {
        expect(parseInput(formatNumber(n, fmt))).toBe(n);
      }),
    );
  });

  it('formatNumber never throws on any double and any format', () => {
    fc.assert(
      fc.property(fc.double(), fc.string(), (n, fmt) => {
        expect(typeof formatNumber(n, fmt)).toBe('string');
      }),
    );
  });
});

describe('cssColour and downloadName', () => {
  it.each([
    ['FFC6EFCE', '#C6EFCE'],
    ['ffffc7ce', '#FFC7CE'],
    ['theme:4', '#4472C4'],
    ['theme:99', undefined],
    ['pattern:gray125', undefined],
    [undefined, undefined],
  ])('%s → %s', (key, css) => {
    expect(cssColour(key)).toBe(css);
  });

  it.each([
    ['verksamhetsplan-2025.xlsx', 'verksamhetsplan-2025.planark.xlsx'],
    ['plan.planark.xlsx', 'plan.planark.xlsx'],
    ['Bilaga.XLSM', 'Bilaga.planark.xlsm'],
    ['plan.planark.xlsm', 'plan.planark.xlsm'],
    ['.xlsx', 'arbetsbok.planark.xlsx'],
  ])('%s → %s', (name, out) => {
    expect(downloadName(name)).toBe(out);
  });
});
