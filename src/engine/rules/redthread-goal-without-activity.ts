/** A goal where work happens (no child goal, below the top) with no activity to reach it. */
import { issueRule } from '../redthread/rule-kit';

export default issueRule({
  code: 'redthread.goal-without-activity',
  kind: 'goal-without-activity',
  severity: 'warning',
  description: {
    sv: 'Ett mål längst ner i hierarkin saknar aktivitet.',
    en: 'A goal at the bottom of the hierarchy has no activity.',
  },
  message: {
    sv: (p) => `Målet "${p.goal}" har ingen aktivitet. Lägg till minst en aktivitet som beskriver hur målet ska nås.`,
    en: (p) => `The goal "${p.goal}" has no activity. Add at least one activity that says how the goal will be reached.`,
  },
});
