import type { Rule } from './rule';
import { periodWord, resultHits } from '../results/messages';

/** A segmented result (`Htj 12; SÄBO 1,2`) that lacks one of the threshold's segments. */
const rule: Rule = {
  code: 'result.segment-missing',
  severity: 'warning',
  description: {
    sv: 'Ett delat resultat saknar värde för en del.',
    en: 'A segmented result lacks a segment.',
  },
  message: {
    sv: (p) =>
      `Resultatet "${p.value}" för indikatorn "${p.indicator}" (${periodWord(p.period, 'sv')}) saknar värde för ${p.missing}. Skriv ett värde per del, t.ex. "${p.example}".`,
    en: (p) =>
      `The result "${p.value}" of the indicator "${p.indicator}" (${periodWord(p.period, 'en')}) has no value for ${p.missing}. Write one value per part, e.g. "${p.example}".`,
  },
  check(ctx) {
    return resultHits(ctx, 'segment-missing', (ia, ev) => ({
      value: ev.value === null ? '' : String(ev.value),
      missing: (ev.missingSegments ?? []).join(', '),
      example: (ia.threshold?.direction === 'segments' ? ia.threshold.segments.map((s) => `${s.label} …`) : []).join('; '),
    }));
  },
};

export default rule;
