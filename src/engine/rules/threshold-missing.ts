import type { Rule } from './rule';
import { thresholdCell } from '../results/messages';

/**
 * An indicator with neither thresholds nor a direction cannot be given a traffic light. One with
 * only Öka/Minska is coloured by its trend (SPEC §3) and is not reported here.
 */
const rule: Rule = {
  code: 'threshold.missing',
  severity: 'warning',
  description: {
    sv: 'Indikatorn saknar både tröskelvärden (Grön/Gul/Röd) och riktning (Öka/Minska).',
    en: 'The indicator has neither thresholds (Green/Yellow/Red) nor a direction (Increase/Decrease).',
  },
  message: {
    sv: (p) =>
      `Indikatorn "${p.indicator}" saknar tröskelvärden, så resultatet kan inte färgas. Skriv gränser för Grön och Gul, t.ex. "Grön 82 Gul 76", ett mål som "Minst 82", eller en riktning (Öka/Minska) som färgas efter utvecklingen.`,
    en: (p) =>
      `The indicator "${p.indicator}" has no thresholds, so its result cannot be coloured. Write bounds for Green and Yellow, e.g. "Green 82 Yellow 76", a target such as "At least 82", or a direction (Öka/Minska) coloured by the trend.`,
  },
  check(ctx) {
    return ctx.indicators
      .filter((ia) => ia.thresholdState === 'missing')
      .map((ia) => ({ ...thresholdCell(ia), params: { indicator: ia.indicator.name } }));
  },
};

export default rule;
