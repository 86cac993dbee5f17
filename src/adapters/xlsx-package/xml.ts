/**
 * Small helpers for editing XML as text: escaping, reading and setting attributes on one start
 * tag, and finding elements by local name (any namespace prefix). Edits built on these change the
 * characters they mean to change and copy everything else as it was.
 */

/** Characters XML 1.0 forbids (C0 controls except tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for an element body. Forbidden characters and CR are written as Excel's own `_xHHHH_`
 * escapes (lone surrogates become U+FFFD), and a literal `_xHHHH_` in the text is protected with
 * `_x005F_` so Excel does not decode it.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /_x|[\u0000-\u0008\u000B-\u001F&<>\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeText(s: string): string {
  // Most cell texts need none of it: one scan instead of six replaces.
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(FORBIDDEN, (ch) => (ch.length === 1 && ch.charCodeAt(0) < 0x20 ? `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_` : '\uFFFD'))
    // A raw CR would be read back as LF (XML end-of-line handling); Excel writes it this way.
    .replace(/\r/g, '_x000D_')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text for an attribute value (double-quoted). Control characters cannot be escaped there: dropped. */
// eslint-disable-next-line no-control-regex
const NEEDS_ATTR_ESCAPE = /[\u0000-\u001F&<>"\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeAttr(s: string): string {
  if (!NEEDS_ATTR_ESCAPE.test(s)) return s;
  return s
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Attributes of one start tag (`<c r="A1" s="3">`), values decoded. */
export function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const start = tag.search(/[\s/>]/);
  ATTR.lastIndex = start < 0 ? tag.length : start;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) out.set(m[1], decodeEntities(m[3] ?? m[4] ?? ''));
  return out;
}

const ATTR_RE = new Map<string, RegExp>();
const SET_RE = new Map<string, RegExp>();

function cached(map: Map<string, RegExp>, name: string, make: (n: string) => RegExp): RegExp {
  let re = map.get(name);
  if (!re) map.set(name, (re = make(name.replace(/[.:]/g, '\\$&'))));
  return re;
}

export function attr(tag: string, name: string): string | undefined {
  // Hot loop over cells: one compiled expression per attribute name.
  const re = cached(ATTR_RE, name, (n) => new RegExp(`\\s${n}\\s*=\\s*("([^"]*)"|'([^']*)')`));
  const m = re.exec(tag);
  return m ? decodeEntities(m[2] ?? m[3] ?? '') : undefined;
}

/**
 * The same start tag with attribute `name` set to `value` (escaped here), or removed when value is
 * null. An existing attribute keeps its place; a new one goes last. Nothing else in the tag moves.
 */
export function setAttr(tag: string, name: string, value: string | null): string {
  const re = cached(SET_RE, name, (n) => new RegExp(`(\\s+)${n}\\s*=\\s*("[^"]*"|'[^']*')`));
  const m = re.exec(tag);
  if (m) {
    if (value === null) return tag.slice(0, m.index) + tag.slice(m.index + m[0].length);
    return `${tag.slice(0, m.index)}${m[1]}${name}="${escapeAttr(value)}"${tag.slice(m.index + m[0].length)}`;
  }
  if (value === null) return tag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  let cut = end;
  while (cut > 0 && /\s/.test(tag[cut - 1])) cut--;
  return `${tag.slice(0, cut)} ${name}="${escapeAttr(value)}"${tag.slice(cut)}`;
}

/** `x:sheetData` → `x:`; the prefix of the root element of a part, for elements we add. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/** The prefix bound to `ns` on the root element (`xmlns:r="…relationships"` → `r`), or null. */
export function nsPrefix(xml: string, nsUris: string[]): string | null {
  for (const uri of nsUris) {
    const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${uri.replace(/[.?/]/g, '\\$&')}["']`).exec(xml);
    if (m) return m[1];
  }
  return null;
}

export interface ElementSpan {
  /** Start of `<name`. */
  start: number;
  /** Just past the start tag's `>`. */
  openEnd: number;
  /** Start of the end tag (`</name>`), or openEnd for a self-closing element. */
  closeStart: number;
  /** Just past the whole element. */
  end: number;
  /** The start tag text. */
  tag: string;
}

/** End of the tag that starts at `lt` (index of its `>` + 1), skipping quoted attribute values. */
export function tagEnd(xml: string, lt: number): number {
  let q = '';
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (q) {
      if (ch === q) q = '';
    } else if (ch === '"' || ch === "'") q = ch;
    else if (ch === '>') return i + 1;
  }
  return -1;
}

/**
 * First element `local` (any prefix) at or after `from` and before `limit`. Elements of that name
 * do not nest in the parts we edit (sheets, definedNames, fonts …), so the first matching end tag
 * closes it. Comments and CDATA sections before it are skipped.
 */
export function findElement(xml: string, local: string, from = 0, limit = xml.length): ElementSpan | null {
  const open = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s>/])|<!--|<!\\[CDATA\\[`, 'g');
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < limit; m = open.exec(xml)) {
    if (m[0] === '<!--') {
      const e = xml.indexOf('-->', m.index + 4);
      open.lastIndex = e < 0 ? xml.length : e + 3;
      continue;
    }
    if (m[0] === '<![CDATA[') {
      const e = xml.indexOf(']]>', m.index + 9);
      open.lastIndex = e < 0 ? xml.length : e + 3;
      continue;
    }
    const openEnd = tagEnd(xml, m.index);
    if (openEnd < 0) return null;
    const tag = xml.slice(m.index, openEnd);
    if (tag.endsWith('/>')) return { start: m.index, openEnd, closeStart: openEnd, end: openEnd, tag };
    const name = m[0].slice(1);
    const closeRe = new RegExp(`</${name.replace(/[.]/g, '\\.')}\\s*>`, 'g');
    closeRe.lastIndex = openEnd;
    const close = closeRe.exec(xml);
    if (!close) return null;
    return { start: m.index, openEnd, closeStart: close.index, end: close.index + close[0].length, tag };
  }
  return null;
}

/** Every `local` element between `from` and `limit`, in order. */
export function findAll(xml: string, local: string, from = 0, limit = xml.length): ElementSpan[] {
  const out: ElementSpan[] = [];
  for (let e = findElement(xml, local, from, limit); e && e.end <= limit; e = findElement(xml, local, e.end, limit)) out.push(e);
  return out;
}

/** Text content of an element (entities decoded); empty for a self-closing one. */
export function innerText(xml: string, e: ElementSpan): string {
  return decodeEntities(xml.slice(e.openEnd, e.closeStart));
}

/**
 * Inserts `text` just before the end tag of `e`; a self-closing element is opened up
 * (`<definedNames/>` → `<definedNames>text</definedNames>`). Returns the new document.
 */
export function appendChildren(xml: string, e: ElementSpan, text: string): string {
  if (e.closeStart === e.openEnd && e.tag.endsWith('/>')) {
    const name = /^<([^\s/>]+)/.exec(e.tag)![1];
    const open = e.tag.slice(0, -2).replace(/\s+$/, '') + '>';
    return `${xml.slice(0, e.start)}${open}${text}</${name}>${xml.slice(e.end)}`;
  }
  return `${xml.slice(0, e.closeStart)}${text}${xml.slice(e.closeStart)}`;
}

const dec = new TextDecoder('utf-8');
const decUtf16le = new TextDecoder('utf-16le');
const decUtf16be = new TextDecoder('utf-16be');
const enc = new TextEncoder();

/** Part bytes → text; UTF-16 parts (rare, allowed by XML) are read by their byte-order mark. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decUtf16le.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decUtf16be.decode(bytes.subarray(2));
  return dec.decode(bytes);
}

/** Text → UTF-8 part bytes; a declaration that said UTF-16 is corrected to match. */
export function encodeXml(xml: string): Uint8Array {
  const fixed = xml.replace(/^(<\?xml[^>]*encoding\s*=\s*["'])utf-16(["'])/i, '$1UTF-8$2');
  return enc.encode(fixed);
}
