/** Stored column-mapping corrections: the schema they are read back with (settings.ts has the key). */
// zod's smallest form (zod/mini: functions, not methods) so the pane and the ribbon command
// carry only the validators they use.
import * as z from 'zod/mini';
import type { MappingOverride } from '../../engine/types';

// No code generation: the pages' Content-Security-Policy has no 'unsafe-eval', so zod validates
// without compiling its schemas to functions (and without first probing whether it may).
z.config({ jitless: true });

const mappingSchema = z.object({
  sheet: z.string().check(z.minLength(1)),
  headerRow: z.int().check(z.minimum(0)),
  firstCol: z.optional(z.int().check(z.minimum(0))),
  kind: z.optional(z.string()),
  // JSON turns numeric keys into strings; accept both and hand the engine numbers.
  columns: z.record(z.string().check(z.regex(/^\d+$/)), z.string()),
});
export const mappingsSchema = z.array(mappingSchema);

/** Parses a stored value; null when it is not a valid mapping list (caller warns and ignores). */
export function parseMappings(raw: unknown): MappingOverride[] | null {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (data === undefined || data === null) return [];
  const r = mappingsSchema.safeParse(data);
  if (!r.success) return null;
  return r.data.map((m) => {
    const columns: Record<number, string> = {};
    for (const [k, v] of Object.entries(m.columns)) columns[Number(k)] = v;
    const out: MappingOverride = { sheet: m.sheet, headerRow: m.headerRow, columns };
    if (m.kind !== undefined) out.kind = m.kind;
    if (m.firstCol !== undefined) out.firstCol = m.firstCol;
    return out;
  });
}
