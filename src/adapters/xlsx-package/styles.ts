/**
 * `xl/styles.xml` as an append-only book. Colouring a cell appends a copy of the cell's own `<xf>`
 * (number format, border, alignment, protection and cell style kept) pointing at an appended
 * palette fill and an appended copy of its font with the palette colour. Copies are memoised, so
 * 100 000 coloured results add a handful of entries. Existing entries are never edited or
 * reordered: cells, conditional formats and tables index them.
 */
import { attrs, escapeAttr, findAll, findElement, setAttr, type ElementSpan } from './xml';

/** Section names in CT_Stylesheet order. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';
const CHILD: Record<Section, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };

/** Built-in number formats (ECMA-376 18.8.30) that Planark may ask for by code. */
const BUILTIN_FMTS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13,
  'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21,
  'm/d/yy h:mm': 22, '#,##0 ;(#,##0)': 37, '#,##0 ;[Red](#,##0)': 38, '#,##0.00;(#,##0.00)': 39, '#,##0.00;[Red](#,##0.00)': 40,
  'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
};

export interface GenStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font colour ARGB. */
  font?: string;
  /** Solid fill ARGB. */
  fill?: string;
  numFmt?: string;
  wrap?: boolean;
  indent?: number;
  border?: { top?: 'thin' | 'medium'; bottom?: 'thin' | 'medium' };
}

interface SectionState {
  /** Existing children's element text, in order. */
  items: string[];
  added: string[];
  span: ElementSpan | null;
}

const MINIMAL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export class StyleBook {
  private readonly xml: string;
  private readonly prefix: string;
  private readonly sections = new Map<Section, SectionState>();
  private readonly memo = new Map<string, number>();
  private numFmtCodes = new Map<string, number>();
  private nextNumFmtId = 164;
  /** True when the workbook had no styles part and this book made one. */
  readonly created: boolean;

  constructor(xml: string | null) {
    this.created = xml === null;
    this.xml = xml ?? MINIMAL;
    this.prefix = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(this.xml)?.[1] ?? '';
    for (const s of Object.keys(CHILD) as Section[]) {
      const span = findElement(this.xml, s);
      const items = span ? findAll(this.xml, CHILD[s], span.openEnd, span.closeStart).map((e) => this.xml.slice(e.start, e.end)) : [];
      this.sections.set(s, { items, added: [], span });
    }
    for (const f of this.sec('numFmts').items) {
      const a = attrs(f);
      const id = Number(a.get('numFmtId'));
      const code = a.get('formatCode');
      if (code !== undefined && Number.isFinite(id)) {
        if (!this.numFmtCodes.has(code)) this.numFmtCodes.set(code, id);
        this.nextNumFmtId = Math.max(this.nextNumFmtId, id + 1);
      }
    }
  }

  /** True when entries were appended (a missing styles part is only made when something needs it). */
  get changed(): boolean {
    return [...this.sections.values()].some((s) => s.added.length > 0);
  }

  private sec(s: Section): SectionState {
    return this.sections.get(s)!;
  }

  private count(s: Section): number {
    const st = this.sec(s);
    return st.items.length + st.added.length;
  }

  private item(s: Section, i: number): string | undefined {
    const st = this.sec(s);
    return i < st.items.length ? st.items[i] : st.added[i - st.items.length];
  }

  private add(s: Section, text: string, key: string): number {
    const k = `${s}\u0000${key}`;
    const hit = this.memo.get(k);
    if (hit !== undefined) return hit;
    // An identical font, fill, border or number format already in the part (an earlier run's) is
    // reused, so a rerun does not grow styles.xml with copies of them. Cell formats (`xf`) are
    // still appended: a cell that changes style points at an entry of this run.
    const existing = s === 'cellXfs' ? -1 : this.sec(s).items.indexOf(text);
    if (existing >= 0) {
      this.memo.set(k, existing);
      return existing;
    }
    this.sec(s).added.push(text);
    const i = this.count(s) - 1;
    this.memo.set(k, i);
    return i;
  }

  private el(name: string, body: string | null, attrText = ''): string {
    const p = this.prefix;
    return body === null ? `<${p}${name}${attrText}/>` : `<${p}${name}${attrText}>${body}</${p}${name}>`;
  }

  private solidFill(argb: string): number {
    const body = this.el('patternFill', `${this.el('fgColor', null, ` rgb="${escapeAttr(argb)}"`)}${this.el('bgColor', null, ' indexed="64"')}`, ' patternType="solid"');
    return this.add('fills', this.el('fill', body), `solid:${argb}`);
  }

  /** A fill with no pattern: fills[0] when it is one (Excel reserves 0 for none), else appended. */
  private noFill(): number {
    const items = this.sec('fills').items;
    const i = items.findIndex((f) => /patternType\s*=\s*["']none["']/.test(f) || /<(?:\w+:)?fill\s*\/>|<(?:\w+:)?fill>\s*<\/(?:\w+:)?fill>/.test(f));
    if (i >= 0) return i;
    return this.add('fills', this.el('fill', this.el('patternFill', null, ' patternType="none"')), 'none');
  }

  /** A copy of font `fontId` with its colour set (ARGB) or removed (null: automatic). */
  private fontWithColour(fontId: number, colour: string | null): number {
    const src = this.item('fonts', fontId) ?? this.item('fonts', 0) ?? this.el('font', '');
    return this.add('fonts', recolourFont(src, colour, this.prefix), `${fontId}:${colour ?? 'auto'}`);
  }

  /** Index of a new `<xf>` copying `xfIndex` with the palette fill/font (SPEC §3). */
  deriveFill(xfIndex: number, fill: string | null, font: string | null | undefined): number {
    const key = `${xfIndex}|${fill ?? '-'}|${font === undefined ? '=' : (font ?? 'auto')}`;
    const hit = this.memo.get(`derive\u0000${key}`);
    if (hit !== undefined) return hit;
    const base = this.item('cellXfs', xfIndex) ?? this.item('cellXfs', 0);
    let tag: string;
    let rest: string;
    if (base) {
      const end = base.indexOf('>') + 1;
      tag = base.slice(0, end);
      rest = base.slice(end);
    } else {
      tag = `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
      rest = '';
    }
    const a = attrs(tag);
    const fillId = fill === null ? this.noFill() : this.solidFill(fill);
    tag = setAttr(tag, 'fillId', String(fillId));
    tag = setAttr(tag, 'applyFill', '1');
    if (font !== undefined) {
      const fontId = this.fontWithColour(Number(a.get('fontId') ?? 0), font);
      tag = setAttr(tag, 'fontId', String(fontId));
      tag = setAttr(tag, 'applyFont', '1');
    }
    const i = this.add('cellXfs', tag + rest, `derive:${key}`);
    this.memo.set(`derive\u0000${key}`, i);
    return i;
  }

  numFmtId(code: string): number {
    if (code in BUILTIN_FMTS) return BUILTIN_FMTS[code];
    const known = this.numFmtCodes.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmtId++;
    this.numFmtCodes.set(code, id);
    this.add('numFmts', this.el('numFmt', null, ` numFmtId="${id}" formatCode="${escapeAttr(code)}"`), code);
    return id;
  }

  private border(b: NonNullable<GenStyle['border']>): number {
    const side = (name: string, style?: string) =>
      style ? this.el(name, this.el('color', null, ' auto="1"'), ` style="${style}"`) : this.el(name, null);
    const body = side('left') + side('right') + side('top', b.top) + side('bottom', b.bottom) + side('diagonal');
    return this.add('borders', this.el('border', body), `${b.top ?? ''}/${b.bottom ?? ''}`);
  }

  /** An `<xf>` for a cell of Planark's own sheets; 0 when the cell needs no style. */
  generated(g: GenStyle): number {
    // Called for every cell of Planark's sheets: most need no style at all, and the rest a plain
    // key (NUL cannot occur in these values).
    if (!g.bold && !g.italic && !g.underline && !g.font && !g.fill && !g.numFmt && !g.wrap && !(g.indent && g.indent > 0) && !g.border?.top && !g.border?.bottom) return 0;
    const key = `${g.bold ? 1 : 0}${g.italic ? 1 : 0}${g.underline ? 1 : 0}${g.wrap ? 1 : 0}\u0000${g.font ?? ''}\u0000${g.fill ?? ''}\u0000${g.numFmt ?? ''}\u0000${g.indent ?? ''}\u0000${g.border?.top ?? ''}\u0000${g.border?.bottom ?? ''}`;
    const hit = this.memo.get(`gen\u0000${key}`);
    if (hit !== undefined) return hit;
    const fontChanged = g.bold || g.italic || g.underline || g.font;
    const fontId = fontChanged ? this.add('fonts', styledFont(this.item('fonts', 0) ?? this.el('font', ''), g, this.prefix), `gen:${key}`) : 0;
    const fillId = g.fill ? this.solidFill(g.fill) : 0;
    const numFmtId = g.numFmt ? this.numFmtId(g.numFmt) : 0;
    const borderId = g.border && (g.border.top || g.border.bottom) ? this.border(g.border) : 0;
    const align: string[] = [];
    if (g.wrap) align.push(' wrapText="1"', ' vertical="top"');
    if (g.indent && g.indent > 0) align.push(` horizontal="left" indent="${Math.min(250, Math.round(g.indent))}"`);
    if (!fontId && !fillId && !numFmtId && !borderId && !align.length) {
      this.memo.set(`gen\u0000${key}`, 0);
      return 0;
    }
    const flags = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align.length ? ' applyAlignment="1"' : ''}`;
    const head = ` numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${flags}`;
    const text = align.length ? this.el('xf', this.el('alignment', null, align.join('')), head) : this.el('xf', null, head);
    const i = this.add('cellXfs', text, `gen:${key}`);
    this.memo.set(`gen\u0000${key}`, i);
    return i;
  }

  /** The styles part with every appended entry and updated counts. */
  toXml(): string {
    let xml = this.xml;
    // Edit from the end of the document backwards so earlier offsets stay valid.
    const present = (Object.keys(CHILD) as Section[])
      .map((s) => ({ s, st: this.sec(s) }))
      .filter(({ st }) => st.added.length > 0 && st.span)
      .sort((a, b) => b.st.span!.start - a.st.span!.start);
    for (const { st } of present) {
      const span = st.span!;
      const total = st.items.length + st.added.length;
      let open = span.tag;
      if (/\scount\s*=/.test(open)) open = setAttr(open, 'count', String(total));
      const selfClosing = open.endsWith('/>');
      if (selfClosing) open = open.slice(0, -2).replace(/\s+$/, '') + '>';
      const name = /^<([^\s/>]+)/.exec(span.tag)![1];
      const body = selfClosing ? st.added.join('') : xml.slice(span.openEnd, span.closeStart) + st.added.join('');
      xml = `${xml.slice(0, span.start)}${open}${body}</${name}>${xml.slice(span.end)}`;
    }
    // Sections that did not exist (numFmts is often absent) are created in schema order.
    for (const s of Object.keys(CHILD) as Section[]) {
      const st = this.sec(s);
      if (st.span || !st.added.length) continue;
      const text = this.el(s, st.added.join(''), ` count="${st.added.length}"`);
      xml = insertInOrder(xml, s, text, this.prefix);
    }
    return xml;
  }
}

function insertInOrder(xml: string, section: string, text: string, prefix: string): string {
  const idx = ORDER.indexOf(section as (typeof ORDER)[number]);
  let at = -1;
  for (const before of ORDER.slice(0, idx)) {
    const e = findElement(xml, before);
    if (e && e.end > at) at = e.end;
  }
  if (at < 0) {
    const root = new RegExp(`<${prefix}styleSheet[^>]*>`).exec(xml);
    at = root ? root.index + root[0].length : xml.length;
  }
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The font element with its `<color>` replaced by `colour` (ARGB) or removed (null). */
export function recolourFont(font: string, colour: string | null, prefix: string): string {
  const colourEl = colour === null ? '' : `<${prefix}color rgb="${escapeAttr(colour)}"/>`;
  const open = font.endsWith('/>') ? null : font.indexOf('>') + 1;
  if (open === null) return colour === null ? font : `${font.slice(0, -2).replace(/\s+$/, '')}>${colourEl}</${prefix}font>`;
  const c = findElement(font, 'color', open);
  if (c) return font.slice(0, c.start) + colourEl + font.slice(c.end);
  if (colour === null) return font;
  // Beside the size, where Excel writes it (CT_Font is an unordered choice, so any place is valid).
  const sz = findElement(font, 'sz', open);
  const at = sz ? sz.end : font.lastIndexOf('</');
  return font.slice(0, at) + colourEl + font.slice(at);
}

function styledFont(base: string, g: GenStyle, prefix: string): string {
  let font = g.font ? recolourFont(base, g.font, prefix) : base;
  const flags = `${g.bold ? `<${prefix}b/>` : ''}${g.italic ? `<${prefix}i/>` : ''}${g.underline ? `<${prefix}u/>` : ''}`;
  if (!flags) return font;
  if (font.endsWith('/>')) font = `${font.slice(0, -2).replace(/\s+$/, '')}></${prefix}font>`;
  // Drop the base font's own b/i/u so the flags are not doubled.
  const open = font.indexOf('>') + 1;
  const body = font.slice(open, font.lastIndexOf('</')).replace(/<(?:\w+:)?(?:b|i|u)(?:\s[^>]*)?\/>/g, '');
  return font.slice(0, open) + flags + body + font.slice(font.lastIndexOf('</'));
}
