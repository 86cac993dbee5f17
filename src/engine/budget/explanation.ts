/**
 * What a red deviation still lacks (SPEC §4, seed 001: every deviation needs an analysis and an
 * action plan). One column for both (`Kommentar`, `Analys och åtgärd`) needs to be filled; where
 * the sheet has an analysis column and an åtgärd/åtgärdsplan column, both must be.
 */
import type { BudgetLine } from './types';

export type Missing = 'comment' | 'analysis' | 'action' | 'both';

export function missingExplanation(l: BudgetLine): Missing | null {
  if (l.isTotal || l.status !== 'red') return null;
  const both = !!l.commentRef && !!l.actionRef;
  if (both) {
    if (l.comment === null && l.action === null) return 'both';
    if (l.comment === null) return 'analysis';
    if (l.action === null) return 'action';
    return null;
  }
  return (l.commentRef ? l.comment : l.actionRef ? l.action : null) === null ? 'comment' : null;
}

/** A red line without its analysis or action: what the controller must act on first. */
export const isUnexplained = (l: BudgetLine): boolean => missingExplanation(l) !== null;
