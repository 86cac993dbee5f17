/**
 * End-to-end: the real `planark` binary (node bin/planark.js → dist/cli/main.js) on .xlsx files
 * built here with ExcelJS in a temp dir.
 */
import { execSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/engine/types';
import { readWorkbook } from '../../src/adapters/exceljs/read';
import { indicatorWorkbook, loadWorkbook, planark, ReportSchema, ROOT, saveWorkbook, sha256, solidFill, tempDir, type ReportJson } from './helpers';

beforeAll(() => {
  if (!process.env.PLANARK_BIN) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}, 130_000);

function json(stdout: string): ReportJson {
  return ReportSchema.parse(JSON.parse(stdout));
}

/** Exactly one line on stderr, naming the file, and no stack trace. */
function expectOneLine(stderr: string, file: string, reason: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^planark: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  expect(lines[0]).toMatch(reason);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('planark usage', () => {
  it.each([
    [['--help'], 0],
    [[], 0],
    [['frobnicate'], 2],
    [['check'], 2],
    [['check', 'x.xlsx', '--period', 'q5'], 2],
    [['check', 'x.xlsx', '--lang', 'de'], 2],
    [['check', 'x.xlsx', '--bogus'], 2],
    [['apply'], 2],
    [['apply', 'a.xlsx', 'b.xlsx'], 2],
    [['apply', 'a.xlsx', '--in-place', '-o', 'b.xlsx'], 2],
    [['template'], 2],
  ])('planark %j exits %i', (args, code) => {
    const r = planark(args);
    expect(r.status).toBe(code);
    if (code === 2) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    else expect(r.stdout).toMatch(/planark check/);
  });

  it('bin/planark.js says to run npm install when the bundle is missing', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'bin'));
    copyFileSync(path.join(ROOT, 'bin', 'planark.js'), path.join(dir, 'bin', 'planark.js'));
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'planark.js'), 'check', 'x.xlsx'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^planark: .*npm install/)]);
  });

});

describe('planark check: files it cannot read', () => {
  const dir = tempDir();
  const files = {
    missing: path.join(dir, 'finns-inte.xlsx'),
    corrupt: path.join(dir, 'trasig.xlsx'),
    encrypted: path.join(dir, 'krypterad.xlsx'),
    csv: path.join(dir, 'data.csv'),
    xls: path.join(dir, 'gammal.xls'),
  };
  writeFileSync(files.corrupt, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
  writeFileSync(files.encrypted, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  writeFileSync(files.csv, 'Mål;Indikator\nVälfärd;HME\n');
  writeFileSync(files.xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));

  it.each([
    ['missing', files.missing, /filen finns inte/],
    ['corrupt zip', files.corrupt, /skadad/],
    ['encrypted', files.encrypted, /lösenordsskyddad/],
    ['csv', files.csv, /inte en \.xlsx-fil/],
    ['old xls', files.xls, /\.xls-formatet/],
  ])('%s → exit 2 and one line', (_n, file, reason) => {
    const r = planark(['check', file]);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, file, reason);
  });

  it('speaks English with --lang en', () => {
    const r = planark(['check', files.missing, '--lang', 'en']);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, files.missing, /^planark: .*: file not found$/);
  });

  it('checks the other files when one is bad, reports all in --json, exits 2', async () => {
    const good = await saveWorkbook(indicatorWorkbook(), path.join(dir, 'bra.xlsx'));
    const r = planark(['check', files.corrupt, good, '--json']);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, files.corrupt, /skadad/);
    const rep = json(r.stdout);
    expect(rep.files.map((f) => f.file)).toEqual([files.corrupt, good]);
    expect(rep.files[0].findings).toEqual([expect.objectContaining({ code: 'sheet.unreadable', severity: 'error' })]);
    expect(rep.files[1].sheets).toEqual([{ name: 'Kommunfullmäktiges indikatorer', kind: 'indicators' }]);
  });
});

describe('planark check: workbooks', () => {
  const dir = tempDir();

  it('exit 1 with an error finding, as JSON of SPEC §8 and as text', async () => {
    const file = await saveWorkbook(indicatorWorkbook({ divZero: true }), path.join(dir, 'fel.xlsx'));
    const r = planark(['check', file, '--json']);
    expect(r.status).toBe(1);
    const rep = json(r.stdout);
    const f = rep.files[0];
    expect(f.findings).toContainEqual(expect.objectContaining({ code: 'result.unparseable', severity: 'error', sheet: 'Kommunfullmäktiges indikatorer', cell: 'J4' }));
    const helhet = f.indicators.find((i) => i.name === 'Helhetssyn särskilt boende');
    expect(helhet?.results).toContainEqual({ cell: 'J2', period: 'year', value: 81, status: 'yellow', reason: '81 ≥ 76 (Gul)' });
    const text = planark(['check', file]);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^ {2}Kommunfullmäktiges indikatorer!J4 {2}\[fel\] {2}result\.unparseable {2}\S/m);
    expect(text.stdout).toMatch(/^Totalt: 1 fil, [1-9]\d* fel/m);
    const en = planark(['check', file, '--lang', 'en']);
    expect(en.stdout).toMatch(/Kommunfullmäktiges indikatorer!J4 {2}\[error\] {2}result\.unparseable/);
  });

  it('exit 0 without error findings', async () => {
    const file = await saveWorkbook(indicatorWorkbook(), path.join(dir, 'ok.xlsx'));
    const r = planark(['check', file, '--json']);
    const rep = json(r.stdout);
    expect(rep.files[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('the template has no error findings and each table is recognised', () => {
    const out = path.join(dir, 'mall.xlsx');
    const t = planark(['template', '-o', out]);
    expect(t.status).toBe(0);
    const r = planark(['check', out, '--json']);
    const rep = json(r.stdout);
    expect(rep.files[0].sheets).toEqual([
      { name: 'Mål', kind: 'goals' },
      { name: 'Indikatorer', kind: 'indicators' },
      { name: 'Aktiviteter', kind: 'activities' },
      { name: 'Budget', kind: 'budget' },
    ]);
    expect(rep.files[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.status).toBe(0);
    expect(planark(['template', '-o', out]).status).toBe(2); // never overwrites
  });

  it('the English template is recognised too', () => {
    const out = path.join(dir, 'template-en.xlsx');
    expect(planark(['template', '-o', out, '--lang', 'en']).status).toBe(0);
    const rep = json(planark(['check', out, '--json', '--lang', 'en']).stdout);
    expect(rep.files[0].sheets.map((s) => s.kind)).toEqual(['goals', 'indicators', 'activities', 'budget']);
  });

  it.each([
    ['an empty workbook', () => { const wb = new ExcelJS.Workbook(); wb.addWorksheet('Blad1'); return wb; }],
    ['error values and formulas without cached values', () => {
      const wb = indicatorWorkbook();
      const ws = wb.getWorksheet(1)!;
      ws.getCell('J3').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('I2').value = { formula: 'SUM(H2:H3)' } as ExcelJS.CellFormulaValue;
      return wb;
    }],
    ['merged cells', () => { const wb = indicatorWorkbook(); wb.getWorksheet(1)!.mergeCells('A2:A3'); return wb; }],
    ['a sparse sheet reaching row 1 048 576', () => {
      const wb = indicatorWorkbook();
      wb.getWorksheet(1)!.getCell('A1048576').value = 'slut';
      return wb;
    }],
  ])('%s is checked (not a read failure)', async (name, build) => {
    const file = await saveWorkbook(build(), path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`));
    const t0 = Date.now();
    const r = planark(['check', file, '--json']);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(json(r.stdout).files).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it('checks the committed sample workbook', () => {
    const r = planark(['check', path.join(ROOT, 'examples', 'verksamhetsplan-2025.xlsx'), '--json']);
    expect(r.stderr).toBe('');
    const f = json(r.stdout).files[0];
    expect(f.sheets.map((s) => s.kind)).toEqual(['indicators', 'indicators', 'indicators', 'goals', 'activities', 'budget']);
    const codes = new Set(f.findings.map((x) => x.code));
    // Seed 004's Öka/Minska indicators: no thresholds, coloured by their trend, never threshold.missing.
    expect(codes).not.toContain('threshold.missing');
    const trend = f.indicators.filter((i) => i.sheet === 'Uppdragsplanens indikatorer');
    expect(trend.map((i) => [i.direction, i.results.map((x) => `${x.cell} ${x.status} ${x.reason}`).join()])).toEqual([
      ['higher', 'G2 green 78 → 83, Öka → Grön'],
      ['lower', 'G3 green 41 → 27, Minska → Grön'],
      ['higher', 'G4 yellow 87 → 87, Öka → Gul'],
      ['higher', 'G5 red 82 → 80, Öka → Röd'],
      ['higher', 'G6 none 85, Öka: inget tidigare värde att jämföra med'],
      ['lower', 'G7 red 12 → 15, Minska → Röd'],
      ['higher', 'G8 red 15 → 14, Öka → Röd'],
      ['higher', 'G9 green 64 → 66, Öka → Grön'],
      ['higher', 'G10 green 71 → 78, Öka → Grön'],
    ]);
    expect(f.findings.filter((x) => x.code === 'result.no-comparison').map((x) => `${x.sheet}!${x.cell}`)).toEqual(['Uppdragsplanens indikatorer!G6']);
    expect(f.goals.find((g) => g.id === 'N2')).toMatchObject({ counts: { green: 2, yellow: 0, red: 1, missing: 0 }, assessment: 'partly' });
    expect(codes).toContain('redthread.goal-without-activity'); // N6 has none, on purpose
    expect(codes).toContain('budget.deviation-unexplained'); // 294113 is red without comment
    expect(r.status).toBe(1);
  });
});

describe('planark check: the summary line per sheet', () => {
  const sample = path.join(ROOT, 'examples', 'verksamhetsplan-2025.xlsx');

  // Seed 002's KF indicators in the sample: at helår SÄBO, Sjukfrånvaro and Avslutsenkät are yellow,
  // HME red, SAM green, and Helhetssyn hemtjänst and Budgetavvikelse have no year result. At T2 only
  // the two monthly indicators are due (both red); the five annual ones are not yet coloured. Each
  // indicator counts once, whatever number of result cells it has.
  it.each([
    [[], '  Blad Kommunfullmäktiges indikatorer: indikatorer (A1) · 7 indikatorer vid helår: grön 1, gul 3, röd 1, utan färg 2'],
    [['--period', 't2'], '  Blad Kommunfullmäktiges indikatorer: indikatorer (A1) · 7 indikatorer vid T2: grön 0, gul 0, röd 2, utan färg 5'],
    [['--period', 't2', '--lang', 'en'], '  Sheet Kommunfullmäktiges indikatorer: indicators (A1) · 7 indicators at T2: green 0, yellow 0, red 2, no colour 5'],
    [['--period', 'aug'], '  Blad Kommunfullmäktiges indikatorer: indikatorer (A1) · 7 indikatorer vid augusti: grön 0, gul 0, röd 2, utan färg 5'],
  ])('check %j counts indicators at the period', (extra, line) => {
    const r = planark(['check', sample, ...extra]);
    expect(r.stdout.split('\n')).toContain(line);
  });

  it('counts budget lines by their colour, and writes singular and plural right', () => {
    const r = planark(['check', sample]);
    expect(r.stdout.split('\n')).toContain('  Blad Budgetuppföljning: budget (A1) · 23 budgetrader: grön 16, gul 3, röd 4');
    // Eight warnings: among them the Kolada-linked indicator on Verksamhetens indikatorer, whose
    // result is left empty for `planark kolada` to fill.
    expect(r.stdout.split('\n')).toContain('Totalt: 1 fil, 2 fel, 8 varningar, 1 info');
  });
});

describe('planark check on a workbook with no plan table', () => {
  it('says plainly that nothing was checked, in text and in --json', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').getCell('A1').value = 'Verksamhetsplan 2025';
    const file = await saveWorkbook(wb, path.join(tempDir(), 'tom.xlsx'));
    const r = planark(['check', file]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('  Inget kontrollerades: ingen plantabell hittades i arbetsboken.');
    expect(lines.some((l) => l.startsWith('  Blad1!A1  [varning]  workbook.no-tables  Ingen plantabell kändes igen'))).toBe(true);
    expect(r.stdout).not.toContain('Inga anmärkningar');
    const en = planark(['check', file, '--lang', 'en']);
    expect(en.stdout).toContain('  Nothing was checked: no plan table was found in the workbook.');
    expect(json(planark(['check', file, '--json']).stdout).files[0].findings.map((f) => f.code)).toEqual(['workbook.no-tables']);
  });
});

function budgetWorkbook(lines: [string, string, number, number, number, string][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budgetuppföljning');
  ws.addRow(['Ansvar', 'Benämning', 'Budget', 'Utfall', 'Prognos', 'Avvikelse', 'Kommentar']);
  for (const [k, n, b, u, p, c] of lines) ws.addRow([k, n, b, u, p, b - p, c || null]);
  return wb;
}

describe('planark assemble', () => {
  it('assembles budget lines from several workbooks into one new workbook', async () => {
    const dir = tempDir();
    const a = await saveWorkbook(budgetWorkbook([['294101', 'Ribbingsholmsv 3 B', 15356473, 10300000, 15356473, ''], ['294113', 'Trumpetaregatan 2', 31283442, 21300000, 32034245, '']]), path.join(dir, 'sabo.xlsx'));
    const b = await saveWorkbook(budgetWorkbook([['298101', 'Ljuragatan 147-149', 5245914, 3400000, 5200000, '']]), path.join(dir, 'lss.xlsx'));
    const out = path.join(dir, 'samlat.xlsx');
    const r = planark(['assemble', a, b, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`Skrev ${out}`);
    const wb = await loadWorkbook(out);
    const owned = readWorkbook(wb, 'x').ownedSheets;
    expect(owned).toEqual(wb.worksheets.map((w) => w.name));
    expect(owned).toContain('Sammanställning');
    const text = JSON.stringify(readWorkbook(wb, 'x').sheets);
    for (const key of ['294101', '294113', '298101', 'sabo.xlsx', 'lss.xlsx']) expect(text).toContain(key);
  });

  it('a bad input is one line and exit 2; the others are still assembled; never over an input', async () => {
    const dir = tempDir();
    const a = await saveWorkbook(budgetWorkbook([['294101', 'Ribbingsholmsv 3 B', 15356473, 10300000, 15356473, '']]), path.join(dir, 'sabo.xlsx'));
    const missing = path.join(dir, 'saknas.xlsx');
    const out = path.join(dir, 'samlat.xlsx');
    const r = planark(['assemble', a, missing, '-o', out]);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, missing, /finns inte/);
    expect(existsSync(out)).toBe(true);
    const before = sha256(a);
    const same = planark(['assemble', a, '-o', a]);
    expect(same.status).toBe(2);
    expect(sha256(a)).toBe(before);
  });
});

describe('planark apply', () => {
  it('writes NAME.planark.xlsx beside the input and leaves the input byte-for-byte unchanged', async () => {
    const dir = tempDir();
    const input = await saveWorkbook(indicatorWorkbook(), path.join(dir, 'plan.xlsx'));
    const before = sha256(input);
    const r = planark(['apply', input]);
    expect(r.status).toBe(0);
    const out = path.join(dir, 'plan.planark.xlsx');
    expect(r.stdout.split('\n')[0]).toBe(`Skrev ${out}`);
    expect(sha256(input)).toBe(before);
    const wb = await loadWorkbook(out);
    const ws = wb.getWorksheet('Kommunfullmäktiges indikatorer')!;
    expect(solidFill(ws.getCell('J2'))).toBe(PALETTE.yellow.fill);
    expect(ws.getCell('J2').font?.color?.argb).toBe(PALETTE.yellow.font);
    expect(ws.getCell('J2').value).toBe(81);
    expect(solidFill(ws.getCell('J3'))).toBe(PALETTE.green.fill);
    expect(readWorkbook(wb, 'x').ownedSheets).toContain('Sammanställning');

    // Rerun on the result: still one Sammanställning, at the same position.
    const again = path.join(dir, 'plan2.xlsx');
    expect(planark(['apply', out, '-o', again]).status).toBe(0);
    const names = (await loadWorkbook(again)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n === 'Sammanställning')).toHaveLength(1);
    expect(names).toEqual(wb.worksheets.map((w) => w.name));
  });

  it("keeps a user's own fill and never touches a user's sheet named Sammanställning", async () => {
    const dir = tempDir();
    const src = indicatorWorkbook();
    const ws = src.getWorksheet(1)!;
    ws.getCell('J2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B0F0' } };
    src.addWorksheet('Sammanställning').getCell('A1').value = 'Mina anteckningar';
    const input = await saveWorkbook(src, path.join(dir, 'egen.xlsx'));
    const out = path.join(dir, 'ut.xlsx');
    expect(planark(['apply', input, '-o', out]).status).toBe(0);
    const wb = await loadWorkbook(out);
    expect(solidFill(wb.getWorksheet('Kommunfullmäktiges indikatorer')!.getCell('J2'))).toBe('FF00B0F0');
    const user = wb.getWorksheet('Sammanställning')!;
    expect(user.getCell('A1').value).toBe('Mina anteckningar');
    expect(user.actualRowCount).toBe(1);
    const owned = readWorkbook(wb, 'x').ownedSheets;
    expect(owned).not.toContain('Sammanställning');
    expect(owned.some((n) => n.startsWith('Sammanställning ('))).toBe(true);
  });

  it('refuses -o equal to the input without --in-place', async () => {
    const dir = tempDir();
    const input = await saveWorkbook(indicatorWorkbook(), path.join(dir, 'plan.xlsx'));
    const before = sha256(input);
    const r = planark(['apply', input, '-o', path.join(dir, '.', 'plan.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--in-place/);
    expect(sha256(input)).toBe(before);
  });

  it('--in-place replaces the input atomically and leaves no temp file', async () => {
    const dir = tempDir();
    const input = await saveWorkbook(indicatorWorkbook(), path.join(dir, 'plan.xlsx'));
    const before = sha256(input);
    const r = planark(['apply', input, '--in-place']);
    expect(r.status).toBe(0);
    expect(sha256(input)).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
    const wb = await loadWorkbook(input);
    expect(solidFill(wb.getWorksheet('Kommunfullmäktiges indikatorer')!.getCell('J2'))).toBe(PALETTE.yellow.fill);
  });

  it('an unreadable input is one line and exit 2, and nothing is written', () => {
    const dir = tempDir();
    const input = path.join(dir, 'finns-inte.xlsx');
    const r = planark(['apply', input]);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, input, /finns inte/);
    expect(existsSync(path.join(dir, 'finns-inte.planark.xlsx'))).toBe(false);
  });
});
