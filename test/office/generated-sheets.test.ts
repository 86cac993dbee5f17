/**
 * Generated sheets through the Office adapter (against the fake Excel): indent, rules, merges and
 * the print setup the Sammanställning, Röda tråden and Rapport sheets use — batched, so the number
 * of syncs does not grow with rows, merges or page breaks.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ExcelHost } from '../../src/adapters/office/excel-host';
import { analyze, planEdits } from '../../src/engine/analyze';
import { buildReportDocument } from '../../src/engine/document/build';
import { reportSheetEdit } from '../../src/engine/document/sheet';
import type { GenCell, GeneratedSheet } from '../../src/engine/types';
import { norrkopingYear } from '../fixtures/report';
import { FakeExcel } from './fake-excel';

function engineSheets() {
  const input = norrkopingYear();
  const a = analyze(input, { period: 'year' });
  const edits = planEdits(a, { colours: false });
  const report = reportSheetEdit(buildReportDocument(a, { date: '2025-01-20' }), input);
  return { edits, report };
}

const byKind = (sheets: GeneratedSheet[], kind: GeneratedSheet['kind']) => sheets.find((s) => s.kind === kind)!;

describe('generated sheets in Excel', () => {
  // Made in the first test's beforeEach rather than while tests are collected, so that mutation
  // testing can tell which tests run the engine (code run at collection counts for every test).
  let edits: ReturnType<typeof engineSheets>['edits'];
  let report: ReturnType<typeof engineSheets>['report'];
  let x: FakeExcel;
  beforeEach(async () => {
    if (x) return;
    ({ edits, report } = engineSheets());
    x = new FakeExcel();
    x.addSheet('Mål', [['Id']]);
    await new ExcelHost(x.env()).apply({ fills: [], sheets: [...edits.sheets, report] });
  });

  it('Sammanställning: the rule’s lines merged across the table, indented goals, the print setup', () => {
    const g = byKind(edits.sheets, 'summary');
    const s = x.sheet('Sammanställning');
    expect(s.merges).toEqual(g.merges);
    expect(s.merges).toContain('A2:J2');
    const child = g.rows.findIndex((r) => r[2]?.indent === 1);
    expect(s.get(child, 2)?.indent).toBe(1);
    expect(s.printArea).toBe(`A1:J${g.rows.length}`);
    expect(s.orientation).toBe('Landscape');
    expect(s.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it('Röda tråden: the header’s rule below, goals indented by level', () => {
    const s = x.sheet('Röda tråden');
    expect(s.at('A4')).toMatchObject({ value: 'Nivå', bold: true, fill: '#D9E1F2', borders: { EdgeBottom: { style: 'Continuous', weight: 'Thin' } } });
    const g = byKind(edits.sheets, 'redthread');
    const deep = g.rows.findIndex((r) => (r[2]?.indent ?? 0) >= 2);
    expect(s.get(deep, 2)?.indent).toBe(g.rows[deep][2].indent);
  });

  it('Rapport: page breaks above each section, print area, landscape, one page wide', () => {
    const s = x.sheet('Rapport');
    expect(s.pageBreaks).toEqual(report.print!.rowBreaks);
    expect(s.pageBreaks.length).toBeGreaterThanOrEqual(5);
    const width = Math.max(...report.rows.map((r) => r.length));
    expect(s.printArea).toBe(`A1:${String.fromCharCode(64 + width)}${report.rows.length}`);
    expect(s.orientation).toBe('Landscape');
    const h1 = s.get(report.print!.rowBreaks![1], 0)!;
    expect(h1).toMatchObject({ bold: true, borders: { EdgeBottom: { weight: 'Medium' } } });
  });
});

describe('rewriting an owned sheet', () => {
  it('drops last run’s merges and page breaks before writing the new ones', async () => {
    const x = new FakeExcel();
    x.addSheet('Plan', [['a']]);
    const old = x.addSheet('Rapport', [['gammalt']]);
    old.merges = ['A1:H1', 'B7:D9'];
    old.pageBreaks = [3, 40];
    x.names.push({ name: 'PLANARK_OWNED_1', formula: "='Rapport'!$A$1" });
    const host = new ExcelHost(x.env());
    await host.read();
    const sheet: GeneratedSheet = { kind: 'report', name: 'Rapport', rows: [[{ v: 'Delårsrapport T1 2025', bold: true }], [{ v: 'Sammanfattning' }], [{ v: 'Målområde 1' }]], merges: ['A1:C1'], print: { area: true, rowBreaks: [1, 2] } };
    await host.apply({ fills: [], sheets: [sheet] });
    expect(old.merges).toEqual(['A1:C1']);
    expect(old.pageBreaks).toEqual([1, 2]);
    expect(old.printArea).toBe('A1:A3');
  });
});

describe('batching', () => {
  /** A report-like sheet of `n` rows: a heading every 20 rows (a page break and a merge each), indents and rules. */
  function big(n: number): GeneratedSheet {
    const rows: GenCell[][] = [];
    const merges: string[] = [];
    const rowBreaks: number[] = [];
    for (let r = 0; r < n; r++) {
      if (r % 20 === 0) {
        rows.push([{ v: `Målområde ${r / 20 + 1}`, bold: true, border: { bottom: 'medium' } }]);
        merges.push(`A${r + 1}:D${r + 1}`);
        if (r > 0) rowBreaks.push(r);
      } else rows.push([{ v: `Helhetssyn särskilt boende ${r}`, indent: (r % 3) + 1 }, { v: r % 2 ? 'Grön' : 'Röd', fill: r % 2 ? 'FFC6EFCE' : 'FFFFC7CE' }, { v: r }]);
    }
    return { kind: 'report', name: 'Rapport', rows, merges, colWidths: [48, 12, 10], print: { area: true, rowBreaks, landscape: true, fitToWidth: true } };
  }

  it('100 and 2 000 rows with their merges and page breaks: the same single write sync', async () => {
    const syncsFor = async (n: number) => {
      const x = new FakeExcel();
      x.addSheet('Plan', [['a']]);
      const host = new ExcelHost(x.env());
      await host.read();
      const before = x.syncs;
      await host.apply({ fills: [], sheets: [big(n)] });
      expect(x.sheet('Rapport').pageBreaks).toHaveLength(Math.ceil(n / 20) - 1);
      expect(x.sheet('Rapport').merges).toHaveLength(Math.ceil(n / 20));
      return x.syncs - before;
    };
    const small = await syncsFor(100);
    expect(await syncsFor(2000)).toBe(small);
  });

  it('under a small payload budget the writes split by bytes, each request under it', async () => {
    const x = new FakeExcel();
    x.addSheet('Plan', [['a']]);
    const host = new ExcelHost(x.env({}, { payloadBudget: 64 * 1024 }));
    await host.read();
    const before = x.requestBytes.length;
    await host.apply({ fills: [], sheets: [big(3000)] });
    const writes = x.requestBytes.slice(before);
    expect(writes.length).toBeGreaterThan(1);
    for (const b of writes) expect(b).toBeLessThanOrEqual(64 * 1024);
    expect(x.sheet('Rapport').pageBreaks).toHaveLength(149);
  });
});
