/**
 * Comparing two packages part by part: byte identity for parts that must not change, and a parsed
 * XML comparison for the parts Planark edits, where only named elements may be appended and only
 * named attributes may differ.
 */
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

export function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export type XNode = { [k: string]: XNode[] | Record<string, string> | string } & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

export function parseXml(bytes: Uint8Array | string): XNode[] {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  return parser.parse(text) as XNode[];
}

export function nameOf(n: XNode): string {
  return Object.keys(n).find((k) => k !== ':@')!;
}
export function childrenOf(n: XNode): XNode[] {
  const v = n[nameOf(n)];
  return Array.isArray(v) ? v : [];
}
export function attrsOf(n: XNode): Record<string, string> {
  return n[':@'] ?? {};
}
const local = (name: string) => name.replace(/^[^:]+:/, '');

export interface Allow {
  /** Paths (local names joined by `/`, e.g. `workbook/sheets`) whose element may gain children at its end. */
  append?: string[];
  /** May attribute `attr` of the element at `path` differ? */
  attr?: (path: string, attr: string, before: Record<string, string>, after: Record<string, string>) => boolean;
}

export interface XmlDiff {
  /** Differences that were not allowed. */
  errors: string[];
  /** Children appended at allowed paths: path → nodes. */
  appended: Map<string, XNode[]>;
  /** Allowed attribute changes: `path@attr` with both values. */
  changedAttrs: { path: string; attr: string; before?: string; after?: string; element: Record<string, string> }[];
}

export function diffXml(before: XNode[], after: XNode[], allow: Allow = {}): XmlDiff {
  const d: XmlDiff = { errors: [], appended: new Map(), changedAttrs: [] };
  compareList(before, after, '', allow, d);
  return d;
}

function compareList(a: XNode[], b: XNode[], path: string, allow: Allow, d: XmlDiff): void {
  const appendable = allow.append?.includes(path) ?? false;
  if (appendable ? b.length < a.length : b.length !== a.length) {
    d.errors.push(`${path || '/'}: ${a.length} children before, ${b.length} after`);
    return;
  }
  for (let i = 0; i < a.length; i++) compareNode(a[i], b[i], path, allow, d);
  if (b.length > a.length) d.appended.set(path, b.slice(a.length));
}

function compareNode(x: XNode, y: XNode, parent: string, allow: Allow, d: XmlDiff): void {
  const nx = nameOf(x);
  const ny = nameOf(y);
  if (nx !== ny) {
    d.errors.push(`${parent}: <${nx}> became <${ny}>`);
    return;
  }
  if (nx === '#text') {
    if (x['#text'] !== y['#text']) d.errors.push(`${parent}: text ${JSON.stringify(x['#text'])} became ${JSON.stringify(y['#text'])}`);
    return;
  }
  const path = parent ? `${parent}/${local(nx)}` : local(nx);
  const ax = attrsOf(x);
  const ay = attrsOf(y);
  for (const k of new Set([...Object.keys(ax), ...Object.keys(ay)])) {
    if (ax[k] === ay[k]) continue;
    if (allow.attr?.(path, k, ax, ay)) d.changedAttrs.push({ path, attr: k, before: ax[k], after: ay[k], element: ay });
    else d.errors.push(`${path}@${k}: ${JSON.stringify(ax[k])} became ${JSON.stringify(ay[k])}`);
  }
  compareList(childrenOf(x), childrenOf(y), path, allow, d);
}

/** Depth-first search for elements of a local name. */
export function findNodes(nodes: XNode[], name: string, out: XNode[] = []): XNode[] {
  for (const n of nodes) {
    const nm = nameOf(n);
    if (nm === '#text' || nm === '?xml') continue;
    if (local(nm) === name) out.push(n);
    findNodes(childrenOf(n), name, out);
  }
  return out;
}

/** Text content of a node (concatenated). */
export function textOf(n: XNode): string {
  return childrenOf(n)
    .map((c) => (nameOf(c) === '#text' ? String(c['#text']) : textOf(c)))
    .join('');
}
