import { describe, expect, it } from 'vitest';
import type { Period } from './types';
import { MONTHS, PERIODS } from './types';
import { ASSESSMENT_WORDS, STATUS_WORDS, monthName, periodName, periodShort, resultValueText } from './words';

describe('shared words', () => {
  it.each<[Period, string, string, string, string]>([
    ['q1', 'kvartal 1', 'quarter 1', 'Kv 1', 'Q1'],
    ['t1', 'T1 (delårsrapport, 4 månader)', 'T1 (interim report, 4 months)', 'T1', 'T1'],
    ['t2', 'T2 (delårsbokslut, 8 månader)', 'T2 (interim accounts, 8 months)', 'T2', 'T2'],
    ['year', 'helår', 'full year', 'År', 'Year'],
    ['jan', 'januari', 'January', 'jan', 'Jan'],
    ['may', 'maj', 'May', 'maj', 'May'],
    ['oct', 'oktober', 'October', 'okt', 'Oct'],
    ['dec', 'december', 'December', 'dec', 'Dec'],
  ])('%s: %j / %j, headed %j / %j', (p, sv, en, shortSv, shortEn) => {
    expect(periodName(p, 'sv')).toBe(sv);
    expect(periodName(p, 'en')).toBe(en);
    expect(periodShort(p, 'sv')).toBe(shortSv);
    expect(periodShort(p, 'en')).toBe(shortEn);
  });

  it('every period has a name and a header of its own', () => {
    for (const lang of ['sv', 'en'] as const) {
      expect(new Set(PERIODS.map((p) => periodName(p, lang))).size).toBe(PERIODS.length);
      expect(new Set(PERIODS.map((p) => periodShort(p, lang))).size).toBe(PERIODS.length);
    }
  });

  it.each<[number, string, string]>([
    [1, 'januari', 'January'],
    [5, 'maj', 'May'],
    [12, 'december', 'December'],
    // A month out of range is the nearest one, never undefined.
    [0, 'januari', 'January'],
    [13, 'december', 'December'],
  ])('month %d is %j / %j', (m, sv, en) => {
    expect(monthName(m, 'sv')).toBe(sv);
    expect(monthName(m, 'en')).toBe(en);
  });

  it('every month by name, in order, and as a period', () => {
    const sv = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
    const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    expect(MONTHS.map((_, i) => monthName(i + 1, 'sv'))).toEqual(sv);
    expect(MONTHS.map((_, i) => monthName(i + 1, 'en'))).toEqual(en);
    expect(MONTHS.map((p) => periodName(p, 'sv'))).toEqual(sv);
    expect(MONTHS.map((p) => periodShort(p, 'en'))).toEqual(en.map((m) => m.slice(0, 3)));
  });

  it.each<[number | string | null, string | undefined, string, string]>([
    [null, undefined, '', ''],
    [null, '0%', '', ''],
    ['Ja', undefined, 'Ja', 'Ja'],
    ['Htj 12; SÄBO 1,2', '0%', 'Htj 12; SÄBO 1,2', 'Htj 12; SÄBO 1,2'],
    [84, undefined, '84', '84'],
    [6.54, '0.00', '6,54', '6.54'],
    // A percent-formatted cell is read in percent points and shown with its %.
    [84, '0%', '84 %', '84%'],
    [12.5, '0.0%', '12,5 %', '12.5%'],
    [1250, '# ##0', '1\u00a0250', '1,250'],
  ])('a result %j formatted %j reads %j / %j', (v, fmt, sv, en) => {
    expect(resultValueText(v, fmt, 'sv')).toBe(sv);
    expect(resultValueText(v, fmt, 'en')).toBe(en);
  });

  it('assessments and statuses in words, Swedish and English', () => {
    expect(ASSESSMENT_WORDS).toEqual({
      sv: { met: 'Uppfyllt', partly: 'Delvis uppfyllt', 'not-met': 'Ej uppfyllt', 'not-assessed': 'Ej bedömd' },
      en: { met: 'Met', partly: 'Partly met', 'not-met': 'Not met', 'not-assessed': 'Not assessed' },
    });
    expect(STATUS_WORDS).toEqual({
      sv: { green: 'Grön', yellow: 'Gul', red: 'Röd', missing: 'Utan resultat' },
      en: { green: 'Green', yellow: 'Yellow', red: 'Red', missing: 'Without result' },
    });
  });
});
