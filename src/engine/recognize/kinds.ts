/** The kind of a table from the roles its header names (SPEC §2). */
import type { ColumnRole, TableKind } from '../model';

export function decideKind(roles: Set<ColumnRole>): TableKind | null {
  const has = (x: ColumnRole) => roles.has(x);
  if (!has('indicator') && !has('activity') && (has('goalText') || (has('goal') && (has('goalId') || has('level') || has('parent'))))) return 'goals';
  if (has('risk') || has('control')) return 'risks';
  if (has('indicator')) return 'indicators';
  if (has('budget') && (has('actual') || has('forecast'))) return 'budget';
  if (has('activity')) return 'activities';
  if ((has('key') || has('name')) && (has('amount') || has('budget')) && !has('forecast')) return 'annex';
  return null;
}
