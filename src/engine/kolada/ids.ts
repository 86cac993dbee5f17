/**
 * Kolada key-figure ids in cell text. An id is `N` or `U` and five digits (`U21468`, `N00945`);
 * Kolada's organisational units (`V15E…`) and groups (`G…`) are other things. In a Kolada column
 * any id standing on its own counts; in an indicator's name or source cell only one written as a
 * reference does — in brackets, `(U21468)`, or after the word Kolada or KPI (`Kolada: U21468`) —
 * so a code that happens to look like one in running text is not taken for a link.
 */

/** An id not glued to other letters or digits. */
const ID = /(?<![\p{L}\p{N}])([NU])(\d{5})(?![\p{L}\p{N}])/giu;
/** `(U21468)`, `( u21468 )`, `[U21468]`. */
const BRACKETED = /[([]\s*([NU]\d{5})\s*[)\]]/giu;
/** `Kolada U21468`, `Kolada-ID: U21468`, `KPI=N00945`, `Kolada nyckeltal U21468`. */
const NAMED = /(?<![\p{L}\p{N}])(?:kolada|kpi)(?:[\s-]*(?:id|nr|nyckeltal|kod))?\s*[:=]?\s*([NU]\d{5})(?![\p{L}\p{N}])/giu;

export const KPI_ID = /^[NU]\d{5}$/;

export function isKpiId(s: string): boolean {
  return KPI_ID.test(s);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids.map((x) => x.toUpperCase()))];
}

/** Every id standing on its own in a Kolada column's cell, in order, each once. */
export function idsInColumnCell(text: string): string[] {
  return unique([...text.matchAll(ID)].map((m) => m[1] + m[2]));
}

/** Ids written as references in running text (a name or source cell), in order, each once. */
export function idsInText(text: string): string[] {
  const hits: { at: number; id: string }[] = [];
  for (const re of [BRACKETED, NAMED]) for (const m of text.matchAll(re)) hits.push({ at: m.index ?? 0, id: m[1] });
  hits.sort((a, b) => a.at - b.at);
  return unique(hits.map((h) => h.id));
}
