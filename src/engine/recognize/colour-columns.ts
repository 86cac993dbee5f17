/**
 * Columns of a sheet where the engine may write a fill: traffic-light results, budget deviations
 * and red-thread gap highlights (goal, id, parent, indicator and activity cells, a table's first
 * header cell, a goal heading above a table) — a superset of `computeFills`' targets, so an
 * adapter can read fills for these columns only. `font` names the columns where a traffic light
 * also sets the font colour, so only there is the font worth reading. Plain data in, sorted
 * column indexes out.
 */
import { parseA1 } from '../cells';
import type { ColumnRole } from '../model';
import type { MappingOverride, SheetInput } from '../types';
import { detectTables } from './detect-tables';

/** Traffic lights: results, and budget deviations (stated, else forecast, actual or budget). */
const TRAFFIC: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['result', 'deviation', 'forecast', 'actual', 'budget']);
/** Red-thread gaps: a fill only (the gap colour has no font colour). */
const GAPS: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['goal', 'goalText', 'goalId', 'parent', 'indicator', 'activity']);

export interface ColourColumns {
  /** Columns whose fills the engine may change. */
  fill: number[];
  /** Of those, the columns whose font colour it may set with a traffic light. */
  font: number[];
}

export function colourColumns(sheet: SheetInput, mappings: MappingOverride[]): ColourColumns {
  const fill = new Set<number>();
  const font = new Set<number>();
  for (const { table, goalTitle } of detectTables(sheet, mappings)) {
    for (const c of table.columns) {
      if (TRAFFIC.has(c.role)) {
        fill.add(c.col);
        font.add(c.col);
      } else if (GAPS.has(c.role)) fill.add(c.col);
    }
    // A table without a goal is flagged at its first header cell (the table id's address).
    try {
      fill.add(parseA1(table.id.slice(table.id.lastIndexOf('!') + 1)).c);
    } catch {
      // an id without an address names no cell
    }
    if (goalTitle) fill.add(goalTitle.c);
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { fill: sorted(fill), font: sorted(font) };
}
