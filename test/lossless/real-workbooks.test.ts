/**
 * Workbooks saved by other programs: Excel (XlsxWriter's comparison files, see
 * test/fixtures/xlsxwriter/README.md) and LibreOffice (a committed file, and one made fresh when
 * `soffice` is installed). After `apply`, untouched parts are byte-identical and changed parts
 * differ only as intended.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPackage, patchPackage } from '../../src/adapters/xlsx-package';
import type { Edits } from '../../src/engine/types';
import { PALETTE } from '../../src/engine/types';
import { planark, ROOT, tempDir } from '../cli/helpers';
import { assertLossless } from './assert-lossless';
import { attrsOf, findNodes, parseXml, unzipParts } from './compare';
import { fidelityWorkbook } from './fixture';

beforeAll(() => {
  if (!process.env.PLANARK_BIN) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}, 130_000);

const XW = path.join(ROOT, 'test', 'fixtures', 'xlsxwriter');
const LO_FIXTURE = path.join(ROOT, 'test', 'fixtures', 'libreoffice', 'plan-libreoffice.xlsx');
const read = (f: string) => new Uint8Array(readFileSync(f));

function applyCli(bytes: Uint8Array, name: string): Uint8Array {
  const dir = tempDir();
  const input = path.join(dir, name);
  writeFileSync(input, bytes);
  const r = planark(['apply', input]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return read(r.stdout.split('\n')[0].replace(/^Skrev /, ''));
}

/** Cells that exist in a sheet part, in document order. */
function cellRefs(xml: Uint8Array): string[] {
  return findNodes(parseXml(xml), 'c').map((c) => attrsOf(c).r);
}

describe('Excel-made workbooks (XlsxWriter comparison files)', () => {
  const files = readdirSync(XW).filter((f) => /\.xls[xm]$/.test(f));

  it('holds the seven files the README names', () => {
    expect(files.sort()).toEqual(['chart_bar01.xlsx', 'comment03.xlsx', 'data_validation02.xlsx', 'defined_name01.xlsx', 'hyperlink03.xlsx', 'macro01.xlsm', 'table02.xlsx']);
  });

  it.each(files)('%s: apply keeps every other part byte for byte', (f) => {
    const before = read(path.join(XW, f));
    const rep = assertLossless(before, applyCli(before, f));
    // These hold no plan table: Planark adds its summary sheets (or nothing) and colours no cell.
    expect([...rep.coloured.values()].flat()).toEqual([]);
  });

  it.each(files)('%s: colouring cells and adding a sheet through the patcher is lossless too', (f) => {
    const before = read(path.join(XW, f));
    const pkg = openPackage(before);
    const first = pkg.sheets.find((s) => s.part)!;
    const refs = cellRefs(unzipParts(before)[first.part!]).slice(0, 3);
    const edits: Edits = {
      fills: refs.map((cell, i) => ({ sheet: first.name, cell, fill: [PALETTE.green, PALETTE.yellow, PALETTE.red][i].fill, font: [PALETTE.green, PALETTE.yellow, PALETTE.red][i].font })),
      sheets: [{ kind: 'summary', name: 'Sammanställning', rows: [[{ v: 'Mål', bold: true, border: { bottom: 'thin' } }], [{ v: 'Välfärd', indent: 1 }]], merges: ['A1:C1'], print: { area: true, landscape: true, fitToWidth: true, rowBreaks: [1] } }],
    };
    const rep = assertLossless(before, patchPackage(pkg, edits).bytes);
    expect(rep.coloured.get(first.part!) ?? []).toEqual(refs);
    expect(rep.namesAdded).toEqual(expect.arrayContaining(['_xlnm.Print_Area']));
  });

  it('macro01.xlsm stays macro-enabled with its VBA project', () => {
    const before = read(path.join(XW, 'macro01.xlsm'));
    const after = unzipParts(applyCli(before, 'macro01.xlsm'));
    expect(after['xl/vbaProject.bin']).toEqual(unzipParts(before)['xl/vbaProject.bin']);
    expect(new TextDecoder().decode(after['[Content_Types].xml'])).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  });
});

describe('a workbook saved by LibreOffice', () => {
  it('with a table applies fine and keeps every other part (committed fixture)', () => {
    const before = read(LO_FIXTURE);
    const rep = assertLossless(before, applyCli(before, 'plan-libreoffice.xlsx'));
    expect([...rep.coloured.values()].map((r) => r.length).reduce((a, b) => a + b, 0)).toBe(5);
    expect(unzipParts(before)['xl/tables/table1.xml']).toBeDefined();
  });

  it('assembles without crashing', () => {
    const dir = tempDir();
    const input = path.join(dir, 'enhet.xlsx');
    writeFileSync(input, read(LO_FIXTURE));
    const r = planark(['assemble', input, '-o', path.join(dir, 'samlat.xlsx')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(path.join(dir, 'samlat.xlsx'))).toBe(true);
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
  it.skipIf(!soffice)('made fresh with soffice --convert-to xlsx, applies losslessly', () => {
    const dir = tempDir();
    const src = path.join(dir, 'plan.xlsx');
    writeFileSync(src, fidelityWorkbook().bytes);
    const out = path.join(dir, 'lo');
    mkdirSync(out);
    // Its own profile folder, so a concurrent LibreOffice never holds the lock.
    execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', out, src], { stdio: 'pipe', timeout: 120_000 });
    const before = read(path.join(out, 'plan.xlsx'));
    const rep = assertLossless(before, applyCli(before, 'plan.xlsx'));
    expect([...rep.coloured.values()].flat().sort()).toEqual(['C2', 'C3', 'F2', 'F3', 'F4']);
  }, 150_000);
});
