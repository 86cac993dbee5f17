/**
 * Bad input for check, apply and assemble (issue 8): each is refused with one line in the user's
 * language and exit 2 — no stack trace, no JavaScript internals, no temporary file names — and no
 * file changes or appears. Also: control characters from cells never reach the terminal, and
 * `planark check … | head` ends quietly.
 */
import { execSync, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, planark, ROOT, sha256, tempDir } from '../cli/helpers';
import { docxLike, inlineRow, miniWorkbook } from './raw';

beforeAll(() => {
  if (!process.env.PLANARK_BIN) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}, 130_000);

const HEADER = inlineRow(1, ['Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Resultat år']);
const ROW = inlineRow(2, ['Välfärd och välbefinnande genom livet', 'Helhetssyn särskilt boende', 'Grön 82 Gul 76', 84]);
/** 16 MB of blanks between rows: valid XML that deflate packs about 1 000 times. Built once. */
let blanks: Uint8Array | undefined;
const BLANKS = () => (blanks ??= strToU8(' '.repeat(16 * 1024 * 1024)));
const once = <T,>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= f());
};
const packed = once(() => miniWorkbook({ sheetData: HEADER + ROW, padSheet: BLANKS() }));

const TOO_LARGE_SV = 'filen packas upp till mer än 500 MB och öppnas inte (skydd mot zip-bomber); är den äkta, höj gränsen med --max-size';
const missing = (part: string) => `arbetsboken saknar delen ${part} som bladet "Blad1" behöver; öppna den i Excel och spara den igen`;

const CASES: [string, () => Uint8Array, string][] = [
  ['a zip bomb that declares 3 GB', () => miniWorkbook({ sheetData: HEADER + ROW, sheetDeclaredSize: 3_000_000_000 }), TOO_LARGE_SV],
  ['a zip bomb whose header lies (declares 2 kB, holds 16 MB)', () => miniWorkbook({ sheetData: HEADER + ROW, padSheet: BLANKS(), sheetDeclaredSize: 2_000 }), TOO_LARGE_SV],
  ['a 16 MB part packed 1 000× (under the size limit)', packed, TOO_LARGE_SV],
  ['a zip that is a Word document', docxLike, 'en zip-fil men ingen Excel-arbetsbok (spara som Excel-arbetsbok .xlsx)'],
  ['a sheet indexing shared strings with no sharedStrings.xml', () => miniWorkbook({ sheetData: '<row r="1"><c r="A1" t="s"><v>10</v></c><c r="B1" t="s"><v>11</v></c></row>' }), missing('xl/sharedStrings.xml')],
  ['a workbook whose sheet part is missing', () => miniWorkbook({ sheetData: '', dropSheetPart: true }), missing('xl/worksheets/sheet1.xml')],
  ['cell styles with no styles part', () => miniWorkbook({ sheetData: HEADER + '<row r="2"><c r="A2" s="1"><v>0.82</v></c></row>', styles: false }), missing('xl/styles.xml')],
];

/** No JavaScript internals, stack frames or temporary file names in what the user sees. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/\n\s+at |TypeError|ReferenceError|Cannot read|undefined|sheetNo|date1904|'theme'|\.tmp\b|planark-\d+-/);
}

describe.each(CASES)('%s', (name, make, reason) => {
  const commands: [string, (f: string, dir: string) => string[]][] = [
    ['check', (f) => ['check', f]],
    ['apply', (f) => ['apply', f]],
    ['assemble', (f, dir) => ['assemble', f, '-o', path.join(dir, 'samlat.xlsx')]],
  ];
  // --in-place reads through the same guard; once for a bomb and once for a missing part is enough.
  if (/lies|shared strings/.test(name)) commands.push(['apply --in-place', (f) => ['apply', f, '--in-place']]);

  it.each(commands)('%s: exit 2, one line, nothing written', (cmd, args) => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.xlsx');
    writeFileSync(file, make());
    const before = sha256(file);
    const r = planark(args(file, dir));
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`planark: ${file}: ${reason}`);
    if (cmd === 'assemble') expect(lines.slice(1)).toEqual([`planark: ${path.join(dir, 'samlat.xlsx')}: ingen av filerna kunde läsas; ingen fil skrevs`]);
    else expect(lines).toHaveLength(1);
    expectClean(r.stderr + r.stdout);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });
});

describe('bad input in English', () => {
  it('says the zip-bomb refusal in English with --lang en, and --max-size names the limit', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.xlsx');
    writeFileSync(file, miniWorkbook({ sheetData: HEADER + ROW, sheetDeclaredSize: 3_000_000_000 }));
    const r = planark(['check', file, '--lang', 'en', '--max-size', '50']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`planark: ${file}: the file unpacks to more than 50 MB and is not opened (zip-bomb guard); if it is genuine, raise the limit with --max-size\n`);
  });

  it('a larger --max-size lets an honest large workbook through; the ratio guard still holds', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.xlsx');
    writeFileSync(file, packed());
    // 16 MB packed 1 000 times stays refused whatever the size limit: no real sheet packs like that.
    expect(planark(['check', file, '--max-size', '2000']).status).toBe(2);
    expect(planark(['check', file, '--max-size', 'mycket']).stderr).toBe('planark: ogiltig --max-size "mycket" (ange megabyte, t.ex. 500)\n');
  });
});

describe('what cells hold never reaches the terminal raw', () => {
  it('escapes ESC, BEL, carriage returns and bidi overrides in check output', () => {
    const dir = tempDir();
    const file = path.join(dir, 'mal.xlsx');
    // Excel writes control characters in shared strings as _xHHHH_ escapes; readers decode them.
    const goal = 'Vård_x001B_]0;Hackad_x0007_\u202Eevil\u202C_x000D_';
    writeFileSync(
      file,
      miniWorkbook({
        sheetName: 'Mål',
        sst: [goal],
        sheetData: inlineRow(1, ['Id', 'Nivå', 'Mål', 'Överordnat']) + '<row r="2"><c r="A2" t="inlineStr"><is><t>KF1</t></is></c><c r="B2" t="inlineStr"><is><t>Fullmäktigemål</t></is></c><c r="C2" t="s"><v>0</v></c></row>',
      }),
    );
    const r = planark(['check', file]);
    expect(r.status).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F\u202A-\u202E]/);
    expect(r.stdout).toContain('Målet "KF1 Vård\\x1B]0;Hackad\\x07\\u202Eevil\\u202C" har ingen aktivitet');
    // --json is for programs: JSON escapes the controls itself.
    const j = planark(['check', file, '--json']);
    expect(j.stdout).toContain('Vård\\u001b]0;Hackad\\u0007');
  });
});

describe('planark check … | head', () => {
  it('ends quietly when the reader stops early', () => {
    const dir = tempDir();
    const file = path.join(dir, 'stor.xlsx');
    // 4 000 indicators without thresholds: far more output than a pipe buffer holds.
    const rows = [inlineRow(1, ['Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Resultat år'])];
    for (let r = 2; r <= 4001; r++) rows.push(inlineRow(r, [r === 2 ? 'Välfärd och välbefinnande genom livet' : null, `Indikator ${r - 1}`, null, r]));
    writeFileSync(file, miniWorkbook({ sheetData: rows.join('') }));
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" check "${file}" | head -n 2`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([file, '  Blad Blad1: indikatorer (A1) · 4000 indikatorer vid helår: grön 0, gul 0, röd 0, utan färg 4000']);
    // planark's own exit code: 0 (warnings only), not a crash.
    expect(r.status).toBe(0);
  });
});
