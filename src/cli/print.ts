/** The human-readable report of `planark check`. */
import type { FileReport, Lang, Period, Status } from '../engine/types';
import type { RecognizedTable } from '../engine/model';
import type { GoalCounts } from '../engine/rollup';
import { KIND_WORD, M, SEVERITY_WORD } from './messages';
import { safeLine } from './terminal';

export interface CheckedFile {
  file: string;
  report?: FileReport;
  tables?: RecognizedTable[];
  /** One-line reason when the file could not be read. */
  error?: string;
  /** Per sheet, its indicators' statuses at the chosen period (the one period rule, SPEC §6). */
  indicatorCounts?: Record<string, GoalCounts>;
  period?: Period;
}

function statusCounts(statuses: Status[]): Record<Status, number> {
  const c: Record<Status, number> = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const s of statuses) c[s]++;
  return c;
}

export function findingLine(f: FileReport['findings'][number], lang: Lang): string {
  const where = f.sheet ? `${f.sheet}!${f.cell}` : f.cell || '-';
  // Sheet names and messages quote users' cells: one finding stays one line, with no control characters.
  return safeLine(`  ${where}  [${SEVERITY_WORD[lang][f.severity]}]  ${f.code}  ${f.message}`);
}

export function printFile(cf: CheckedFile, lang: Lang): string[] {
  const m = M[lang];
  const out = [safeLine(cf.file)];
  const r = cf.report;
  if (!r) return out;
  for (const s of r.sheets) {
    const tables = (cf.tables ?? []).filter((t) => t.sheet === s.name);
    const kinds = tables.length
      ? tables.map((t) => m.table(KIND_WORD[lang][t.kind] ?? t.kind, t.id.slice(t.id.lastIndexOf('!') + 1))).join(', ')
      : (KIND_WORD[lang][s.kind] ?? s.kind);
    let line = m.sheetLine(s.name, kinds);
    // Indicators are counted once each, by their status at the chosen period, as the goals'
    // counts and the pane count them; budget lines by their deviation's colour.
    const ic = cf.indicatorCounts?.[s.name];
    if (ic && cf.period) line += ` · ${m.indicatorCounts(ic, cf.period)}`;
    const lines = r.budget.filter((b) => b.sheet === s.name).map((b) => b.status);
    if (lines.length) {
      const c = statusCounts(lines);
      line += ` · ${m.budgetCounts(lines.length, c.green, c.yellow, c.red, c.none)}`;
    }
    out.push(safeLine(line));
  }
  // Silence must never read as "all is well": say so when no table was recognised.
  if (r.findings.some((f) => f.code === 'workbook.no-tables')) out.push(m.nothingChecked);
  // The engine's report is already sorted with sortFindings (sheet order, row, column, code).
  else if (r.findings.length === 0) out.push(m.noFindings);
  for (const f of r.findings) out.push(findingLine(f, lang));
  return out;
}

export function totalsLine(files: CheckedFile[], lang: Lang): string {
  const all = files.flatMap((f) => f.report?.findings ?? []);
  const n = (s: string) => all.filter((f) => f.severity === s).length;
  return M[lang].totals(files.length, n('error'), n('warning'), n('info'), files.filter((f) => f.error).length);
}
