import type { Rule } from './rule';
import { thresholdCell } from '../results/messages';

/** An indicator without thresholds cannot be given a traffic light. */
const rule: Rule = {
  code: 'threshold.missing',
  severity: 'warning',
  description: {
    sv: 'Indikatorn saknar tröskelvärden (Grön/Gul/Röd).',
    en: 'The indicator has no thresholds (Green/Yellow/Red).',
  },
  message: {
    sv: (p) => `Indikatorn "${p.indicator}" saknar tröskelvärden, så resultatet kan inte färgas. Skriv gränser för Grön och Gul, t.ex. "Grön 82 Gul 76".`,
    en: (p) => `The indicator "${p.indicator}" has no thresholds, so its result cannot be coloured. Write bounds for Green and Yellow, e.g. "Green 82 Yellow 76".`,
  },
  check(ctx) {
    return ctx.indicators
      .filter((ia) => ia.thresholdState === 'missing')
      .map((ia) => ({ ...thresholdCell(ia), params: { indicator: ia.indicator.name } }));
  },
};

export default rule;
