import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { FileError, loadWorkbook, nodeInflate, samePath } from '../../src/cli/files';
import { DEFAULT_LIMITS, PackageError } from '../../src/adapters/xlsx-package';
import { readZip } from '../../src/adapters/xlsx-package/zip';
import { planWorkbookBytes } from '../fixtures/plan-workbook';
import { rawZip } from '../lossless/raw';
import { replaceFile, resolveTarget } from '../../src/cli/replace';
import { findingLine, printFile, totalsLine } from '../../src/cli/print';
import type { FileReport } from '../../src/engine/types';
import { saveWorkbook, tempDir } from './helpers';

describe('loadWorkbook', () => {
  const dir = tempDir();
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  it.each([
    ['missing', null, 'sv', 'filen finns inte'],
    ['empty file', Buffer.alloc(0), 'sv', 'inte en .xlsx-fil (spara som Excel-arbetsbok .xlsx)'],
    ['csv', Buffer.from('Mål;Indikator\n'), 'en', 'not an .xlsx file (save it as an Excel workbook .xlsx)'],
    ['encrypted', Buffer.concat([OLE, Buffer.alloc(100)]), 'sv', 'filen är lösenordsskyddad eller i det gamla .xls-formatet; spara den som .xlsx utan lösenord'],
  ] as const)('%s → FileError', async (name, bytes, lang, message) => {
    const file = path.join(dir, `${name}.xlsx`);
    if (bytes) writeFileSync(file, bytes);
    await expect(loadWorkbook(file, lang)).rejects.toThrow(new FileError(message));
  });

  it('a corrupt zip is one line mentioning damage', async () => {
    const file = path.join(dir, 'corrupt.xlsx');
    writeFileSync(file, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 1)]));
    const err = await loadWorkbook(file, 'sv').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileError);
    expect((err as Error).message).toBe('filen är skadad eller ingen giltig Excel-arbetsbok; öppna den i Excel och spara den igen');
    expect((err as Error).message).not.toContain('\n');
  });

  it('a directory is reported as such', async () => {
    await expect(loadWorkbook(dir, 'sv')).rejects.toThrow('är en mapp, inte en fil');
  });

  it('loads a real workbook: the engine input, and the package where it is asked for', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Mål').getCell('A1').value = 'Id';
    const file = await saveWorkbook(wb, path.join(dir, 'ok.xlsx'));
    const loaded = await loadWorkbook(file, 'sv');
    expect(loaded.input.fileName).toBe('ok.xlsx');
    expect(loaded.input.sheets.map((s) => [s.name, s.rows[0]?.[0]?.v])).toEqual([['Mål', 'Id']]);
    expect(loaded.pkg.sheets.map((s) => [s.name, s.part])).toEqual([['Mål', 'xl/worksheets/sheet1.xml']]);
    const light = await loadWorkbook(file, 'sv', undefined, false);
    expect(light.pkg).toBeNull();
    expect(light.input).toEqual(loaded.input);
  });
});

describe('the package guard on Node zlib (nodeInflate)', () => {
  const codeOf = (f: () => unknown) => {
    try {
      f();
      return undefined;
    } catch (e) {
      return e instanceof PackageError ? `${e.code}: ${e.detail}` : `other: ${(e as Error).message}`;
    }
  };

  it('reads the same parts as the portable inflater (a 2 000-row plan)', async () => {
    const bytes = new Uint8Array(await planWorkbookBytes(2000));
    const portable = readZip(bytes);
    const native = readZip(bytes, DEFAULT_LIMITS, nodeInflate);
    expect(native.map((e) => e.name)).toEqual(portable.map((e) => e.name));
    for (let i = 0; i < native.length; i++) expect(Buffer.compare(Buffer.from(native[i].data), Buffer.from(portable[i].data))).toBe(0);
    expect(native.find((e) => e.name === 'xl/worksheets/sheet1.xml')!.data.length).toBeGreaterThan(500_000);
  });

  it('stops a part at its declared size (a lying bomb) and refuses data that does not inflate', () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    expect(codeOf(() => readZip(rawZip([{ name: 'a.xml', data: zeros, declaredSize: 100 }]), DEFAULT_LIMITS, nodeInflate))).toBe('too-large: a.xml larger than declared');
    const z = zipSync({ 'a.xml': strToU8('<a>'.repeat(500)) });
    const bad = z.slice();
    bad[40] ^= 0xff; // inside the deflated data of the only entry
    expect(codeOf(() => readZip(bad, DEFAULT_LIMITS, nodeInflate))).toMatch(/^corrupt: a\.xml (does not inflate|smaller than declared)$/);
  });

  it('never throws anything but PackageError when a real zip is damaged anywhere (property)', () => {
    const z = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>'.repeat(20)) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: z.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, v) => {
        const b = z.slice();
        b[at] = v;
        const c = codeOf(() => readZip(b, DEFAULT_LIMITS, nodeInflate));
        expect(c === undefined || !c.startsWith('other'), c).toBe(true);
      }),
    );
  });
});

describe('replaceFile and samePath', () => {
  it('replaces the target and leaves no temp file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'a.xlsx');
    writeFileSync(target, 'old');
    await replaceFile(resolveTarget(target), Buffer.from('new'));
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
    expect(await samePath(target, path.join(dir, 'x', '..', 'a.xlsx'))).toBe(true);
    expect(await samePath(target, path.join(dir, 'b.xlsx'))).toBe(false);
  });
});

describe('text report', () => {
  const report: FileReport = {
    file: 'plan.xlsx',
    sheets: [{ name: 'Kommunfullmäktiges indikatorer', kind: 'indicators' }, { name: 'Anteckningar', kind: 'none' }],
    findings: [
      { code: 'result.unparseable', severity: 'error', sheet: 'Kommunfullmäktiges indikatorer', cell: 'J4', message: 'Resultatet går inte att läsa.' },
      { code: 'threshold.missing', severity: 'warning', sheet: 'Kommunfullmäktiges indikatorer', cell: 'D7', message: 'Tröskel saknas.' },
    ],
    indicators: [
      { sheet: 'Kommunfullmäktiges indikatorer', row: 2, name: 'Helhetssyn särskilt boende', goal: 'Välfärd', direction: 'higher', results: [{ cell: 'J2', period: 'year', value: 81, status: 'yellow', reason: '81 ≥ 76 (Gul)' }] },
      { sheet: 'Kommunfullmäktiges indikatorer', row: 4, name: 'Sjukfrånvaro', goal: 'Org', direction: 'lower', results: [{ cell: 'H4', period: 't1', value: 6.2, status: 'green', reason: '6,2 ≤ 6,5 (Grön)' }, { cell: 'J4', period: 'year', value: null, status: 'none', reason: 'Resultat saknas' }] },
    ],
    goals: [],
    budget: [],
  };

  it.each([
    [0, 'sv', '  Kommunfullmäktiges indikatorer!J4  [fel]  result.unparseable  Resultatet går inte att läsa.'],
    [1, 'sv', '  Kommunfullmäktiges indikatorer!D7  [varning]  threshold.missing  Tröskel saknas.'],
    [0, 'en', '  Kommunfullmäktiges indikatorer!J4  [error]  result.unparseable  Resultatet går inte att läsa.'],
  ] as const)('finding %i in %s', (i, lang, line) => {
    expect(findingLine(report.findings[i], lang)).toBe(line);
  });

  it('says plainly that nothing was checked when no table was recognised', () => {
    const none: FileReport = {
      file: 'tom.xlsx',
      sheets: [{ name: 'Blad1', kind: 'none' }],
      findings: [{ code: 'workbook.no-tables', severity: 'warning', sheet: 'Blad1', cell: 'A1', message: 'Ingen plantabell kändes igen.' }],
      indicators: [],
      goals: [],
      budget: [],
    };
    expect(printFile({ file: 'tom.xlsx', report: none, tables: [] }, 'sv')).toEqual([
      'tom.xlsx',
      '  Blad Blad1: ingen tabell hittad',
      '  Inget kontrollerades: ingen plantabell hittades i arbetsboken.',
      '  Blad1!A1  [varning]  workbook.no-tables  Ingen plantabell kändes igen.',
    ]);
  });

  it('prints sheets with colour counts, findings and totals', () => {
    const counts = { 'Kommunfullmäktiges indikatorer': { green: 0, yellow: 1, red: 0, missing: 1 } };
    expect(printFile({ file: 'plan.xlsx', report, tables: [], indicatorCounts: counts, period: 'year' }, 'sv')).toEqual([
      'plan.xlsx',
      '  Blad Kommunfullmäktiges indikatorer: indikatorer · 2 indikatorer vid helår: grön 0, gul 1, röd 0, utan färg 1',
      '  Blad Anteckningar: ingen tabell hittad',
      '  Kommunfullmäktiges indikatorer!J4  [fel]  result.unparseable  Resultatet går inte att läsa.',
      '  Kommunfullmäktiges indikatorer!D7  [varning]  threshold.missing  Tröskel saknas.',
    ]);
    expect(totalsLine([{ file: 'plan.xlsx', report }, { file: 'x.xlsx', error: 'filen finns inte' }], 'sv')).toBe(
      'Totalt: 2 filer, 1 fel, 1 varning, 0 info, 1 kunde inte läsas',
    );
    expect(totalsLine([{ file: 'plan.xlsx', report }], 'en')).toBe('Total: 1 file, 1 error, 1 warning, 0 info');
  });
});
