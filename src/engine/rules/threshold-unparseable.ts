import type { Rule } from './rule';
import { thresholdCell, thresholdShown } from '../results/messages';
import { describeReason } from '../thresholds/parse';

/** Threshold text that is there but cannot be read. */
const rule: Rule = {
  code: 'threshold.unparseable',
  severity: 'error',
  description: {
    sv: 'Tröskeltexten finns men går inte att tolka.',
    en: 'The threshold text is present but cannot be understood.',
  },
  message: {
    sv: (p) => `Tröskeln "${p.text}" för indikatorn "${p.indicator}" går inte att tolka: ${p.reasonSv}. Skriv den som färgord följt av en gräns, t.ex. "Grön 82 Gul 76", "Grön 6,5 Gul 7" eller "Grön Ja Röd Nej".`,
    en: (p) => `The threshold "${p.text}" of the indicator "${p.indicator}" cannot be understood: ${p.reasonEn}. Write colour words each followed by a bound, e.g. "Green 82 Yellow 76", "Green 6.5 Yellow 7" or "Green Yes Red No".`,
  },
  check(ctx) {
    return ctx.indicators
      .filter((ia) => ia.thresholdState === 'unparseable')
      .map((ia) => ({
        ...thresholdCell(ia),
        params: {
          indicator: ia.indicator.name,
          text: thresholdShown(ia),
          reasonSv: describeReason(ia.unparseableReason ?? '', 'sv'),
          reasonEn: describeReason(ia.unparseableReason ?? '', 'en'),
        },
      }));
  },
};

export default rule;
