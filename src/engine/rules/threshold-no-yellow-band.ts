import type { Rule } from './rule';
import { fmtNum } from '../format';
import { issueHits, segmentNote } from '../results/messages';

/** Green and yellow with the same bound: nothing can ever be yellow. */
const rule: Rule = {
  code: 'threshold.no-yellow-band',
  severity: 'warning',
  description: {
    sv: 'Grön och Gul har samma gräns, så inget värde blir gult.',
    en: 'Green and Yellow have the same bound, so no value is ever yellow.',
  },
  message: {
    sv: (p) =>
      `Tröskeln "${p.text}"${segmentNote(p)} har samma gräns för Grön och Gul (${fmtNum(Number(p.value), 'sv')}), så inget värde blir gult. Ge Gul en egen gräns eller ta bort Gul.`,
    en: (p) =>
      `The threshold "${p.text}"${segmentNote(p)} has the same bound for Green and Yellow (${fmtNum(Number(p.value), 'en')}), so no value is ever yellow. Give Yellow its own bound or remove it.`,
  },
  check: (ctx) => issueHits(ctx, 'no-yellow-band'),
};

export default rule;
