/**
 * The one table of words the threshold grammar knows (SPEC §3), Swedish and English. The parser
 * builds its patterns from this table and the printer writes with its first entries, so a word
 * added here is both read and understood everywhere; no other list of threshold words exists.
 */

export const WORDS = {
  /** Colour words name a band; each is followed by its condition. */
  green: ['grön', 'gröna', 'grönt', 'green'],
  yellow: ['gul', 'gula', 'gult', 'yellow', 'amber'],
  red: ['röd', 'röda', 'rött', 'red'],
  /** Before a number: an upper bound that includes the number (`högst 5`, `≤ 5`). */
  atMost: ['högst', '≤', '<=', '=<', 'max', 'max.', 'maximalt', 'maximum', 'at most', 'no more than', 'not more than'],
  /** Before a number: an upper bound that excludes it (`under 7`). */
  below: ['under', '<', 'mindre än', 'färre än', 'lägre än', 'less than', 'fewer than', 'below'],
  /** Before a number: a lower bound that includes it (`minst 82`). */
  atLeast: ['minst', '≥', '>=', '=>', 'min', 'min.', 'minimum', 'at least'],
  /** Before a number: a lower bound that excludes it (`över 90`). */
  above: ['över', '>', 'mer än', 'fler än', 'högre än', 'more than', 'above', 'over'],
  /** After a number: an upper bound that includes it (`13 eller färre`). */
  orLess: ['eller färre', 'eller mindre', 'eller lägre', 'eller under', 'or fewer', 'or less', 'or lower', 'or below'],
  /** After a number: a lower bound that includes it (`82 eller högre`). */
  orMore: ['eller högre', 'eller fler', 'eller flera', 'eller mer', 'eller mera', 'eller över', 'or more', 'or higher', 'or above'],
  /** Between two numbers: a range (`14-15`, `1,4–1,7`, `26 till 50`). */
  rangeSep: ['–', '-', '—', 'till', 'to'],
  /** Yes/no answers, and a share answering yes (`ja 95%`). */
  yes: ['ja', 'yes'],
  no: ['nej', 'no'],
  /** A change against the baseline (`Öka med 10%`). */
  increase: ['öka', 'ökning', 'höj', 'höja', 'increase'],
  decrease: ['minska', 'minskning', 'sänk', 'sänka', 'decrease', 'reduce'],
  by: ['med', 'by'],
  /** A rank among comparable municipalities (`25% bästa`, `topp 25%`). */
  best: ['bästa', 'best'],
  top: ['topp', 'top'],
  /** Percent after a number. */
  percent: ['%', 'procent', 'procentenheter', 'percent', 'percentage points'],
  /** Other units after a number: read as units, not as text. */
  unit: ['tkr', 'mnkr', 'kr', 'kronor', 'sek', 'st', 'stycken', 'dagar', 'dag', 'dgr', 'veckor', 'timmar', 'tim', 'h', 'personer', 'pers', 'poäng', 'p', 'ggr', 'gånger'],
  /** `Nuläge Röd`: today's status, not a band. */
  baseline: ['nuläge', 'nulage'],
  /** A label in front of a single target (`Målvärde: minst 82`). */
  target: ['målvärde', 'mål', 'target'],
} as const;

export type WordKind = keyof typeof WORDS;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** An alternation of the words of some kinds, longest first so `eller fler` beats `eller`. */
export function alt(...kinds: WordKind[]): string {
  const words = kinds.flatMap((k) => [...WORDS[k]]);
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
}

/** The first word of a kind: what the printer writes. */
export function word(kind: WordKind): string {
  return WORDS[kind][0];
}

/** Is `w` (folded to lower case) a word of this kind? */
export function isWord(kind: WordKind, w: string): boolean {
  return (WORDS[kind] as readonly string[]).includes(w.toLowerCase());
}
