/**
 * What a read learned about the workbook's sheets: ids, names, protection, and which sheets
 * Planark created (marked by `PLANARK_OWNED_n` names, which follow renames).
 */
import { ownedNameNumber, sheetOfReference } from '../owned-sheets';
import { lower } from './env';

export interface SheetState {
  id: string;
  name: string;
  protected: boolean;
  /** The protection allows formatting cells (colouring is still possible). */
  allowFormatCells: boolean;
}

export interface Layout {
  at: number;
  /** Sheets in workbook order. */
  order: SheetState[];
  /** Keyed by lower-case name. */
  sheets: Map<string, SheetState>;
  /** Lower-case names of sheets Planark created. */
  owned: Set<string>;
  nameNumbers: Set<number>;
  structureProtected: boolean;
}

export function layoutFrom(order: SheetState[], names: { name: string; formula?: string }[], structureProtected: boolean, at: number): Layout {
  const sheets = new Map<string, SheetState>();
  for (const s of order) sheets.set(lower(s.name), s);
  const owned = new Set<string>();
  const nameNumbers = new Set<number>();
  for (const n of names) {
    const number = ownedNameNumber(n.name);
    if (number === null) continue;
    nameNumbers.add(number);
    const s = n.formula ? sheetOfReference(n.formula) : null;
    if (s && sheets.has(lower(s))) owned.add(lower(s));
  }
  return { at, order, sheets, owned, nameNumbers, structureProtected };
}

/** A loaded Excel worksheet proxy → SheetState (protection options may be absent on old hosts). */
export function sheetState(ws: { id: string; name: string; protection: { protected: boolean; options?: { allowFormatCells?: boolean } | null } }): SheetState {
  return {
    id: ws.id,
    name: ws.name,
    protected: ws.protection.protected === true,
    allowFormatCells: ws.protection.options?.allowFormatCells === true,
  };
}
