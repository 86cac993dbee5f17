import type { Rule } from './rule';
import { colourWord, issueHits, segmentNote, span } from '../results/messages';

/** Values between two bands that get no colour, at the precision the bounds are written in. */
const rule: Rule = {
  code: 'threshold.gap',
  severity: 'warning',
  description: {
    sv: 'Värden mellan två band får ingen färg.',
    en: 'Values between two bands get no colour.',
  },
  message: {
    sv: (p) =>
      `Tröskeln "${p.text}"${segmentNote(p)} lämnar ${span(p, 'sv')} utan färg mellan ${colourWord(p.a, 'sv')} och ${colourWord(p.b, 'sv')}. Flytta en av gränserna så att banden möts.`,
    en: (p) =>
      `The threshold "${p.text}"${segmentNote(p)} leaves ${span(p, 'en')} without a colour between ${colourWord(p.a, 'en')} and ${colourWord(p.b, 'en')}. Move one of the bounds so that the bands meet.`,
  },
  check: (ctx) => issueHits(ctx, 'gap'),
};

export default rule;
