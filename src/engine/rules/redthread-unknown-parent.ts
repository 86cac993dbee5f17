/** A parent link that names no goal in the workbook; suggests the closest goal. */
import { didYouMean, issueRule } from '../redthread/rule-kit';

export default issueRule({
  code: 'redthread.unknown-parent',
  kind: 'unknown-parent',
  severity: 'error',
  description: {
    sv: 'En länk till ett överordnat mål pekar på ett mål som inte finns.',
    en: 'A parent link names a goal that does not exist.',
  },
  message: {
    sv: (p) => `Överordnat mål "${p.name}" finns inte. ${didYouMean(p, 'sv')}Rätta länken så att den pekar på ett befintligt mål.`,
    en: (p) => `Parent goal "${p.name}" does not exist. ${didYouMean(p, 'en')}Correct the link so that it points to an existing goal.`,
  },
});
