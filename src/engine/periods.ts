/** Follow-up periods: order, months covered, and reading period labels as users write them. */
import { fold } from './cells';
import { MONTHS, type Period } from './types';

/** Months of the year a period reaches (Q1 = 3, T1 = 4, T2 = 8, year = 12, a month = its number). */
export function periodMonth(p: Period): number {
  switch (p) {
    case 'q1':
      return 3;
    case 't1':
      return 4;
    case 't2':
      return 8;
    case 'year':
      return 12;
    default:
      return MONTHS.indexOf(p) + 1;
  }
}

const MONTH_WORDS: Record<string, (typeof MONTHS)[number]> = {
  jan: 'jan', januari: 'jan', january: 'jan',
  feb: 'feb', februari: 'feb', february: 'feb',
  mar: 'mar', mars: 'mar', march: 'mar',
  apr: 'apr', april: 'apr',
  maj: 'may', may: 'may',
  jun: 'jun', juni: 'jun', june: 'jun',
  jul: 'jul', juli: 'jul', july: 'jul',
  aug: 'aug', augusti: 'aug', august: 'aug',
  sep: 'sep', sept: 'sep', september: 'sep',
  okt: 'oct', oct: 'oct', oktober: 'oct', october: 'oct',
  nov: 'nov', november: 'nov',
  dec: 'dec', december: 'dec',
};

/** Period labels as folded text, after any `Resultat`/`Utfall` in front. */
const LABELS = new Map<string, Period>([
  ...['t1', 'tertial 1', 'delarsrapport'].map((w): [string, Period] => [w, 't1']),
  ...['t2', 'tertial 2', 'delar', 'delarsbokslut', 'delarsrapport 2'].map((w): [string, Period] => [w, 't2']),
  ...['ar', 'helar', 'year', 'full year', 'arsbokslut', 'ars', 't3', 'bokslut'].map((w): [string, Period] => [w, 'year']),
  ...['q1', 'kvartal 1', 'kv 1', 'kv1', 'quarter 1'].map((w): [string, Period] => [w, 'q1']),
  ...Object.entries(MONTH_WORDS),
]);
const LABEL_PREFIX = ['resultat ', 'result ', 'utfall '];

/**
 * Reads a period label as written in a header or a combined result (`Resultat T1`, `T2`, `Helår`,
 * `År`, `Kvartal 1`, `Q1`, `jan`, `januari`, `Delår` → T2). Returns null when it is none.
 */
export function readPeriodLabel(text: string): Period | null {
  const f = fold(text);
  // Folded text has single spaces, so one space ends the word in front.
  const prefix = LABEL_PREFIX.find((w) => f.startsWith(w));
  return LABELS.get(prefix ? f.slice(prefix.length) : f) ?? null;
}

/** Parses a `--period` argument or settings value. */
export function parsePeriodArg(s: string): Period | null {
  const t = s.trim().toLowerCase();
  if (t === 'q1' || t === 't1' || t === 't2' || t === 'year') return t;
  return MONTH_WORDS[t] ?? null;
}
