import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from './cells';
import { readPeriodLabel } from './periods';
import type { Period } from './types';

/** The rule as patterns, as it was first written: readPeriodLabel must read exactly these. */
function byPatterns(text: string): Period | null {
  const t = fold(text).replace(/^(resultat|result|utfall)\s+/, '');
  if (/^(t1|tertial 1|delarsrapport)$/.test(t)) return 't1';
  if (/^(t2|tertial 2|delar|delarsbokslut|delarsrapport 2)$/.test(t)) return 't2';
  if (/^(ar|helar|year|full year|arsbokslut|ars|t3|bokslut)$/.test(t)) return 'year';
  if (/^(q1|kvartal 1|kv 1|kv1|quarter 1)$/.test(t)) return 'q1';
  const months: Record<string, Period> = { jan: 'jan', januari: 'jan', maj: 'may', okt: 'oct', oktober: 'oct', december: 'dec', sept: 'sep' };
  return Object.prototype.hasOwnProperty.call(months, t) ? months[t] : null;
}

describe('readPeriodLabel', () => {
  it.each([
    ['Resultat T1', 't1'],
    ['Resultat  T2', 't2'],
    ['Utfall\u00a0helår', 'year'],
    ['Helår:', 'year'],
    ['Delårsrapport 2', 't2'],
    ['Delårsrapport', 't1'],
    ['Kvartal 1', 'q1'],
    ['Result Q1', 'q1'],
    ['januari', 'jan'],
    ['Maj', 'may'],
    ['Resultat', null],
    ['Resultatet T1', null],
    ['T1 T2', null],
    ['Indikator', null],
    ['constructor', null],
    ['', null],
  ])('%j → %j', (text, period) => {
    expect(readPeriodLabel(text)).toBe(period);
  });

  it('reads what the patterns read, on label words in any case, spacing and punctuation', () => {
    const word = fc.constantFrom('resultat', 'Result', 'UTFALL', 'T1', 't2', 'År', 'helår', 'Delår', 'delårsrapport', '2', '1', 'kvartal', 'Kv', 'q1', 'Q2', 'jan', 'januari', 'Maj', 'okt', 'oktober', 'December', 'sept', 'full', 'year', 'x');
    const sep = fc.constantFrom(' ', '  ', '\u00a0', ':', ' - ', '', '\t');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        expect(readPeriodLabel(text)).toBe(byPatterns(text));
      }),
      { numRuns: 1000 },
    );
  });
});
