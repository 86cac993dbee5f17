/** Command-line parsing with node:util parseArgs (no extra dependency). */
import { parseArgs } from 'node:util';
import type { Lang, Period } from '../engine/types';
import { parsePeriodArg } from '../engine/periods';
import { M } from './messages';
import { KOLADA_USAGE } from './kolada-messages';

export type Command = 'check' | 'apply' | 'template' | 'assemble' | 'report' | 'kolada' | 'help';

export interface CliArgs {
  command: Command;
  files: string[];
  json: boolean;
  period?: Period;
  lang: Lang;
  out?: string;
  inPlace: boolean;
  /** Overwrite an existing `-o` target; replace a read-only or hard-linked file in place. */
  force?: boolean;
  /** Largest unpacked size of an input, in MB (zip-bomb guard). */
  maxSizeMb?: number;
  /** `report`: the nämnd's name, when the workbook does not say it (or says it otherwise). */
  namnd?: string;
  /** `kolada`: municipality id, comparison group, year, cache only, API base URL. */
  municipality?: string;
  group?: string;
  year?: number;
  offline?: boolean;
  koladaUrl?: string;
}

export class UsageError extends Error {}

/** Language as early as possible, so even a usage error speaks the user's language. */
export function sniffLang(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'sv';
  const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'sv';
}

export function parseCli(argv: string[]): CliArgs {
  const lang0 = sniffLang(argv);
  const m = M[lang0];
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        period: { type: 'string' },
        lang: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'in-place': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'max-size': { type: 'string' },
        namnd: { type: 'string' },
        municipality: { type: 'string' },
        group: { type: 'string' },
        year: { type: 'string' },
        offline: { type: 'boolean', default: false },
        'kolada-url': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(m.badArgs((e as Error).message));
  }
  const { values, positionals } = parsed;
  const [cmd, ...files] = positionals;
  if (values.help || cmd === undefined || cmd === 'help') return { command: 'help', files: [], json: false, lang: lang0, inPlace: false };
  if (cmd !== 'check' && cmd !== 'apply' && cmd !== 'template' && cmd !== 'assemble' && cmd !== 'report' && cmd !== 'kolada') throw new UsageError(m.unknownCommand(cmd));
  let lang: Lang = 'sv';
  if (values.lang !== undefined) {
    if (values.lang !== 'sv' && values.lang !== 'en') throw new UsageError(m.badLang(values.lang));
    lang = values.lang;
  }
  let period: Period | undefined;
  if (values.period !== undefined) {
    const p = parsePeriodArg(values.period);
    if (!p) throw new UsageError(M[lang].badPeriod(values.period));
    period = p;
  }
  const ml = M[lang];
  let maxSizeMb: number | undefined;
  if (values['max-size'] !== undefined) {
    maxSizeMb = Number(values['max-size'].replace(',', '.'));
    if (!Number.isFinite(maxSizeMb) || maxSizeMb <= 0) throw new UsageError(ml.badMaxSize(values['max-size']));
  }
  const args: CliArgs = { command: cmd, files, json: values.json, period, lang, out: values.output, inPlace: values['in-place'], force: values.force, maxSizeMb };
  if (values.namnd !== undefined) {
    if (cmd !== 'report') throw new UsageError(ml.onlyReport('--namnd'));
    if (values.namnd.trim() === '') throw new UsageError(ml.emptyNamnd);
    args.namnd = values.namnd.trim();
  }
  if ((cmd === 'check' || cmd === 'assemble') && files.length === 0) throw new UsageError(ml.noFiles);
  if (cmd === 'apply' && files.length !== 1) throw new UsageError(ml.oneFile);
  if (cmd === 'report' && files.length !== 1) throw new UsageError(ml.oneFileReport);
  if (cmd === 'report' && args.inPlace) throw new UsageError(ml.badArgs('--in-place'));
  if (cmd === 'report' && args.out !== undefined && !/\.docx$/i.test(args.out)) throw new UsageError(ml.needDocx);
  if (cmd === 'apply' && args.inPlace && args.out !== undefined) throw new UsageError(ml.inPlaceWithOut);
  if ((cmd === 'template' || cmd === 'assemble') && !args.out) throw new UsageError(ml.needOut);
  if (cmd === 'kolada') Object.assign(args, koladaArgs(values, files, args, lang));
  else noKoladaOptions(values, lang);
  if (cmd === 'template' && files.length) throw new UsageError(ml.badArgs(files.join(' ')));
  return args;
}

/** Kolada's options on another command would be silently ignored: say so instead. */
function noKoladaOptions(values: Record<string, string | boolean | undefined>, lang: Lang): void {
  const given = ['municipality', 'group', 'year', 'offline', 'kolada-url'].find((o) => values[o] !== undefined && values[o] !== false);
  if (given) throw new UsageError(KOLADA_USAGE[lang].onlyKolada(`--${given}`));
}

/** `planark kolada FILE --municipality 0581 [--group G…] [--year 2024] [--offline] [--kolada-url URL]`. */
function koladaArgs(
  values: { municipality?: string; group?: string; year?: string; offline?: boolean; 'kolada-url'?: string },
  files: string[],
  args: CliArgs,
  lang: Lang,
): Partial<CliArgs> {
  const k = KOLADA_USAGE[lang];
  if (files.length !== 1) throw new UsageError(k.oneFile);
  if (args.inPlace && args.out !== undefined) throw new UsageError(M[lang].inPlaceWithOut);
  const municipality = values.municipality?.trim();
  if (!municipality) throw new UsageError(k.needMunicipality);
  if (!/^\d{4}$/.test(municipality)) throw new UsageError(k.badMunicipality(municipality));
  const group = values.group?.trim();
  if (group !== undefined && !/^G\d+$/i.test(group)) throw new UsageError(k.badGroup(group));
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year.trim());
    if (!/^\d{4}$/.test(values.year.trim()) || year < 1970 || year > 2100) throw new UsageError(k.badYear(values.year));
  }
  const koladaUrl = values['kolada-url'] ?? process.env.PLANARK_KOLADA_URL;
  if (koladaUrl !== undefined && !/^https?:\/\/[^/\s]+/i.test(koladaUrl)) throw new UsageError(k.badUrl(koladaUrl));
  return { municipality, ...(group ? { group: group.toUpperCase() } : {}), ...(year !== undefined ? { year } : {}), offline: values.offline === true, ...(koladaUrl ? { koladaUrl } : {}) };
}
