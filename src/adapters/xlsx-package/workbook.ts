/**
 * `xl/workbook.xml`: its sheet list and defined names, read as text; sheets and names are added by
 * appending, and only names that belong to a sheet Planark replaces are ever removed.
 */
import { appendChildren, attrs, escapeAttr, escapeText, findAll, findElement, innerText, nsPrefix, rootPrefix, type ElementSpan } from './xml';
import { REL } from './opc';
import { ownedSheetKeys, sheetKey } from '../owned-sheets';

export { quoteSheet, sameSheetName, sheetOfReference } from '../owned-sheets';

export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  /** `visible`, `hidden` or `veryHidden`. */
  state: string;
  /** 0-based position in `<sheets>`: what `localSheetId` counts. */
  index: number;
}

export interface DefinedName {
  name: string;
  localSheetId?: number;
  /** The formula text, entities decoded. */
  text: string;
  span: ElementSpan;
}

export interface WorkbookXml {
  xml: string;
  /** Prefix of the SpreadsheetML elements (`''` or `x:`). */
  prefix: string;
  /** Prefix bound to the relationships namespace (`r`). */
  relPrefix: string;
  sheets: SheetEntry[];
  names: DefinedName[];
}

export function parseWorkbook(xml: string): WorkbookXml {
  const prefix = rootPrefix(xml, 'workbook');
  const relPrefix = nsPrefix(xml, REL.ns) ?? 'r';
  const sheetsEl = findElement(xml, 'sheets');
  const sheets: SheetEntry[] = sheetsEl
    ? findAll(xml, 'sheet', sheetsEl.openEnd, sheetsEl.closeStart).map((e, index) => {
        const a = attrs(e.tag);
        return { name: a.get('name') ?? '', sheetId: Number(a.get('sheetId') ?? 0), rId: a.get(`${relPrefix}:id`) ?? '', state: a.get('state') ?? 'visible', index };
      })
    : [];
  const namesEl = findElement(xml, 'definedNames');
  const names: DefinedName[] = namesEl
    ? findAll(xml, 'definedName', namesEl.openEnd, namesEl.closeStart).map((span) => {
        const a = attrs(span.tag);
        const local = a.get('localSheetId');
        return { name: a.get('name') ?? '', localSheetId: local === undefined ? undefined : Number(local), text: innerText(xml, span), span };
      })
    : [];
  return { xml, prefix, relPrefix, sheets, names };
}

/** Sheets marked as Planark's by a workbook-level `PLANARK_OWNED_n` name, in workbook order. */
export function ownedSheets(wb: WorkbookXml): SheetEntry[] {
  const marked = ownedSheetKeys(wb.names.filter((n) => n.localSheetId === undefined).map((n) => ({ name: n.name, ref: n.text })));
  return wb.sheets.filter((s) => marked.has(sheetKey(s.name)));
}

export interface NewName {
  name: string;
  localSheetId?: number;
  text: string;
}

export interface WorkbookEdit {
  addSheets: { name: string; sheetId: number; rId: string }[];
  /** Names to drop (spans from parseWorkbook): only names of sheets Planark replaces. */
  removeNames: DefinedName[];
  addNames: NewName[];
  /** Names kept where they are with a new formula (a rewritten sheet's print area). */
  setNames?: { name: DefinedName; text: string }[];
}

/** Top-level elements that precede `<definedNames>` in CT_Workbook, for creating it in schema order. */
const BEFORE_DEFINED_NAMES = ['sheets', 'functionGroups', 'externalReferences'];

export function editWorkbook(wb: WorkbookXml, edit: WorkbookEdit): string {
  let xml = wb.xml;
  const p = wb.prefix;
  // Names first (they come after <sheets>), from the end so spans stay valid.
  const changes = [
    ...edit.removeNames.map((n) => ({ span: n.span, text: null as string | null })),
    ...(edit.setNames ?? []).map((x) => ({ span: x.name.span, text: x.text })),
  ].sort((a, b) => b.span.start - a.span.start);
  for (const c of changes) {
    xml = c.text === null ? xml.slice(0, c.span.start) + xml.slice(c.span.end) : xml.slice(0, c.span.openEnd) + escapeText(c.text) + xml.slice(c.span.closeStart);
  }
  if (edit.addNames.length) {
    const text = edit.addNames
      .map((n) => `<${p}definedName name="${escapeAttr(n.name)}"${n.localSheetId === undefined ? '' : ` localSheetId="${n.localSheetId}"`}>${escapeText(n.text)}</${p}definedName>`)
      .join('');
    const namesEl = findElement(xml, 'definedNames');
    if (namesEl) xml = appendChildren(xml, namesEl, text);
    else xml = insertAfterLast(xml, BEFORE_DEFINED_NAMES, `<${p}definedNames>${text}</${p}definedNames>`);
  }
  if (edit.addSheets.length) {
    const sheetsEl = findElement(xml, 'sheets');
    const text = edit.addSheets.map((s) => `<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}" ${wb.relPrefix}:id="${escapeAttr(s.rId)}"/>`).join('');
    if (sheetsEl) xml = appendChildren(xml, sheetsEl, text);
  }
  return xml;
}

/**
 * Inserts `text` right after the last of `predecessors` present (elements that occur once, at the
 * top level of the part), else after the root's start tag. Schema order is kept without having
 * to know every element that may follow.
 */
export function insertAfterLast(xml: string, predecessors: string[], text: string, root?: string): string {
  let at = -1;
  for (const f of predecessors) {
    const e = findElement(xml, f);
    if (e && e.end > at) at = e.end;
  }
  if (at < 0) {
    const r = root ? findElement(xml, root) : null;
    if (!r) return xml;
    at = r.openEnd;
  }
  return xml.slice(0, at) + text + xml.slice(at);
}
