/** Small helpers over the plain workbook data: addresses, cell access, text folding. */
import type { CellInput, CellValue, SheetInput } from './types';
import type { Ref } from './model';

/** Letters of the columns met so far: every cell address of a column starts with them. */
const LETTERS: string[] = [];

/** 0-based column → letters (0 → A, 26 → AA). */
export function colLetters(c: number): string {
  if (c >= 0 && c < 16384 && Number.isInteger(c)) return (LETTERS[c] ??= lettersOf(c));
  return lettersOf(c);
}

function lettersOf(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column → A1. */
export function a1(r: number, c: number): string {
  return `${colLetters(c)}${r + 1}`;
}

/** A1 → 0-based row/column; throws on malformed input (callers pass our own addresses). */
export function parseA1(addr: string): { r: number; c: number } {
  return parsePlainA1(addr) ?? parseA1Text(addr);
}

/**
 * `B12`, `$B$12` read char by char (a plan's merges are read by the ten thousand); null for
 * anything else (spaces, bad input), which takes the regular expression below.
 */
function parsePlainA1(addr: string): { r: number; c: number } | null {
  const n = addr.length;
  let i = addr.charCodeAt(0) === 36 ? 1 : 0; // $
  let c = 0;
  const first = i;
  for (; i < n && i - first < 4; i++) {
    const ch = addr.charCodeAt(i) | 0x20; // lower case
    if (ch < 97 || ch > 122) break;
    c = c * 26 + (ch - 96);
  }
  const letters = i - first;
  if (letters < 1 || letters > 3) return null;
  if (addr.charCodeAt(i) === 36) i++;
  if (i >= n || n - i > 15) return null;
  let r = 0;
  for (; i < n; i++) {
    const d = addr.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    r = r * 10 + d;
  }
  return { r: r - 1, c: c - 1 };
}

function parseA1Text(addr: string): { r: number; c: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  if (!m) throw new Error(`Bad A1 address: ${addr}`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** `A1:C5` → corners (0-based, inclusive). A single cell is a 1×1 range. */
export function parseRange(range: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b] = range.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
}

export function ref(sheet: string, r: number, c: number): Ref {
  return { sheet, r, c };
}

/**
 * A reference's A1 address, made when asked: a plan keeps about nine references a row for the
 * whole analysis, and their address strings were a fifth of what it kept.
 */
export function cellOf(ref: Readonly<{ r: number; c: number }>): string;
export function cellOf(ref: Readonly<{ r: number; c: number }> | null | undefined): string | undefined;
export function cellOf(ref: Readonly<{ r: number; c: number }> | null | undefined): string | undefined {
  return ref ? a1(ref.r, ref.c) : undefined;
}

export function getCell(sheet: SheetInput, r: number, c: number): CellInput | undefined {
  return sheet.rows[r]?.[c];
}

export function getValue(sheet: SheetInput, r: number, c: number): CellValue {
  return sheet.rows[r]?.[c]?.v ?? null;
}

export function isErrorValue(v: CellValue): v is { error: string } {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** A cell's value as display text (numbers unformatted, errors as their code). */
export function valueText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v.error;
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Number of rows in a sheet (index of last present row + 1). */
export function rowCount(sheet: SheetInput): number {
  return sheet.rows.length;
}

/** Width of a row: index of last present cell + 1. */
export function rowWidth(sheet: SheetInput, r: number): number {
  return sheet.rows[r]?.length ?? 0;
}

/**
 * Fold text for matching: lower case, accents removed (å→a, ö→o, é→e), punctuation trimmed and
 * runs of whitespace (including no-break space) collapsed. This is the definition; `fold` is the
 * same function made fast for the text plans are written in.
 */
export function foldReference(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u00a0\u2007\u202f\s]+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
}

// `fold` reads text char by char where every char is below FAST (ASCII, Latin-1, Latin
// Extended-A: Swedish and its neighbours), a combining accent or whitespace; anything else takes
// the reference path. The tables are made by the reference itself, so both agree by construction.
const FAST = 0x180;
/** Each char's folded form ('' for none); undefined where the char needs the reference path. */
const FOLDED: (string | undefined)[] = [];
/** Whitespace, punctuation or symbol: collapsed (whitespace) or trimmed at the ends. */
const EDGE = new Uint8Array(FAST);
const SPACE = new Uint8Array(FAST);
for (let c = 0; c < FAST; c++) {
  const ch = String.fromCharCode(c);
  const f = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  FOLDED[c] = [...f].every((x) => x.charCodeAt(0) < FAST) ? f : undefined;
  SPACE[c] = /\s/.test(ch) ? 1 : 0;
  EDGE[c] = /[\s\p{P}\p{S}]/u.test(ch) ? 1 : 0;
}
/** Chars that fold to themselves (a space aside). */
const SAME = new Uint8Array(FAST);
for (let c = 0; c < FAST; c++) SAME[c] = !SPACE[c] && FOLDED[c] === String.fromCharCode(c) ? 1 : 0;
const isWideSpace = (c: number) => c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

export function fold(s: string): string {
  if (isFolded(s)) return s;
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < FAST) {
      if (SPACE[c]) {
        space = true;
        continue;
      }
      const f = FOLDED[c];
      if (f === undefined) return foldReference(s);
      if (f === '') continue;
      if (space && out !== '') out += ' ';
      space = false;
      out += f;
    } else if (c >= 0x300 && c <= 0x36f) {
      continue; // a combining accent: dropped
    } else if (isWideSpace(c)) {
      space = true;
    } else {
      return foldReference(s);
    }
  }
  let a = 0;
  let b = out.length;
  while (a < b && EDGE[out.charCodeAt(a)]) a++;
  while (b > a && EDGE[out.charCodeAt(b - 1)]) b--;
  return a === 0 && b === out.length ? out : out.slice(a, b);
}

/**
 * True when `fold(s) === s`: text folded before (a header read twice, a frequency read per row)
 * is checked in one pass without building it again.
 */
function isFolded(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  if (first >= FAST || last >= FAST || EDGE[first] || EDGE[last]) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c < FAST && SAME[c]) {
      space = false;
    } else {
      return false;
    }
  }
  return true;
}

/** Fold for link matching: case and whitespace only (SPEC §3b: "whitespace and case folded"). */
export function foldLink(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f\s]+/g, ' ').trim().toLowerCase();
}

/** Split a link cell into parent names on `,`, `;` and line breaks. */
export function splitLinks(s: string): string[] {
  return s
    .split(/[;,\n\r]+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}
