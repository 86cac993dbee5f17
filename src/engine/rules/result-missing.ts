import type { Rule } from './rule';
import { periodLabel, periodWord, resultHits } from '../results/messages';

/** No result for a period that is due by the frequency and the chosen period. */
const rule: Rule = {
  code: 'result.missing',
  severity: 'warning',
  description: {
    sv: 'Resultat saknas för en period som ska rapporteras.',
    en: 'A result is missing for a period that is due.',
  },
  message: {
    sv: (p) =>
      `Resultat för ${periodWord(p.period, 'sv')} saknas för indikatorn "${p.indicator}"${p.frequency ? ` (mäts: ${p.frequency})` : ''}. ${
        p.combined ? `Skriv resultatet i cellen med periodens namn, t.ex. "${periodLabel(p.period)}: 80".` : 'Fyll i resultatet.'
      }`,
    en: (p) =>
      `The result for ${periodWord(p.period, 'en')} is missing for the indicator "${p.indicator}"${p.frequency ? ` (measured: ${p.frequency})` : ''}. ${
        p.combined ? `Write the result in the cell with the period's label, e.g. "${periodLabel(p.period)}: 80".` : 'Fill in the result.'
      }`,
  },
  check(ctx) {
    return resultHits(ctx, 'missing', (ia, ev) => ({
      frequency: (ia.indicator.frequency ?? '').replace(/\s+/g, ' ').trim(),
      combined: ev.result.period === 'combined' ? 1 : 0,
    }));
  },
};

export default rule;
