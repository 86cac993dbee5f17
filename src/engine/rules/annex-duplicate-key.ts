/** annex.duplicate-key: an ansvar code used twice in one annex (seed 003: 298260). */
import type { Rule } from './rule';
import { annexHits } from '../annex/hits';

const rule: Rule = {
  code: 'annex.duplicate-key',
  severity: 'warning',
  description: {
    sv: 'Samma ansvarskod förekommer två gånger i en bilaga.',
    en: 'The same cost-centre code appears twice in one annex.',
  },
  message: {
    sv: (p) =>
      `Ansvar ${p.key}${p.name ? ` (${p.name})` : ''} används redan i ${p.first}${p.firstName ? ` (${p.firstName})` : ''}. Kontrollera koden: ge raden rätt ansvar, eller slå ihop raderna om de avser samma sak.`,
    en: (p) =>
      `Cost centre ${p.key}${p.name ? ` (${p.name})` : ''} is already used in ${p.first}${p.firstName ? ` (${p.firstName})` : ''}. Check the code: give the row its right cost centre, or merge the rows if they are the same thing.`,
  },
  check: (ctx) => annexHits(ctx, 'duplicate-key'),
};

export default rule;
