/**
 * `xl/calcChain.xml` lists the cells that hold formulas, by sheet id (`i`, sticky: omitted means
 * the same sheet as the entry before). Excel reports a damaged file when an entry names a cell
 * without a formula, so entries go when a value replaces a formula or a sheet is rewritten.
 */
import { attr, findElement, setAttr } from './xml';

export interface CalcChainRemoval {
  /** Sheet ids whose every entry goes (sheets Planark rewrites). */
  sheets: Set<number>;
  /** Sheet id → cells (A1) whose entry goes. */
  cells: Map<number, Set<string>>;
}

/** The chain without the removed entries; null when none is left (the part must then go). */
export function pruneCalcChain(xml: string, rm: CalcChainRemoval): string | null {
  if (!rm.sheets.size && ![...rm.cells.values()].some((s) => s.size)) return xml;
  const root = findElement(xml, 'calcChain');
  if (!root || root.closeStart === root.openEnd) return xml;
  const re = /<(?:[\w.-]+:)?c(?=[\s/>])[^>]*>/g;
  re.lastIndex = root.openEnd;
  const out: string[] = [xml.slice(0, root.openEnd)];
  let pos = root.openEnd;
  let sheet = 1;
  let kept = 0;
  let owed: number | null = null; // a dropped entry's `i` the next kept entry must now carry
  for (let m = re.exec(xml); m && m.index < root.closeStart; m = re.exec(xml)) {
    const i = attr(m[0], 'i');
    if (i !== undefined) sheet = Number(i);
    const ref = attr(m[0], 'r') ?? '';
    const drop = rm.sheets.has(sheet) || !!rm.cells.get(sheet)?.has(ref.replace(/\$/g, '').toUpperCase());
    out.push(xml.slice(pos, m.index));
    if (drop) {
      if (i !== undefined) owed = sheet;
    } else {
      out.push(owed !== null && i === undefined ? setAttr(m[0], 'i', String(owed)) : m[0]);
      owed = null;
      kept++;
    }
    pos = m.index + m[0].length;
  }
  if (!kept) return null;
  out.push(xml.slice(pos));
  return out.join('');
}
