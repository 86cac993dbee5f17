/**
 * Counted nouns in Swedish and English: "1 varning", "4 varningar", "1 cell färglagd",
 * "3 celler färglagda". One rule for both languages: exactly one takes the singular, every other
 * count (0 too: "0 varningar") the plural. The case table is plural.test.ts beside it.
 */
import type { Lang } from './types';

export interface Noun {
  one: string;
  other: string;
}

export const NOUNS = {
  finding: { sv: { one: 'anmärkning', other: 'anmärkningar' }, en: { one: 'finding', other: 'findings' } },
  error: { sv: { one: 'fel', other: 'fel' }, en: { one: 'error', other: 'errors' } },
  warning: { sv: { one: 'varning', other: 'varningar' }, en: { one: 'warning', other: 'warnings' } },
  info: { sv: { one: 'upplysning', other: 'upplysningar' }, en: { one: 'note', other: 'notes' } },
  cellColoured: { sv: { one: 'cell färglagd', other: 'celler färglagda' }, en: { one: 'cell coloured', other: 'cells coloured' } },
  gap: { sv: { one: 'brist', other: 'brister' }, en: { one: 'gap', other: 'gaps' } },
  indicator: { sv: { one: 'indikator', other: 'indikatorer' }, en: { one: 'indicator', other: 'indicators' } },
  activity: { sv: { one: 'aktivitet', other: 'aktiviteter' }, en: { one: 'activity', other: 'activities' } },
  subgoal: { sv: { one: 'delmål', other: 'delmål' }, en: { one: 'sub-goal', other: 'sub-goals' } },
  file: { sv: { one: 'fil', other: 'filer' }, en: { one: 'file', other: 'files' } },
  annex: { sv: { one: 'bilaga', other: 'bilagor' }, en: { one: 'annex', other: 'annexes' } },
  row: { sv: { one: 'rad', other: 'rader' }, en: { one: 'row', other: 'rows' } },
  total: { sv: { one: 'summarad', other: 'summarader' }, en: { one: 'total row', other: 'total rows' } },
  table: { sv: { one: 'tabell', other: 'tabeller' }, en: { one: 'table', other: 'tables' } },
} as const satisfies Record<string, Record<Lang, Noun>>;

export type NounKey = keyof typeof NOUNS;

const NUMBER: Record<Lang, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** The noun alone, in the form the count takes. */
export function nounFor(n: number, noun: NounKey | Noun, lang: Lang): string {
  const forms = typeof noun === 'string' ? NOUNS[noun][lang] : noun;
  return n === 1 ? forms.one : forms.other;
}

/** `4 varningar`, `1 cell färglagd`, `1 234 celler färglagda` (the number the language's way). */
export function plural(n: number, noun: NounKey | Noun, lang: Lang): string {
  return `${NUMBER[lang].format(n)} ${nounFor(n, noun, lang)}`;
}
