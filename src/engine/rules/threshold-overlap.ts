import type { Rule } from './rule';
import { colourWord, issueHits, segmentNote, span } from '../results/messages';

/** Two bands that both claim the same values. */
const rule: Rule = {
  code: 'threshold.overlap',
  severity: 'error',
  description: { sv: 'Två band i tröskeln överlappar.', en: 'Two threshold bands overlap.' },
  message: {
    sv: (p) =>
      `Tröskeln "${p.text}"${segmentNote(p)} har överlappande band (${colourWord(p.a, 'sv')} och ${colourWord(p.b, 'sv')} delar ${span(p, 'sv')}). Justera gränserna så att varje värde får en färg.`,
    en: (p) =>
      `The threshold "${p.text}"${segmentNote(p)} has overlapping bands (${colourWord(p.a, 'en')} and ${colourWord(p.b, 'en')} share ${span(p, 'en')}). Adjust the bounds so that every value gets one colour.`,
  },
  check: (ctx) => issueHits(ctx, 'overlap'),
};

export default rule;
