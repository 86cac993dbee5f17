/** A goal linked to a parent that is not on a higher level of the steering model. */
import { issueRule } from '../redthread/rule-kit';
import { levelLabel } from '../redthread/levels';

export default issueRule({
  code: 'redthread.wrong-level',
  kind: 'wrong-level',
  severity: 'warning',
  description: {
    sv: 'Ett mål länkar till ett mål som inte ligger på en högre nivå.',
    en: 'A goal links to a parent that is not on a higher level.',
  },
  message: {
    sv: (p) =>
      `Målet "${p.goal}" (${p.level}) länkar till "${p.parent}" (${p.parentLevel}), som inte ligger på en högre nivå. Länka till ett mål på nivån ovanför eller rätta nivån.`,
    en: (p) =>
      `The goal "${p.goal}" (${levelLabel(String(p.level), 'en')}) links to "${p.parent}" (${levelLabel(String(p.parentLevel), 'en')}), which is not on a higher level. Link to a goal on the level above or correct the level.`,
  },
});
