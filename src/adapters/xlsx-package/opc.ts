/**
 * Open Packaging Conventions: content types and relationships, read from their XML and extended
 * by appending (existing entries are never rewritten or reordered).
 */
import { attrs, escapeAttr, findAll, findElement, appendChildren } from './xml';

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  workbookMain: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  workbookMacro: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  workbookTemplate: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  workbookMacroTemplate: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
} as const;

/** Workbook kinds by their main part's content type, with the file extension each must carry. */
export const WORKBOOK_KINDS: Record<string, { ext: string; mime: string }> = {
  [CT.workbookMain]: { ext: '.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  [CT.workbookMacro]: { ext: '.xlsm', mime: 'application/vnd.ms-excel.sheet.macroEnabled.12' },
  [CT.workbookTemplate]: { ext: '.xltx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template' },
  [CT.workbookMacroTemplate]: { ext: '.xltm', mime: 'application/vnd.ms-excel.template.macroEnabled.12' },
};

const REL_BASES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];
export const REL = {
  officeDocument: REL_BASES.map((b) => `${b}/officeDocument`),
  worksheet: REL_BASES.map((b) => `${b}/worksheet`),
  styles: REL_BASES.map((b) => `${b}/styles`),
  sharedStrings: REL_BASES.map((b) => `${b}/sharedStrings`),
  calcChain: REL_BASES.map((b) => `${b}/calcChain`),
  /** Namespace URIs the `r:` prefix may be bound to. */
  ns: REL_BASES,
};

export interface ContentTypes {
  defaults: Map<string, string>;
  /** Lower-cased part name without the leading slash → content type. */
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const e of findAll(xml, 'Default')) {
    const a = attrs(e.tag);
    defaults.set((a.get('Extension') ?? '').toLowerCase(), a.get('ContentType') ?? '');
  }
  for (const e of findAll(xml, 'Override')) {
    const a = attrs(e.tag);
    overrides.set((a.get('PartName') ?? '').replace(/^\//, '').toLowerCase(), a.get('ContentType') ?? '');
  }
  return { defaults, overrides };
}

export function contentTypeOf(ct: ContentTypes, part: string): string | undefined {
  const o = ct.overrides.get(part.toLowerCase());
  if (o !== undefined) return o;
  const dot = part.lastIndexOf('.');
  return dot < 0 ? undefined : ct.defaults.get(part.slice(dot + 1).toLowerCase());
}

/** `[Content_Types].xml` with one more `<Override>`. */
export function addOverride(xml: string, part: string, contentType: string): string {
  const types = findElement(xml, 'Types');
  if (!types) return xml;
  const prefix = /^<([^\s>/]*:)?/.exec(types.tag)?.[1] ?? '';
  return appendChildren(xml, types, `<${prefix}Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`);
}

/** `[Content_Types].xml` without the `<Override>` of `part`. */
export function removeOverride(xml: string, part: string): string {
  for (const e of findAll(xml, 'Override')) {
    if ((attrs(e.tag).get('PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase()) return xml.slice(0, e.start) + xml.slice(e.end);
  }
  return xml;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string): Relationship[] {
  return findAll(xml, 'Relationship').map((e) => {
    const a = attrs(e.tag);
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '', external: a.get('TargetMode') === 'External' };
  });
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part: a part name without leading slash. */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = target.split('#')[0];
  if (clean.startsWith('/')) return normalise(clean.slice(1));
  const base = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  return normalise(base + clean);
}

function normalise(p: string): string {
  const out: string[] = [];
  for (const seg of decodeURIComponentSafe(p).split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The target of `part` as written relative to `sourcePart`'s folder (`xl/worksheets/sheet9.xml` from `xl/workbook.xml` → `worksheets/sheet9.xml`). */
export function relativeTarget(sourcePart: string, part: string): string {
  const base = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  return part.startsWith(base) ? part.slice(base.length) : `/${part}`;
}

/** A relationship id not used yet (`rId7`). */
export function freeRelId(rels: Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function addRelationship(xml: string, rel: { id: string; type: string; target: string }): string {
  const root = findElement(xml, 'Relationships');
  if (!root) return xml;
  const prefix = /^<([^\s>/]*:)?/.exec(root.tag)?.[1] ?? '';
  return appendChildren(xml, root, `<${prefix}Relationship Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(rel.target)}"/>`);
}

export function removeRelationship(xml: string, id: string): string {
  for (const e of findAll(xml, 'Relationship')) {
    if (attrs(e.tag).get('Id') === id) return xml.slice(0, e.start) + xml.slice(e.end);
  }
  return xml;
}

export const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
