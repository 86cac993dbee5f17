import type { Rule } from './rule';
import { issueHits } from '../results/messages';

/** A change threshold (`Öka med 10%`) needs a numeric baseline (Nuläge) to compare with. */
const rule: Rule = {
  code: 'threshold.needs-baseline',
  severity: 'warning',
  description: {
    sv: 'Tröskeln mäter förändring men indikatorn saknar nuläge.',
    en: 'The threshold measures change but the indicator has no baseline.',
  },
  message: {
    sv: (p) =>
      `Tröskeln "${p.text}" mäter förändring mot nuläget, men indikatorn "${p.indicator}" har inget nuläge som tal${p.baseline ? ` ("${p.baseline}")` : ''}. Fyll i nuläget (t.ex. 62 %) så att resultatet kan jämföras.`,
    en: (p) =>
      `The threshold "${p.text}" measures change against the baseline, but the indicator "${p.indicator}" has no numeric baseline${p.baseline ? ` ("${p.baseline}")` : ''}. Fill in the baseline (e.g. 62 %) so that the result can be compared.`,
  },
  check: (ctx) => issueHits(ctx, 'needs-baseline'),
};

export default rule;
