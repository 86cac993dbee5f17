/**
 * Display helpers for the preview grid: how a cell's value reads on screen, how typed text
 * becomes a value, and how a file colour becomes CSS. Pure, so they are unit-tested in Node.
 */
import type { CellValue, Lang } from '../engine/types';

const NBSP = '\u00a0';

/** Only the positive section of a format counts here; `[Red]`, quotes and escapes are dropped. */
function mainSection(fmt: string): string {
  return fmt
    .split(';')[0]
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
}

/** Number of `0`/`#` placeholders after the decimal point of a format section. */
function decimals(section: string): number {
  const dot = section.indexOf('.');
  if (dot < 0) return 0;
  const m = /^[0#?]*/.exec(section.slice(dot + 1));
  return m ? m[0].length : 0;
}

/**
 * A number as Swedish Excel shows it: decimal comma, and thousands separated by a no-break space
 * when the format has `#` (`# ##0`, `#,##0`). General shows up to 15 significant digits (hides float noise such as 0.1 + 0.2).
 */
export function formatNumber(n: number, fmt?: string): string {
  if (!Number.isFinite(n)) return String(n);
  const section = fmt && fmt !== 'General' ? mainSection(fmt) : '';
  const isDateFmt = /[dmyhs]/i.test(section) && !/[0#]/.test(section);
  if (!section || isDateFmt) {
    const s = Number(n.toPrecision(15)).toString();
    // toString may use exponent notation for very large/small values; keep it readable.
    return s.replace('.', ',').replace('-', '−');
  }
  const pct = section.includes('%');
  const value = pct ? n * 100 : n;
  const d = Math.min(decimals(section), 10);
  const text = new Intl.NumberFormat('sv-SE', {
    minimumFractionDigits: d,
    maximumFractionDigits: d,
    useGrouping: section.includes('#'),
  })
    .format(value)
    .replace(/\u202f| /g, NBSP);
  return pct ? `${text}${NBSP}%` : text;
}

/** A cell value as display text. */
export function formatValue(v: CellValue, fmt: string | undefined, lang: Lang): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v, fmt);
  if (typeof v === 'boolean') return lang === 'sv' ? (v ? 'SANT' : 'FALSKT') : v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  return v.error;
}

/**
 * What a user typed into a cell → a value, read the Swedish way as Excel does: `1 060`, `6,5`,
 * `−3`; `=…` stays text because the preview has no calculation engine; empty clears the cell.
 */
export function parseInput(text: string): string | number | null {
  const t = text.trim();
  if (t === '') return null;
  const compact = t.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (/^-?\d+(,\d+)?$/.test(compact) || /^-?\d+(\.\d+)?$/.test(compact)) {
    const n = Number(compact.replace(',', '.'));
    if (Number.isFinite(n)) return n;
  }
  return text;
}

/**
 * File colour → CSS. `FFC6EFCE` (ARGB) → `#C6EFCE`; theme colours (`theme:4`) are resolved against
 * Office's default theme because the preview does not read the file's theme part.
 */
const OFFICE_THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

export function cssColour(key: string | undefined): string | undefined {
  if (!key) return undefined;
  const argb = /^[0-9A-Fa-f]{8}$/.exec(key);
  if (argb) return `#${key.slice(2).toUpperCase()}`;
  const theme = /^theme:(\d+)$/.exec(key);
  if (theme) {
    const hex = OFFICE_THEME[Number(theme[1])];
    return hex ? `#${hex}` : undefined;
  }
  return undefined;
}

/** `verksamhetsplan-2025.xlsx` → `verksamhetsplan-2025.planark.xlsx` (never doubled); `.xlsm` stays `.xlsm`. */
export function downloadName(fileName: string): string {
  const ext = /\.(xlsx|xlsm)$/i.exec(fileName)?.[1]?.toLowerCase() ?? 'xlsx';
  const base = fileName.replace(/\.(xlsx|xlsm)$/i, '').replace(/\.planark$/i, '') || 'arbetsbok';
  return `${base}.planark.${ext}`;
}
