/** Names of the generated sheets, and picking one that never clashes with a user's sheet. */
import type { GeneratedSheetKind, Lang } from '../types';

export const SHEET_TITLES: Record<GeneratedSheetKind, Record<Lang, string>> = {
  summary: { sv: 'Sammanställning', en: 'Summary' },
  redthread: { sv: 'Röda tråden', en: 'Red thread' },
  budget: { sv: 'Budgetavvikelser', en: 'Budget deviations' },
  annexes: { sv: 'Bilagor', en: 'Annexes' },
  report: { sv: 'Rapport', en: 'Report' },
  kolada: { sv: 'Kolada', en: 'Kolada' },
};

const EXCEL_MAX_NAME = 31;

/**
 * The base name when it is free or already ours; otherwise `Base (Planark)`, `Base (Planark 2)` …
 * A user's sheet with the same name is never touched (SPEC §6). Comparison is case-insensitive,
 * as Excel's is.
 */
export function pickSheetName(base: string, taken: Set<string>, owned: Set<string>): string {
  const lower = (s: string) => s.toLocaleLowerCase('sv');
  const takenL = new Set([...taken].map(lower));
  const ownedL = new Set([...owned].map(lower));
  for (let i = 0; i < 1000; i++) {
    const suffix = i === 0 ? '' : i === 1 ? ' (Planark)' : ` (Planark ${i})`;
    const name = base.slice(0, EXCEL_MAX_NAME - suffix.length) + suffix;
    if (ownedL.has(lower(name)) || !takenL.has(lower(name))) {
      // Return the owned sheet's exact spelling so the adapter finds it.
      return [...owned].find((o) => lower(o) === lower(name)) ?? name;
    }
  }
  throw new Error(`No free sheet name for ${base}`);
}
