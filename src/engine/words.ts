/**
 * Words the generated sheets, the report and the pane share: assessments, statuses and periods in
 * Swedish and English, and a result's value as a reader sees it. Below every module that speaks.
 */
import type { Lang, Period } from './types';
import { MONTHS } from './types';
import type { Assessment, Counted } from './rollup';
import { fmtNum } from './format';

export const ASSESSMENT_WORDS: Record<Lang, Record<Assessment, string>> = {
  sv: { met: 'Uppfyllt', partly: 'Delvis uppfyllt', 'not-met': 'Ej uppfyllt', 'not-assessed': 'Ej bedömd' },
  en: { met: 'Met', partly: 'Partly met', 'not-met': 'Not met', 'not-assessed': 'Not assessed' },
};

/** An indicator's status at the period in words (never colour alone). */
export const STATUS_WORDS: Record<Lang, Record<Counted, string>> = {
  sv: { green: 'Grön', yellow: 'Gul', red: 'Röd', missing: 'Utan resultat' },
  en: { green: 'Green', yellow: 'Yellow', red: 'Red', missing: 'Without result' },
};

const MONTH_NAMES: Record<Lang, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function monthName(month: number, lang: Lang): string {
  return MONTH_NAMES[lang][Math.min(12, Math.max(1, month)) - 1];
}

/** The period as a sentence names it (`T2 (delårsbokslut, 8 månader)`, `helår`). */
export function periodName(p: Period, lang: Lang): string {
  const sv = lang === 'sv';
  switch (p) {
    case 'q1':
      return sv ? 'kvartal 1' : 'quarter 1';
    case 't1':
      return sv ? 'T1 (delårsrapport, 4 månader)' : 'T1 (interim report, 4 months)';
    case 't2':
      return sv ? 'T2 (delårsbokslut, 8 månader)' : 'T2 (interim accounts, 8 months)';
    case 'year':
      return sv ? 'helår' : 'full year';
    default:
      return MONTH_NAMES[lang][MONTHS.indexOf(p)];
  }
}

/** The period as a column header names it (`T1`, `År`, `Kv 1`, `jan`). */
export function periodShort(p: Period, lang: Lang): string {
  switch (p) {
    case 'q1':
      return lang === 'sv' ? 'Kv 1' : 'Q1';
    case 't1':
      return 'T1';
    case 't2':
      return 'T2';
    case 'year':
      return lang === 'sv' ? 'År' : 'Year';
    default:
      return MONTH_NAMES[lang][MONTHS.indexOf(p)].slice(0, 3);
  }
}

/**
 * A result as the reader sees it: numbers the Swedish or English way, a percent-formatted cell
 * (already read in percent points) with its `%`, text as written.
 */
export function resultValueText(value: number | string | null, fmt: string | undefined, lang: Lang): string {
  if (value === null) return '';
  if (typeof value !== 'number') return value;
  const s = fmtNum(value, lang);
  return fmt && fmt.includes('%') ? (lang === 'sv' ? `${s} %` : `${s}%`) : s;
}
