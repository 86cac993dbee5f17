/** Stored column-mapping corrections: the document-settings key and the schema read back with. */
import { z } from 'zod';
import type { MappingOverride } from '../../engine/types';

export const MAPPINGS_KEY = 'planark.mappings';

// No code generation: the pages' Content-Security-Policy has no 'unsafe-eval', so zod validates
// without compiling its schemas to functions (and without first probing whether it may).
z.config({ jitless: true });

const mappingSchema = z.object({
  sheet: z.string().min(1),
  headerRow: z.number().int().min(0),
  firstCol: z.number().int().min(0).optional(),
  kind: z.string().optional(),
  // JSON turns numeric keys into strings; accept both and hand the engine numbers.
  columns: z.record(z.string().regex(/^\d+$/), z.string()),
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
