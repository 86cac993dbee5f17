/** Shared shape of the red-thread rules: each reports the graph's issues of one kind. */
import type { Lang, Severity } from '../types';
import type { MessageParams, Rule, RuleHit } from '../rules/rule';
import type { LinkIssueKind } from './types';
import { cellOf } from '../cells';

export function issueRule(spec: {
  code: string;
  kind: LinkIssueKind;
  severity: Severity;
  description: Record<Lang, string>;
  message: Record<Lang, (p: MessageParams) => string>;
}): Rule {
  return {
    code: spec.code,
    severity: spec.severity,
    description: spec.description,
    message: spec.message,
    check(ctx): RuleHit[] {
      return ctx.graph.issues
        .filter((i) => i.kind === spec.kind)
        .map((i) => ({ sheet: i.at.sheet, cell: cellOf(i.at), params: i.params }));
    },
  };
}

/** `Menade du "…"? ` when there is a suggestion. */
export function didYouMean(p: MessageParams, lang: Lang): string {
  const s = p.suggestion;
  if (!s) return '';
  return lang === 'sv' ? `Menade du "${s}"? ` : `Did you mean "${s}"? `;
}
