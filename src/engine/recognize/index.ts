/**
 * Recognition (SPEC §2): every sheet's tables found by their header rows and read into a
 * PlanModel. A sheet that cannot be read becomes an `unreadable` entry; the others still count.
 */
import type { Goal, PlanModel } from '../model';
import type { WorkbookInput } from '../types';
import { buildModel, resolveWholeParents } from './build-model';
import { detectTables } from './detect-tables';
import { MergeMap } from './grid';

export interface Unreadable {
  sheet: string;
  cell: string;
  reason: string;
}

export function recognizeWorkbook(input: WorkbookInput): { model: PlanModel; unreadable: Unreadable[] } {
  const model: PlanModel = { tables: [], goals: [], indicators: [], activities: [], risks: [], tablesWithoutGoal: [] };
  const unreadable: Unreadable[] = [];
  const owned = new Set(Array.isArray(input?.ownedSheets) ? input.ownedSheets : []);
  const sheets = Array.isArray(input?.sheets) ? input.sheets : [];
  for (const sheet of sheets) {
    const name = typeof sheet?.name === 'string' ? sheet.name : '';
    if (owned.has(name)) continue;
    try {
      if (!sheet || !Array.isArray(sheet.rows)) throw new Error('no rows');
      const merges = new MergeMap(sheet);
      const detected = detectTables(sheet, input.mappings ?? [], merges);
      const part = buildModel(sheet, detected, merges);
      // Only add once the whole sheet is read, so a failure leaves no half of it behind.
      model.tables.push(...detected.map((d) => d.table));
      model.goals.push(...part.goals);
      model.indicators.push(...part.indicators);
      model.activities.push(...part.activities);
      model.risks.push(...part.risks);
      model.tablesWithoutGoal.push(...part.tablesWithoutGoal);
    } catch (e) {
      unreadable.push({ sheet: name, cell: 'A1', reason: e instanceof Error ? e.message : String(e) });
    }
  }
  resolveWholeParents(model.goals as (Goal & { rawParent?: string })[]);
  return { model, unreadable };
}

export { detectTables, readHeaderRow } from './detect-tables';
export { matchHeader } from './headers';
