/** budget.deviation-unexplained: a red deviation needs analysis and an action plan (seed 001, SPEC §4). */
import type { Lang } from '../types';
import type { MessageParams, Rule, RuleHit } from './rule';
import { kr, pct } from '../budget/format';
import { missingExplanation } from '../budget/explanation';
import { cellOf } from '../cells';

/** What to write where, by what is missing. */
function todo(p: MessageParams, lang: Lang): string {
  const sv: Record<string, string> = {
    comment: `men kommentar saknas. Skriv orsak (analys) och åtgärdsplan i ${p.where === 'comment' ? 'kommentarscellen' : 'en kommentarskolumn för raden'}.`,
    both: 'men analys och åtgärdsplan saknas. Skriv orsaken i analyscellen och åtgärdsplanen i åtgärdscellen.',
    analysis: 'men analysen saknas. Skriv orsaken till avvikelsen i analyscellen.',
    action: 'med analys men utan åtgärdsplan. Skriv vad som ska göras i åtgärdscellen.',
  };
  const en: Record<string, string> = {
    comment: `but there is no comment. Write the cause (analysis) and an action plan in ${p.where === 'comment' ? 'the comment cell' : 'a comment column for the row'}.`,
    both: 'but the analysis and the action plan are missing. Write the cause in the analysis cell and the plan in the action cell.',
    analysis: 'but the analysis is missing. Write the cause of the deviation in the analysis cell.',
    action: 'with an analysis but no action plan. Write what will be done in the action cell.',
  };
  return (lang === 'sv' ? sv : en)[String(p.missing)] ?? '';
}

const rule: Rule = {
  code: 'budget.deviation-unexplained',
  severity: 'error',
  description: {
    sv: 'Röd budgetavvikelse utan analys eller åtgärdsplan.',
    en: 'Red budget deviation without an analysis or action plan.',
  },
  message: {
    sv: (p) =>
      `Ansvar ${p.key}${p.name ? ` (${p.name})` : ''}: prognosen överskrider budget med ${kr(p.deviation, 'sv')}${p.share !== '' ? ` (${pct(p.share, 'sv')})` : ''}, röd avvikelse, ${todo(p, 'sv')}`,
    en: (p) =>
      `Cost centre ${p.key}${p.name ? ` (${p.name})` : ''}: the forecast exceeds the budget by ${kr(p.deviation, 'en')}${p.share !== '' ? ` (${pct(p.share, 'en')})` : ''}, a red deviation, ${todo(p, 'en')}`,
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const b of ctx.budgets)
      for (const l of b.lines) {
        const missing = missingExplanation(l);
        if (!missing) continue;
        // At the empty cell: the analysis first, then the action; the key cell without either column.
        const at = (missing === 'action' ? l.actionRef : (l.commentRef ?? l.actionRef)) ?? l.keyRef;
        hits.push({
          sheet: at.sheet,
          cell: cellOf(at),
          params: { key: l.key, name: l.name ?? '', deviation: l.deviation, share: l.deviationShare ?? '', where: at === l.keyRef ? 'key' : 'comment', missing },
        });
      }
    return hits;
  },
};

export default rule;
