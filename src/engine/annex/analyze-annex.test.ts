import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeAnnexes, parseSumFormula } from './analyze-annex';
import { modelOf, tableOver, type TableSpec } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import { sheetFromTsv } from '../../../test/fixtures/sheet';
import { bilaga2Tsv, bilaga6Tsv } from '../../../test/fixtures/seeds';
import type { RecognizedTable } from '../model';
import type { ResolvedOptions } from '../types';
import type { AnnexAnalysis } from './types';
import { cellOf } from '../cells';

const opts: ResolvedOptions = { lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 12 };

describe('analyzeAnnexes on seed 003', () => {
  it.each([
    ['Bilaga 2', [['TOTALT BITR CHEFER', 'block', 1], ['TOTALT HEMTJÄNST EJ LOV', 'block', 3], ['TOTALT INSKRIVEN DAGVERKSAMHET', 'empty', 0], ['ORDINÄRT BOENDE 2024', 'implicit', 3], ['TOTAL BUDGET ORDINÄRT BOENDE 2024', 'nested', 3], ['TOTAL BUDGET Hemtjänst LOV 2024', 'block', 1]]],
    ['Bilaga 3', [['Summa', 'block', 16], ['Summa', 'block', 65], ['Summa', 'block', 33], ['Summa', 'block', 7], ['Summa', 'block', 4], ['Summa', 'block', 5], ['Summa', 'block', 5], ['TOTAL', 'nested', 10]]],
    ['Bilaga 4', [['TOTAL HS säbo', 'block', 5], ['TOTAL HS Ordbo', 'block', 6], ['TOTAL HS vpf', 'block', 4], ['TOTAL HS Övriga', 'block', 1], ['TOTAL BUDGET HS', 'nested', 4]]],
    ['Bilaga 6', [['TOTALT TRÄFFPUNKTER', 'empty', 0], ['TOTALT ÖVRIG VERKSAMHET', 'block', 4], ['TOTALT Träffpunkter och övrig verksamhet', 'nested', 3], ['TOTALT Anhörig- o kunskapscentrum', 'block', 3], ['TOTAL BUDGET ÖPPEN OCH FÖREBYGGANDE VERKSAMHET', 'nested', 2]]],
  ])('%s: what each total covers', (name, want) => {
    const { sheet, table } = seedAnnex(name as string);
    const [a] = analyzeAnnexes(modelOf(table), { sheets: [sheet], ownedSheets: [] }, opts);
    expect(a.totals.map((t) => [t.label, t.reading, t.covers.length])).toEqual(want);
  });

  it('a table broken into several recognised tables under one Bilaga title is one annex', () => {
    const { sheet } = seedAnnex('Bilaga 3');
    const roles = { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount' } as const;
    // Split at the Daglig verksamhet header (row 102, 0-based 101): two tables, the second untitled.
    const t1 = tableOver(sheet, { roles, lastRow: 100 });
    const t2 = tableOver(sheet, { roles, headerRow: 101 });
    const out = analyzeAnnexes(modelOf(t1, t2), { sheets: [sheet], ownedSheets: [] }, opts);
    expect(out).toHaveLength(1);
    expect(out[0].tableIds).toEqual([t1.id, t2.id]);
    expect(out[0].issues.map((i) => i.kind).sort()).toEqual(['duplicate-key', ...Array(6).fill('total-rounding'), 'unit-suspect']);
  });
});

describe('parseSumFormula', () => {
  it.each([
    ['SUM(C5:C20)', [{ r1: 4, c1: 2, r2: 19, c2: 2 }]],
    ['sum($D$4:$D$8;D10)', [{ r1: 3, c1: 3, r2: 7, c2: 3 }, { r1: 9, c1: 3, r2: 9, c2: 3 }]],
    ['= SUM (C5:C20)', [{ r1: 4, c1: 2, r2: 19, c2: 2 }]],
    [' =SUM(C5:C20) ', [{ r1: 4, c1: 2, r2: 19, c2: 2 }]],
    ['SUM(D4:D8; D10)', [{ r1: 3, c1: 3, r2: 7, c2: 3 }, { r1: 9, c1: 3, r2: 9, c2: 3 }]],
    ['SUM(C5:C20)+1', null],
    ['C4+SUM(C5:C20)', null],
    ['SUM(C5:C20X)', null],
    ['SUBTOTAL(9,C5:C20)', null],
    ["SUM('Blad 2'!C5:C20)", null],
    ['SUM()', null],
  ])('%s', (f, want) => {
    expect(parseSumFormula(f)).toEqual(want);
  });

  it('property: never throws; ranges it reads are the ones written', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseSumFormula(s)));
    const cell = fc.record({ c: fc.integer({ min: 0, max: 50 }), r: fc.integer({ min: 0, max: 5000 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), (pairs) => {
        const L = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : 'A' + String.fromCharCode(65 + c - 26));
        const f = `SUM(${pairs.map(([a, b]) => `${L(a.c)}${a.r + 1}:${L(b.c)}${b.r + 1}`).join(',')})`;
        expect(parseSumFormula(f)).toEqual(
          pairs.map(([a, b]) => ({ r1: Math.min(a.r, b.r), c1: Math.min(a.c, b.c), r2: Math.max(a.r, b.r), c2: Math.max(a.c, b.c) })),
        );
      }),
    );
  });
});

describe('property: annex totals', () => {
  // Line amounts from 100 000 kr; an error smaller than a third of a line keeps the block reading
  // clearly the closest (with tiny figures any reading can come closer, and nothing can be said).
  const amounts = fc.array(fc.array(fc.integer({ min: 100_000, max: 50_000_000 }), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 });
  /** Blocks of lines each under a Summa, then a TOTAL; `detail` changes one line after the sums are taken. */
  const build = (blocks: number[][], grandDelta = 0, blockDelta: number[] = [], detail?: { block: number; line: number; delta: number }) => {
    const lines = ['Ansvar\tBenämning\tTotal budget'];
    let grand = 0;
    blocks.forEach((b, i) => {
      b.forEach((v, j) => lines.push(`${1000 * (i + 1) + j}\tRad ${j}\t${v + (detail?.block === i && detail.line === j ? detail.delta : 0)}`));
      const s = b.reduce((x, y) => x + y, 0) + (blockDelta[i] ?? 0);
      grand += s;
      lines.push(`\tSumma\t${s}`);
    });
    lines.push(`\tTOTAL\t${grand + grandDelta}`);
    const sheet = sheetFromTsv('P', lines.join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0 });
    return analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
  };

  it('totals that add up give no issue; every total is read', () => {
    fc.assert(
      fc.property(amounts, (blocks) => {
        const a = build(blocks);
        expect(a.issues).toEqual([]);
        expect(a.totals).toHaveLength(blocks.length + 1);
      }),
      { numRuns: 100 },
    );
  });

  it('one wrong block total (beyond rounding) gives exactly one mismatch, at that total', () => {
    fc.assert(
      fc.property(amounts, fc.nat(), fc.integer({ min: 100, max: 30_000 }), fc.boolean(), (blocks, pick, size, neg) => {
        const i = pick % blocks.length;
        const delta = neg ? -size : size;
        const deltas = blocks.map((_, k) => (k === i ? delta : 0));
        const a = build(blocks, 0, deltas);
        const mism = a.issues.filter((x) => x.kind === 'total-mismatch');
        expect(mism).toHaveLength(1);
        const summaRow = a.totals.filter((t) => t.label === 'Summa')[i].row;
        expect(mism[0].at.r).toBe(summaRow);
      }),
      { numRuns: 100 },
    );
  });

  it('one detail line changed by x: its block total computes x more, and it alone is a mismatch', () => {
    fc.assert(
      fc.property(amounts, fc.nat(), fc.nat(), fc.integer({ min: 100, max: 30_000 }), fc.boolean(), (blocks, pickBlock, pickLine, size, neg) => {
        const block = pickBlock % blocks.length;
        const line = pickLine % blocks[block].length;
        const delta = neg ? -size : size;
        const before = build(blocks);
        const after = build(blocks, 0, [], { block, line, delta });
        const summa = (a: AnnexAnalysis) => a.totals.filter((t) => t.label === 'Summa')[block];
        expect(summa(after).checks[0].computed - summa(before).checks[0].computed).toBe(delta);
        const mism = after.issues.filter((x) => x.kind === 'total-mismatch');
        expect(mism.map((m) => [m.at.r, m.params.diff])).toEqual([[summa(after).row, -delta]]);
        // The TOTAL over the Summas still adds up: it is read against the printed Summas.
        expect(after.totals.at(-1)).toMatchObject({ reading: 'nested', covers: before.totals.at(-1)!.covers });
      }),
      { numRuns: 100 },
    );
  });
});

/** An annex written as seed-style lines under `Ansvar · Benämning · Total Budget` (kr). */
const HEADER = 'Ansvar\tBenämning\tTotal Budget';
const annexOf = (lines: string[], roles: TableSpec['roles'] = { 0: 'key', 1: 'name', 2: 'amount' }) => {
  const sheet = sheetFromTsv('Bilaga 4', [HEADER, ...lines].join('\n'));
  const t = tableOver(sheet, { roles, headerRow: 0 });
  return analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
};
const readingsOf = (a: AnnexAnalysis) => a.totals.map((t) => [t.label, t.reading, t.covers.length]);
const issuesOf = (a: AnnexAnalysis) => a.issues.map((i) => [i.kind, cellOf(i.at), i.params.stated, i.params.computed]);

describe('which tables make one annex', () => {
  // Seed 003's Bilaga 2 and Bilaga 6 written one under the other on one sheet.
  const sheet = sheetFromTsv('Bilagor', bilaga2Tsv + bilaga6Tsv);
  const rowOf = (text: string) => sheet.rows.findIndex((r) => r?.[0]?.v === text);
  const title6 = 'Bilaga 6 Budget 2024 öppen och förebyggande verksamhet';
  const roles = { 0: 'name', 1: 'amount' } as const;
  const part2 = tableOver(sheet, { roles, lastRow: rowOf(title6) - 1 });
  const part6 = (title?: string) => ({ ...tableOver(sheet, { roles, headerRow: rowOf('Träffpunkter') }), title });
  const read = (...tables: RecognizedTable[]) => analyzeAnnexes(modelOf(...tables), { sheets: [sheet], ownedSheets: [] }, opts);
  const alone = (name: string) => {
    const { sheet: s, table } = seedAnnex(name);
    return analyzeAnnexes(modelOf(table), { sheets: [s], ownedSheets: [] }, opts)[0];
  };

  it('two tables titled Bilaga on one sheet are two annexes, each read as if on its own sheet', () => {
    const out = read(part2, part6(title6));
    expect(out.map((a) => a.title)).toEqual(['Bilaga 2 Budget 2024 uppdrag ordinärt boende', title6]);
    expect(out.map(readingsOf)).toEqual([readingsOf(alone('Bilaga 2')), readingsOf(alone('Bilaga 6'))]);
    expect(out.flatMap((a) => a.issues.map((i) => [i.kind, cellOf(i.at)]))).toEqual([['total-rounding', 'B10']]);
  });

  it.each([
    [title6, 2],
    ['Bil. 6 Öppen och förebyggande verksamhet', 2],
    ['Bilagor 6–7', 2],
    ['Annex 6 Preventive services', 2],
    ['Appendix 6', 2],
    // Not an annex title: the second table continues the first (a page of the same annex).
    ['Öppen och förebyggande verksamhet', 1],
    ['Fortsättning av bilaga 2', 1],
    [undefined, 1],
  ])('second table titled %s: %i annex(es)', (title, n) => {
    expect(read(part2, part6(title))).toHaveLength(n);
  });

  it('tables handed over in any order are read by sheet (as first met) and by row', () => {
    const b4 = seedAnnex('Bilaga 4');
    const out = analyzeAnnexes(modelOf(part6(undefined), b4.table, part2), { sheets: [b4.sheet, sheet], ownedSheets: [] }, opts);
    expect(out.map((a) => [a.sheet, a.tableIds])).toEqual([
      ['Bilagor', [part2.id, part6().id]],
      ['Bilaga 4', [b4.table.id]],
    ]);
  });

  it('only annex tables are read, and only on sheets that are there', () => {
    const { sheet: s, table } = seedAnnex('Bilaga 4');
    expect(analyzeAnnexes(modelOf({ ...table, kind: 'budget' }), { sheets: [s], ownedSheets: [] }, opts)).toEqual([]);
    expect(analyzeAnnexes(modelOf(table), { sheets: [], ownedSheets: [] }, opts)).toEqual([]);
  });
});

describe('what a total covers: every reading tried, pinned on seed 003 Bilaga 4 wording', () => {
  // Bilaga 4's blocks, shortened to one or two lines each (kr).
  const saebo = ['297401\tHS Säbo 1\t23 139 625', '297402\tHS Säbo 2\t19 966 409', '\tTOTAL HS säbo\t43 106 034'];
  const ordbo = ['297601\tHS norr\t20 368 024', '297602\tHS söder\t27 072 621', '\tTOTAL HS Ordbo\t47 440 645'];
  const vpf = ['297801\tHS VPF\t20 348 089', '\tTOTAL HS vpf\t20 348 089'];
  const ovriga = ['297060\tHS Hyror\t8 045 000', '\tTOTAL HS Övriga\t8 045 000'];

  it.each([
    [
      'a total over the blocks before it (Bilaga 4 TOTAL BUDGET HS)',
      [...saebo, ...ordbo, '\tTOTAL BUDGET HS\t90 546 679'],
      [['TOTAL HS säbo', 'block', 2], ['TOTAL HS Ordbo', 'block', 2], ['TOTAL BUDGET HS', 'nested', 2]],
      [],
    ],
    [
      'a total over blocks and loose lines after them (Bilaga 3 TOTAL over Summas and Lokaler vpf)',
      [...saebo, ...vpf, '298260\tLokaler vpf\t108 303 404', '\tTOTAL\t171 757 527'],
      [['TOTAL HS säbo', 'block', 2], ['TOTAL HS vpf', 'block', 1], ['TOTAL', 'nested', 3]],
      [],
    ],
    [
      'a second sibling subtotal over only the last two totals, then the grand total',
      [...saebo, ...ordbo, ...vpf, '\tSumma HS Ordbo och vpf\t67 788 734', '\tTOTAL BUDGET HS\t110 894 768'],
      [['TOTAL HS säbo', 'block', 2], ['TOTAL HS Ordbo', 'block', 2], ['TOTAL HS vpf', 'block', 1], ['Summa HS Ordbo och vpf', 'nested', 2], ['TOTAL BUDGET HS', 'nested', 2]],
      [],
    ],
    [
      'an unlabelled subtotal over exactly two totals (Bilaga 2 ORDINÄRT BOENDE without its first block)',
      [...ordbo, ...vpf, '\tHS ORDBO OCH VPF\t67 788 734', '297060\tHS Hyror\t8 045 000', '\tTOTAL BUDGET HS\t75 833 734'],
      [['TOTAL HS Ordbo', 'block', 2], ['TOTAL HS vpf', 'block', 1], ['HS ORDBO OCH VPF', 'implicit', 2], ['TOTAL BUDGET HS', 'nested', 2]],
      [],
    ],
    [
      'an unlabelled subtotal takes as many totals as add up: all three',
      [...saebo, ...ordbo, ...vpf, '\tHS 2024\t110 894 768'],
      [['TOTAL HS säbo', 'block', 2], ['TOTAL HS Ordbo', 'block', 2], ['TOTAL HS vpf', 'block', 1], ['HS 2024', 'implicit', 3]],
      [],
    ],
    [
      'a line under one total is a detail line, not a subtotal',
      [...vpf, '297060\tHS Hyror\t20 348 089', '\tTOTAL BUDGET HS\t40 696 178'],
      [['TOTAL HS vpf', 'block', 1], ['TOTAL BUDGET HS', 'nested', 2]],
      [],
    ],
    [
      // Nothing adds up and no detail rows: since the previous TOTALT, so over vpf and Övriga only.
      'since the previous total of the same kind',
      [...saebo, ...ordbo, '\tTOTALT HS säbo och ordbo\t90 546 679', ...vpf, ...ovriga, '\tTOTALT HS vpf och övriga\t28 393 189'],
      [['TOTAL HS säbo', 'block', 2], ['TOTAL HS Ordbo', 'block', 2], ['TOTALT HS säbo och ordbo', 'nested', 2], ['TOTAL HS vpf', 'block', 1], ['TOTAL HS Övriga', 'block', 1], ['TOTALT HS vpf och övriga', 'nested', 2]],
      [['total-mismatch', 'C13', 28393189, 28393089]],
    ],
    [
      // Right after a total of its own kind there is no earlier one to start from: all totals.
      'right after a total of the same kind: over every total (Bilaga 4 TOTAL BUDGET HS, 10 kr off)',
      [...vpf, ...ovriga, '\tTOTAL BUDGET HS\t28 393 099'],
      [['TOTAL HS vpf', 'block', 1], ['TOTAL HS Övriga', 'block', 1], ['TOTAL BUDGET HS', 'nested', 2]],
      [['total-mismatch', 'C6', 28393099, 28393089]],
    ],
    [
      // Bilaga 2's TOTALT INSKRIVEN DAGVERKSAMHET under its own header: nothing above belongs to it.
      'a total right after a header heads a block of its own',
      [...saebo, 'Ansvar\tInskriven dagverksamhet\tTotal Budget', '\tTOTALT INSKRIVEN DAGVERKSAMHET\t50 000 000'],
      [['TOTAL HS säbo', 'block', 2], ['TOTALT INSKRIVEN DAGVERKSAMHET', 'empty', 0]],
      [],
    ],
    [
      'so does a total after a block title on a line of its own',
      [...saebo, '\tInskriven dagverksamhet', '\tTOTALT INSKRIVEN DAGVERKSAMHET\t50 000 000'],
      [['TOTAL HS säbo', 'block', 2], ['TOTALT INSKRIVEN DAGVERKSAMHET', 'empty', 0]],
      [],
    ],
    [
      'without the header the same total is read over the one above, and does not add up',
      [...saebo, '\tTOTALT INSKRIVEN DAGVERKSAMHET\t50 000 000'],
      [['TOTAL HS säbo', 'block', 2], ['TOTALT INSKRIVEN DAGVERKSAMHET', 'nested', 1]],
      [['total-mismatch', 'C5', 50000000, 43106034]],
    ],
    [
      'a total smaller than one of the totals above is a block of its own',
      [...saebo, ...vpf, '\tTOTALT INSKRIVEN DAGVERKSAMHET\t10 685 290'],
      [['TOTAL HS säbo', 'block', 2], ['TOTAL HS vpf', 'block', 1], ['TOTALT INSKRIVEN DAGVERKSAMHET', 'empty', 0]],
      [],
    ],
    [
      'a total as large as the largest part is not smaller than it',
      [...vpf, ...ovriga, '\tTOTALT HS\t20 348 089'],
      [['TOTAL HS vpf', 'block', 1], ['TOTAL HS Övriga', 'block', 1], ['TOTALT HS', 'nested', 2]],
      [['total-mismatch', 'C6', 20348089, 28393089]],
    ],
    [
      'a negative total is not compared with its parts by size',
      [...vpf, '297060\tHS Hyror intäkter\t-8 045 000', '\tTOTAL HS Övriga\t-8 045 000', '\tTOTALT HS\t-1 000'],
      [['TOTAL HS vpf', 'block', 1], ['TOTAL HS Övriga', 'block', 1], ['TOTALT HS', 'nested', 2]],
      [['total-mismatch', 'C6', -1000, 12303089]],
    ],
    ['a first total with nothing above it has nothing to check', ['\tTOTAL HS säbo\t43 106 034', ...vpf], [['TOTAL HS säbo', 'empty', 0], ['TOTAL HS vpf', 'block', 1]], []],
  ])('%s', (_what, lines, readings, issues) => {
    const a = annexOf(lines as string[]);
    expect(readingsOf(a)).toEqual(readings);
    expect(issuesOf(a)).toEqual(issues);
  });

  // Nothing adds up after a total and a loose line: block (the loose line, 100 000) or all (400 000).
  // The block reading stays unless the other misses by less than half as much.
  it.each([
    ['290 000', 'block', 100000],
    ['300 000', 'block', 100000], // misses 200 000 and 100 000: exactly half is not clearly closer
    ['310 000', 'nested', 400000],
  ])('closest reading: TOTAL BUDGET HS %s is read as %s', (stated, reading, computed) => {
    const a = annexOf(['297401\tHS Säbo 1\t300 000', '\tTOTAL HS säbo\t300 000', '297060\tHS Hyror\t100 000', `\tTOTAL BUDGET HS\t${stated}`]);
    expect(a.totals[1]).toMatchObject({ reading, checks: [{ col: 2, computed }] });
    expect(issuesOf(a)).toEqual([['total-mismatch', 'C5', Number(stated.replace(' ', '')), computed]]);
  });

  // TOTAL HS säbo is written 100 kr too high (printed 43 106 134, its rows give 43 106 034): the
  // total over it is compared with the rows as printed, unless only the recomputed sum fits.
  it.each([
    ['the sum of the recomputed subtotals exactly', 63474058, 63474058, null],
    ['the sum as printed exactly', 63474158, 63474158, null],
    ['1 kr over the sum as printed', 63474159, 63474158, 'total-rounding'],
    ['1 kr over the recomputed sum', 63474059, 63474058, 'total-rounding'],
    ['far from both', 63474300, 63474158, 'total-mismatch'],
  ])('a total over a wrong subtotal, written as %s', (_what, stated, computed, kind) => {
    const a = annexOf(['297401\tHS Säbo 1\t23 139 625', '297402\tHS Säbo 2\t19 966 409', '\tTOTAL HS säbo\t43 106 134', ...ordbo.slice(0, 1), '\tTOTAL HS Ordbo\t20 368 024', `\tTOTAL BUDGET HS\t${stated}`]);
    expect(a.totals[2].checks).toEqual([{ col: 2, stated, computed, count: 2 }]);
    expect(issuesOf(a)).toEqual([['total-mismatch', 'C4', 43106134, 43106034], ...(kind ? [[kind, 'C7', stated, computed]] : [])]);
  });
});

const seedRead = (name: string, edit?: (tsv: string) => string) => {
  const { sheet, table } = seedAnnex(name, edit);
  return analyzeAnnexes(modelOf(table), { sheets: [sheet], ownedSheets: [] }, opts)[0];
};

describe('rows as read', () => {
  it('Bilaga 3: a repeated header names its block (Servicebostäder …), not the standard Ansvar', () => {
    const labels = seedRead('Bilaga 3').rows.filter((r) => r.kind === 'header').map((r) => r.label);
    expect(labels).toEqual([
      'Servicebostäder',
      'Gruppbostäder',
      'Gruppbostäder',
      'Gruppbostäder',
      'Gruppbestäder',
      'Daglig verksamhet',
      'Daglig verksamhet',
      'Korttidsplatser',
      'Boendestöd',
      'Pers.ass.',
      'Övrigt',
    ]);
  });

  it('a category that begins like a standard header is still a category (Enhetschefer, Verksamhetsstöd)', () => {
    const sheet = sheetFromTsv('Bilaga 2', ['Ansvar\tEnhetschefer\tTotal budget 2024', '294001\tBITR ENHETSCHEFER\t4 748 682', 'Ansvar\tVerksamhetsstöd\tTotal budget 2024', '294002\tIT-stöd\t1 301 480'].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0 });
    const a = analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
    expect(a.rows.filter((r) => r.kind === 'header').map((r) => r.label)).toEqual(['Enhetschefer', 'Verksamhetsstöd']);
  });

  it.each([
    ['Bilaga 1', [null]], // Ansvar and an empty name column
    ['Bilaga 5', [null]], // Ansvar, empty, Verksamhet
    ['Bilaga 2', ['Chefer', 'Hemtjänst ej LOV', 'Inskriften dagverksamhet']],
  ])('%s: header labels', (name, labels) => {
    expect(seedRead(name).rows.filter((r) => r.kind === 'header').map((r) => r.label)).toEqual(labels);
  });

  it('Bilaga 3: texts and numbers by column; a blank amount is null and a blank text absent', () => {
    const rows = seedRead('Bilaga 3').rows;
    expect(rows.find((r) => r.texts[1] === 'Ljuragatan 147-149')).toEqual({
      r: 3,
      tableId: 'Bilaga 3!A3',
      kind: 'data',
      label: '298101',
      texts: { 0: '298101', 1: 'Ljuragatan 147-149' },
      values: { 2: 5245914, 3: 12 },
    });
    expect(rows.find((r) => r.texts[1] === 'Aktivitetscenter Asken')?.values).toEqual({ 2: 1505828, 3: null });
    expect(rows.find((r) => r.texts[1] === 'Rehab och chefsstöd')).toMatchObject({ kind: 'data', label: 'Rehab och chefsstöd', texts: { 1: 'Rehab och chefsstöd' } });
  });

  it('a line recognised as data but holding no amount is a heading; a total without a label takes its first text', () => {
    const { sheet, table } = seedAnnex('Bilaga 4');
    // Row 10 `HS ORDBO · · Antal besök` (a header here) as a data row; TOTAL HS säbo (row 9) unlabelled.
    const edited: RecognizedTable = {
      ...table,
      rows: table.rows.map((tr) => (tr.r === 9 ? { r: 9, kind: 'data' } : tr.r === 8 ? { r: 8, kind: 'total' } : tr)),
    };
    sheet.rows[9] = [{ v: 'HS ORDBO' }, { v: 'Hälso- och sjukvård ordinärt boende' }];
    const a = analyzeAnnexes(modelOf(edited), { sheets: [sheet], ownedSheets: [] }, opts)[0];
    expect(a.rows.find((r) => r.r === 9)).toMatchObject({ kind: 'group', label: 'HS ORDBO' });
    expect(a.rows.find((r) => r.r === 8)).toMatchObject({ kind: 'total', label: 'TOTAL HS säbo' });
  });
});

describe('columns totalling the row (Bilaga 1 Total Platser)', () => {
  const head = 'Ansvar\tBenämning\tUtan inriktning\tDemens\tTotal Platser\tTotal Budget';
  const places = (...lines: string[]) => {
    const sheet = sheetFromTsv('Bilaga 1', [head, ...lines].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount', 4: 'amount', 5: 'amount' }, headerRow: 0 });
    return analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
  };
  const ribbing = '294101\tRibbingsholmsv 3 B\t20\t6\t26\t15 356 473';
  const brygg = '294103\tBryggaregatan 6:1\t\t26\t26\t16 764 965';
  const sag = (total: number) => `294105\tSågvägen 10\t56\t7\t${total}\t35 484 001`;
  const nils = (total: number) => `294107\tNils Åbergs gata 2\t33\t33\t${total}\t38 552 009`;

  it('seed 003 Bilaga 1: Total Platser over the four place columns; Total Budget totals nothing across', () => {
    expect(seedRead('Bilaga 1').rowTotals).toEqual([{ col: 6, components: [2, 3, 4, 5] }]);
  });

  it('seed 003 Bilaga 5: Total Budget is not Antal ärende + Årsarbetare', () => {
    expect(seedRead('Bilaga 5').rowTotals).toEqual([]);
  });

  it('most rows adding up make a row total; a row that does not is a mismatch, places being counts', () => {
    const a = places(ribbing, brygg, sag(64));
    expect(a.rowTotals).toEqual([{ col: 4, components: [2, 3] }]);
    expect(a.issues).toEqual([
      {
        kind: 'total-mismatch',
        at: { sheet: 'Bilaga 1', r: 3, c: 4 },
        params: { label: '294105', column: 'Total Platser', stated: 64, computed: 63, diff: 1, count: 2, tolerance: 0 },
      },
    ]);
  });

  it.each([
    ['half the rows adding up', [ribbing, brygg, sag(64), nils(67)]],
    ['one row', [ribbing]],
    ['one row, and one whose place columns are empty', [ribbing, '294090\tParboende Dubbletter\t\t\t4\t5 000 000']],
  ])('no row total from %s', (_what, lines) => {
    const a = places(...lines);
    expect([a.rowTotals, a.issues]).toEqual([[], []]);
  });

  it('a row with empty place columns is not checked; one with an empty total neither', () => {
    const a = places(ribbing, brygg, '294090\tParboende Dubbletter\t\t\t4\t5 000 000', '294060\tsäbo Lokalhyror\t3\t\t\t157 961 694');
    expect(a.rowTotals).toHaveLength(1);
    expect(a.issues).toEqual([]);
  });

  it('a header row of years is no row to add up', () => {
    const sheet = sheetFromTsv('Bilaga 1', [head, '\t\t2024\t2024\t2024\t2024', ribbing, brygg].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount', 4: 'amount', 5: 'amount' }, headerRow: 0 });
    const years: RecognizedTable = { ...t, headerRows: [0, 1], rows: t.rows.map((tr) => (tr.r === 1 ? { r: 1, kind: 'header' } : tr)) };
    const a = analyzeAnnexes(modelOf(years), { sheets: [sheet], ownedSheets: [] }, opts)[0];
    expect([a.rowTotals, a.issues]).toEqual([[{ col: 4, components: [2, 3] }], []]);
  });

  it('amounts across: half a krona per part is rounding, more is a mismatch', () => {
    const sheet = sheetFromTsv(
      'Bilaga 6',
      [
        'Verksamhet\tPersonal\tLokaler\tTotalt',
        'Fixarmaltar\t1 000 000\t62 100\t1 062 100',
        'Aktivitetslokal Lindgatan 1\t300 000\t87 300\t387 301',
        'Aktivitetslokal Odalgatan\t900 000\t100 000\t1 000 002',
      ].join('\n'),
    );
    const t = tableOver(sheet, { roles: { 0: 'name', 1: 'amount', 2: 'amount', 3: 'amount' }, headerRow: 0 });
    const a = analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
    expect(a.issues.map((i) => [i.kind, cellOf(i.at), i.params.label, i.params.tolerance])).toEqual([
      ['total-rounding', 'D3', 'Aktivitetslokal Lindgatan 1', 1],
      ['total-mismatch', 'D4', 'Aktivitetslokal Odalgatan', 1],
    ]);
  });

  it('amounts across are amounts: a column Summa over them may round', () => {
    const sheet = sheetFromTsv(
      'Bilaga 6',
      ['Verksamhet\tPersonal\tLokaler\tTotalt', 'Fixarmaltar\t1 000 000\t62 100\t1 062 100', 'Lindgatan 1\t300 000\t87 300\t387 300', 'Summa\t1 300 001\t149 400\t1 449 400'].join('\n'),
    );
    const t = tableOver(sheet, { roles: { 0: 'name', 1: 'amount', 2: 'amount', 3: 'amount' }, headerRow: 0 });
    const a = analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
    expect(a.rowTotals).toEqual([{ col: 3, components: [1, 2] }]);
    expect(a.issues.map((i) => [i.kind, cellOf(i.at)])).toEqual([
      ['total-rounding', 'D4'],
      ['total-rounding', 'B4'],
    ]);
  });

  it('a total column may say so last: Antal platser totalt', () => {
    const a = places(ribbing, brygg);
    expect(a.rowTotals).toHaveLength(1);
    const sheet = sheetFromTsv('Bilaga 1', [head.replace('Total Platser', 'Antal platser totalt'), ribbing, brygg].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount', 4: 'amount', 5: 'amount' }, headerRow: 0 });
    expect(analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0].rowTotals).toEqual([{ col: 4, components: [2, 3] }]);
  });

  it('a column that happens to be the sum of the ones before it is no row total unless it says Total', () => {
    const sheet = sheetFromTsv('Bilaga 6', ['Verksamhet\tPersonal\tLokaler\tBudget 2024', 'Fixarmaltar\t1 000 000\t62 100\t1 062 100', 'Lindgatan 1\t300 000\t87 300\t387 301'].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'name', 1: 'amount', 2: 'amount', 3: 'amount' }, headerRow: 0 });
    expect(analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0]).toMatchObject({ rowTotals: [], issues: [] });
  });

  it('a line without any text that does not add up across is reported unnamed', () => {
    const a = places(ribbing, brygg, '\t\t56\t7\t64\t35 484 001');
    expect(a.issues.map((i) => [cellOf(i.at), i.params.label])).toEqual([['E4', '']]);
  });

  it('parts stop at a text column, and one numeric column is no sum', () => {
    const sheet = sheetFromTsv('Bilaga 6', ['Antal\tVerksamhet\tPersonal\tTotalt', '3\tFixarmaltar\t1 000 000\t1 000 000', '2\tLokaler\t62 100\t62 100'].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'amount', 1: 'name', 2: 'amount', 3: 'amount' }, headerRow: 0 });
    expect(analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0].rowTotals).toEqual([]);
  });
});

describe('`tkr` columns holding kronor: the median line', () => {
  const tkr = (amounts: string[], extra: string[] = []) => {
    const lines = ['Ansvar\tServicebostäder\tBudget uppdrag tkr', ...amounts.map((x, i) => `${298101 + i}\tRad ${i + 1}\t${x}`), ...extra];
    const sheet = sheetFromTsv('Bilaga 3', lines.join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0 });
    return analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0].issues.filter((i) => i.kind === 'unit-suspect');
  };

  it.each([
    ['odd count, unsorted: the middle by size', ['3 000 000', '20 000', '150 000'], 150000],
    ['even count: the mean of the middle two', ['10', '99 999', '100 001', '300 000'], 100000],
    ['even count just under', ['10', '99 998', '100 000', '300 000'], null],
    ['income lines (negative) count by size', ['-5 245 914', '-4 806 705', '-5 210 452'], 5210452],
    ['one line', ['100 000'], 100000],
  ])('%s', (_what, amounts, median) => {
    expect(tkr(amounts).map((i) => [cellOf(i.at), i.params.median])).toEqual(median === null ? [] : [['C1', median]]);
  });

  it('totals are not lines: a large Summa does not make the column suspect', () => {
    expect(tkr(['90 000', '95 000'], ['\tSumma\t185 000', '\tTOTAL\t185 000'])).toEqual([]);
  });

  it('a text column whose header says tkr holds no amounts', () => {
    const sheet = sheetFromTsv('Bilaga 3', ['Ansvar\tServicebostäder\tBudget uppdrag\tKommentar (tkr)', '298101\tLjuragatan 147-149\t5 246\tÖkning 120', '298102\tGuldringen 77-83\t4 807\t'].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'comment' }, headerRow: 0 });
    expect(analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0].issues).toEqual([]);
  });

  it('an empty tkr column is not suspect', () => {
    const sheet = sheetFromTsv('Bilaga 3', ['Ansvar\tServicebostäder\tBudget tkr\tPrognos tkr', '298101\tLjuragatan 147-149\t5 246\t', '298102\tGuldringen 77-83\t4 807\t'].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount' }, headerRow: 0 });
    expect(analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0].issues).toEqual([]);
  });

  it('a tkr column only in a later table of the annex is reported at that table’s header', () => {
    const sheet = sheetFromTsv(
      'Bilaga 3',
      [
        'Ansvar\tServicebostäder\tAntal platser',
        '298101\tLjuragatan 147-149\t12',
        '',
        'Ansvar\tGruppbostäder\tAntal platser\tBudget uppdrag tkr',
        '298119\tLarumsvägen 6\t10\t6 335 581',
        '298201\tDalviksgatan 71 E\t4\t3 125 963',
      ].join('\n'),
    );
    const t1 = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0, lastRow: 1 });
    const t2 = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount' }, headerRow: 3 });
    const [a] = analyzeAnnexes(modelOf(t1, t2), { sheets: [sheet], ownedSheets: [] }, opts);
    expect(a.issues.map((i) => [i.kind, cellOf(i.at), i.params.median])).toEqual([['unit-suspect', 'D4', 4730772]]);
  });
});

describe('ansvar codes used twice', () => {
  it.each([
    ['the same code', '294503', [['A3', '294503', 'A2']]],
    ['written as text with a space', '294 503', [['A3', '294 503', 'A2']]],
    ['another code', '294518', []],
  ])('%s', (_what, second, expected) => {
    const sheet = sheetFromTsv('Bilaga 1', ['Ansvar\tBenämning\tTotal Budget', '294503\tSandbyhovsgatan 4\t35 584 278', `X\tKatrineholmsvägen 5\t35 584 278`].join('\n'));
    sheet.rows[2]![0] = { v: second };
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0 });
    const a = analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
    expect(a.issues.map((i) => [cellOf(i.at), i.params.key, i.params.first])).toEqual(expected);
  });

  it('the ansvar column need not come first; a line without a name is named empty', () => {
    const sheet = sheetFromTsv('Bilaga 1', ['Benämning\tAnsvar\tTotal Budget', 'Sandbyhovsgatan 4\t294503\t35 584 278', '\t294503\t1 000'].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'name', 1: 'key', 2: 'amount' }, headerRow: 0 });
    const a = analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
    expect(a.issues.map((i) => [i.kind, cellOf(i.at), i.params.first, i.params.name, i.params.firstName])).toEqual([['duplicate-key', 'B3', 'B2', '', 'Sandbyhovsgatan 4']]);
  });

  it('codes with letters match whatever the case', () => {
    const sheet = sheetFromTsv('Bilaga 1', ['Ansvar\tBenämning\tTotal Budget', 'VO12\tSandbyhovsgatan 4\t1 000', 'vo12\tKatrineholmsvägen 5\t2 000'].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0 });
    const a = analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
    expect(a.issues.map((i) => [i.kind, cellOf(i.at), i.params.name, i.params.firstName])).toEqual([['duplicate-key', 'A3', 'Katrineholmsvägen 5', 'Sandbyhovsgatan 4']]);
  });
});

describe('more of what a total covers, with Bilaga 4’s places and amounts', () => {
  // Antal platser is a count (no rounding); Total Budget in kr.
  const both = (...lines: string[]) => {
    const sheet = sheetFromTsv('Bilaga 4', ['Ansvar\tBenämning\tAntal platser\tTotal Budget', ...lines].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount' }, headerRow: 0 });
    return analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
  };
  const saebo = ['297401\tHS Säbo 1\t301\t23 139 625', '\tTOTAL HS säbo\t301\t23 139 625'];
  const vpf = ['297801\tHS VPF\t919\t20 348 089', '\tTOTAL HS vpf\t919\t20 348 089'];

  it('an unlabelled subtotal adds up in every column: amounts alone are not enough', () => {
    const a = both(...saebo, ...vpf, '\tHS 2024\t1 000\t43 487 714', '\tTOTAL BUDGET HS\t2 220\t86 975 428');
    expect(a.rows.find((r) => r.label === 'HS 2024')?.kind).toBe('data');
    expect(readingsOf(a)).toEqual([['TOTAL HS säbo', 'block', 1], ['TOTAL HS vpf', 'block', 1], ['TOTAL BUDGET HS', 'nested', 3]]);
  });

  it('a reading adds up in every column: places alone are not enough', () => {
    // HS Hyror has no places: the block (HS Hyror) fits the places, only everything fits both.
    const a = both('297060\tHS Hyror\t\t8 045 000', '\tTOTAL HS Övriga\t\t8 045 000', '297801\tHS VPF\t919\t20 348 089', '\tTOTAL BUDGET HS\t919\t28 393 089');
    expect(readingsOf(a)).toEqual([['TOTAL HS Övriga', 'block', 1], ['TOTAL BUDGET HS', 'nested', 2]]);
    expect(a.issues).toEqual([]);
  });

  it('a total smaller than a part in one column (amounts) though not in another (places) is a block of its own', () => {
    const a = both(...saebo, '\tTOTALT INSKRIVEN DAGVERKSAMHET\t400\t10 685 290');
    expect(readingsOf(a)).toEqual([['TOTAL HS säbo', 'block', 1], ['TOTALT INSKRIVEN DAGVERKSAMHET', 'empty', 0]]);
  });

  it('the closest reading weighs each column by its size: 10 000 kr of 20 million is closer than 100 of 200 places', () => {
    // Block (HS VPF): places exact, amount 10 000 kr short. All: amount exact, places 100 over.
    const a = both('297060\tHS Hyror\t100\t10 000', '\tTOTAL HS Övriga\t100\t10 000', '297801\tHS VPF\t200\t20 348 089', '\tTOTAL BUDGET HS\t200\t20 358 089');
    expect(readingsOf(a)[1]).toEqual(['TOTAL BUDGET HS', 'block', 1]);
    expect(issuesOf(a)).toEqual([['total-mismatch', 'D5', 20358089, 20348089]]);
  });
});

describe('more of what a total covers', () => {
  const saebo = ['297401\tHS Säbo 1\t23 139 625', '297402\tHS Säbo 2\t19 966 409', '\tTOTAL HS säbo\t43 106 034'];
  const ordbo = ['297601\tHS norr\t20 368 024', '297602\tHS söder\t27 072 621', '\tTOTAL HS Ordbo\t47 440 645'];

  it('after a loose line, a line equal to everything above is still a line', () => {
    const a = annexOf([...saebo, ...ordbo, '297060\tHS Hyror\t8 045 000', '\tHS 2024\t98 591 679', '\tTOTAL BUDGET HS\t197 183 358']);
    expect(a.rows.find((r) => r.label === 'HS 2024')?.kind).toBe('data');
    expect(readingsOf(a).at(-1)).toEqual(['TOTAL BUDGET HS', 'nested', 4]);
  });

  it('a total of 0 right after other totals is a block of its own (Bilaga 2 TOTALT INSKRIVEN DAGVERKSAMHET at 0)', () => {
    const a = annexOf([...saebo, ...ordbo, '\tTOTALT INSKRIVEN DAGVERKSAMHET\t0']);
    expect(a.totals.at(-1)).toEqual({ row: 7, label: 'TOTALT INSKRIVEN DAGVERKSAMHET', checks: [], covers: [], reading: 'empty' });
    expect(a.issues).toEqual([]);
  });

  it('an unlabelled subtotal without any text: a rounding difference is reported with an empty label', () => {
    const a = annexOf([...saebo, ...ordbo, '\t\t90 546 680', '\tTOTAL BUDGET HS\t90 546 680']);
    expect(readingsOf(a)).toEqual([['TOTAL HS säbo', 'block', 2], ['TOTAL HS Ordbo', 'block', 2], ['', 'implicit', 2], ['TOTAL BUDGET HS', 'nested', 1]]);
    expect(a.issues.map((i) => [i.kind, cellOf(i.at), i.params.label])).toEqual([['total-rounding', 'C8', '']]);
  });

  it('a wrong total after an unlabelled subtotal covers it', () => {
    const a = annexOf([...saebo, ...ordbo, '\t\t90 546 679', '\tTOTAL BUDGET HS\t90 546 779']);
    expect(readingsOf(a).at(-1)).toEqual(['TOTAL BUDGET HS', 'nested', 1]);
    expect(issuesOf(a)).toEqual([['total-mismatch', 'C9', 90546779, 90546679]]);
  });

  it.each([
    // Only TOTAL HS säbo (43 106 034) exceeds 10 685 290; HS Hyror (8 045 000) does not.
    ['one of the parts larger', ['297060\tHS Hyror\t8 045 000', '\tTOTAL HS Övriga\t8 045 000'], '10 685 290', 'empty'],
    // 0,50 kr over is rounding, not larger.
    ['a part larger by rounding only', [], '43 106 033,5', 'nested'],
  ])('a total after totals, %s', (_what, more, stated, reading) => {
    const a = annexOf([...saebo, ...more, `\tTOTALT INSKRIVEN DAGVERKSAMHET\t${stated}`]);
    expect(a.totals.at(-1)?.reading).toBe(reading);
  });

  it('a table whose rows begin with a total: that total has nothing to check', () => {
    const sheet = sheetFromTsv('Bilaga 4', [HEADER, '\tTOTAL HS säbo\t43 106 034', ...ordbo].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0 });
    const noHeader: RecognizedTable = { ...t, rows: t.rows.filter((r) => r.kind !== 'header') };
    const a = analyzeAnnexes(modelOf(noHeader), { sheets: [sheet], ownedSheets: [] }, opts)[0];
    expect(readingsOf(a)).toEqual([['TOTAL HS säbo', 'empty', 0], ['TOTAL HS Ordbo', 'block', 2]]);
  });

  it.each(['amount', 'budget', 'actual', 'forecast', 'deviation', 'month'] as const)('a %s column is summed by the totals', (role) => {
    const a = annexOf([...saebo.slice(0, 2), '\tTOTAL HS säbo\t43 106 134'], { 0: 'key', 1: 'name', 2: role });
    expect(issuesOf(a)).toEqual([['total-mismatch', 'C4', 43106134, 43106034]]);
  });
});

describe('columns and texts', () => {
  it('the first table to have a column names it; columns come in sheet order', () => {
    const { sheet } = seedAnnex('Bilaga 3');
    // Bilaga 3 split at the Daglig verksamhet header; the second part brings Ansvar (A) last.
    const t1 = tableOver(sheet, { roles: { 1: 'name', 2: 'amount', 3: 'amount' }, lastRow: 100 });
    const t2 = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount' }, headerRow: 101 });
    const [a] = analyzeAnnexes(modelOf(t1, t2), { sheets: [sheet], ownedSheets: [] }, opts);
    expect(a.columns.map((c) => [c.col, c.role, c.header])).toEqual([
      [0, 'key', 'Ansvar'],
      [1, 'name', 'Servicebostäder'],
      [2, 'amount', 'Budget uppdrag tkr'],
      [3, 'amount', 'Antal platser'],
    ]);
  });

  it('texts are trimmed; a line is labelled by its ansvar or name, not by another text column', () => {
    const sheet = sheetFromTsv(
      'Bilaga 5',
      ['Typ\tAnsvar\tBenämning\tTotal Budget', 'Kostnad\t\tSoL över 65\t20 736 444', 'Kostnad\t\t\t4 855 262', 'Kostnad\t586\tLSS\t14 605 709'].join('\n'),
    );
    sheet.rows[3]![1] = { v: ' 586 ' };
    const t = tableOver(sheet, { roles: { 0: 'lineType', 1: 'key', 2: 'name', 3: 'amount' }, headerRow: 0 });
    const rows = analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0].rows;
    expect(rows.map((r) => [r.kind, r.label, r.texts])).toEqual([
      ['header', null, { 0: 'Typ', 1: 'Ansvar', 2: 'Benämning' }],
      ['data', 'SoL över 65', { 0: 'Kostnad', 2: 'SoL över 65' }],
      ['data', 'Kostnad', { 0: 'Kostnad' }],
      ['data', '586', { 0: 'Kostnad', 1: '586', 2: 'LSS' }],
    ]);
  });

  it('a line holding the total as text only (no amounts) is a heading', () => {
    const { sheet, table } = seedAnnex('Bilaga 2');
    // `Larmteam 2 827 438` typed into one cell of the name column, as in a PDF copy.
    sheet.rows[6] = [{ v: 'Larmteam 2 827 438' }];
    const a = analyzeAnnexes(modelOf({ ...table, rows: table.rows.map((tr) => (tr.r === 6 ? { r: 6, kind: 'data' as const } : tr)) }), { sheets: [sheet], ownedSheets: [] }, opts)[0];
    expect(a.rows.find((r) => r.r === 6)).toEqual({ r: 6, tableId: table.id, kind: 'group', label: 'Larmteam 2 827 438', texts: { 0: 'Larmteam 2 827 438' }, values: { 1: null } });
  });
});
