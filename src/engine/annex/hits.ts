/** Turns annex issues of one kind into rule hits. */
import type { RuleContext, RuleHit } from '../rules/rule';
import type { AnnexIssueKind } from './types';
import { cellOf } from '../cells';

export function annexHits(ctx: RuleContext, kind: AnnexIssueKind): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const a of ctx.annexes)
    for (const i of a.issues) if (i.kind === kind) hits.push({ sheet: i.at.sheet, cell: cellOf(i.at), params: i.params });
  return hits;
}
