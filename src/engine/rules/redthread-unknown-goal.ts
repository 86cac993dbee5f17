/** An indicator or activity that names a goal which does not exist; suggests the closest goal. */
import { didYouMean, issueRule } from '../redthread/rule-kit';

export default issueRule({
  code: 'redthread.unknown-goal',
  kind: 'unknown-goal',
  severity: 'error',
  description: {
    sv: 'En indikator eller aktivitet hänvisar till ett mål som inte finns.',
    en: 'An indicator or activity names a goal that does not exist.',
  },
  message: {
    sv: (p) =>
      `${p.item === 'indicator' ? 'Indikatorn' : 'Aktiviteten'} "${p.name}" hänvisar till målet "${p.goal}", som inte finns. ${didYouMean(p, 'sv')}Rätta målhänvisningen så att den pekar på ett befintligt mål.`,
    en: (p) =>
      `The ${p.item === 'indicator' ? 'indicator' : 'activity'} "${p.name}" names the goal "${p.goal}", which does not exist. ${didYouMean(p, 'en')}Correct the reference so that it points to an existing goal.`,
  },
});
