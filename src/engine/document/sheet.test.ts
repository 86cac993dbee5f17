import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { buildReportDocument } from './build';
import { reportSheet, reportSheetEdit } from './sheet';
import { PALETTE } from '../types';
import type { GenCell } from '../types';
import type { Block, ParagraphBlock, ReportDocument, TableBlock } from './types';
import { norrkopingYear, NK_AREA1, NK_AREA2 } from '../../../test/fixtures/report';

// Built inside each test, so that mutation testing can tell which tests run the code.
const build = () => {
  const doc = buildReportDocument(analyze(norrkopingYear(), { period: 'year' }), { date: '2025-01-20' });
  const s = reportSheet(doc);
  return { doc, s, find: (v: string) => s.rows.findIndex((r) => r[0]?.v === v) };
};
const values = (r: GenCell[]) => r.map((c) => c.v);

describe('the report as a sheet laid out for printing', () => {
  it('title block, then the sections each on a new page; print area over the whole, one page wide', () => {
    const { s, find } = build();
    expect(s.rows.slice(0, 5).map((r) => r[0]?.v)).toEqual(['Verksamhetsberättelse 2024', 'Vård- och omsorgsnämnden', 'Uppföljningsperiod: helår', 'Datum: 2025-01-20', 'Underlag: vp-2024.xlsx']);
    expect(s.rows[0][0].bold).toBe(true);
    const starts = ['Sammanfattning', NK_AREA1, NK_AREA2, 'Övergripande mål', 'Ekonomi – budgetavvikelser', 'Brister i planen'].map(find);
    expect(starts.every((i) => i > 0)).toBe(true);
    expect(s.print).toEqual({ area: true, rowBreaks: starts, landscape: true, fitToWidth: true });
    expect(s.rows[starts[1]][0]).toMatchObject({ bold: true, fill: 'FFD9E1F2', border: { bottom: 'medium' } });
  });

  it('the assessment: its words in A, the word in B in the assessment colour', () => {
    const { s } = build();
    const h = s.rows.findIndex((r) => String(r[0]?.v).startsWith('Mål 2: Kvaliteten'));
    expect(values(s.rows[h + 1])).toEqual(['Bedömning · Nivå: Nämndmål · Bidrar till: Mål 4 Kommunens välfärdstjänster ska …', 'Delvis uppfyllt']);
    expect(s.rows[h + 1][1]).toMatchObject({ fill: PALETTE.yellow.fill, font: PALETTE.yellow.font, bold: true });
  });

  it('an indicator table: header in one style, results and status in their colours', () => {
    const { s } = build();
    const r = s.rows.find((x) => x[0]?.v === '1. Personalkontinuitet inom hemtjänsten')!;
    expect(values(r)).toEqual(['1. Personalkontinuitet inom hemtjänsten', 'Öka', '15', '14', 'Röd', '15 → 14, Öka → Röd']);
    expect(r[3]).toMatchObject({ fill: PALETTE.red.fill });
    expect(r[4]).toMatchObject({ fill: PALETTE.red.fill, bold: true });
    const header = s.rows[s.rows.indexOf(r) - 1];
    expect(header.every((c) => c.bold && c.fill === 'FFD9E1F2')).toBe(true);
  });

  it('a place to write stands out; budget lines keep their analysis', () => {
    const { s } = build();
    const place = s.rows.find((x) => String(x[0]?.v).startsWith('[Skriv analysen här'))!;
    expect(place[0]).toMatchObject({ fill: 'FFFFF2CC', italic: true, wrap: true });
    expect(s.rows.some((x) => x[0]?.v === 'Analys: Ökade bemanningskostnader under sommaren.')).toBe(true);
    const dev = s.rows.find((x) => String(x[0]?.v).startsWith('Avvikelse +283'))!;
    expect(dev[1]).toMatchObject({ v: 'Röd', fill: PALETTE.red.fill });
  });

  it('columns wide enough to read: A for the texts, the rest by each table’s share', () => {
    const { s } = build();
    expect(s.colWidths![0]).toBe(48);
    expect(s.colWidths!.every((w) => w >= 8 && w <= 48)).toBe(true);
    expect(s.rows.flat().every((c) => c.formula === undefined)).toBe(true);
  });

  it('as an edit: named Rapport, or a free name beside a user’s own Rapport sheet', () => {
    const { doc } = build();
    expect(reportSheetEdit(doc, { sheets: [{ name: 'Mål' }], ownedSheets: [] })).toMatchObject({ kind: 'report', name: 'Rapport' });
    expect(reportSheetEdit(doc, { sheets: [{ name: 'Rapport' }], ownedSheets: [] }).name).toBe('Rapport (Planark)');
    expect(reportSheetEdit(doc, { sheets: [{ name: 'Rapport' }], ownedSheets: ['Rapport'] }).name).toBe('Rapport');
  });
});

describe('the report sheet, block by block', () => {
  const doc = (blocks: Block[], o: Partial<ReportDocument> = {}): ReportDocument => ({
    lang: 'sv',
    kind: 'delarsbokslut',
    period: 't2',
    title: 'Delårsbokslut T2 2025',
    namnd: 'Kommunstyrelsen',
    namndSource: 'label',
    year: 2025,
    date: '2025-09-15',
    file: 'plan.xlsx',
    titleLines: ['Kommunstyrelsen', 'Uppföljningsperiod: T2 (delårsbokslut, 8 månader)'],
    blocks,
    ...o,
  });

  it('the title block: the title and the nämnd bold, the other lines plain, a blank row; no page break before the first heading’s own', () => {
    const s = reportSheet(doc([{ kind: 'heading', level: 1, text: 'Sammanfattning' }]));
    expect(s.rows.slice(0, 4)).toEqual([[{ v: 'Delårsbokslut T2 2025', bold: true }], [{ v: 'Kommunstyrelsen', bold: true }], [{ v: 'Uppföljningsperiod: T2 (delårsbokslut, 8 månader)' }], []]);
    // The first heading always starts a page (after the title block), a later one only when it says so.
    expect(s.print).toEqual({ area: true, rowBreaks: [4], landscape: true, fitToWidth: true });
    const t = reportSheet(doc([{ kind: 'heading', level: 1, text: 'A' }, { kind: 'heading', level: 2, text: 'B' }, { kind: 'heading', level: 1, text: 'C', newPage: true }], { namnd: null, titleLines: ['[Nämndens namn]'] }));
    expect(t.rows[1]).toEqual([{ v: '[Nämndens namn]' }]);
    expect(t.print!.rowBreaks).toEqual([3, 5]);
  });

  it('headings by level: 1 filled with a medium rule, 2 with a thin rule, 3 in italics', () => {
    const s = reportSheet(doc([{ kind: 'heading', level: 1, text: 'Ett' }, { kind: 'heading', level: 2, text: 'Två' }, { kind: 'heading', level: 3, text: 'Tre' }]));
    expect(s.rows.slice(4)).toEqual([
      [{ v: 'Ett', bold: true, fill: 'FFD9E1F2', border: { bottom: 'medium' }, wrap: true }],
      [{ v: 'Två', bold: true, border: { bottom: 'thin' }, wrap: true }],
      [{ v: 'Tre', bold: true, italic: true, wrap: true }],
    ]);
  });

  it.each<[string, ParagraphBlock, GenCell[]]>([
    ['plain text', { kind: 'paragraph', runs: [{ text: 'Text ' }, { text: 'och mer', bold: true }] }, [{ v: 'Text och mer', wrap: true }]],
    ['one bold run', { kind: 'paragraph', runs: [{ text: 'Aktiviteter', bold: true }] }, [{ v: 'Aktiviteter', wrap: true, bold: true }]],
    ['a note in italics', { kind: 'paragraph', style: 'note', runs: [{ text: 'Trösklar: Grön 0 %', italic: true }] }, [{ v: 'Trösklar: Grön 0 %', wrap: true, italic: true }]],
    ['a placeholder stands out', { kind: 'paragraph', style: 'placeholder', runs: [{ text: 'Analys: ', bold: true }, { text: '[Analys saknas]', tone: 'placeholder', italic: true }] }, [{ v: 'Analys: [Analys saknas]', wrap: true, fill: 'FFFFF2CC', italic: true }]],
    ['a placeholder by its style, whatever its runs say', { kind: 'paragraph', style: 'placeholder', runs: [{ text: 'Åtgärd: ', bold: true }, { text: '[Åtgärd saknas: skriv åtgärdsplanen.]', italic: true }] }, [{ v: 'Åtgärd: [Åtgärd saknas: skriv åtgärdsplanen.]', wrap: true, fill: 'FFFFF2CC', italic: true }]],
    ['a gap in its colour', { kind: 'paragraph', runs: [{ text: 'Brist i röda tråden: ', bold: true }, { text: 'Målet saknar indikator', tone: 'gap' }] }, [{ v: 'Brist i röda tråden: Målet saknar indikator', wrap: true, fill: PALETTE.gap.fill }]],
    [
      'a status after a marker goes to B in its colour',
      { kind: 'paragraph', runs: [{ text: 'Avvikelse +348 000 kr (0,9 %) – ' }, { text: '●', tone: 'red', marker: true }, { text: ' Röd', bold: true, tone: 'red' }] },
      [{ v: 'Avvikelse +348 000 kr (0,9 %)', wrap: true, bold: undefined }, { v: 'Röd', bold: true, fill: PALETTE.red.fill, font: PALETTE.red.font }],
    ],
    [
      'text after the status stays in A; a word without tone takes the marker’s',
      { kind: 'paragraph', runs: [{ text: 'Bedömning: ', bold: true }, { text: '●', tone: 'green', marker: true }, { text: ' Uppfyllt', bold: true }, { text: ' · Nivå: Nämndmål' }] },
      [{ v: 'Bedömning · Nivå: Nämndmål', wrap: true, bold: true }, { v: 'Uppfyllt', bold: true, fill: PALETTE.green.fill, font: PALETTE.green.font }],
    ],
    ['not assessed: the word without colour', { kind: 'paragraph', runs: [{ text: 'Bedömning: ', bold: true }, { text: '○', marker: true }, { text: ' Ej bedömd', bold: true }] }, [{ v: 'Bedömning', wrap: true, bold: true }, { v: 'Ej bedömd', bold: true }]],
    [
      'a marker first: A holds what follows the word, B the word',
      { kind: 'paragraph', runs: [{ text: '●', tone: 'red', marker: true }, { text: ' Ej uppfyllt', bold: true, tone: 'red' }, { text: ' (3 av 4 indikatorer röda)' }] },
      [{ v: ' (3 av 4 indikatorer röda)', wrap: true, bold: undefined }, { v: 'Ej uppfyllt', bold: true, fill: PALETTE.red.fill, font: PALETTE.red.font }],
    ],
    [
      'several runs before the marker are one text',
      { kind: 'paragraph', runs: [{ text: 'Avvikelse ' }, { text: '+348 000 kr', bold: true }, { text: ' (0,9 %) – ' }, { text: '●', tone: 'red', marker: true }, { text: ' Röd', bold: true, tone: 'red' }] },
      [{ v: 'Avvikelse +348 000 kr (0,9 %)', wrap: true, bold: undefined }, { v: 'Röd', bold: true, fill: PALETTE.red.fill, font: PALETTE.red.font }],
    ],
    [
      'a plain hyphen before the marker is dropped like a dash',
      { kind: 'paragraph', runs: [{ text: 'Prognos - ' }, { text: '●', tone: 'yellow', marker: true }, { text: ' Gul', bold: true, tone: 'yellow' }] },
      [{ v: 'Prognos', wrap: true, bold: undefined }, { v: 'Gul', bold: true, fill: PALETTE.yellow.fill, font: PALETTE.yellow.font }],
    ],
    ['a marker with no word after it stays text', { kind: 'paragraph', runs: [{ text: 'Status ' }, { text: '●', tone: 'yellow', marker: true }] }, [{ v: 'Status ●', wrap: true, fill: PALETTE.yellow.fill, font: PALETTE.yellow.font }]],
  ])('a paragraph: %s', (_l, p, want) => {
    expect(reportSheet(doc([p])).rows[4]).toEqual(want);
  });

  it('a table: its header in one style, its cells’ bold, italics and colours, a total row with a rule above, a blank row after', () => {
    const t: TableBlock = {
      kind: 'table',
      header: ['Ansvar', 'Avvikelse', 'Status'],
      widths: [10, 14, 8],
      totalRow: true,
      rows: [
        [{ runs: [{ text: '294107' }] }, { runs: [{ text: '+348 000 kr' }], align: 'right' }, { runs: [{ text: 'Röd', bold: true }], tone: 'red' }],
        [{ runs: [{ text: 'HME' }] }, { runs: [{ text: '+12 000 kr' }, { text: ' (prognos)', italic: true }] }, { runs: [{ text: 'Utan resultat', italic: true }] }],
        [{ runs: [{ text: 'Summa ' }, { text: 'HME', bold: true }] }, { runs: [{ text: '' }] }, { runs: [{ text: '' }] }],
        [{ runs: [{ text: 'Totalt' }] }, { runs: [{ text: '+750 000 kr' }] }, { runs: [{ text: '' }] }],
      ],
    };
    const s = reportSheet(doc([t]));
    const header = { bold: true, fill: 'FFD9E1F2', border: { bottom: 'thin' }, wrap: true };
    expect(s.rows.slice(4)).toEqual([
      [{ v: 'Ansvar', ...header }, { v: 'Avvikelse', ...header }, { v: 'Status', ...header }],
      [{ v: '294107', wrap: true }, { v: '+348 000 kr', wrap: true }, { v: 'Röd', wrap: true, bold: true, fill: PALETTE.red.fill, font: PALETTE.red.font }],
      // A cell with one bold or italic run among plain ones is bold or italic as a whole (a cell has one style).
      [{ v: 'HME', wrap: true }, { v: '+12 000 kr (prognos)', wrap: true, italic: true }, { v: 'Utan resultat', wrap: true, italic: true }],
      [{ v: 'Summa HME', wrap: true, bold: true }, { v: '', wrap: true }, { v: '', wrap: true }],
      [{ v: 'Totalt', wrap: true, bold: true, border: { top: 'thin' } }, { v: '+750 000 kr', wrap: true, bold: true, border: { top: 'thin' } }, { v: '', wrap: true, bold: true, border: { top: 'thin' } }],
      [],
    ]);
    // Without a total row the last row is a row like the others.
    const plain = reportSheet(doc([{ ...t, totalRow: false }]));
    expect(plain.rows[8]).toEqual([{ v: 'Totalt', wrap: true }, { v: '+750 000 kr', wrap: true }, { v: '', wrap: true }]);
  });

  it('widths: A 48 for the texts; the others the widest share of 150 characters any table gives them, from 8 to 40', () => {
    const tbl = (widths: number[]): TableBlock => ({ kind: 'table', header: widths.map(String), widths, rows: [] });
    expect(reportSheet(doc([])).colWidths).toEqual([48]);
    // 150 characters across: 10/20 → 75 → 40.
    expect(reportSheet(doc([tbl([10, 10])])).colWidths).toEqual([48, 40]);
    // 90/100 → 135 → 40; 3/100 → 4,5 → 8; 7/100 → 10,5 → 11.
    expect(reportSheet(doc([tbl([90, 3, 7])])).colWidths).toEqual([48, 8, 11]);
    // The widest over the tables: 11 → 20 (20/150), 8 stays; a paragraph leaves the widths alone.
    expect(reportSheet(doc([tbl([90, 3, 7]), { kind: 'paragraph', runs: [{ text: 'x' }] }, tbl([120, 20, 10])])).colWidths).toEqual([48, 20, 11]);
    // A column of exactly 40 characters' share (40/150), and one just below 8 (7/150 → 7).
    expect(reportSheet(doc([tbl([103, 40, 7])])).colWidths).toEqual([48, 40, 8]);
  });
});
