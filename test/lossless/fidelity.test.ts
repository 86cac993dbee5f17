/**
 * `planark apply` on a workbook built from raw XML with everything real plan workbooks carry:
 * after the write, every part not meant to change is byte-identical and the changed parts differ
 * only in the intended elements (SPEC §9). The same for .xlsm and for --in-place through a
 * symbolic link.
 */
import { execSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { planark, ROOT, tempDir } from '../cli/helpers';
import { assertLossless, decode } from './assert-lossless';
import { attrsOf, findNodes, parseXml, textOf } from './compare';
import { fidelityWorkbook, SHEETS } from './fixture';

beforeAll(() => {
  if (!process.env.PLANARK_BIN) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}, 130_000);

const read = (f: string) => new Uint8Array(readFileSync(f));

function applyTo(bytes: Uint8Array, name: string, extra: string[] = []): { dir: string; input: string; out: string; stdout: string } {
  const dir = tempDir();
  const input = path.join(dir, name);
  writeFileSync(input, bytes);
  const r = planark(['apply', input, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const out = r.stdout.split('\n')[0].replace(/^Skrev /, '');
  return { dir, input, out, stdout: r.stdout };
}

describe('apply keeps every part of a real plan workbook', () => {
  const fx = fidelityWorkbook();
  let report: ReturnType<typeof assertLossless>;
  let outFile: string;

  it('writes NAME.planark.xlsx and changes only what it means to change', () => {
    const { input, out, stdout } = applyTo(fx.bytes, 'plan.xlsx');
    expect(out).toBe(input.replace(/\.xlsx$/, '.planark.xlsx'));
    expect(stdout).toContain('5 celler färgade; blad: Sammanställning, Röda tråden');
    outFile = out;
    report = assertLossless(fx.bytes, read(out));
  });

  it('colours exactly the result cells and the red-thread gaps, never the user\u2019s own blue', () => {
    expect(Object.fromEntries(report.coloured)).toEqual({
      'xl/worksheets/sheet1.xml': ['F2', 'F3', 'F4'],
      'xl/worksheets/sheet2.xml': ['C2', 'C3'],
    });
    expect(report.added).toEqual(['xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml']);
    // Sammanställning and Röda tråden are laid out for printing: each has its print area.
    expect(report.namesAdded).toEqual(['PLANARK_OWNED_1', '_xlnm.Print_Area', 'PLANARK_OWNED_2', '_xlnm.Print_Area']);
  });

  it('keeps every item the issue found lost or corrupted', () => {
    const { after } = report;
    const wb = decode(after['xl/workbook.xml']);
    const names = Object.fromEntries(findNodes(parseXml(wb), 'definedName').map((n) => [`${attrsOf(n).name}${attrsOf(n).localSheetId ? `@${attrsOf(n).localSheetId}` : ''}`, { text: textOf(n), ...attrsOf(n) }]));
    expect(names['_xlnm.Print_Area@0'].text).toBe(`'${SHEETS.indicators}'!$A$1:$G$5`);
    expect(names.Extern.text).toBe('[1]Blad1!$A$1');
    expect(names['Frekvenser@0']).toMatchObject({ text: `OFFSET(${SHEETS.lists}!$B$1,0,0,COUNTA(${SHEETS.lists}!$B:$B),1)`, hidden: '1' });
    expect(names.Moms).toMatchObject({ text: '0.25', comment: 'Momssats för kommunal verksamhet' });
    expect(names.Summa_resultat.text).toBe(`SUM('${SHEETS.indicators}'!$F$2:$F$5)`);
    expect(names.Text.text).toBe('"Planår 2025"');
    expect(names.Trasig.text).toBe('#REF!$A$1');
    expect(names.PLANARK_OWNED_1.text).toBe("'Sammanställning'!$A$1");
    expect(wb).toContain('<workbookProtection workbookAlgorithmName="SHA-512"');
    expect(wb).toContain('lockStructure="1"');
    expect(wb).toContain('<calcPr calcId="191029" iterate="1" iterateCount="50" iterateDelta="0.0001" fullCalcOnLoad="1"/>');
    expect(wb).toContain('<workbookPr codeName="DennaArbetsbok"');
    const table = decode(after['xl/tables/table1.xml']);
    expect(table).not.toContain('headerRowCount="0"');
    const sheet1 = decode(after['xl/worksheets/sheet1.xml']);
    expect(sheet1.match(/<dataValidation /g)).toHaveLength(1);
    expect(sheet1).toContain(`<formula1>${SHEETS.lists}!$A$1:$A$3</formula1>`);
    expect(sheet1).toContain(`location="'${SHEETS.goals}'!A2" display="Välfärd och välbefinnande genom livet" tooltip="Gå till målet i måltabellen"`);
    expect(sheet1).toContain('<x14:sparklineGroups');
    expect(sheet1).toContain('<f t="shared" ref="G2:G5" si="0">F2*2</f>');
    expect(decode(after['xl/comments1.xml'])).toContain('<author>Anna Controller</author>');
    expect(decode(after['xl/persons/person.xml'])).toContain('displayName="Anna Controller"');
    expect(decode(after['docProps/custom.xml'])).toContain('MSIP_Label_5b1e4d2a-7c3f-4e8a-9b6d-0f1e2d3c4b5a_Enabled');
    expect(decode(after['xl/charts/chart1.xml'])).toContain('<c:barChart>');
  });

  it('writes Planark\u2019s sheets as XML other readers understand (ExcelJS reads the result)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(outFile) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.indicators, SHEETS.goals, SHEETS.lists, 'Sammanställning', 'Röda tråden']);
    const ind = wb.getWorksheet(SHEETS.indicators)!;
    expect((ind.getCell('F2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(ind.getCell('F2').font).toMatchObject({ italic: true, name: 'Arial', size: 10, color: { argb: 'FF006100' } });
    expect(ind.getCell('F2').numFmt).toBe('0.0');
    expect(ind.getCell('F2').border?.bottom?.style).toBe('medium');
    expect(ind.getCell('F2').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    expect((ind.getCell('F5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00B0F0');
  });

  it('a rerun replaces only Planark\u2019s sheets, in their parts and relationships', () => {
    const first = read(outFile);
    const { out } = applyTo(first, 'plan.planark.xlsx');
    const again = assertLossless(first, read(out));
    expect(again.added).toEqual([]);
    expect(again.namesAdded).toEqual([]);
    // Colours already right: no cell changes again; the owned sheets are rewritten in place.
    expect([...again.coloured.keys()].filter((p) => /sheet[123]\.xml$/.test(p))).toEqual([]);
  });
});

describe('.xlsm stays macro-enabled', () => {
  it('keeps vbaProject.bin and the content type; the default output is NAME.planark.xlsm', () => {
    const fx = fidelityWorkbook({ macro: true });
    const { input, out } = applyTo(fx.bytes, 'plan.xlsm');
    expect(out).toBe(input.replace(/\.xlsm$/, '.planark.xlsm'));
    const rep = assertLossless(fx.bytes, read(out));
    expect(rep.after['xl/vbaProject.bin']).toEqual(fx.parts['xl/vbaProject.bin']);
    expect(decode(rep.after['[Content_Types].xml'])).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
  });

  it('refuses -o with an .xlsx name for a macro workbook, writing nothing', () => {
    const fx = fidelityWorkbook({ macro: true });
    const dir = tempDir();
    const input = path.join(dir, 'plan.xlsm');
    writeFileSync(input, fx.bytes);
    const r = planark(['apply', input, '-o', path.join(dir, 'ut.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`planark: ${path.join(dir, 'ut.xlsx')}: arbetsboken är en .xlsm-fil och utfilen måste sluta på .xlsm (Excel öppnar den annars inte)\n`);
    expect(readdirSync(dir)).toEqual(['plan.xlsm']);
  });
});

describe('--in-place', () => {
  it('through a symbolic link replaces the target, keeps the link and mode 600, leaves no temporary file', () => {
    const fx = fidelityWorkbook();
    const dir = tempDir();
    mkdirSync(path.join(dir, 'arkiv'));
    const real = path.join(dir, 'arkiv', 'plan.xlsx');
    writeFileSync(real, fx.bytes);
    chmodSync(real, 0o600);
    const link = path.join(dir, 'plan.xlsx');
    symlinkSync(path.join('arkiv', 'plan.xlsx'), link);
    const ino = statSync(real).ino;
    const r = planark(['apply', link, '--in-place']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(path.join('arkiv', 'plan.xlsx'));
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(statSync(real).ino).not.toBe(ino);
    assertLossless(fx.bytes, read(real));
    // Same bytes as a write to a new file: the patch is deterministic.
    const viaOut = applyTo(fx.bytes, 'plan.xlsx');
    expect(read(real)).toEqual(read(viaOut.out));
    expect(readdirSync(dir).sort()).toEqual(['arkiv', 'plan.xlsx']);
    expect(readdirSync(path.join(dir, 'arkiv'))).toEqual(['plan.xlsx']);
  });
});
