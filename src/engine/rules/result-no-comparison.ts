import type { Rule } from './rule';
import { periodWord, resultHits } from '../results/messages';

/**
 * A direction-only indicator (Öka/Minska, no thresholds) with a result but nothing earlier in its
 * row to compare with: its trend, and so its colour, cannot be told (SPEC §3). At most one per
 * indicator: only its earliest result can lack a previous value.
 */
const rule: Rule = {
  code: 'result.no-comparison',
  severity: 'info',
  description: {
    sv: 'En indikator med riktning (Öka/Minska) har inget tidigare värde att jämföra resultatet med.',
    en: 'A direction-only indicator (Increase/Decrease) has no earlier value to compare its result with.',
  },
  message: {
    sv: (p) =>
      `Indikatorn "${p.indicator}" ska ${p.want === 'higher' ? 'öka' : 'minska'}, men resultatet för ${periodWord(p.period, 'sv')} har inget tidigare värde att jämföra med och får därför ingen färg. Fyll i Nuläge eller föregående års utfall i samma rad.`,
    en: (p) =>
      `The indicator "${p.indicator}" should ${p.want === 'higher' ? 'increase' : 'decrease'}, but its result for ${periodWord(p.period, 'en')} has no earlier value to compare with, so it gets no colour. Fill in the baseline (Nuläge) or last year's result in the same row.`,
  },
  check(ctx) {
    // Only an indicator judged by its trend has no comparison, and it always has a direction.
    return resultHits(ctx, 'no-comparison', (ia) => ({ want: String(ia.direction) }));
  },
};

export default rule;
