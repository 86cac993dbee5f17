import { describe, expect, it } from 'vitest';
import rule from './threshold-missing';
import { cellsFor, contextOf, findingsOf, indicator, type IndicatorSpec } from '../../../test/fixtures/indicators';

describe('threshold.missing', () => {
  it.each<[string, IndicatorSpec, string[]]>([
    ['seed 002 "Grön 82 Gul 76"', { threshold: 'Grön 82 Gul 76' }, []],
    ['empty threshold cell', { threshold: null }, ['D2']],
    ['blank threshold cell', { threshold: '  ' }, ['D2']],
    ['no threshold column: at the name', { threshold: null, noThresholdColumn: true }, ['B2']],
    ['Grön/Gul/Röd columns', { threshold: null, bandColumns: { green: '82', yellow: '76' } }, []],
    ['empty Grön/Gul/Röd columns', { threshold: null, bandColumns: { green: '', yellow: ' ' } }, ['D2']],
    ['unreadable text is not missing', { threshold: 'Grön bra Gul sämre' }, []],
    // Seed 003/004: `Mål` holds Öka/Minska and there are no thresholds: a trend indicator.
    ['seed 004 Öka, no thresholds', { threshold: null, noThresholdColumn: true, declared: 'higher' }, []],
    ['seed 004 Minska, no thresholds', { threshold: null, noThresholdColumn: true, declared: 'lower' }, []],
    ['`Öka` written where the thresholds go', { threshold: 'Öka' }, []],
    ['a single target without colour words', { threshold: 'Minst 82' }, []],
  ])('%s', (_l, spec, cells) => {
    expect(cellsFor(rule, spec)).toEqual(cells);
  });

  it('reports code, severity and a message naming the indicator and an example', () => {
    const f = findingsOf(rule, contextOf([indicator(5, { name: 'HME', threshold: null })]));
    expect(f).toEqual([
      {
        code: 'threshold.missing',
        severity: 'warning',
        sheet: 'Verksamhetsplan',
        cell: 'D5',
        message:
          'Indikatorn "HME" saknar tröskelvärden, så resultatet kan inte färgas. Skriv gränser för Grön och Gul, t.ex. "Grön 82 Gul 76", ett mål som "Minst 82", eller en riktning (Öka/Minska) som färgas efter utvecklingen.',
      },
    ]);
    expect(findingsOf(rule, contextOf([indicator(5, { name: 'HME', threshold: null })], { lang: 'en' }))[0].message).toContain('has no thresholds');
  });
});
