/**
 * The lossless-writes contract as one reusable assertion (SPEC §9): given a package before and
 * after `apply`, every part not meant to change is byte-identical; the parts that list sheets and
 * names and the styles only gained entries at their ends; users' sheets differ only in the style
 * index of coloured cells; every coloured cell keeps its number format, border, alignment,
 * protection and font except the colour.
 */
import { expect } from 'vitest';
import { attrsOf, childrenOf, diffXml, findNodes, nameOf, parseXml, sameBytes, textOf, unzipParts, type XNode } from './compare';

const PALETTE_FILLS = new Set(['FFC6EFCE', 'FFFFEB9C', 'FFFFC7CE', 'FFF8CBAD']);
const PALETTE_FONTS = new Set(['FF006100', 'FF9C5700', 'FF9C0006']);
const STYLE_SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'];

export interface LosslessReport {
  /** Part → refs of cells whose style changed. */
  coloured: Map<string, string[]>;
  /** Parts added (Planark's sheets). */
  added: string[];
  /** Names of the definedNames appended. */
  namesAdded: string[];
  before: Record<string, Uint8Array>;
  after: Record<string, Uint8Array>;
}

function decode(b: Uint8Array): string {
  return new TextDecoder().decode(b);
}

/** Target parts of the workbook's worksheets, from the (unchanged) relationships. */
function worksheetParts(parts: Record<string, Uint8Array>, workbookPart: string): string[] {
  const relsPart = workbookPart.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = findNodes(parseXml(parts[relsPart]), 'Relationship').map(attrsOf);
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  return rels.filter((r) => r.Type.endsWith('/worksheet')).map((r) => (r.Target.startsWith('/') ? r.Target.slice(1) : dir + r.Target));
}

/**
 * Parts of the sheets Planark created in an earlier run (PLANARK_OWNED_n names): a rerun rewrites
 * them as it likes, so they are not held to the users' sheets' rules.
 */
function ownedSheetParts(parts: Record<string, Uint8Array>, workbookPart: string): Set<string> {
  const wb = parseXml(parts[workbookPart]);
  const owned = new Set(
    findNodes(wb, 'definedName')
      .filter((n) => /^PLANARK_OWNED_\d+$/.test(attrsOf(n).name ?? ''))
      .map((n) => /^'?(.*?)'?!/.exec(textOf(n))?.[1]?.replace(/''/g, "'"))
      .filter((x): x is string => !!x),
  );
  if (owned.size === 0) return new Set();
  const relsPart = workbookPart.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = new Map(findNodes(parseXml(parts[relsPart]), 'Relationship').map((r) => [attrsOf(r).Id, attrsOf(r).Target]));
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const out = new Set<string>();
  for (const sh of findNodes(wb, 'sheet')) {
    const a = attrsOf(sh);
    if (!owned.has(a.name)) continue;
    const target = rels.get(a['r:id']);
    if (target) out.add(target.startsWith('/') ? target.slice(1) : dir + target);
  }
  return out;
}

function sectionItems(styles: XNode[], section: string): XNode[] {
  const [sec] = findNodes(styles, section);
  return sec ? childrenOf(sec).filter((n) => nameOf(n) !== '#text') : [];
}

/** `<font>` children as comparable strings, leaving out `color`. */
function fontWithoutColour(font: XNode): string[] {
  return childrenOf(font)
    .filter((c) => nameOf(c) !== '#text' && nameOf(c).replace(/^.*:/, '') !== 'color')
    .map((c) => JSON.stringify(c))
    .sort();
}

function colourOf(node: XNode, name: string): string | undefined {
  const [c] = findNodes([node], name);
  return c ? attrsOf(c).rgb : undefined;
}

export function assertLossless(beforeBytes: Uint8Array, afterBytes: Uint8Array, workbookPart = 'xl/workbook.xml'): LosslessReport {
  const before = unzipParts(beforeBytes);
  const after = unzipParts(afterBytes);
  const sheets = worksheetParts(before, workbookPart);
  const owned = ownedSheetParts(before, workbookPart);
  const stylesPart = 'xl/styles.xml';
  const editable = new Set([workbookPart, workbookPart.replace(/([^/]+)$/, '_rels/$1.rels'), '[Content_Types].xml', stylesPart, ...sheets]);

  // 1. Nothing removed; everything not editable is byte-identical.
  const removed = Object.keys(before).filter((p) => !(p in after));
  expect(removed, 'parts removed').toEqual([]);
  const notIdentical = Object.keys(before).filter((p) => !editable.has(p) && !sameBytes(before[p], after[p]));
  expect(notIdentical, 'parts that must be byte-identical').toEqual([]);
  const added = Object.keys(after).filter((p) => !(p in before));
  expect(added.every((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)), `only new worksheet parts added: ${added.join(', ')}`).toBe(true);

  // 2. Users' sheets: only `s` of cells may differ (Planark's own, from an earlier run, are rewritten).
  const coloured = new Map<string, string[]>();
  for (const part of sheets.filter((p) => !owned.has(p))) {
    if (sameBytes(before[part], after[part])) continue;
    const d = diffXml(parseXml(before[part]), parseXml(after[part]), { attr: (path, attr) => path.endsWith('sheetData/row/c') && attr === 's' });
    expect(d.errors, `${part}: only cell style indexes change`).toEqual([]);
    coloured.set(part, d.changedAttrs.map((c) => c.element.r));
  }

  // 3. styles.xml: entries only appended, counts updated.
  const sb = parseXml(before[stylesPart]);
  const sa = parseXml(after[stylesPart]);
  const sd = diffXml(sb, sa, {
    append: STYLE_SECTIONS.map((s) => `styleSheet/${s}`),
    attr: (path, attr) => attr === 'count' && STYLE_SECTIONS.some((s) => path === `styleSheet/${s}`),
  });
  expect(sd.errors, 'styles.xml: only appended entries').toEqual([]);
  for (const s of STYLE_SECTIONS) {
    const [sec] = findNodes(sa, s);
    if (sec && attrsOf(sec).count !== undefined) expect(Number(attrsOf(sec).count), `${s} count`).toBe(sectionItems(sa, s).length);
  }

  // 4. Every coloured cell keeps its format, border, alignment, protection and font but the colour.
  const xfsB = sectionItems(sb, 'cellXfs');
  const xfsA = sectionItems(sa, 'cellXfs');
  const fontsB = sectionItems(sb, 'fonts');
  const fontsA = sectionItems(sa, 'fonts');
  const fillsA = sectionItems(sa, 'fills');
  for (const part of coloured.keys()) {
    const cellsB = new Map(findNodes(parseXml(before[part]), 'c').map((c) => [attrsOf(c).r, Number(attrsOf(c).s ?? 0)]));
    for (const c of findNodes(parseXml(after[part]), 'c')) {
      const ref = attrsOf(c).r;
      const sNew = Number(attrsOf(c).s ?? 0);
      const sOld = cellsB.get(ref) ?? 0;
      if (sNew === sOld) continue;
      const xo = attrsOf(xfsB[sOld]);
      const xn = attrsOf(xfsA[sNew]);
      expect(sNew, `${part}!${ref} points at an appended style`).toBeGreaterThanOrEqual(xfsB.length);
      for (const k of ['numFmtId', 'borderId', 'xfId', 'applyNumberFormat', 'applyBorder', 'applyAlignment', 'applyProtection', 'quotePrefix']) {
        expect(xn[k], `${part}!${ref} ${k}`).toBe(xo[k]);
      }
      expect(JSON.stringify(childrenOf(xfsA[sNew])), `${part}!${ref} alignment/protection`).toBe(JSON.stringify(childrenOf(xfsB[sOld])));
      const fill = fillsA[Number(xn.fillId)];
      const fillColour = colourOf(fill, 'fgColor');
      expect(fillColour === undefined || PALETTE_FILLS.has(fillColour), `${part}!${ref} fill ${fillColour}`).toBe(true);
      const fontOld = fontsB[Number(xo.fontId ?? 0)];
      const fontNew = fontsA[Number(xn.fontId ?? 0)];
      expect(fontWithoutColour(fontNew), `${part}!${ref} font apart from colour`).toEqual(fontWithoutColour(fontOld));
      const colour = colourOf(fontNew, 'color');
      if (colour !== undefined && colourOf(fontOld, 'color') !== colour) expect(PALETTE_FONTS.has(colour), `${part}!${ref} font colour ${colour}`).toBe(true);
    }
  }

  // 5. workbook.xml: sheets and names appended, nothing else. A workbook without names gets a
  // <definedNames> of its own (right after <sheets>): compared apart.
  const wbBefore = parseXml(before[workbookPart]);
  const wbAfter = parseXml(after[workbookPart]);
  let created: XNode[] = [];
  if (!findNodes(wbBefore, 'definedNames').length) {
    const root = wbAfter.find((n) => nameOf(n).replace(/^.*:/, '') === 'workbook')!;
    const kids = childrenOf(root);
    const i = kids.findIndex((n) => nameOf(n).replace(/^.*:/, '') === 'definedNames');
    if (i >= 0) {
      created = childrenOf(kids[i]);
      expect(nameOf(kids[i - 1]).replace(/^.*:/, ''), '<definedNames> created right after <sheets>').toMatch(/^(sheets|externalReferences|functionGroups)$/);
      kids.splice(i, 1);
    }
  }
  const wd = diffXml(wbBefore, wbAfter, { append: ['workbook/sheets', 'workbook/definedNames'] });
  expect(wd.errors, 'workbook.xml: only appended sheets and names').toEqual([]);
  const namesAdded = [...created, ...(wd.appended.get('workbook/definedNames') ?? [])].map((n) => attrsOf(n).name);
  expect(namesAdded.every((n) => /^PLANARK_OWNED_\d+$|^_xlnm\.Print_Area$/.test(n)), `names added: ${namesAdded.join(', ')}`).toBe(true);

  // 6. Relationships and content types: appended only.
  const relsPart = workbookPart.replace(/([^/]+)$/, '_rels/$1.rels');
  const rd = diffXml(parseXml(before[relsPart]), parseXml(after[relsPart]), { append: ['Relationships'] });
  expect(rd.errors, 'workbook relationships: appended only').toEqual([]);
  const cd = diffXml(parseXml(before['[Content_Types].xml']), parseXml(after['[Content_Types].xml']), { append: ['Types'] });
  expect(cd.errors, '[Content_Types].xml: appended only').toEqual([]);
  expect((cd.appended.get('Types') ?? []).map((n) => attrsOf(n).PartName.slice(1)).sort(), 'content types of the added parts').toEqual([...added].sort());

  return { coloured, added, namesAdded, before, after };
}

export { decode };
