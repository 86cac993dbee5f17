/**
 * Layouts planners use (SPEC §2): a header over two rows (a group label such as `Utfall` above
 * `T1 · T2 · År` or years) is one header; tables side by side on one header line, split at a blank
 * column or where the line repeats its first header, are separate tables.
 */
import { fold } from '../cells';
import type { ColumnRole } from '../model';
import type { HeaderInfo } from './detect-tables';
import { matchHeader, type HeaderMatch } from './headers';
import type { MergeMap, RowCell } from './grid';
import { decideKind } from './kinds';

/** A table that owns the whole row (no tables beside it). */
export const WHOLE_ROW = { c1: -Infinity, c2: Infinity };

/** Body rows read ahead when deciding whether a blank header column separates two tables. */
const LOOKAHEAD = 30;

/** The rows after a header up to the table's end (two blank rows), at most LOOKAHEAD of them. */
export function bodyAhead(nonBlank: number[], from: number): number[] {
  const out: number[] = [];
  for (let j = from; j < nonBlank.length && out.length < LOOKAHEAD; j++) {
    if (j > from && nonBlank[j] - nonBlank[j - 1] - 1 >= 2) break;
    out.push(nonBlank[j]);
  }
  return out;
}

/** A header cut down to a table's columns. */
export function withinCols(h: HeaderInfo, b: { c1: number; c2: number }): HeaderInfo {
  const matches = new Map([...h.matches].filter(([c]) => c >= b.c1 && c <= b.c2));
  return { ...h, cells: inCols(h.cells, b), matches };
}

/** A row's cells within a table's columns. */
export function inCols(cells: RowCell[], b: { c1: number; c2: number }): RowCell[] {
  return b.c1 === -Infinity && b.c2 === Infinity ? cells : cells.filter((x) => x.c >= b.c1 && x.c <= b.c2);
}

/**
 * A header over two rows (SPEC §2): a group label (`Utfall`, merged over its columns) above
 * `T1 · T2 · År` or years. The row below is a sub-header when each of its cells stands under a
 * blank header cell or under the group label, and reads as a header with the label in front
 * (`Utfall T1`, `Utfall 2024`) or alone (`T2`); a cell is named the way it reads. Returns the
 * joined header, or null.
 */
export function withSubHeader(h: HeaderInfo, subRow: number, sub: RowCell[], merges: MergeMap): HeaderInfo | null {
  if (sub.length === 0) return null;
  // `Utfall`, `Resultat`: words that head a group of period or year columns.
  const isGroup = (text: string) => /^(utfall|resultat|result|results|outcome|matvarde|matvarden|varde|varden|uppfoljning)$/.test(fold(text));
  const top = new Map(h.cells.map((x) => [x.c, x]));
  const joined = new Map<number, { cell: RowCell; m: HeaderMatch }>();
  for (const x of sub) {
    // A year as typed into a plan (a header reads 19xx and 20xx only, so no upper bound is needed).
    const isYear = Number.isInteger(x.v) && (x.v as number) >= 1990;
    if (!(typeof x.v === 'string' || isYear) || x.text.length > 40) return null;
    const above = top.get(x.c);
    let group: string | null = null;
    if (above) {
      // Only a group label may have a sub-label under it; `Indikator` over a name is data.
      if (!isGroup(above.text) && !mergedAcross(merges, h.r, x.c)) return null;
      group = above.text;
    } else {
      const origin = merges.origin(h.r, x.c);
      const left = origin ? top.get(origin.c) : nearestLeft(h.cells, x.c);
      if (left && (origin || isGroup(left.text) || sub.some((y) => y.c === left.c))) group = left.text;
    }
    // The label in front where that reads (`Utfall 2024`); else the sub-label alone (`T1` under a
    // merged `Period`, `Kommentar` beside `Utfall`), so the column keeps the role it was read by.
    const withGroup = group ? `${group} ${x.text}` : null;
    const groupMatch = withGroup === null ? null : matchHeader(withGroup);
    const m = groupMatch ?? matchHeader(x.text);
    if (!m) return null;
    const text = groupMatch ? (withGroup as string) : x.text;
    joined.set(x.c, { cell: { ...x, v: text, text }, m });
  }
  // The header row's own cells keep the readings they were read with; each sub-label has its own.
  const cells = [...h.cells.filter((x) => !joined.has(x.c)), ...[...joined.values()].map((j) => j.cell)].sort((a, b) => a.c - b.c);
  const matches = new Map<number, HeaderMatch>();
  for (const x of cells) {
    const m = joined.get(x.c)?.m ?? h.matches.get(x.c);
    if (m) matches.set(x.c, m);
  }
  return { r: h.r, cells, matches, subRow };
}

function mergedAcross(merges: MergeMap, r: number, c: number): boolean {
  return merges.origin(r, c + 1)?.c === c;
}

/** The last header cell left of column c (a row's cells are in column order). */
function nearestLeft(cells: RowCell[], c: number): RowCell | undefined {
  let best: RowCell | undefined;
  for (const x of cells) {
    // Stryker disable next-line EqualityOperator: no header cell stands at c itself (callers ask only under a blank).
    if (x.c >= c) break;
    best = x;
  }
  return best;
}

/**
 * Two tables side by side on one header line (SPEC §2): split at a blank header column that is
 * blank in the body too, and where the line repeats its first header (`Indikator … Indikator …`).
 * Each part must read as a header and as a table of its own; otherwise the line stays one table.
 */
export function splitSideBySide(h: HeaderInfo, body: RowCell[][]): { header: HeaderInfo; c1: number; c2: number }[] {
  const cells = h.cells;
  // Roles that start a table's header; seeing one again on the same line starts another table.
  const leading = new Set<ColumnRole | undefined>(['goal', 'goalText', 'goalId', 'indicator', 'activity', 'risk', 'key']);
  const starts = [0]; // index of the first cell of each part
  let lead = cells[0];
  for (let i = 1; i < cells.length; i++) {
    const prev = cells[i - 1].c;
    const here = cells[i].c;
    const gap = here - prev >= 2 && body.every((row) => !row.some((x) => x.c > prev && x.c < here));
    // The same text reads as the same role, so the text decides.
    const repeat = leading.has(h.matches.get(here)?.role) && fold(cells[i].text) === fold(lead.text);
    if (gap || repeat) {
      starts.push(i);
      lead = cells[i];
    }
  }
  let parts = starts.map((start, k) => cells.slice(start, starts[k + 1]));
  // Merge a part that is no table of its own into its neighbour, until every part is one.
  const valid = (p: RowCell[]) => {
    const sub = partHeader(h, p);
    return sub !== null && decideKind(new Set([...sub.matches.values()].map((m) => m.role))) !== null;
  };
  for (let k = 0; k < parts.length && parts.length > 1; ) {
    if (valid(parts[k])) {
      k++;
      continue;
    }
    const into = k > 0 ? k - 1 : k + 1;
    const merged = k > 0 ? [...parts[into], ...parts[k]] : [...parts[k], ...parts[into]];
    parts = parts.filter((_, j) => j !== k && j !== into);
    parts.splice(Math.min(k, into), 0, merged);
    k = 0;
  }
  if (parts.length === 1) return [{ header: h, ...WHOLE_ROW }];
  return parts.map((p, k) => ({
    header: partHeader(h, p) as HeaderInfo,
    c1: k === 0 ? -Infinity : p[0].c,
    c2: k === parts.length - 1 ? Infinity : parts[k + 1][0].c - 1,
  }));
}

/** The header of one part of a line, when the part reads as a header row by itself. */
function partHeader(h: HeaderInfo, part: RowCell[]): HeaderInfo | null {
  const matches = new Map<number, HeaderMatch>();
  for (const x of part) {
    const m = h.matches.get(x.c);
    if (m) matches.set(x.c, m);
  }
  const n = matches.size;
  // At least two headers (so two cells), and no fewer than one in three cells.
  if (n < 2 || n * 3 < part.length) return null;
  return { r: h.r, cells: part, matches, ...(h.subRow !== undefined ? { subRow: h.subRow } : {}) };
}

