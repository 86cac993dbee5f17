/**
 * The report as Word opens it: the .docx for seed 003's and seed 002's tables (test/fixtures/report)
 * is unzipped and its document.xml read for text, heading structure and colours — never bytes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/engine/analyze';
import { buildReportDocument } from '../../src/engine/document/build';
import { renderDocx } from '../../src/report/docx';
import { indicatorStatus } from '../../src/engine/rollup';
import { STATUS_WORDS } from '../../src/engine/words';
import { PALETTE, type Period } from '../../src/engine/types';
import { norrkopingYear, norsjoT2, NK_AREA1, NK_AREA2 } from '../fixtures/report';
import { readDocx, rowStarting, type ReadDocx } from './read-docx';

const fill = (p: { fill: string }) => p.fill.slice(2);
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

async function report(a: Analysis, namnd?: string): Promise<ReadDocx> {
  return readDocx(await renderDocx(buildReportDocument(a, { date: '2025-09-15', namnd })));
}

/** Every indicator's row holds its status word, in the status colour when it has one. */
function expectEveryIndicator(doc: ReadDocx, a: Analysis, lang: 'sv' | 'en' = 'sv') {
  expect(a.indicators.length).toBeGreaterThan(0);
  for (const ia of a.indicators) {
    const row = rowStarting(doc, ia.indicator.name);
    expect(row, ia.indicator.name).toBeDefined();
    const status = indicatorStatus(ia);
    const cell = row!.find((c) => c.text === STATUS_WORDS[lang][status]);
    expect(cell, `${ia.indicator.name}: ${status}`).toBeDefined();
    if (status !== 'missing') expect(cell!.fill).toBe(fill(PALETTE[status]));
    // The reason stands beside it.
    if (ia.current?.reason) expect(row!.map((c) => c.text)).toContain(ia.current.reason);
  }
}

/** Every red deviation is named with its analysis and åtgärd as written, or a marked place for them. */
function expectEveryRedDeviation(doc: ReadDocx, a: Analysis) {
  const red = a.budgets.flatMap((b) => b.lines.filter((l) => !l.isTotal && l.status === 'red'));
  expect(red.length).toBeGreaterThan(0);
  const texts = doc.paragraphs.map((p) => p.text);
  for (const l of red) {
    const h = doc.paragraphs.findIndex((p) => p.style === 'Heading3' && p.text === `${l.key} ${l.name}`);
    expect(h, l.key).toBeGreaterThan(0);
    const after = texts.slice(h + 1, h + 4).join('\n');
    expect(nb(after)).toContain(`Avvikelse +${nb(new Intl.NumberFormat('sv-SE').format(l.deviation))} kr`);
    expect(after).toContain('Röd');
    if (l.comment) expect(after).toContain(l.comment);
    if (l.action) expect(after).toContain(l.action);
    if (!l.comment && !l.action) expect(after).toMatch(/\[Analys saknas: skriv orsaken till avvikelsen/);
  }
}

describe('the report for seed 003 (Norrköping, verksamhetsplan 2024) at helår', () => {
  // Made in the first test's beforeEach rather than while tests are collected, so that mutation
  // testing can tell which tests run the engine (code run at collection counts for every test).
  let a: Analysis;
  let doc: ReadDocx;
  beforeEach(async () => {
    if (doc) return;
    a = analyze(norrkopingYear(), { period: 'year' });
    doc = await report(a);
  });

  it('title page: Word’s Title style with the kind of report and year, the nämnd from the workbook’s title, period, date, file', () => {
    expect(doc.headings[0]).toEqual(['Title', 'Verksamhetsberättelse 2024']);
    const i = doc.paragraphs.findIndex((p) => p.style === 'Title');
    expect(doc.paragraphs.slice(i + 1, i + 5).map((p) => p.text)).toEqual(['Vård- och omsorgsnämnden', 'Uppföljningsperiod: helår', 'Datum: 2025-09-15', 'Underlag: vp-2024.xlsx']);
    expect(doc.coreXml).toContain('<dc:title>Verksamhetsberättelse 2024</dc:title>');
    expect(doc.coreXml).toContain('Planark');
  });

  it('headings use Word’s Heading 1–3: målområde, nämndmål, then budget lines; each målområde starts a page', () => {
    const h = doc.headings.filter(([s]) => s !== 'Title');
    expect(h.filter(([s]) => s === 'Heading1').map(([, t]) => t)).toEqual([
      'Sammanfattning',
      NK_AREA1,
      NK_AREA2,
      'Övergripande mål',
      'Ekonomi – budgetavvikelser',
      'Brister i planen',
    ]);
    // Mål 1–4 under målområde 1, 5–7 under målområde 2, in the sheet's order; then the KF-mål.
    const h2 = h.filter(([s]) => s === 'Heading2').map(([, t]) => t.slice(0, 6));
    expect(h2).toEqual(['Mål 1:', 'Mål 2:', 'Mål 3:', 'Mål 4:', 'Mål 5:', 'Mål 6:', 'Mål 7:', 'Mål 1:', 'Mål 2:', 'Mål 3:', 'Mål 4:', 'Mål 5:', 'Mål 6:', 'Analys']);
    expect(h.filter(([s]) => s === 'Heading3').map(([, t]) => t)).toEqual(['294107 Nils Åbergs gata 2', '294103 Bryggaregatan 6:1', '294111 Bygdevägen 15', '294105 Sågvägen 10']);
    for (const t of [NK_AREA1, NK_AREA2, 'Ekonomi – budgetavvikelser']) expect(doc.paragraphs.find((p) => p.text === t)?.pageBreakBefore, t).toBe(true);
  });

  it('holds every goal, each with its assessment word', () => {
    for (const n of a.graph.nodes) {
      const i = doc.paragraphs.findIndex((p) => /^Heading[123]$/.test(p.style ?? '') && p.text === `${n.goal.id}: ${n.goal.text}`);
      expect(i, n.goal.text).toBeGreaterThan(0);
      expect(doc.paragraphs[i + 1].text).toMatch(/^Bedömning: [●○] (Uppfyllt|Delvis uppfyllt|Ej uppfyllt|Ej bedömd)( · |$)/);
    }
    const goal1 = doc.paragraphs.findIndex((p) => p.style === 'Heading2' && p.text.startsWith('Mål 1: Målet är att stärka'));
    expect(doc.paragraphs[goal1 + 1].text).toBe('Bedömning: ● Delvis uppfyllt · Nivå: Nämndmål · Bidrar till: Mål 1 Alla norrköpingsbor som kan arbeta …, Mål 4 Kommunens välfärdstjänster ska …');
    expect(doc.paragraphs[goal1 + 2].text).toBe('Indikatorer: 8 gröna, 3 gula, 3 röda, 2 utan resultat.');
  });

  it('holds every indicator with its results per year, its status word in colour and the reason', () => {
    expectEveryIndicator(doc, a);
    const t = doc.tables.find((x) => x.rows[0].map((c) => c.text).join('|') === 'Indikator|Målvärde|2023|2024|Status|Motivering')!;
    expect(t.headerRepeats).toBe(true);
    expect(rowStarting(doc, '14. Antal personer som efter beviljad ansökan till bostad med särskild service för vuxna har fått vänta mer än tre månader på en plats')!.map((c) => [c.text, c.fill])).toEqual([
      ['14. Antal personer som efter beviljad ansökan till bostad med särskild service för vuxna har fått vänta mer än tre månader på en plats', null],
      ['Minska', null],
      ['12', null],
      ['15', fill(PALETTE.red)],
      ['Röd', fill(PALETTE.red)],
      ['12 → 15, Minska → Röd', null],
    ]);
  });

  it('quotes the analysis texts found in the workbook, and marks a place to write where there are none', () => {
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain('Hemtjänsten är organiserad i mindre arbetslag; kontinuiteten har ännu inte förbättrats.');
    expect(texts).toContain('14. Antal personer som efter beviljad ansökan till bostad med särskild service för vuxna har fått vänta mer än tre månader på en plats: Brist på lediga lägenheter i gruppbostad.');
    const places = doc.paragraphs.filter((p) => p.text.startsWith('[Skriv analysen här'));
    // Mål 3–7 and the six KF-mål have no analysis column text.
    expect(places).toHaveLength(11);
    expect(places.every((p) => p.fill === 'FFF2CC')).toBe(true);
  });

  it('lists the activities with ansvarig and status', () => {
    expect(rowStarting(doc, 'c) Utreda boende för yngre personer med demenssjukdom (VON 2023/0854).')!.map((c) => c.text)).toEqual([
      'c) Utreda boende för yngre personer med demenssjukdom (VON 2023/0854).',
      'VC verksamhetsutveckling',
      'Ej påbörjad',
    ]);
  });

  it('holds every red deviation with its analysis and åtgärd (seed 001: both), or the place for what is missing', () => {
    expectEveryRedDeviation(doc, a);
    const i = doc.paragraphs.findIndex((p) => p.text === '294111 Bygdevägen 15');
    expect(doc.paragraphs.slice(i + 1, i + 4).map((p) => nb(p.text))).toEqual([
      'Avvikelse +283 153 kr (0,8 %) – ● Röd',
      'Analys: Fler brukare med omfattande behov.',
      'Åtgärd: [Åtgärd saknas: skriv åtgärdsplanen.]',
    ]);
    expect(rowStarting(doc, '294107')!.map((c) => nb(c.text))).toEqual(['294107', 'Nils Åbergs gata 2', '38 552 009 kr', '39 130 289 kr', '+578 280 kr', '1,5 %', 'Röd']);
    expect(rowStarting(doc, '294107')![6].fill).toBe(fill(PALETTE.red));
  });

  it('starts with an overview: goals per assessment by level, indicators per colour', () => {
    const t = doc.tables[0];
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Bedömning', 'Fullmäktigemål', 'Nämndmål', 'Totalt'],
      ['Uppfyllt', '0', '0', '0'],
      ['Delvis uppfyllt', '2', '2', '4'],
      ['Ej uppfyllt', '0', '0', '0'],
      ['Ej bedömd', '4', '5', '9'],
    ]);
    expect(t.rows.slice(1, 4).map((r) => r[0].fill)).toEqual([fill(PALETTE.green), fill(PALETTE.yellow), fill(PALETTE.red)]);
    expect(doc.tables[1].rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Status', 'Antal'],
      ['Grön', '10'],
      ['Gul', '4'],
      ['Röd', '4'],
      ['Utan resultat', '2'],
      ['Totalt', '20'],
    ]);
  });

  it('ends with the gaps in the plan, by readable label and place', () => {
    const t = doc.tables[doc.tables.length - 1];
    expect(t.rows[0].map((c) => c.text)).toEqual(['Brist', 'Var', 'Beskrivning']);
    expect(t.rows[1].slice(0, 2).map((c) => c.text)).toEqual(['Målet saknar aktivitet', 'Mål!D12']);
    expect(t.rows[1][0].fill).toBe(fill(PALETTE.gap));
  });

  it('has a table of contents over headings 1–2, and Swedish as the document language', () => {
    expect(doc.documentXml).toContain('TOC \\h \\o &quot;1-2&quot;');
    // The TOC already lists the headings (Word adds the page numbers when it updates the field).
    expect(doc.paragraphs.filter((p) => p.style === 'TOC1').map((p) => p.text.trim())).toContain(NK_AREA1);
    expect(doc.stylesXml).toContain('<w:lang w:val="sv-SE"/>');
  });
});

describe('the report for seed 002 (Norsjö, verksamhetsplan 2025) at T2', () => {
  // Made in the first test's beforeEach rather than while tests are collected, so that mutation
  // testing can tell which tests run the engine (code run at collection counts for every test).
  let a: Analysis;
  let doc: ReadDocx;
  beforeEach(async () => {
    if (doc) return;
    a = analyze(norsjoT2(), { period: 't2' });
    doc = await report(a);
  });

  it('is a delårsbokslut for Kommunstyrelsen (the Beslutsinstans in the document head)', () => {
    expect(doc.headings[0]).toEqual(['Title', 'Delårsbokslut T2 2025']);
    const i = doc.paragraphs.findIndex((p) => p.style === 'Title');
    expect(doc.paragraphs[i + 1].text).toBe('Kommunstyrelsen');
  });

  it('holds every goal (the Mål column’s names and the uppdrag) as a heading', () => {
    const h1 = doc.headings.filter(([s]) => s === 'Heading1').map(([, t]) => t);
    for (const n of a.graph.nodes) expect(h1).toContain(n.goal.text);
    expect(h1.slice(0, 3)).toEqual(['Sammanfattning', 'Välfärd och välbefinnande genom livet', 'Hållbar och effektiv organisation']);
  });

  it('holds every indicator with T1 and T2 in their colours and its status at T2', () => {
    expectEveryIndicator(doc, a);
    expect(rowStarting(doc, 'Sjukfrånvaro')!.map((c) => [c.text, c.fill])).toEqual([
      ['Sjukfrånvaro', null],
      ['Grön 6,5 Gul 7', null],
      ['6,2', fill(PALETTE.green)],
      ['7,4', fill(PALETTE.red)],
      ['Röd', fill(PALETTE.red)],
      ['7,4 > 7 (Gul-gräns) → Röd', null],
    ]);
    // A yearly indicator has nothing due at T2: its T2 value shows, the status says without result and why.
    const hme = rowStarting(doc, 'HME')!;
    expect(hme.slice(4).map((c) => c.text)).toEqual(['Utan resultat', 'Inget resultat ska vara rapporterat vid perioden']);
    expect(rowStarting(doc, 'Budgetavvikelse')!.slice(2, 4).map((c) => nb(c.text))).toEqual(['0,3 %', '0,4 %']);
  });

  it('quotes the indicators’ Analys column', () => {
    expect(doc.paragraphs.map((p) => p.text)).toContain('Sjukfrånvaro: Sjukfrånvaron steg under sommaren med många timanställda.');
  });

  it('holds every red deviation with the text of its Kommentar (analysis and åtgärd in one column)', () => {
    expectEveryRedDeviation(doc, a);
    const i = doc.paragraphs.findIndex((p) => p.text === '294103 Bryggaregatan 6:1');
    expect(doc.paragraphs[i + 2].text).toBe('Analys och åtgärd: Ökade bemanningskostnader under sommaren. Analys klar; åtgärdsplan: översyn av scheman och vikarieanskaffning.');
    const j = doc.paragraphs.findIndex((p) => p.text === '294107 Nils Åbergs gata 2');
    expect(doc.paragraphs[j + 2]).toMatchObject({ text: 'Analys och åtgärd: [Analys saknas: skriv orsaken till avvikelsen och vilka åtgärder som vidtas.]', fill: 'FFF2CC' });
  });
});

describe('the report in English, at other periods, with a named nämnd', () => {
  it.each<[Period, string]>([
    ['t1', 'Interim report T1 2025'],
    ['year', 'Annual report 2025'],
    ['aug', 'Follow-up August 2025'],
  ])('%s → %s', async (period, title) => {
    const a = analyze(norsjoT2(), { period, lang: 'en' });
    const doc = await report(a, 'Omsorgsnämnden');
    expect(doc.headings[0]).toEqual(['Title', title]);
    const i = doc.paragraphs.findIndex((p) => p.style === 'Title');
    expect(doc.paragraphs[i + 1].text).toBe('Omsorgsnämnden');
    expect(doc.headings.filter(([s]) => s === 'Heading1').map(([, t]) => t)).toContain('Finances – budget deviations');
    expect(doc.stylesXml).toContain('<w:lang w:val="en-GB"/>');
    expectEveryIndicator(doc, a, 'en');
  });
});
