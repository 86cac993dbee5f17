/**
 * A municipality's position among others on one key figure: 1 is best, ties share the better
 * position (values 9, 8, 8, 7 rank 1, 2, 2, 4), and the field is every member with a value —
 * municipalities without a value for the year are not counted (Kolada's own lists leave them out).
 */
import type { RankInfo } from './types';

export type Better = 'higher' | 'lower';

/**
 * Rank of `id` among `members` (default: everyone in `values`); the municipality itself always
 * counts. Null when it has no value of its own.
 */
export function rankOf(values: Readonly<Record<string, number>>, id: string, better: Better, members?: Iterable<string>): RankInfo | null {
  const own = values[id];
  if (!Number.isFinite(own)) return null;
  const field = new Set(members ?? Object.keys(values));
  field.add(id);
  let ahead = 0;
  let of = 0;
  for (const m of field) {
    const v = values[m];
    if (!Number.isFinite(v)) continue;
    of++;
    if (better === 'higher' ? v > own : v < own) ahead++;
  }
  return { position: ahead + 1, of };
}

/** The position as Planark writes it into a result cell, read back by the rank thresholds. */
export function positionText(r: RankInfo, lang: 'sv' | 'en'): string {
  return lang === 'sv' ? `plats ${r.position} av ${r.of}` : `rank ${r.position} of ${r.of}`;
}
