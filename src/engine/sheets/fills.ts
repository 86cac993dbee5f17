/**
 * Traffic-light fills for result cells, budget deviations and red-thread gap highlights.
 * A cell's fill changes only when it is empty or one of our palette colours, so a user's own
 * formatting is never overwritten; a palette colour whose result was cleared is removed.
 */
import type { FillEdit, Status, WorkbookInput } from '../types';
import { PALETTE } from '../types';
import type { RuleContext } from '../rules/rule';
import type { Ref } from '../model';
import { getCell, cellOf } from '../cells';

const PALETTE_FILLS = new Set<string>(Object.values(PALETTE).map((p) => p.fill));
const PALETTE_FONTS = new Set<string>(
  Object.values(PALETTE)
    .map((p) => p.font)
    .filter((f): f is NonNullable<typeof f> => !!f),
);

export function isPaletteFill(argb: string | undefined): boolean {
  return !!argb && PALETTE_FILLS.has(argb.toUpperCase());
}

type Want = Exclude<Status, 'none'> | 'gap' | 'clear';

export function computeFills(input: WorkbookInput, ctx: RuleContext): FillEdit[] {
  const sheets = new Map(input.sheets.map((s) => [s.name, s]));
  // Last writer wins per cell; results first, then budget, then gaps (a gap is the stronger signal).
  const wants = new Map<string, { ref: Ref; want: Want }>();
  const key = (r: Ref) => `${r.sheet}\u0000${cellOf(r)}`;

  for (const ia of ctx.indicators) {
    for (const ev of ia.results) {
      const k = key(ev.result.ref);
      if (ev.result.period !== 'combined') {
        // A period's own cell shows its own result's colour.
        wants.set(k, { ref: ev.result.ref, want: ev.status === 'none' ? 'clear' : ev.status });
        continue;
      }
      // One cell for several periods (`Resultat T1/T2/år`) shows the indicator's status at the
      // chosen period (the one period rule): uncoloured when its due result is missing.
      const current = ia.current?.result === ev.result ? ia.current : null;
      wants.set(k, { ref: ev.result.ref, want: current && current.status !== 'none' ? current.status : 'clear' });
    }
  }
  for (const b of ctx.budgets) {
    for (const l of b.lines) {
      if (l.isTotal) continue;
      const ref = l.statedRef ?? l.forecastRef;
      wants.set(key(ref), { ref, want: l.status });
    }
  }
  for (const issue of ctx.graph.issues) {
    if (issue.at.sheet) wants.set(key(issue.at), { ref: issue.at, want: 'gap' });
  }

  const out: FillEdit[] = [];
  for (const { ref, want } of wants.values()) {
    const sheet = sheets.get(ref.sheet);
    if (!sheet) continue;
    const cell = getCell(sheet, ref.r, ref.c);
    const fill = cell?.fill?.toUpperCase();
    if (fill && !PALETTE_FILLS.has(fill)) continue; // the user's own colour: keep it
    const font = cell?.font?.toUpperCase();
    const fontIsOurs = !font || PALETTE_FONTS.has(font);
    if (want === 'clear') {
      if (!fill) continue; // nothing of ours to remove
      out.push({ sheet: ref.sheet, cell: cellOf(ref), fill: null, font: font && PALETTE_FONTS.has(font) ? null : undefined });
      continue;
    }
    const p = PALETTE[want];
    if (fill === p.fill && (p.font === undefined || font === p.font || !fontIsOurs)) continue; // already right
    const edit: FillEdit = { sheet: ref.sheet, cell: cellOf(ref), fill: p.fill };
    if (p.font && fontIsOurs) edit.font = p.font;
    else if (!p.font && font && PALETTE_FONTS.has(font)) edit.font = null;
    out.push(edit);
  }
  return out;
}
