/**
 * Byte estimates for chunking requests and responses under Excel on the web's 5 MB limits.
 * Estimates are of the JSON that travels: a write's values and addresses, a read's values,
 * number formats, the formulas of formula cells, and cell properties.
 */

/** Fixed envelope per queued action (object path, method, ids). */
export const ACTION_OVERHEAD = 160;

/** Rough bytes a write adds to a request: its JSON plus the envelope. */
export function payloadOf(x: unknown): number {
  return JSON.stringify(x).length + ACTION_OVERHEAD;
}

/** UTF-8 bytes of a string (å, ä and ö take two). */
function utf8(s: string): number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** JSON bytes of one cell value (UTF-8), without building the string. */
export function valueBytes(v: unknown): number {
  if (typeof v === 'string') return utf8(v) + 2 + (v.includes('"') || v.includes('\\') ? v.length : 0);
  if (typeof v === 'number') return String(v).length;
  if (typeof v === 'boolean') return v ? 4 : 5;
  return 4;
}

/** JSON length of a 2-D array of values (commas and brackets included). */
export function gridBytes(grid: readonly (readonly unknown[])[] | undefined): number {
  if (!grid) return 0;
  let n = 2;
  for (const row of grid) {
    n += 3;
    for (const v of row) n += valueBytes(v) + 1;
  }
  return n;
}

/**
 * `{"format":{"fill":{"color":"#FFFFFF","tintAndShade":null},"font":{"color":"#000000"}}}` and
 * its comma: what `getCellProperties` returns per cell for fill colour, tint and font colour.
 */
export const PROPS_CELL_BYTES = 90;
/** The same without the font: `{"format":{"fill":{"color":"#FFFFFF","tintAndShade":null}}},`. */
export const FILL_CELL_BYTES = 60;

/**
 * Per-cell response bytes of a data read, from a sample of the sheet's values, formulas and
 * formats: the value, the number format, separators, and for a formula cell its formula too (only
 * formula cells return one, in areas of their own). Never below a floor, since the sample may be
 * unrepresentative; a payload error halves the block anyway.
 */
export function readCellBytes(
  values: readonly (readonly unknown[])[] | undefined,
  formats: readonly (readonly unknown[])[] | undefined,
  formulas?: readonly (readonly unknown[])[] | undefined,
): number {
  const FLOOR = 16;
  if (!values || values.length === 0) return 32;
  let cells = 0;
  let bytes = 0;
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      cells++;
      bytes += valueBytes(v) + valueBytes(formats?.[i]?.[j] ?? 'General') + 2;
      const f = formulas?.[i]?.[j];
      // An area's indexes and envelope, counted per cell: scattered formulas are one area each.
      if (typeof f === 'string' && f.startsWith('=')) bytes += valueBytes(f) + FORMULA_AREA_BYTES;
    }),
  );
  return Math.max(FLOOR, Math.ceil((bytes / Math.max(1, cells)) * 1.1));
}

/** Bytes of a formula area in a response besides its formulas: its indexes and the envelope. */
export const FORMULA_AREA_BYTES = 48;
