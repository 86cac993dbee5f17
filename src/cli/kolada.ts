/**
 * `planark kolada FILE --municipality 0581 [--group G…] [--year 2024] [-o OUT] [--offline]`:
 * fetches the values of the indicators linked to Kolada and writes them into empty result cells
 * (and refreshes values Planark wrote before), with Planark's Kolada sheet naming the source and
 * the day. Reading and writing are guarded as for `apply`; nothing is written unless every fetch
 * succeeded. Exit 0: done; 1: done, but some indicators could not be filled (or none is linked);
 * 2: usage, an unreadable file, a failed fetch, or a failed write.
 */
import { recognizeWorkbook } from '../engine/recognize';
import { koladaRequest, outcomeLine, planKolada, PROBLEM_KINDS } from '../engine/kolada';
import type { Lang } from '../engine/types';
import { NotOwnedError, patchPackage } from '../adapters/xlsx-package';
import { KoladaClient, DEFAULT_BASE_URL } from '../kolada/client';
import { KoladaError } from '../kolada/errors';
import { fetchKoladaData, isoDay } from '../kolada/fetch-data';
import type { CliArgs } from './args';
import { FileError, limitsFor, loadWorkbook, nodeDeflate, type LoadedWorkbook } from './files';
import { defaultCacheDir, DiskCache } from './kolada-cache';
import { KOLADA_M } from './kolada-messages';
import { M } from './messages';
import { prepareOutput } from './output-target';
import { replaceFile, resolveTarget } from './replace';

export interface KoladaIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface KoladaRunOptions {
  /** For tests: the fetch to use, the cache folder, today's date. */
  fetch?: typeof globalThis.fetch;
  cacheDir?: string;
  today?: string;
  timeoutMs?: number;
  backoffMs?: number;
}

export async function koladaCommand(args: CliArgs, io: KoladaIo, ro: KoladaRunOptions = {}): Promise<number> {
  const lang: Lang = args.lang;
  const m = M[lang];
  const k = KOLADA_M[lang];
  const file = args.files[0];
  const fail = (where: string, why: string) => {
    io.err(`planark: ${where}: ${why}`);
    return 2;
  };

  let loaded: LoadedWorkbook;
  try {
    loaded = await loadWorkbook(file, lang, limitsFor(args.maxSizeMb));
  } catch (e) {
    return fail(file, e instanceof FileError ? e.message : m.analyzeFailed);
  }
  const { pkg, input } = loaded;
  const output = await prepareOutput(file, pkg.kind.ext, args, lang);
  if (output.refused !== undefined) return fail(output.target, output.refused);
  const { target, otherLinks } = output;

  const { model } = recognizeWorkbook(input);
  const request = koladaRequest(input, model, args.year);
  if (request.kpis.length === 0) {
    io.err(`planark: ${file}: ${k.noLinks}`);
    return 1;
  }

  const client = new KoladaClient({
    baseUrl: args.koladaUrl ?? DEFAULT_BASE_URL,
    lang,
    cache: new DiskCache(ro.cacheDir ?? defaultCacheDir()),
    offline: args.offline === true,
    ...(ro.fetch ? { fetch: ro.fetch } : {}),
    ...(ro.timeoutMs ? { timeoutMs: ro.timeoutMs } : {}),
    ...(ro.backoffMs !== undefined ? { backoffMs: ro.backoffMs } : {}),
  });
  const today = ro.today ?? isoDay(Date.now());
  io.err(k.fetching(request.kpis.length, args.municipality!));
  let data;
  try {
    data = await fetchKoladaData(client, { municipality: args.municipality!, ...(args.group ? { group: args.group } : {}), kpis: request.kpis, years: request.years, today });
  } catch (e) {
    if (e instanceof KoladaError) return fail(file, e.message);
    throw e;
  }

  const plan = planKolada(input, model, data, { lang, ...(args.year !== undefined ? { year: args.year } : {}) });
  let bytes: Uint8Array;
  try {
    bytes = patchPackage(pkg, plan.edits, nodeDeflate).bytes;
  } catch (e) {
    return fail(file, e instanceof NotOwnedError ? m.notOwned(e.sheet) : m.analyzeFailed);
  }
  try {
    await replaceFile(resolveTarget(target), bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return fail(target, m.writeFailed(m.writeWhy[code] ?? (code || m.unknownError)));
  }
  if (otherLinks) io.err(`planark: ${target}: ${m.hardLinksWarning(otherLinks)}`);

  io.out(m.wrote(target));
  for (const o of plan.outcomes) io.out(`  ${outcomeLine(o, lang)}`);
  const counts: Record<string, number> = {};
  for (const o of plan.outcomes) {
    const key = PROBLEM_KINDS.has(o.kind) ? 'problems' : o.kind;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  io.out(k.summary(counts, plan.edits.sheets[0].name, data.fetchedOn));
  if (plan.edits.values?.length) io.out(k.then);
  return counts.problems ? 1 : 0;
}
