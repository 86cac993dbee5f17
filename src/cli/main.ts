/**
 * `planark`: the engine on .xlsx files, for batch work and CI (SPEC §8).
 * Exit codes: 0 no error finding, 1 error findings, 2 unreadable file or wrong usage.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { FileReport, Lang, Report, WorkbookInput } from '../engine/types';
import { analyze, planEdits, resolveOptions } from '../engine/analyze';
import { buildReportDocument } from '../engine/document/build';
import { assemble, type AssembleUnit } from '../engine/annex/assemble';
import { sortFindings } from '../engine/rules';
import { writeGeneratedSheet } from '../adapters/exceljs/write';
import { buildTemplate } from '../adapters/exceljs/template';
import { NotOwnedError, patchPackage } from '../adapters/xlsx-package';
import { parseCli, sniffLang, UsageError, type CliArgs } from './args';
import { defaultReportOutput, exists, FileError, limitsFor, loadWorkbook, newWorkbook, nodeDeflate, samePath, type LoadedWorkbook } from './files';
import { M } from './messages';
import { prepareOutput } from './output-target';
import { printFile, totalsLine, type CheckedFile } from './print';
import { countStatuses, type GoalCounts } from '../engine/rollup';
import { installSignalCleanup, replaceFile, resolveTarget } from './replace';
import { safeText } from './terminal';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Set when the reader of stdout went away (`planark check … | head`): the rest is dropped quietly. */
let stdoutClosed = false;

const defaultIo: Io = {
  out: (l) => {
    if (!stdoutClosed) process.stdout.write(`${safeText(l)}\n`);
  },
  err: (l) => process.stderr.write(`${safeText(l)}\n`),
};

/** A one-line reason: ours as it is; anything else is an internal error whose text is not for users. */
function reason(e: unknown, lang: Lang): string {
  if (e instanceof FileError) return e.message;
  return M[lang].analyzeFailed;
}

function debug(io: Io, e: unknown): void {
  if (process.env.PLANARK_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
}

async function checkOne(file: string, args: CliArgs, io: Io): Promise<CheckedFile> {
  let input: WorkbookInput;
  try {
    input = (await loadWorkbook(file, args.lang, limitsFor(args.maxSizeMb), false)).input;
  } catch (e) {
    debug(io, e);
    return { file, error: reason(e, args.lang) };
  }
  try {
    const a = analyze(input, { lang: args.lang, period: args.period });
    const report: FileReport = { file, ...a.report, findings: sortFindings(a.report.findings, input.sheets.map((s) => s.name)) };
    const indicatorCounts: Record<string, GoalCounts> = {};
    for (const sheet of new Set(a.indicators.map((i) => i.indicator.sheet)))
      indicatorCounts[sheet] = countStatuses(a.indicators.filter((i) => i.indicator.sheet === sheet));
    return { file, report, tables: a.model.tables, indicatorCounts, period: a.options.period };
  } catch (e) {
    debug(io, e);
    return { file, error: M[args.lang].analyzeFailed };
  }
}

/** A report entry for a file that could not be read, so `--json` still lists every file. */
function unreadableReport(cf: CheckedFile, lang: Lang): FileReport {
  return {
    file: cf.file,
    sheets: [],
    findings: [{ code: 'sheet.unreadable', severity: 'error', sheet: '', cell: '', message: M[lang].unreadableFinding(cf.error ?? '') }],
    indicators: [],
    goals: [],
    budget: [],
  };
}

async function check(args: CliArgs, io: Io): Promise<number> {
  const results: CheckedFile[] = [];
  for (const f of args.files) results.push(await checkOne(f, args, io));
  for (const r of results) if (r.error) io.err(`planark: ${r.file}: ${r.error}`);
  if (args.json) {
    const report: Report = { version: 1, files: results.map((r) => r.report ?? unreadableReport(r, args.lang)) };
    io.out(JSON.stringify(report, null, 2));
  } else {
    for (const r of results) {
      if (!r.report) continue;
      for (const line of printFile(r, args.lang)) io.out(line);
      io.out('');
    }
    io.out(totalsLine(results, args.lang));
  }
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.report?.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

async function apply(args: CliArgs, io: Io): Promise<number> {
  const m = M[args.lang];
  const file = args.files[0];
  const fail = (where: string, why: string) => {
    io.err(`planark: ${where}: ${why}`);
    return 2;
  };
  let loaded: LoadedWorkbook;
  try {
    loaded = await loadWorkbook(file, args.lang, limitsFor(args.maxSizeMb));
  } catch (e) {
    debug(io, e);
    return fail(file, reason(e, args.lang));
  }
  const { pkg, input } = loaded;
  const output = await prepareOutput(file, pkg.kind.ext, args, args.lang);
  if (output.refused !== undefined) return fail(output.target, output.refused);
  const { target, otherLinks } = output;
  let bytes: Uint8Array;
  let summary: string;
  try {
    const a = analyze(input, { lang: args.lang, period: args.period });
    const edits = planEdits(a);
    bytes = patchPackage(pkg, edits, nodeDeflate).bytes;
    const n = (s: string) => a.findings.filter((f) => f.severity === s).length;
    summary = m.applySummary(edits.fills.length, edits.sheets.map((s) => s.name), n('error'), n('warning'));
  } catch (e) {
    debug(io, e);
    return fail(file, e instanceof NotOwnedError ? m.notOwned(e.sheet) : reason(e, args.lang));
  }
  if (!(await writeOrReport(target, bytes, args.lang, io))) return 2;
  if (otherLinks) io.err(`planark: ${target}: ${m.hardLinksWarning(otherLinks)}`);
  io.out(m.wrote(target));
  io.out(summary);
  return 0;
}

/** Writes a file safely (see replace.ts); on failure reports one line and returns false. */
async function writeOrReport(target: string, bytes: Uint8Array, lang: Lang, io: Io): Promise<boolean> {
  try {
    await replaceFile(resolveTarget(target), bytes);
    return true;
  } catch (e) {
    debug(io, e);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    io.err(`planark: ${target}: ${M[lang].writeFailed(M[lang].writeWhy[code] ?? (code || M[lang].unknownError))}`);
    return false;
  }
}

/** ExcelJS writes plain .xlsx packages: a macro or template name would make Excel refuse the file. */
function newWorkbookNameFits(target: string): boolean {
  return !/\.(xlsm|xltx|xltm)$/i.test(target);
}

async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function template(args: CliArgs, io: Io): Promise<number> {
  const m = M[args.lang];
  const target = args.out!;
  if (await exists(target)) {
    io.err(`planark: ${target}: ${m.outExists}`);
    return 2;
  }
  if (!newWorkbookNameFits(target)) {
    io.err(`planark: ${target}: ${m.extMismatch('.xlsx')}`);
    return 2;
  }
  if (!(await writeOrReport(target, await workbookBytes(buildTemplate(await newWorkbook(), args.lang)), args.lang, io))) return 2;
  io.out(m.templateDone(target));
  return 0;
}

/**
 * Annexes and budget lines from many workbooks into one new workbook (engine: annex/assemble).
 * An unreadable input is reported and skipped; the rest is still assembled, and the exit is 2.
 */
async function assembleCmd(args: CliArgs, io: Io): Promise<number> {
  const m = M[args.lang];
  const target = args.out!;
  for (const f of args.files) {
    if (await samePath(target, f)) {
      io.err(`planark: ${target}: ${m.outIsInput}`);
      return 2;
    }
  }
  if (!args.force && (await exists(target))) {
    io.err(`planark: ${target}: ${m.outExistsForce}`);
    return 2;
  }
  if (!newWorkbookNameFits(target)) {
    io.err(`planark: ${target}: ${m.extMismatch('.xlsx')}`);
    return 2;
  }
  const units: AssembleUnit[] = [];
  let bad = 0;
  for (const file of args.files) {
    try {
      const { input } = await loadWorkbook(file, args.lang, limitsFor(args.maxSizeMb), false);
      const a = analyze(input, { lang: args.lang, period: args.period });
      units.push({ file: path.basename(file), input, model: a.model, budgets: a.budgets, annexes: a.annexes });
    } catch (e) {
      debug(io, e);
      io.err(`planark: ${file}: ${reason(e, args.lang)}`);
      bad++;
    }
  }
  // Nothing read, nothing to assemble: an empty workbook would only look like a result.
  if (units.length === 0) {
    io.err(`planark: ${target}: ${m.noInputs}`);
    return 2;
  }
  let names: string[];
  const wb = await newWorkbook();
  try {
    const sheets = assemble(units, resolveOptions({ lang: args.lang, period: args.period }));
    for (const g of sheets) writeGeneratedSheet(wb, g);
    if (wb.worksheets.length === 0) wb.addWorksheet(m.emptySheet);
    names = sheets.map((g) => g.name);
  } catch (e) {
    debug(io, e);
    io.err(`planark: ${target}: ${reason(e, args.lang)}`);
    return 2;
  }
  if (!(await writeOrReport(target, await workbookBytes(wb), args.lang, io))) return 2;
  io.out(m.wrote(target));
  io.out(m.assembleSummary(units.length, names));
  return bad ? 2 : 0;
}

/** Today as yyyy-mm-dd in local time: the date on the report's title page. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The delårsrapport / verksamhetsberättelse as a Word document (SPEC §6, §8). Read through the same
 * guard as check and apply; an existing file is never replaced without --force, the default name
 * included (a report may have been edited by hand since).
 */
async function reportCmd(args: CliArgs, io: Io): Promise<number> {
  const m = M[args.lang];
  const file = args.files[0];
  const period = args.period ?? 'year';
  const target = args.out ?? defaultReportOutput(file, period, args.lang);
  const fail = (where: string, why: string) => {
    io.err(`planark: ${where}: ${why}`);
    return 2;
  };
  let input: WorkbookInput;
  try {
    input = (await loadWorkbook(file, args.lang, limitsFor(args.maxSizeMb), false)).input;
  } catch (e) {
    debug(io, e);
    return fail(file, reason(e, args.lang));
  }
  if (await samePath(target, file)) return fail(target, m.outIsInput);
  if (!args.force && (await exists(target))) return fail(target, m.reportOutExists);
  let bytes: Uint8Array;
  let lines: string[];
  try {
    const a = analyze(input, { lang: args.lang, period });
    const doc = buildReportDocument(a, { date: today(), namnd: args.namnd ?? null });
    // Loaded only now: the Word writer is not needed by any other command.
    const { renderDocx } = await import('../report/docx');
    bytes = await renderDocx(doc);
    const red = a.budgets.reduce((n, b) => n + b.lines.filter((l) => !l.isTotal && l.status === 'red').length, 0);
    lines = [m.reportDone(doc.title, doc.namnd, a.graph.nodes.length, a.indicators.length, red), m.namndFrom[doc.namndSource ?? 'none']];
  } catch (e) {
    debug(io, e);
    return fail(file, reason(e, args.lang));
  }
  if (!(await writeOrReport(target, bytes, args.lang, io))) return 2;
  io.out(m.wrote(target));
  for (const l of lines) io.out(l);
  return 0;
}

/** Runs the CLI and returns the exit code (no process.exit here, so tests can call it). */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`planark: ${e.message}`);
      return 2;
    }
    throw e;
  }
  try {
    switch (args.command) {
      case 'help':
        io.out(M[args.lang].usage);
        return 0;
      case 'check':
        return await check(args, io);
      case 'apply':
        return await apply(args, io);
      case 'template':
        return await template(args, io);
      case 'assemble':
        return await assembleCmd(args, io);
      case 'report':
        return await reportCmd(args, io);
      case 'kolada': {
        // Loaded on use: its schemas (zod) cost every other command ~5 % of a 10 000-row check.
        const { koladaCommand } = await import('./kolada');
        return await koladaCommand(args, io);
      }
    }
  } catch (e) {
    debug(io, e);
    io.err(`planark: ${reason(e, args.lang)}`);
    return 2;
  }
}

/** Entry used by bin/planark.js. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const lang = sniffLang(argv);
  installSignalCleanup();
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader closed the pipe (`| head`): stop writing, finish quietly.
    if (e.code === 'EPIPE') stdoutClosed = true;
    else throw e;
  });
  try {
    process.exitCode = await run(argv);
  } catch (e) {
    if (process.env.PLANARK_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    process.stderr.write(`planark: ${M[lang].unexpected}\n`);
    process.exitCode = 2;
  }
}
