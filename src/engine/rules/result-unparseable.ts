import type { Lang } from '../types';
import type { MessageParams, Rule } from './rule';
import { periodWord, resultHits, thresholdShown } from '../results/messages';

/** What a readable result looks like for the threshold's form. */
function hint(p: MessageParams, lang: Lang): string {
  if (p.error) return lang === 'sv' ? 'Rätta formeln eller skriv in värdet.' : 'Fix the formula or type in the value.';
  const sv: Record<string, string> = {
    higher: 'Skriv ett tal, t.ex. 80 eller 80 %.',
    lower: 'Skriv ett tal, t.ex. 6,5.',
    'yes-no': 'Skriv Ja eller Nej (eller en andel, t.ex. 92 %).',
    change: 'Skriv det nya värdet eller förändringen, t.ex. +12 %.',
    rank: 'Skriv placeringen, t.ex. 3/12 eller plats 3 av 12.',
    segments: 'Skriv ett värde per del, t.ex. "Htj 12; SÄBO 1,2".',
  };
  const en: Record<string, string> = {
    higher: 'Write a number, e.g. 80 or 80 %.',
    lower: 'Write a number, e.g. 6.5.',
    'yes-no': 'Write Yes or No (Ja/Nej), or a share such as 92 %.',
    change: 'Write the new value or the change, e.g. +12 %.',
    rank: 'Write the position, e.g. 3/12 or "plats 3 av 12".',
    segments: 'Write one value per part, e.g. "Htj 12; SÄBO 1,2".',
  };
  return (lang === 'sv' ? sv : en)[String(p.form)] ?? (lang === 'sv' ? 'Skriv ett tal.' : 'Write a number.');
}

/** A result that cannot be read against its thresholds (text, `#DIV/0!`, …). */
const rule: Rule = {
  code: 'result.unparseable',
  severity: 'error',
  description: {
    sv: 'Ett resultat går inte att läsa mot tröskeln.',
    en: 'A result cannot be read against its thresholds.',
  },
  message: {
    sv: (p) =>
      `Resultatet "${p.value}" för indikatorn "${p.indicator}" (${periodWord(p.period, 'sv')}) går inte att läsa${p.text ? ` mot tröskeln "${p.text}"` : ''}. ${hint(p, 'sv')}`,
    en: (p) =>
      `The result "${p.value}" of the indicator "${p.indicator}" (${periodWord(p.period, 'en')}) cannot be read${p.text ? ` against the threshold "${p.text}"` : ''}. ${hint(p, 'en')}`,
  },
  check(ctx) {
    return resultHits(ctx, 'unparseable', (ia, ev) => ({
      value: ev.value === null ? '' : String(ev.value),
      text: ia.threshold ? thresholdShown(ia) : '',
      form: ia.threshold?.direction ?? '',
      error: /^#[A-Z0-9/!?.]+$/i.test(String(ev.value ?? '')) ? 1 : 0,
    }));
  },
};

export default rule;
