/**
 * Kolada API v3 response shapes, checked with zod (mini, jitless: the pages' CSP forbids eval) so
 * that a changed API gives one clear error instead of a crash deep inside. Each schema accepts
 * what the stored sources document (docs/kolada.md) and nothing looser than Planark needs: where
 * sources disagree (`next_page` or `next_url`; group members as `{id,title}` or
 * `{member_id,member_title}`; `period` as number or string), both forms are accepted.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

const nextLink = z.optional(z.nullable(z.string()));

/** Every list response: `{ values: [...], count, next_page | next_url, previous_… }`. */
export const Envelope = z.looseObject({
  values: z.array(z.unknown()),
  count: z.optional(z.number()),
  next_page: nextLink,
  next_url: nextLink,
});
export type Envelope = z.infer<typeof Envelope>;

export const Kpi = z.looseObject({
  id: z.string(),
  title: z.string(),
  description: z.optional(z.nullable(z.string())),
  municipality_type: z.optional(z.nullable(z.string())),
});

export const Municipality = z.looseObject({
  id: z.string(),
  title: z.string(),
  type: z.optional(z.nullable(z.string())),
});

const Member = z.union([z.looseObject({ id: z.string(), title: z.optional(z.string()) }), z.looseObject({ member_id: z.string(), member_title: z.optional(z.string()) })]);

export const MunicipalityGroup = z.looseObject({
  id: z.string(),
  title: z.string(),
  members: z.array(Member),
});

/** One value of a data row: per gender `T` (total), `K`, `M`; `value` null where Kolada has none. */
export const DataValue = z.looseObject({
  gender: z.optional(z.nullable(z.string())),
  value: z.nullable(z.number()),
  count: z.optional(z.nullable(z.number())),
  status: z.optional(z.nullable(z.string())),
  isdeleted: z.optional(z.nullable(z.union([z.boolean(), z.number()]))),
});

export const DataRow = z.looseObject({
  kpi: z.string(),
  municipality: z.string(),
  period: z.union([z.number(), z.string()]),
  values: z.array(DataValue),
});

export type KpiRow = z.infer<typeof Kpi>;
export type MunicipalityRow = z.infer<typeof Municipality>;
export type GroupRow = z.infer<typeof MunicipalityGroup>;
export type DataRowT = z.infer<typeof DataRow>;

/** `values[3].period: Invalid input` — where a response left the documented shape. */
export function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const i = error.issues[0];
  if (!i) return '';
  const path = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return path ? `${path}: ${i.message}` : i.message;
}

export type Schema<T> = { safeParse(x: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } };
