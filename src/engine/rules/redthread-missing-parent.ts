/** A goal below the top level that links to no parent goal breaks the red thread (SPEC §3b). */
import { issueRule } from '../redthread/rule-kit';

export default issueRule({
  code: 'redthread.missing-parent',
  kind: 'missing-parent',
  severity: 'error',
  description: {
    sv: 'Ett mål under den översta nivån saknar länk till ett överordnat mål.',
    en: 'A goal below the top level has no link to a parent goal.',
  },
  message: {
    sv: (p) => `Målet "${p.goal}" saknar länk till ett överordnat mål. Skriv in id eller text för det mål på nivån ovanför som det bidrar till.`,
    en: (p) => `The goal "${p.goal}" has no link to a parent goal. Enter the id or text of the goal on the level above that it serves.`,
  },
});
