/** Goal links that form a loop: reported once per loop, at its first goal's link cell. */
import { issueRule } from '../redthread/rule-kit';

export default issueRule({
  code: 'redthread.cycle',
  kind: 'cycle',
  severity: 'error',
  description: {
    sv: 'Länkarna mellan mål bildar en slinga.',
    en: 'Links between goals form a loop.',
  },
  message: {
    sv: (p) => `Målen länkar i en slinga: ${p.chain}. Ta bort en av länkarna så att varje mål pekar uppåt mot ett mål på högre nivå.`,
    en: (p) => `The goals link in a loop: ${p.chain}. Remove one of the links so that every goal points up to a goal on a higher level.`,
  },
});
