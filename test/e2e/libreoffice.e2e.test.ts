/**
 * A second client: every kind of file Planark writes opens in LibreOffice (headless) without
 * error — converted to PDF, and saved again as .xlsx to show LibreOffice read Planark's own sheets
 * and colours. `.ci/run` installs LibreOffice when it is missing.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPackage, patchPackage } from '../../src/adapters/xlsx-package';
import { PALETTE } from '../../src/engine/types';
import { fidelityWorkbook } from '../lossless/fixture';
import { ROOT } from './helpers';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p));
const BIN = path.join(ROOT, 'bin', 'planark.js');

function apply(dir: string, name: string, bytes: Uint8Array): string {
  const input = path.join(dir, name);
  writeFileSync(input, bytes);
  const out = execFileSync(process.execPath, [BIN, 'apply', input], { encoding: 'utf8' });
  return out.split('\n')[0].replace(/^Skrev /, '');
}

/** Runs soffice on files in one go; returns its combined output. */
function soffice(dir: string, to: string, files: string[]): string {
  const out = path.join(dir, to.split(':')[0]);
  mkdirSync(out, { recursive: true });
  return execFileSync(SOFFICE!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', out, ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
}

describe.skipIf(!SOFFICE)('LibreOffice opens what Planark writes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'planark-lo-'));
  const written: string[] = [];

  beforeAll(() => {
    execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe' });
    written.push(apply(dir, 'plan.xlsx', fidelityWorkbook().bytes));
    written.push(apply(dir, 'makro.xlsm', fidelityWorkbook({ macro: true }).bytes));
    written.push(apply(dir, 'libreoffice.xlsx', new Uint8Array(readFileSync(path.join(ROOT, 'test/fixtures/libreoffice/plan-libreoffice.xlsx')))));
    // A real Excel file with a chart, coloured and given a readable report sheet by the patcher directly.
    const chart = new Uint8Array(readFileSync(path.join(ROOT, 'test/fixtures/xlsxwriter/chart_bar01.xlsx')));
    const pkg = openPackage(chart);
    const patched = patchPackage(pkg, {
      fills: [{ sheet: 'Sheet1', cell: 'A1', fill: PALETTE.red.fill, font: PALETTE.red.font }],
      sheets: [{ kind: 'summary', name: 'Sammanställning', rows: [[{ v: 'Välfärd och välbefinnande genom livet', bold: true, border: { bottom: 'thin' } }], [{ v: 'Helhetssyn särskilt boende', indent: 1 }, { v: 84, numFmt: '0.0', fill: PALETTE.green.fill }], [{ v: 'Summa' }, { v: 84, formula: 'SUM(B2:B2)' }]], merges: ['A1:C1'], colWidths: [40, 10], freezeRows: 1, print: { area: true, landscape: true, fitToWidth: true, rowBreaks: [2] } }],
      values: [{ sheet: 'Sheet1', cell: 'A9', value: 'Skrivet i förhandsvisningen' }],
    });
    const p = path.join(dir, 'chart_bar01.planark.xlsx');
    writeFileSync(p, patched.bytes);
    written.push(p);
  }, 120_000);

  it('converts each written file to PDF without an error', () => {
    const log = soffice(dir, 'pdf', written);
    expect(log).not.toMatch(/error|failed|could not/i);
    for (const f of written) {
      const pdf = path.join(dir, 'pdf', `${path.basename(f).replace(/\.xls[xm]$/, '')}.pdf`);
      expect(existsSync(pdf), pdf).toBe(true);
      const head = readFileSync(pdf).subarray(0, 5).toString('latin1');
      expect(head).toBe('%PDF-');
      expect(readFileSync(pdf).length).toBeGreaterThan(5_000);
    }
  }, 240_000);

  it('reads Planark\u2019s sheets and colours: saved again by LibreOffice, they are still there', () => {
    soffice(dir, 'xlsx:Calc Office Open XML', [written[0]]);
    const again = unzipSync(new Uint8Array(readFileSync(path.join(dir, 'xlsx', path.basename(written[0])))));
    const wb = strFromU8(again['xl/workbook.xml']);
    expect(wb).toContain('name="Sammanställning"');
    expect(wb).toContain('name="Röda tråden"');
    expect(wb).toContain('PLANARK_OWNED_1');
    const styles = strFromU8(again['xl/styles.xml']);
    for (const c of [PALETTE.green.fill, PALETTE.yellow.fill, PALETTE.red.fill]) expect(styles).toContain(c);
    const strings = strFromU8(again['xl/sharedStrings.xml']);
    expect(strings).toContain('Helhetssyn särskilt boende');
  }, 240_000);
});
