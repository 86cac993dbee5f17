/**
 * Writes the engine's `Edits` into a workbook's own package (SPEC §9). Changed: the style index of
 * coloured cells (with styles appended to styles.xml), the values the user set, Planark's own
 * sheets and the parts that list sheets and names (workbook.xml, its relationships,
 * [Content_Types].xml), and calcChain.xml entries of formulas that are gone. Every other part is
 * copied byte for byte; the workbook's content type (.xlsx/.xlsm) never changes.
 */
import type { Edits, GeneratedSheet, ValueEdit } from '../../engine/types';
import { pruneCalcChain, type CalcChainRemoval } from './calc-chain';
import { NotOwnedError } from './errors';
import { addOverride, addRelationship, CT, freeRelId, parseRels, REL, relativeTarget, relsPartOf, removeOverride, removeRelationship, resolveTarget } from './opc';
import { hasPart, partText, type PackageSheet, type WorkbookPackage } from './package';
import { addPatch, patchSheet, type CellPatch, type CellValueEdit, type SheetPatches } from './sheet-patch';
import { genStyleOf, writeSheetXml } from './sheet-writer';
import { StyleBook } from './styles';
import { editWorkbook, ownedSheets, type DefinedName, type NewName } from './workbook';
import { freeOwnedNames, quoteSheet, sameSheetName } from '../owned-sheets';
import { encodeXml } from './xml';
import { writeZip, type OutEntry, type RawDeflate } from './zip';

export interface PatchResult {
  bytes: Uint8Array;
  /** Parts whose content changed, added and removed (for reports and tests). */
  changed: string[];
  added: string[];
  removed: string[];
}

const PRINT_AREA = '_xlnm.Print_Area';

function valueEdit(v: ValueEdit['value']): CellValueEdit {
  if (v === null || v === undefined) return { kind: 'clear' };
  if (typeof v === 'number') return { kind: 'number', n: v };
  if (typeof v === 'boolean') return { kind: 'bool', b: v };
  return { kind: 'text', s: String(v) };
}

/** The parts being written, by name; removal and addition are tracked beside. */
class Parts {
  readonly texts = new Map<string, { name: string; text: string }>();
  readonly added: string[] = [];
  readonly removed = new Set<string>();
  constructor(private readonly pkg: WorkbookPackage) {}
  has(name: string): boolean {
    const k = name.toLowerCase();
    return !this.removed.has(k) && (this.texts.has(k) || hasPart(this.pkg, name));
  }
  get(name: string): string {
    return this.texts.get(name.toLowerCase())?.text ?? partText(this.pkg, name);
  }
  set(name: string, text: string): void {
    const k = name.toLowerCase();
    if (!hasPart(this.pkg, name) && !this.texts.has(k)) this.added.push(name);
    this.removed.delete(k);
    this.texts.set(k, { name, text });
  }
  /** Sets `name` to `fn(current)` when that differs from the current text. */
  update(name: string, fn: (text: string) => string): void {
    const old = this.get(name);
    const next = fn(old);
    if (next !== old) this.set(name, next);
  }
  remove(name: string): void {
    const k = name.toLowerCase();
    this.texts.delete(k);
    const i = this.added.findIndex((a) => a.toLowerCase() === k);
    if (i >= 0) this.added.splice(i, 1);
    else if (hasPart(this.pkg, name)) this.removed.add(k);
  }
}

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml`; `_rels/.rels` → the package root. */
function sourceOfRels(rels: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return m ? m[1] + m[2] : '';
}

/** Removes `part`, its relationships part, and what only it pointed to (parts of a replaced sheet). */
function removeWithOrphans(pkg: WorkbookPackage, parts: Parts, relsOfRemoved: string): void {
  if (!parts.has(relsOfRemoved)) return;
  const source = sourceOfRels(relsOfRemoved);
  const targets = parseRels(parts.get(relsOfRemoved))
    .filter((r) => !r.external)
    .map((r) => resolveTarget(source, r.target));
  parts.remove(relsOfRemoved);
  const stillReferenced = new Set<string>();
  for (const e of pkg.entries) {
    if (!e.name.endsWith('.rels') || !parts.has(e.name)) continue;
    const src = sourceOfRels(e.name);
    for (const r of parseRels(parts.get(e.name))) if (!r.external) stillReferenced.add(resolveTarget(src, r.target).toLowerCase());
  }
  for (const t of targets) {
    if (stillReferenced.has(t.toLowerCase()) || !parts.has(t)) continue;
    parts.remove(t);
    parts.update('[Content_Types].xml', (ct) => removeOverride(ct, t));
    removeWithOrphans(pkg, parts, relsPartOf(t));
  }
}

function freeSheetPart(parts: Parts): string {
  for (let n = 1; ; n++) {
    const name = `xl/worksheets/sheet${n}.xml`;
    if (!parts.has(name) && !parts.removed.has(name.toLowerCase())) return name;
  }
}

/** Values typed into a sheet that is being (re)generated land in its rows. */
function withValues(g: GeneratedSheet, values: ValueEdit[]): GeneratedSheet {
  if (!values.length) return g;
  const rows = g.rows.map((r) => [...r]);
  for (const v of values) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(v.cell.trim());
    if (!m) continue;
    let c = 0;
    for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
    const r = Number(m[2]) - 1;
    while (rows.length <= r) rows.push([]);
    const prev = rows[r][c - 1];
    rows[r][c - 1] = { ...(prev ?? {}), v: v.value, formula: undefined, link: undefined };
  }
  return { ...g, rows };
}

export function patchPackage(pkg: WorkbookPackage, edits: Edits, native?: RawDeflate): PatchResult {
  const wb = pkg.workbook;
  const owned = ownedSheets(wb);
  const isOwned = (name: string) => owned.some((o) => sameSheetName(o.name, name));
  // 100 000 edits name a handful of sheets: look each name up once (case-folding is not cheap).
  const sheetByName = new Map<string, PackageSheet | undefined>();
  const findSheet = (name: string): PackageSheet | undefined => {
    if (!sheetByName.has(name)) sheetByName.set(name, pkg.sheets.find((s) => sameSheetName(s.name, name)));
    return sheetByName.get(name);
  };
  const ownedByName = new Map<string, boolean>();
  const isOwnedName = (name: string): boolean => {
    if (!ownedByName.has(name)) ownedByName.set(name, isOwned(name));
    return ownedByName.get(name)!;
  };

  // Generated sheets: last one of a name wins; a user's sheet of that name is refused before anything changes.
  const generated = new Map<string, GeneratedSheet>();
  for (const g of edits.sheets) generated.set(g.name.toLocaleLowerCase('sv'), g);
  const targets = [...generated.values()].map((g) => {
    const existing = findSheet(g.name);
    if (existing && (!isOwned(existing.name) || !existing.part)) throw new NotOwnedError(existing.name);
    return { g, existing };
  });
  const regenerated = (name: string) => generated.has(name.toLocaleLowerCase('sv'));

  const parts = new Parts(pkg);
  const styles = new StyleBook(pkg.stylesPart ? partText(pkg, pkg.stylesPart) : null);
  const calc: CalcChainRemoval = { sheets: new Set(), cells: new Map() };

  // Cell patches on existing sheets: colours on users' sheets, values anywhere not regenerated.
  const patches = new Map<PackageSheet, SheetPatches>();
  const patchesOf = (s: PackageSheet) => {
    let p = patches.get(s);
    if (!p) patches.set(s, (p = new Map()));
    return p;
  };
  for (const f of edits.fills) {
    const s = findSheet(f.sheet);
    if (!s?.part || isOwnedName(s.name) || regenerated(s.name)) continue;
    const patch: CellPatch = { style: (cur) => styles.deriveFill(cur, f.fill, f.font) };
    addPatch(patchesOf(s), f.cell, patch);
  }
  const valuesOnGenerated = new Map<string, ValueEdit[]>();
  for (const v of edits.values ?? []) {
    const key = v.sheet.toLocaleLowerCase('sv');
    if (generated.has(key)) {
      valuesOnGenerated.set(key, [...(valuesOnGenerated.get(key) ?? []), v]);
      continue;
    }
    const s = findSheet(v.sheet);
    if (!s?.part) continue;
    addPatch(patchesOf(s), v.cell, { value: valueEdit(v.value) });
  }
  for (const [s, p] of patches) {
    const res = patchSheet(partText(pkg, s.part!), p);
    if (res.xml !== partText(pkg, s.part!)) parts.set(s.part!, res.xml);
    if (res.formulasRemoved.length) calc.cells.set(s.sheetId, new Set(res.formulasRemoved));
  }

  // Planark's own sheets.
  const workbookRelsPart = relsPartOf(pkg.workbookPart);
  const CT_PART = '[Content_Types].xml';
  let maxSheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId));
  const addSheets: { name: string; sheetId: number; rId: string }[] = [];
  const removeNames: DefinedName[] = [];
  const setNames: { name: DefinedName; text: string }[] = [];
  const addNames: NewName[] = [];
  const fresh = targets.filter((t) => !t.existing);
  const ownNames = freeOwnedNames(wb.names.map((n) => n.name), fresh.length);
  for (const { g: g0, existing } of targets) {
    const g = withValues(g0, valuesOnGenerated.get(g0.name.toLocaleLowerCase('sv')) ?? []);
    const written = writeSheetXml(g, (c) => styles.generated(genStyleOf(c)));
    let name: string;
    let index: number;
    let areaKept = false;
    if (existing) {
      name = existing.name;
      index = existing.index;
      // Same part name and relationship id; what hung on the old sheet goes with it.
      parts.set(existing.part!, written.xml);
      removeWithOrphans(pkg, parts, relsPartOf(existing.part!));
      calc.sheets.add(existing.sheetId);
      // The old print area keeps its place with the new range (a rerun leaves workbook.xml as it
      // was when nothing moved); other print names of the old sheet go.
      const area = g.print?.area ? wb.names.find((n) => n.localSheetId === index && /^_xlnm\.Print_Area$/i.test(n.name)) : undefined;
      if (area) setNames.push({ name: area, text: `${quoteSheet(name)}!${written.usedRange}` });
      areaKept = !!area;
      for (const n of wb.names) if (n !== area && n.localSheetId === index && /^_xlnm\.(Print_Area|Print_Titles)$/i.test(n.name)) removeNames.push(n);
    } else {
      name = g.name;
      index = wb.sheets.length + addSheets.length;
      const part = freeSheetPart(parts);
      parts.set(part, written.xml);
      const rId = freeRelId(parseRels(parts.get(workbookRelsPart)));
      parts.update(workbookRelsPart, (rels) => addRelationship(rels, { id: rId, type: REL.worksheet[0], target: relativeTarget(pkg.workbookPart, part) }));
      parts.update(CT_PART, (ct) => addOverride(ct, part, CT.worksheet));
      addSheets.push({ name, sheetId: ++maxSheetId, rId });
      addNames.push({ name: ownNames[addSheets.length - 1], text: `${quoteSheet(name)}!$A$1` });
    }
    if (g.print?.area && !areaKept) addNames.push({ name: PRINT_AREA, localSheetId: index, text: `${quoteSheet(name)}!${written.usedRange}` });
  }

  if (styles.changed) {
    if (pkg.stylesPart) parts.set(pkg.stylesPart, styles.toXml());
    else {
      // A relationship to a styles part that is not in the zip is reused, never doubled.
      const dangling = parseRels(parts.get(workbookRelsPart)).find((r) => REL.styles.includes(r.type) && !r.external);
      const part = dangling ? resolveTarget(pkg.workbookPart, dangling.target) : 'xl/styles.xml';
      parts.set(part, styles.toXml());
      if (!dangling) parts.update(workbookRelsPart, (rels) => addRelationship(rels, { id: freeRelId(parseRels(rels)), type: REL.styles[0], target: relativeTarget(pkg.workbookPart, part) }));
      if (!pkg.contentTypes.overrides.has(part.toLowerCase())) parts.update(CT_PART, (ct) => addOverride(ct, part, CT.styles));
    }
  }

  if (pkg.calcChainPart && (calc.sheets.size || calc.cells.size)) {
    const pruned = pruneCalcChain(partText(pkg, pkg.calcChainPart), calc);
    if (pruned === null) {
      // calcChain must hold at least one cell: the part and its listings go; Excel rebuilds it.
      const chain = pkg.calcChainPart;
      parts.remove(chain);
      parts.update(CT_PART, (ct) => removeOverride(ct, chain));
      const rel = parseRels(parts.get(workbookRelsPart)).find((r) => REL.calcChain.includes(r.type));
      if (rel) parts.update(workbookRelsPart, (rels) => removeRelationship(rels, rel.id));
    } else if (pruned !== partText(pkg, pkg.calcChainPart)) {
      parts.set(pkg.calcChainPart, pruned);
    }
  }

  if (addSheets.length || addNames.length || removeNames.length || setNames.length) parts.set(pkg.workbookPart, editWorkbook(wb, { addSheets, removeNames, addNames, setNames }));

  return assemble(pkg, parts, native);
}

function assemble(pkg: WorkbookPackage, parts: Parts, native?: RawDeflate): PatchResult {
  const out: OutEntry[] = [];
  const changed: string[] = [];
  for (const e of pkg.entries) {
    const k = e.name.toLowerCase();
    if (parts.removed.has(k)) continue;
    const t = parts.texts.get(k);
    if (t) {
      out.push({ kind: 'new', name: e.name, data: encodeXml(t.text), template: e });
      changed.push(e.name);
    } else {
      out.push({ kind: 'copy', entry: e });
    }
  }
  for (const name of parts.added) out.push({ kind: 'new', name, data: encodeXml(parts.texts.get(name.toLowerCase())!.text) });
  const removed = pkg.entries.filter((e) => parts.removed.has(e.name.toLowerCase())).map((e) => e.name);
  return { bytes: writeZip(out, undefined, native), changed, added: [...parts.added], removed };
}
