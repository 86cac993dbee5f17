/**
 * Moving a formula as Excel does when it fills it into another cell: relative references shift,
 * `$`-anchored parts stay. Needed in one place only: when a user's value replaces the master cell
 * of a shared formula, the other cells of the group get their own (translated) formula.
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colName(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const NAME_CHAR = /[A-Za-z0-9_.\\]/;

/**
 * Shifts the relative references in `formula` by `dr` rows and `dc` columns. String literals,
 * quoted sheet names, structured references (`Tabell[Kolumn]`) and function names are left alone;
 * a reference pushed off the sheet becomes `#REF!`, as in Excel.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // "text" and 'Sheet name' with doubled quotes inside.
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (!NAME_CHAR.test(prev)) {
      const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?/.exec(formula.slice(i, i + 40))
        ?? /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w(])/.exec(formula.slice(i, i + 20))
        ?? /^(\$?)(\d+):(\$?)(\d+)(?![\w.(])/.exec(formula.slice(i, i + 30));
      if (m) {
        const next = formula[i + m[0].length] ?? '';
        if (!/[A-Za-z0-9_(!.]/.test(next)) {
          const shifted = shiftToken(m);
          if (shifted !== null) {
            out += shifted;
            i += m[0].length;
            continue;
          }
        }
      }
      // A name or function: copy the whole word so a reference-looking tail (LOG10) is not touched.
      const w = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(formula.slice(i));
      if (w) {
        out += w[0];
        i += w[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;

  function cell(absC: string, c: string, absR: string, r: string): string | null {
    const col = colNumber(c) + (absC ? 0 : dc);
    const row = Number(r) + (absR ? 0 : dr);
    if (colNumber(c) > MAX_COL || Number(r) > MAX_ROW || Number(r) < 1) return null;
    if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return '#REF!';
    return `${absC}${colName(col)}${absR}${row}`;
  }

  function shiftToken(m: RegExpExecArray): string | null {
    if (m.length === 9) {
      // A1 or A1:B2
      const a = cell(m[1], m[2], m[3], m[4]);
      if (a === null) return null;
      if (m[6] === undefined) return a;
      const b = cell(m[5], m[6], m[7], m[8]);
      if (b === null) return null;
      return a === '#REF!' || b === '#REF!' ? '#REF!' : `${a}:${b}`;
    }
    if (/^\$?[A-Za-z]/.test(m[0])) {
      // A:C
      const c1 = colNumber(m[2]) + (m[1] ? 0 : dc);
      const c2 = colNumber(m[4]) + (m[3] ? 0 : dc);
      if (colNumber(m[2]) > MAX_COL || colNumber(m[4]) > MAX_COL) return null;
      if (c1 < 1 || c2 < 1 || c1 > MAX_COL || c2 > MAX_COL) return '#REF!';
      return `${m[1]}${colName(c1)}:${m[3]}${colName(c2)}`;
    }
    // 2:5
    const r1 = Number(m[2]) + (m[1] ? 0 : dr);
    const r2 = Number(m[4]) + (m[3] ? 0 : dr);
    if (r1 < 1 || r2 < 1 || r1 > MAX_ROW || r2 > MAX_ROW) return '#REF!';
    return `${m[1]}${r1}:${m[3]}${r2}`;
  }
}
