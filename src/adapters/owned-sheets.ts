/**
 * How every adapter (ExcelJS, the package patcher, Office.js) marks and finds the sheets Planark
 * generated. A workbook-level defined name `PLANARK_OWNED_<n>` refers to `'<sheet>'!$A$1`; Excel
 * rewrites such references when the user renames the sheet, so ownership follows the sheet rather
 * than its name. Pure string work, shared so the three writers can never disagree.
 */

export const OWNED_PREFIX = 'PLANARK_OWNED_';
const OWNED_NAME = /^PLANARK_OWNED_(\d+)$/i;

/** `PLANARK_OWNED_7` → 7; null for any other name. */
export function ownedNameNumber(name: string): number | null {
  const m = OWNED_NAME.exec(name);
  return m ? Number(m[1]) : null;
}

/** `'Röda tråden'!$A$1` → `Röda tråden`; `Blad1!$A$1` → `Blad1`. Null when there is no sheet part. */
export function sheetOfReference(ref: string): string | null {
  const bang = ref.lastIndexOf('!');
  if (bang <= 0) return null;
  let s = ref.slice(0, bang).trim();
  if (s.startsWith('=')) s = s.slice(1);
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
  return s.length ? s : null;
}

/** Quotes a sheet name for a reference (`'Röda tråden'!A1`); quotes inside are doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Sheet names compare as Excel compares them: case-insensitively. */
export function sheetKey(name: string): string {
  return name.toLocaleLowerCase('sv');
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetKey(a) === sheetKey(b);
}

/** Keys (see sheetKey) of the sheets that `PLANARK_OWNED_n` names point at. */
export function ownedSheetKeys(names: Iterable<{ name: string; ref: string | undefined }>): Set<string> {
  const marked = new Set<string>();
  for (const n of names) {
    if (ownedNameNumber(n.name) === null || !n.ref) continue;
    const s = sheetOfReference(n.ref);
    if (s) marked.add(sheetKey(s));
  }
  return marked;
}

/** The next `count` free `PLANARK_OWNED_n` names, given the names the workbook already has. */
export function freeOwnedNames(used: Iterable<string>, count: number): string[] {
  const taken = new Set([...used].map((n) => n.toUpperCase()));
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) if (!taken.has(`${OWNED_PREFIX}${n}`)) out.push(`${OWNED_PREFIX}${n}`);
  return out;
}
