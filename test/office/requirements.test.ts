/**
 * The table of Office.js calls and their requirement sets (src/adapters/office/requirements.ts)
 * checked against Microsoft's own typings (@types/office-js, generated from the API reference),
 * and against the adapter's code: every call of a set above 1.3 that the code makes is listed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_USES } from '../../src/adapters/office/requirements';

const root = join(import.meta.dirname, '..', '..');
const dts = readFileSync(join(root, 'node_modules/@types/office-js/index.d.ts'), 'utf8').split('\n');

/** `Class.member` → API set, from the JSDoc above each member of the Excel namespace. */
function excelApiSets(): Map<string, string> {
  const out = new Map<string, string>();
  const start = dts.findIndex((l) => /^declare namespace Excel \{/.test(l));
  let cls: string | null = null;
  let doc: string[] = [];
  for (let i = start + 1; i < dts.length; i++) {
    const l = dts[i];
    if (/^declare namespace /.test(l)) break;
    const c = /^ {4}(?:export )?(?:class|interface) (\w+)/.exec(l);
    if (c) {
      cls = c[1];
      doc = [];
      continue;
    }
    if (/^ {8}\/\*\*/.test(l)) doc = [];
    if (/^ {8}(\/\*\*| \*)/.test(l)) {
      doc.push(l);
      continue;
    }
    const m = /^ {8}(?:readonly )?(\w+)[?(:<]/.exec(l);
    if (m && cls) {
      const key = `${cls}.${m[1]}`;
      // No set named: part of every Excel that runs add-ins (1.1).
      const set = /\[Api set: (ExcelApi \d+\.\d+)/.exec(doc.join(' '))?.[1] ?? 'ExcelApi 1.1';
      if (!out.has(key)) out.set(key, set);
      doc = [];
    }
  }
  return out;
}
const sets = excelApiSets();

describe('requirement sets', () => {
  it.each(API_USES.map((u) => [u.api, u.version]))('%s is ExcelApi %s in the typings', (api, version) => {
    expect(sets.get(api)).toBe(`ExcelApi ${version}`);
  });

  it('lists every newer call the Office adapter makes', () => {
    const dir = join(root, 'src/adapters/office');
    const code = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))
      .join('\n');
    const used = new Set([...code.matchAll(/\.(\w+)(?=\s*(?:\(|=[^=>]|\.))/g)].map((m) => m[1]));
    // A member that exists in Excel only in sets above 1.3 is a call the manifest must allow.
    const minSet = new Map<string, number>();
    for (const [key, set] of sets) {
      const member = key.split('.')[1];
      const v = Number(set.split('.')[1]);
      minSet.set(member, Math.min(minSet.get(member) ?? Infinity, v));
    }
    const listed = new Set(API_USES.map((u) => u.api.split('.')[1]));
    // Members the adapter's own objects have, and OfficeExtension's handler `remove`, are no Excel calls.
    const own = new Set(['layout', 'state', 'settings', 'remove']);
    const missing = [...used].filter((m) => (minSet.get(m) ?? 0) > 3 && !listed.has(m) && !own.has(m));
    expect(missing).toEqual([]);
    // And the check has teeth: the calls the table is about are found in the code.
    for (const m of ['getCellProperties', 'getRanges', 'enableEvents', 'getFirst', 'getNextOrNullObject', 'getUsedRangeOrNullObject']) expect(used.has(m), m).toBe(true);
  });
});
