import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { buildReportDocument } from './build';
import { reportSheet, reportSheetEdit } from './sheet';
import { PALETTE } from '../types';
import type { GenCell } from '../types';
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
