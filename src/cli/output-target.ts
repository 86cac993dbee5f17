/**
 * Where `apply` and `kolada` write, checked before any work is done, so that a refusal leaves every
 * file as it was: the default name keeps the input's kind, an explicit output is never replaced
 * without --force, nor a read-only or hard-linked file.
 */
import type { Lang } from '../engine/types';
import type { CliArgs } from './args';
import { defaultOutput, exists, extensionFits, samePath } from './files';
import { M } from './messages';
import { preflight, removeStaleTemps, resolveTarget } from './replace';

export type OutputTarget = { target: string; otherLinks: number; refused?: undefined } | { target: string; refused: string };

export async function prepareOutput(file: string, kindExt: string, args: Pick<CliArgs, 'inPlace' | 'out' | 'force'>, lang: Lang): Promise<OutputTarget> {
  const m = M[lang];
  const target = args.inPlace ? file : (args.out ?? defaultOutput(file, kindExt));
  if (!args.inPlace && (await samePath(target, file))) return { target, refused: m.outIsInput };
  // Never replace another file by surprise; our own default output may be rewritten.
  if (args.out !== undefined && !args.force && (await exists(target))) return { target, refused: m.outExistsForce };
  // The workbook keeps its kind (.xlsm stays macro-enabled); Excel refuses a file whose name says otherwise.
  if (!args.inPlace && !extensionFits(target, kindExt)) return { target, refused: m.extMismatch(kindExt) };
  const dest = resolveTarget(target);
  // Leftovers of an earlier run that was killed (SIGKILL cannot be caught) go first.
  removeStaleTemps(dest.real);
  const pre = preflight(dest);
  // A read-only file (the input in place, or an earlier output) was made so on purpose.
  if (pre.readOnly && !args.force) return { target, refused: m.readOnly };
  if (pre.otherLinks && !args.force) return { target, refused: m.hardLinks(pre.otherLinks) };
  return { target, otherLinks: pre.otherLinks };
}
