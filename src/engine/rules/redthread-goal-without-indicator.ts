/** A goal where work happens (no child goal, below the top) that nothing measures. */
import { issueRule } from '../redthread/rule-kit';

export default issueRule({
  code: 'redthread.goal-without-indicator',
  kind: 'goal-without-indicator',
  severity: 'warning',
  description: {
    sv: 'Ett mål längst ner i hierarkin saknar indikator.',
    en: 'A goal at the bottom of the hierarchy has no indicator.',
  },
  message: {
    sv: (p) => `Målet "${p.goal}" har ingen indikator. Lägg till minst en indikator som mäter målet, så att det kan följas upp.`,
    en: (p) => `The goal "${p.goal}" has no indicator. Add at least one indicator that measures it, so that it can be followed up.`,
  },
});
