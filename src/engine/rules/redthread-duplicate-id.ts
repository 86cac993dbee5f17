/** Two goals on the same level with the same id make links by id ambiguous. */
import { issueRule } from '../redthread/rule-kit';

export default issueRule({
  code: 'redthread.duplicate-id',
  kind: 'duplicate-id',
  severity: 'error',
  description: {
    sv: 'Två mål på samma nivå har samma id.',
    en: 'Two goals on the same level share an id.',
  },
  message: {
    sv: (p) => `Id "${p.id}" används redan av ett annat mål (${p.first}). Ge målet "${p.goal}" ett eget id så att länkarna blir entydiga.`,
    en: (p) => `The id "${p.id}" is already used by another goal (${p.first}). Give the goal "${p.goal}" an id of its own so that links are unambiguous.`,
  },
});
