/** Helpers for CLI tests: temp dirs, workbooks built with ExcelJS, running the real binary. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { z } from 'zod';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** PLANARK_BIN points the tests at another build (e.g. one made against a stub engine). */
export const BIN = process.env.PLANARK_BIN || path.join(ROOT, 'bin', 'planark.js');

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'planark-cli-'));
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function planark(args: string[], cwd = ROOT): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PLANARK_DEBUG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<string> {
  writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function solidFill(c: ExcelJS.Cell): string | undefined {
  const f = c.fill as ExcelJS.FillPattern | undefined;
  return f && f.type === 'pattern' && f.pattern === 'solid' ? f.fgColor?.argb : undefined;
}

const IND_HEADERS = ['Mål', 'Indikator', 'Aktiviteter', 'Prestationer – det som ska mätas', 'Hur ofta det ska mätas', 'Ansvarig för genomförande', 'Ansvarig för rapportering', 'Resultat T1', 'Resultat T2', 'Resultat år'];

/**
 * Seed 002's Kommunfullmäktiges indikatorer with results: D2's year 81 is yellow against
 * `Grön 82 Gul 76`; J4 holds `#DIV/0!` (result.unparseable, an error).
 */
export function indicatorWorkbook(opts: { divZero?: boolean } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kommunfullmäktiges indikatorer');
  ws.addRow(IND_HEADERS);
  ws.addRow(['Välfärd och välbefinnande genom livet', 'Helhetssyn särskilt boende', 'Särskilt fokus på att förbättra -personalens kompetens -aktiviteter', 'Grön 82 Gul 76', 'Årligen', 'Enhetschefer särskilt boende', 'Handläggare', null, null, 81]);
  ws.addRow(['', 'Helhetssyn hemtjänst', 'Särskilt fokus på -ensamhet -fast vårdkontakt', 'Grön 95 Gul 91', 'Årligen', 'Enhetschef hemtjänst', 'Handläggare', null, null, 96]);
  ws.addRow(['Hållbar och effektiv organisation', 'Sjukfrånvaro', 'Hållbara scheman Följa rutiner för upprepad korttidsfrånvaro Motivera till vaccination', 'Grön 6,5 Gul 7', 'Månatlig', 'Respektive chef i omsorgen', 'HR', 6.2, 7.4, 6.4]);
  if (opts.divZero) ws.getCell('J4').value = { formula: 'K4/L4', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  return wb;
}

// SPEC §8 JSON report.
const status = z.enum(['green', 'yellow', 'red', 'none']);
const period = z.enum(['q1', 't1', 't2', 'year', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);
export const ReportSchema = z.object({
  version: z.literal(1),
  files: z.array(
    z.object({
      file: z.string(),
      sheets: z.array(z.object({ name: z.string(), kind: z.string() })),
      findings: z.array(z.object({ code: z.string(), severity: z.enum(['error', 'warning', 'info']), sheet: z.string(), cell: z.string(), message: z.string().min(1) })),
      indicators: z.array(
        z.object({
          sheet: z.string(),
          row: z.number().int().positive(),
          name: z.string(),
          goal: z.string().nullable(),
          direction: z.enum(['higher', 'lower', 'yes-no', 'change', 'rank', 'segments']).nullable(),
          results: z.array(z.object({ cell: z.string().regex(/^[A-Z]+\d+$/), period, value: z.union([z.number(), z.string(), z.null()]), status, reason: z.string() }).strict()),
        }),
      ),
      goals: z.array(
        z.object({
          id: z.string().nullable(),
          level: z.string().nullable(),
          text: z.string(),
          parent: z.string().nullable(),
          counts: z.object({ green: z.number(), yellow: z.number(), red: z.number(), missing: z.number() }),
          assessment: z.enum(['met', 'partly', 'not-met', 'not-assessed']),
        }).strict(),
      ),
      budget: z.array(
        z.object({
          sheet: z.string(),
          row: z.number().int().positive(),
          key: z.string(),
          budget: z.number(),
          forecast: z.number(),
          deviation: z.number(),
          deviationShare: z.number().nullable(),
          status,
        }),
      ),
    }),
  ),
});
export type ReportJson = z.infer<typeof ReportSchema>;
