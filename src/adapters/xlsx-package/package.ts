/**
 * Opening a workbook package: the zip under its limits, then the parts a workbook cannot do without,
 * checked before anyone (ExcelJS, the engine, the patcher) relies on them.
 */
import { PackageError } from './errors';
import { contentTypeOf, parseContentTypes, parseRels, REL, relsPartOf, resolveTarget, WORKBOOK_KINDS, type ContentTypes, type Relationship } from './opc';
import { parseWorkbook, type SheetEntry, type WorkbookXml } from './workbook';
import { decodeXml } from './xml';
import { DEFAULT_LIMITS, readZip, type RawInflate, type ZipEntry, type ZipLimits } from './zip';

export interface PackageSheet extends SheetEntry {
  /** Part name (`xl/worksheets/sheet1.xml`), or null for a sheet whose relationship is not a worksheet. */
  part: string | null;
}

export interface WorkbookPackage {
  entries: ZipEntry[];
  /** Lower-cased part name → entry. */
  byName: Map<string, ZipEntry>;
  contentTypes: ContentTypes;
  workbookPart: string;
  /** Content type of the workbook part: decides .xlsx/.xlsm/.xltx/.xltm and never changes. */
  workbookContentType: string;
  kind: { ext: string; mime: string };
  workbook: WorkbookXml;
  workbookRels: Relationship[];
  sheets: PackageSheet[];
  stylesPart: string | null;
  sharedStringsPart: string | null;
  calcChainPart: string | null;
  /** Decoded text of parts read so far. */
  texts: Map<string, string>;
}

export function hasPart(pkg: Pick<WorkbookPackage, 'byName'>, part: string): boolean {
  return pkg.byName.has(part.toLowerCase());
}

export function partText(pkg: Pick<WorkbookPackage, 'byName' | 'texts'>, part: string): string {
  const key = part.toLowerCase();
  const cached = pkg.texts.get(key);
  if (cached !== undefined) return cached;
  const e = pkg.byName.get(key);
  if (!e) throw new PackageError('missing-part', part);
  const text = decodeXml(e.data);
  pkg.texts.set(key, text);
  return text;
}

function relOf(rels: Relationship[], types: string[]): Relationship | undefined {
  return rels.find((r) => types.includes(r.type) && !r.external);
}

/** The first `<c … t="s">` in a worksheet's text, if any: the sheet needs the shared strings. */
function usesSharedStrings(xml: string): boolean {
  for (let i = xml.indexOf('t="s"'); i >= 0; i = xml.indexOf('t="s"', i + 5)) {
    const lt = xml.lastIndexOf('<', i);
    if (/^<(?:[\w.-]+:)?c\s/.test(xml.slice(lt, lt + 12)) && xml.indexOf('>', lt) > i) return true;
  }
  return xml.includes("t='s'") && /<(?:[\w.-]+:)?c\s[^>]*t\s*=\s*'s'/.test(xml);
}

/** A cell with a style index other than 0, which needs a styles part to mean anything. */
function usesStyles(xml: string): boolean {
  return /<(?:[\w.-]+:)?c\s[^>]*\ss\s*=\s*["'](?!0["'])\d+["']/.test(xml);
}

/**
 * Reads and checks a package. Throws PackageError: `not-zip`, `too-large`, `corrupt`,
 * `not-workbook` (a zip with no spreadsheet inside) or `missing-part` (with the part and sheet).
 */
export function openPackage(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS, inflateRaw?: RawInflate): WorkbookPackage {
  const entries = readZip(bytes, limits, inflateRaw);
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const base = { byName, texts: new Map<string, string>() };
  if (!byName.has('[content_types].xml')) {
    throw byName.has('xl/workbook.xml') ? new PackageError('missing-part', '[Content_Types].xml') : new PackageError('not-workbook');
  }
  const contentTypes = parseContentTypes(partText(base, '[Content_Types].xml'));
  if (!byName.has('_rels/.rels')) {
    throw byName.has('xl/workbook.xml') ? new PackageError('missing-part', '_rels/.rels') : new PackageError('not-workbook');
  }
  const doc = relOf(parseRels(partText(base, '_rels/.rels')), REL.officeDocument);
  if (!doc) throw new PackageError('not-workbook');
  const workbookPart = resolveTarget('', doc.target);
  const workbookContentType = contentTypeOf(contentTypes, workbookPart) ?? '';
  const kind = WORKBOOK_KINDS[workbookContentType];
  if (!kind) throw new PackageError('not-workbook');
  if (!byName.has(workbookPart.toLowerCase())) throw new PackageError('missing-part', workbookPart);
  const workbook = parseWorkbook(partText(base, workbookPart));
  const relsPart = relsPartOf(workbookPart);
  if (!byName.has(relsPart.toLowerCase())) throw new PackageError('missing-part', relsPart);
  const workbookRels = parseRels(partText(base, relsPart));
  const partOf = (r: Relationship | undefined) => (r ? resolveTarget(workbookPart, r.target) : null);
  const sheets: PackageSheet[] = workbook.sheets.map((s) => {
    const rel = workbookRels.find((r) => r.id === s.rId);
    if (!rel) throw new PackageError('missing-part', s.rId, s.name);
    const part = resolveTarget(workbookPart, rel.target);
    if (!byName.has(part.toLowerCase())) throw new PackageError('missing-part', part, s.name);
    return { ...s, part: REL.worksheet.includes(rel.type) ? part : null };
  });
  const stylesPart = partOf(relOf(workbookRels, REL.styles));
  const sharedStringsPart = partOf(relOf(workbookRels, REL.sharedStrings));
  const calcChainPart = partOf(relOf(workbookRels, REL.calcChain));
  const pkg: WorkbookPackage = {
    entries,
    byName,
    texts: base.texts,
    contentTypes,
    workbookPart,
    workbookContentType,
    kind,
    workbook,
    workbookRels,
    sheets,
    stylesPart: stylesPart && byName.has(stylesPart.toLowerCase()) ? stylesPart : null,
    sharedStringsPart: sharedStringsPart && byName.has(sharedStringsPart.toLowerCase()) ? sharedStringsPart : null,
    calcChainPart: calcChainPart && byName.has(calcChainPart.toLowerCase()) ? calcChainPart : null,
  };
  checkSheetNeeds(pkg);
  return pkg;
}

/**
 * A sheet whose cells index shared strings or styles that the package does not have. Sheets are
 * only read when one of those parts is missing (a workbook that has both needs no scan).
 */
function checkSheetNeeds(pkg: WorkbookPackage): void {
  if (pkg.sharedStringsPart && pkg.stylesPart) return;
  for (const s of pkg.sheets) {
    if (!s.part) continue;
    const xml = decodeXml(pkg.byName.get(s.part.toLowerCase())!.data);
    if (!pkg.sharedStringsPart && usesSharedStrings(xml)) throw new PackageError('missing-part', 'xl/sharedStrings.xml', s.name);
    if (!pkg.stylesPart && usesStyles(xml)) throw new PackageError('missing-part', 'xl/styles.xml', s.name);
  }
}
