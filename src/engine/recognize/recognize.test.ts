import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readHeaderRow, recognizeWorkbook } from './index';
import { HeaderMemo } from './headers';
import {
  bilaga1, bilaga2, bilaga3, bilaga4, bilaga5, bilaga6, budgetFollowUp, norrkopingGoal1, norrkopingRisks, norsjoKfIndicators,
  norsjoUppdrag, norsjoVerksamhetIndicators, seedSheets, uppdragsplanIndicators,
} from '../../../test/fixtures/seeds';
import { sheetFromGrid, sheetFromTsv, workbook } from '../../../test/fixtures/sheet';
import type { CellInput, SheetInput, WorkbookInput } from '../types';
import type { PlanModel } from '../model';
import { cellOf } from '../cells';

const wb = (...sheets: SheetInput[]): WorkbookInput => workbook(...sheets);
const rec = (...sheets: SheetInput[]) => recognizeWorkbook(wb(...sheets));
const cols = (m: PlanModel, id: string) =>
  m.tables.find((t) => t.id === id)?.columns.map((c) => `${c.col}:${c.role}${c.period ? `/${c.period}` : ''}${c.unit ? `[${c.unit}]` : ''}`).join(' ');
/** Non-data rows as `row(1-based)+kind letter`. */
const marks = (m: PlanModel, id: string) =>
  m.tables.find((t) => t.id === id)?.rows.filter((r) => r.kind !== 'data').map((r) => `${r.r + 1}${r.kind[0]}`).join(' ');

describe('each seed table: kind, header rows, extent (1-based rows)', () => {
  const { model } = recognizeWorkbook({ sheets: seedSheets(), ownedSheets: [] });
  it.each([
    ['KF-indikatorer!A3', 'indicators', [3], 3, 10, 7],
    ['Verksamhetens indikatorer!A3', 'indicators', [3], 3, 9, 6],
    ['Mål 1!A5', 'goals', [5], 5, 7, 2],
    ['Mål 1!A11', 'activities', [11], 11, 14, 3],
    ['Mål 1!A29', 'indicators', [29], 29, 45, 16],
    ['Uppdragsplan!A5', 'indicators', [5], 5, 24, 16],
    ['Uppdragsplan!A29', 'indicators', [29], 29, 37, 8],
    ['Bilaga 1!A3', 'annex', [3], 3, 27, 23],
    ['Bilaga 2!A3', 'annex', [3, 6, 11], 3, 18, 8],
    ['Bilaga 3!A3', 'annex', [3], 3, 20, 16],
    ['Bilaga 3!A22', 'annex', [22, 33, 65, 97], 22, 100, 65],
    ['Bilaga 3!A102', 'annex', [102, 129], 102, 140, 33],
    ['Bilaga 3!A142', 'annex', [142], 142, 150, 7],
    ['Bilaga 3!A152', 'annex', [152], 152, 157, 4],
    ['Bilaga 3!A161', 'annex', [161], 161, 167, 5],
    ['Bilaga 3!A169', 'annex', [169], 169, 179, 8],
    ['Bilaga 4!A3', 'annex', [3, 10, 18, 24], 3, 27, 16],
    ['Bilaga 5!A3', 'annex', [3], 3, 9, 5],
    ['Bilaga 6!A3', 'annex', [3, 5, 13], 3, 18, 8],
    ['Budget aug!A3', 'budget', [3], 3, 12, 8],
    ['Uppdrag!A3', 'activities', [3], 3, 6, 3],
    ['Uppdrag!A11', 'activities', [11], 11, 14, 3],
    ['Uppdrag!A18', 'activities', [18], 18, 21, 3],
    ['Risker!A3', 'risks', [3], 3, 7, 4],
    ['Risker!A11', 'activities', [11], 11, 14, 3],
  ])('%s', (id, kind, headerRows, first, last, dataRows) => {
    const t = model.tables.find((x) => x.id === id);
    expect(t?.kind).toBe(kind);
    expect(t?.headerRows.map((r) => r + 1)).toEqual(headerRows);
    expect([t!.firstRow + 1, t!.lastRow + 1]).toEqual([first, last]);
    expect(t!.rows.filter((r) => r.kind === 'data').length).toBe(dataRows);
  });

  it('finds exactly these tables (the `Kvalitativ måluppfyllelse` table is none we know)', () => {
    expect(model.tables.length).toBe(25);
  });
});

describe('columns of each seed table', () => {
  it.each([
    ['KF-indikatorer!A3', norsjoKfIndicators, '0:goal 1:indicator 2:activity 3:threshold 4:frequency 5:responsible 6:reporter 7:result/combined'],
    ['Verksamhetens indikatorer!A3', norsjoVerksamhetIndicators, '0:goal 1:indicator 2:activity 3:threshold 4:frequency 5:responsible 6:reporter 7:result/combined'],
    ['Mål 1!A5', norrkopingGoal1, '0:goalText 1:parent 2:risk'],
    ['Mål 1!A11', norrkopingGoal1, '0:activity 1:responsible 2:involved'],
    ['Mål 1!A29', norrkopingGoal1, '0:indicator 1:direction 2:frequency'],
    ['Uppdragsplan!A5', uppdragsplanIndicators, '0:indicator 1:direction 2:source 3:frequency'],
    ['Bilaga 1!A3', bilaga1, '0:key 1:name 2:amount 3:amount 4:amount 5:amount 6:amount 7:amount'],
    ['Bilaga 2!A3', bilaga2, '0:name 1:amount'],
    ['Bilaga 3!A22', bilaga3, '0:key 1:name 2:amount[tkr] 3:amount'],
    ['Bilaga 4!A3', bilaga4, '0:key 1:name 2:amount 3:amount'],
    ['Bilaga 5!A3', bilaga5, '0:key 1:name 2:name 3:amount 4:amount 5:amount'],
    ['Bilaga 6!A3', bilaga6, '0:name 1:amount'],
    ['Budget aug!A3', budgetFollowUp, '0:key 1:name 2:budget 3:actual 4:forecast 5:deviation 6:comment'],
    ['Uppdrag!A18', norsjoUppdrag, '0:goal 2:activity 3:responsible 4:reporter'],
    ['Risker!A3', norrkopingRisks, '0:risk 1:control 2:activity 3:responsible 4:frequency'],
  ])('%s', (id, sheet, expected) => {
    expect(cols(rec(sheet).model, id)).toBe(expected);
  });
});

describe('total, group and repeated-header rows', () => {
  it.each([
    ['Bilaga 1!A3', bilaga1, '27t'],
    ['Bilaga 2!A3', bilaga2, '5t 6h 10t 11h 12t 16t 18t'],
    ['Bilaga 3!A3', bilaga3, '20t'],
    // Gruppbostäder broken over four pages: footers are group rows, repeats (one `Gruppbestäder`) are headers.
    ['Bilaga 3!A22', bilaga3, '31g 33h 63g 65h 95g 97h 100t'],
    ['Bilaga 3!A102', bilaga3, '127g 129h 140t'],
    // Bilaga 3's last block: `Summa` in the second column (first column empty), then `TOTAL`.
    ['Bilaga 3!A169', bilaga3, '175t 179t'],
    ['Bilaga 4!A3', bilaga4, '9t 10h 17t 18h 23t 24h 26t 27t'],
    ['Bilaga 5!A3', bilaga5, '9t'],
    ['Bilaga 6!A3', bilaga6, '4t 5h 10t 12t 13h 17t 18t'],
    ['Budget aug!A3', budgetFollowUp, '12t'],
    ['Uppdragsplan!A5', uppdragsplanIndicators, '8g 13g 17g'],
  ])('%s', (id, sheet, expected) => {
    expect(marks(rec(sheet).model, id)).toBe(expected);
  });

  it('labels totals and group rows with their text', () => {
    const { model } = rec(bilaga3, uppdragsplanIndicators);
    const g = model.tables.find((t) => t.id === 'Bilaga 3!A22')!.rows.find((r) => r.r === 30);
    expect(g).toEqual({ r: 30, kind: 'group', label: 'Vård- och omsorgskontoret' });
    const s = model.tables.find((t) => t.id === 'Bilaga 3!A169')!.rows.find((r) => r.kind === 'total');
    expect(s).toEqual({ r: 174, kind: 'total', label: 'Summa' });
    const sb = model.tables.find((t) => t.id === 'Uppdragsplan!A5')!.rows.find((r) => r.r === 7);
    expect(sb).toEqual({ r: 7, kind: 'group', label: 'Särskilt boende' });
    expect(model.indicators.map((i) => i.name)).not.toContain('Särskilt boende');
  });

  it('titles: the Bilaga heading above the first block, none above blocks that follow a table', () => {
    const { model } = rec(bilaga3);
    expect(model.tables.map((t) => t.title ?? null)).toEqual([
      'Bilaga 3 Budget 2024 uppdrag verksamhet för personer med funktionsnedsättning',
      null, null, null, null, 'Vård- och omsorgskontoret', null,
    ]);
    expect(model.tables[0].titleCell).toBe('A1');
  });
});

describe('`Mål` decided by its values', () => {
  it.each([
    ['seed 002: goal names', norsjoKfIndicators, 'KF-indikatorer!A3', 0, 'goal'],
    ['seed 003: Öka/Minska', norrkopingGoal1, 'Mål 1!A29', 1, 'direction'],
    ['seed 004: Öka/Minska', uppdragsplanIndicators, 'Uppdragsplan!A5', 1, 'direction'],
    ['English Increase/Decrease', sheetFromTsv('E', 'Indicator\tMål\tSource\nSick leave\tDecrease\tHR\nStaff survey\tIncrease\tHR\nVisits\t\tHR'), 'E!A1', 1, 'direction'],
    ['mostly goals, one Öka', sheetFromTsv('G', 'Mål\tIndikator\nTrygg omsorg\tNöjdhet\nÖka\tVäntetid\nGod ekonomi\tBudget'), 'G!A1', 0, 'goal'],
  ])('%s', (_n, sheet, id, col, role) => {
    const t = rec(sheet).model.tables.find((x) => x.id === id)!;
    expect(t.columns.find((c) => c.col === col)?.role).toBe(role);
  });

  it('reads Öka/Minska into declaredDirection', () => {
    const { model } = rec(norrkopingGoal1);
    const dirs = model.indicators.map((i) => [cellOf(i.nameRef), i.declaredDirection, cellOf(i.directionRef)]);
    expect(dirs[0]).toEqual(['A30', 'higher', 'B30']);
    expect(dirs[2]).toEqual(['A32', 'lower', 'B32']);
    expect(dirs.filter((d) => d[1] === 'lower').map((d) => d[0])).toEqual(['A32', 'A43']);
  });
});

describe('goals of indicators and activities', () => {
  it('seed 002: blank `Mål` cells inherit the goal above (Sjukfrånvaro → Hållbar och effektiv organisation)', () => {
    const { model } = rec(norsjoKfIndicators);
    const by = (name: string) => model.indicators.find((i) => i.name === name)!;
    expect([by('Sjukfrånvaro').goal, cellOf(by('Sjukfrånvaro').goalRef), by('Sjukfrånvaro').goalSource]).toEqual([
      'Hållbar och effektiv organisation', 'A6', 'column',
    ]);
    // After the (removed) page break the goal still carries on.
    expect([by('Avslutsenkät').goal, cellOf(by('Avslutsenkät').goalRef)]).toEqual(['Hållbar och effektiv organisation', 'A6']);
    expect([by('Helhetssyn hemtjänst').goal, cellOf(by('Helhetssyn hemtjänst').goalRef)]).toEqual(['Välfärd och välbefinnande genom livet', 'A4']);
  });

  it('merged goal cells (SheetInput.merges) give every covered row the goal', () => {
    const sheet = sheetFromTsv('M', 'Mål\tIndikator\tAnsvarig\nTrygg omsorg\tNöjdhet\tEC\n\tVäntetid\nGod ekonomi\tBudget\tVC');
    sheet.merges = ['C2:C3'];
    const { model } = rec(sheet);
    expect(model.indicators.map((i) => [i.name, i.goal, i.responsible])).toEqual([
      ['Nöjdhet', 'Trygg omsorg', 'EC'],
      ['Väntetid', 'Trygg omsorg', 'EC'],
      ['Budget', 'God ekonomi', 'VC'],
    ]);
  });

  it('seed 004: a table without a goal column hangs on the goal heading above it', () => {
    const { model } = rec(uppdragsplanIndicators);
    const g1 = 'Mål 1: Målet är att stärka den enskildes möjligheter att leva ett självständigt liv, utifrån den enskildes behov.';
    const g2 = 'Mål 2: Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.';
    const rows = model.indicators.map((i) => [i.row + 1, i.goal, cellOf(i.goalRef), i.goalSource]);
    expect(rows.length).toBe(24);
    expect(rows[0]).toEqual([6, g1, 'A3', 'title']);
    expect(rows[15]).toEqual([24, g1, 'A3', 'title']);
    expect(rows[16]).toEqual([30, g2, 'A27', 'title']);
    expect(rows[23]).toEqual([37, g2, 'A27', 'title']);
    expect(model.tablesWithoutGoal).toEqual([]);
  });

  it('seed 003: activities and indicators below a goals table hang on its goal', () => {
    const { model } = rec(norrkopingGoal1);
    const text = 'Målet är att stärka den enskildes möjligheter att leva ett självständigt liv, utifrån den enskildes behov.';
    expect(new Set(model.activities.map((a) => `${a.goal}|${cellOf(a.goalRef)}|${a.goalSource}`))).toEqual(new Set([`${text}|A6|title`]));
    expect(new Set(model.indicators.map((a) => `${a.goal}|${cellOf(a.goalRef)}`))).toEqual(new Set([`${text}|A6`]));
  });

  it('no goal column and no goal above: one entry for the table, not one per row', () => {
    const sheet = sheetFromTsv('Utan mål', 'Uppföljning indikatorer\n\nIndikator\tMål\tUppföljning\nNöjdhet\tÖka\tHelår\nVäntetid\tMinska\tHelår\nKontinuitet\tMinska\tDelår');
    const { model } = rec(sheet);
    expect(model.tablesWithoutGoal).toEqual([{ tableId: 'Utan mål!A3', sheet: 'Utan mål', cell: 'A3', kind: 'indicators' }]);
    expect(model.indicators.map((i) => i.goal)).toEqual([null, null, null]);
  });
});

describe('entities', () => {
  it('seed 003 goals table: id from the header, two parents over a merged goal cell, footnote marks dropped', () => {
    const { model } = rec(norrkopingGoal1);
    expect(model.goals).toHaveLength(1);
    const g = model.goals[0];
    expect([g.id, g.level, cellOf(g.textRef), cellOf(g.parentRef)]).toEqual(['Mål 1', 'Uppdragsplanens mål', 'A6', 'B6']);
    expect(g.parents).toEqual([
      'Mål 1 Alla norrköpingsbor som kan arbeta ska arbeta',
      'Mål 4 Kommunens välfärdstjänster ska hålla en hög kvalitet och utgå från individens behov',
    ]);
  });

  it('goals table with id, level and parent columns; a link cell naming several parents', () => {
    const sheet = sheetFromTsv('Mål', 'Id\tNivå\tMål\tÖverordnat mål\nKF1\tFullmäktigemål\tTrygg kommun\t\nKF4\tFullmäktigemål\tVälfärd, kvalitet och val\t\nN1\tNämndmål\tStärka självständighet\tKF1; KF4\nN2\t\tKvalitet\tVälfärd, kvalitet och val');
    const { model } = rec(sheet);
    expect(model.tables[0].kind).toBe('goals');
    expect(model.goals.map((g) => [g.id, g.level, g.text, g.parents])).toEqual([
      ['KF1', 'Fullmäktigemål', 'Trygg kommun', []],
      ['KF4', 'Fullmäktigemål', 'Välfärd, kvalitet och val', []],
      ['N1', 'Nämndmål', 'Stärka självständighet', ['KF1', 'KF4']],
      // Level filled down; a parent cell naming one known goal whole stays one link despite its commas.
      ['N2', 'Nämndmål', 'Kvalitet', ['Välfärd, kvalitet och val']],
    ]);
  });

  it('seed 002: indicator fields, an empty combined result cell, and the row activity', () => {
    const { model } = rec(norsjoKfIndicators);
    const i = model.indicators.find((x) => x.name === 'Sjukfrånvaro')!;
    expect([i.row, cellOf(i.nameRef), i.thresholdText, cellOf(i.thresholdRef), i.frequency, i.responsible, i.reporter, i.tableId]).toEqual([
      7, 'B8', 'Grön 6,5 Gul 7', 'D8', 'Månatlig', 'Respektive chef i omsorgen', 'HR', 'KF-indikatorer!A3',
    ]);
    expect(i.results).toEqual([{ ref: { sheet: 'KF-indikatorer', r: 7, c: 7 }, period: 'combined', value: null }]);
    const a = model.activities.find((x) => x.row === 7)!;
    expect([a.text, cellOf(a.textRef), a.goal, a.responsible, cellOf(a.responsibleRef), a.indicatorRef]).toEqual([
      'Hållbara scheman Följa rutiner för upprepad korttidsfrånvaro Motivera till vaccination', 'C8',
      'Hållbar och effektiv organisation', 'Respektive chef i omsorgen', 'F8', 'Sjukfrånvaro',
    ]);
    expect(model.activities).toHaveLength(7);
  });

  it('seed 002 Verksamhetens indikatorer: thresholds as written, frequency blank where the seed has none', () => {
    const { model } = rec(norsjoVerksamhetIndicators);
    expect(model.indicators.map((i) => [cellOf(i.nameRef), i.goal, i.thresholdText, i.frequency])).toEqual([
      ['B4', 'Välfärd och välbefinnande genom livet', 'Finns ja eller nej Grön ja 95% Gul ja 90%', 'Årligen (maj)'],
      ['B5', 'Välfärd och välbefinnande genom livet', 'Nuläge (2023): Nej Verkställda inom tre månader ja eller nej Grön ja 95% Gul ja 90%', 'Årligen'],
      ['B6', 'Hållbar och effektiv organisation', 'Grön Öka med 10% Gul öka med 5%', null],
      ['B7', 'Hållbar och effektiv organisation', 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7', 'Årligen'],
      ['B8', 'Hållbar och effektiv organisation', 'Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa', 'Årligen'],
      ['B9', 'Hållbar och effektiv organisation', 'Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa', 'Årligen'],
    ]);
  });

  it('result columns per period keep the cell format, fill, font and formula', () => {
    const sheet = sheetFromGrid('R', [
      ['Mål', 'Indikator', 'Nuläge', 'Grön', 'Gul', 'Röd', 'Riktning', 'Resultat T1', 'T2', 'Helår'],
      ['Trygg omsorg', 'Nöjdhet', 0.8, '≥ 85 %', '75–84 %', '< 75 %', 'Öka', { v: 0.82, fmt: '0%', fill: 'FFC6EFCE', font: 'FF006100' }, { v: 0.9, f: 'B9/B10' }, null],
    ]);
    const [i] = rec(sheet).model.indicators;
    expect(i.results).toEqual([
      { ref: { sheet: 'R', r: 1, c: 7 }, period: 't1', value: 0.82, fmt: '0%', fill: 'FFC6EFCE', font: 'FF006100' },
      { ref: { sheet: 'R', r: 1, c: 8 }, period: 't2', value: 0.9, formula: true },
      { ref: { sheet: 'R', r: 1, c: 9 }, period: 'year', value: null },
    ]);
    expect([i.baseline, cellOf(i.baselineRef), i.declaredDirection, i.thresholdText, cellOf(i.thresholdRef)]).toEqual([
      0.8, 'C2', 'higher', 'Grön ≥ 85 % Gul 75–84 % Röd < 75 %', 'D2',
    ]);
    expect(i.bandColumns).toEqual({ green: '≥ 85 %', yellow: '75–84 %', red: '< 75 %' });
  });

  it('seed 003 activities: ansvarig, berörda and `(Indikator …)` references', () => {
    const { model } = rec(norrkopingGoal1);
    expect(model.activities.map((a) => [cellOf(a.textRef), a.responsible, a.involved, a.indicatorRef])).toEqual([
      ['A12', 'VC myndighet', 'VC egenregi VC beställning och uppföljning', '14'],
      ['A13', 'VC beställning och uppföljning', 'VC egen regi VC myndighet', '3, 14'],
      ['A14', 'VC beställning-uppföljning', 'VC myndighet VC egenregi VC ekonomi', null],
    ]);
  });

  it('seed 003 risks', () => {
    const { model } = rec(norrkopingRisks);
    expect(model.risks.map((r) => [cellOf(r.textRef), r.control, r.responsible])).toEqual([
      ['A4', 'Styrning och ledning Mandat, roller och organisation', 'VoD'],
      ['A5', 'Styrning och ledning Mandat, roller och organisation', 'VoD'],
      ['A6', 'Klarlägga och implementera kvalitetsledningssystemet', 'VoD'],
      ['A7', 'Klarlägga och implementera kvalitetsledningssystemet', 'VoD'],
    ]);
  });
});

describe('workbook handling', () => {
  it('skips Planark-owned sheets', () => {
    const r = recognizeWorkbook({ sheets: [bilaga1, norsjoKfIndicators], ownedSheets: ['Bilaga 1'] });
    expect(r.model.tables.map((t) => t.id)).toEqual(['KF-indikatorer!A3']);
  });

  it('applies a stored mapping and marks the table confirmed', () => {
    const sheet = sheetFromTsv('Egen', 'Vad\tVem\tMätning\nNöjdhet\tEC\tHelår\nVäntetid\tVC\tDelår');
    expect(rec(sheet).model.tables).toEqual([]);
    const r = recognizeWorkbook({
      sheets: [sheet],
      ownedSheets: [],
      mappings: [{ sheet: 'Egen', headerRow: 0, kind: 'indicators', columns: { 0: 'indicator', 1: 'responsible', 2: 'ignore' } }],
    });
    const t = r.model.tables[0];
    expect([t.id, t.kind, t.confirmed, cols(r.model, 'Egen!A1')]).toEqual(['Egen!A1', 'indicators', true, '0:indicator 1:responsible']);
    expect(r.model.indicators.map((i) => [i.name, i.responsible])).toEqual([['Nöjdhet', 'EC'], ['Väntetid', 'VC']]);
  });

  it('a mapping overrides detected roles (Mål forced to goal)', () => {
    const r = recognizeWorkbook({
      sheets: [norrkopingGoal1],
      ownedSheets: [],
      mappings: [{ sheet: 'Mål 1', headerRow: 28, columns: { 0: 'indicator', 1: 'goal', 2: 'frequency' } }],
    });
    const t = r.model.tables.find((x) => x.id === 'Mål 1!A29')!;
    expect([t.confirmed, t.columns.map((c) => c.role)]).toEqual([true, ['indicator', 'goal', 'frequency']]);
    expect(r.model.indicators.find((i) => i.row === 29)?.goal).toBe('Öka');
  });

  it('a mapping may name the period of a result column (`result:t2`), which wins over the header', () => {
    const sheet = sheetFromTsv('Egen', 'Indikator\tTröskel\tSiffra\tAnnan siffra\nNöjdhet\tGrön 82 Gul 76\t80\t85');
    const r = recognizeWorkbook({
      sheets: [sheet],
      ownedSheets: [],
      mappings: [{ sheet: 'Egen', headerRow: 0, kind: 'indicators', columns: { 0: 'indicator', 1: 'threshold', 2: 'result:t2', 3: 'result:bogus' } }],
    });
    const t = r.model.tables[0];
    expect(t.columns.map((c) => [c.role, c.period])).toEqual([['indicator', undefined], ['threshold', undefined], ['result', 't2'], ['result', 'year']]);
  });

  it('uses Excel Tables (ListObjects) as they are', () => {
    const sheet = sheetFromTsv('LO', 'Ansvar\tBenämning\tBudget\tUtfall\tPrognos\n294101\tRibbingsholmsv 3 B\t100\t60\t110\n294103\tBryggaregatan 6:1\t200\t130\t190\n\n\nAnteckning');
    sheet.listObjects = [{ name: 'Tabell1', range: 'A1:E3' }];
    const [t] = rec(sheet).model.tables;
    expect([t.id, t.kind, t.listObject, t.firstRow, t.lastRow, t.rows.map((x) => x.kind)]).toEqual(['LO!A1', 'budget', 'Tabell1', 0, 2, ['data', 'data']]);
  });

  it('a table ends at two blank rows; a single blank row does not end it', () => {
    const one = sheetFromTsv('S', 'Indikator\tAnsvarig\nA1 nöjdhet\tEC\n\nA2 väntetid\tVC');
    const two = sheetFromTsv('S', 'Indikator\tAnsvarig\nA1 nöjdhet\tEC\n\n\nA2 väntetid\tVC');
    expect(rec(one).model.indicators.map((i) => i.name)).toEqual(['A1 nöjdhet', 'A2 väntetid']);
    expect(rec(two).model.indicators.map((i) => i.name)).toEqual(['A1 nöjdhet']);
  });

  it('headers far below row 30 are found', () => {
    const sheet = sheetFromTsv('Långt ner', 'Indikator\tMål\tKälla\nNöjdhet\tÖka\tKolada', { startRow: 4000 });
    const [t] = rec(sheet).model.tables;
    expect([t.id, t.kind]).toEqual(['Långt ner!A4001', 'indicators']);
  });

  it('a sheet reaching row 1 048 576 is read in well under a second', () => {
    const rows: SheetInput['rows'] = [];
    const put = (r: number, vals: (string | number)[]) => (rows[r] = vals.map((v): CellInput => ({ v })));
    put(0, ['Ansvar', 'Benämning', 'Budget', 'Utfall', 'Prognos']);
    put(1, [294101, 'Ribbingsholmsv 3 B', 100, 60, 110]);
    put(1048570, ['Indikator', 'Mål', 'Uppföljning']);
    put(1048571, ['Nöjdhet', 'Öka', 'Helår']);
    const wide: CellInput[] = [];
    wide[16383] = { v: 'XFD' };
    rows[1048575] = wide;
    const t0 = performance.now();
    const { model } = rec({ name: 'Stor', rows });
    const ms = performance.now() - t0;
    expect(model.tables.map((t) => [t.id, t.kind])).toEqual([['Stor!A1', 'budget'], ['Stor!A1048571', 'indicators']]);
    expect(model.indicators[0].declaredDirection).toBe('higher');
    expect(ms).toBeLessThan(500);
  });
});

describe('properties', () => {
  const cellArb: fc.Arbitrary<CellInput | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.record({ v: fc.constantFrom('Mål', 'Indikator', 'Ansvar', 'Budget', 'Utfall', 'Summa', 'Öka', 'Minska', 'Risk', 'Aktiviteter', 'Grön 82 Gul 76', '', 'Total Budget', 'T1', 'Mål 1: Trygg') }),
    fc.record({ v: fc.string({ maxLength: 12 }) }),
    fc.record({ v: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.record({ error: fc.constantFrom('#DIV/0!', '#REF!') })) }),
  );
  const sheetArb = fc.record({
    name: fc.string({ minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.oneof(fc.constant(undefined), fc.array(cellArb, { maxLength: 7 })), { maxLength: 40 }),
    merges: fc.option(fc.array(fc.constantFrom('A1:A3', 'B2:C2', 'bad', 'A2:B4'), { maxLength: 2 }), { nil: undefined }),
  });

  it('never throws on random grids, and what it reports is consistent', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 3 }), (sheets) => {
        const { model, unreadable } = recognizeWorkbook({ sheets: sheets as SheetInput[], ownedSheets: [] });
        expect(unreadable).toEqual([]);
        for (const t of model.tables) {
          expect(t.headerRows[0]).toBe(t.firstRow);
          expect(t.rows.every((r) => r.r > t.firstRow && r.r <= t.lastRow) || t.rows.every((r) => r.r >= t.firstRow && r.r <= t.lastRow)).toBe(true);
          expect(t.rows.filter((r) => r.kind === 'header').map((r) => r.r)).toEqual(t.headerRows.slice(1));
          expect(t.rows.map((r) => r.r)).toEqual([...t.rows.map((r) => r.r)].sort((a, b) => a - b));
        }
        for (const i of [...model.indicators, ...model.activities]) {
          const t = model.tables.find((x) => x.id === i.tableId)!;
          expect(t.rows.find((r) => r.r === i.row)?.kind).toBe('data');
        }
        const ids = model.tablesWithoutGoal.map((x) => x.tableId);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('analysis texts beside goals and indicators (for the report)', () => {
  it('an `Analys` and an `Åtgärd` column on a goals table and a `Kommentar` column on an indicator table are read', () => {
    const goals = sheetFromTsv(
      'Mål',
      `Id	Nivå	Mål	Överordnat mål	Analys	Åtgärd
KF 4	Fullmäktigemål	Kommunens välfärdstjänster ska hålla en hög kvalitet och utgå från individens behov
Mål 2	Nämndmål	Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.	KF 4	Kontinuiteten i hemtjänsten har förbättrats efter omorganisationen i våras.	Fortsatt arbete med små arbetslag.`,
    );
    const inds = sheetFromTsv(
      'Indikatorer',
      `Mål	Indikator	Mål	Uppföljning	Utfall 2023	Utfall 2024	Kommentar
Mål 2	1. Personalkontinuitet inom hemtjänsten	Minska	Delår/Helår	15	14	Färre personal per brukare sedan hösten.
Mål 2	2. Andel personer med hemtjänst som upplever att personalen alltid/oftast meddelar i förväg om tillfälliga förändringar, procent	Öka	Helår	64	66	`,
    );
    const { model } = rec(goals, inds);
    expect(cols(model, 'Mål!A1')).toBe('0:goalId 1:level 2:goalText 3:parent 4:comment 5:action');
    expect(model.goals.map((g) => [g.analysis ?? null, g.action ?? null, cellOf(g.analysisRef)])).toEqual([
      [null, null, 'E2'],
      ['Kontinuiteten i hemtjänsten har förbättrats efter omorganisationen i våras.', 'Fortsatt arbete med små arbetslag.', 'E3'],
    ]);
    expect(cols(model, 'Indikatorer!A1')).toContain('6:comment');
    expect(model.indicators.map((i) => i.analysis)).toEqual(['Färre personal per brukare sedan hösten.', null]);
    expect(cellOf(model.indicators[0].analysisRef)).toBe('G2');
    expect(model.indicators[0].action).toBeUndefined();
  });

  it('tables without such columns carry no analysis fields', () => {
    const { model } = rec(norsjoKfIndicators, norrkopingGoal1);
    expect(model.indicators.every((i) => !('analysis' in i))).toBe(true);
    expect(model.goals.every((g) => !('analysis' in g))).toBe(true);
  });
});

describe('header texts remembered per sheet', () => {
  // Seed 002's header and body texts, mixed: a body cell may read `Mål` or `Ansvarig` before a
  // header with the same words comes, and a header may come after a thousand body rows.
  const WORDS = [
    'Mål', 'Indikator', 'Aktiviteter', 'Prestationer – det som ska mätas', 'Hur ofta det ska mätas', 'Ansvarig för genomförande',
    'Ansvarig för rapportering', 'Resultat T1', 'Resultat T2', 'Resultat år', 'Årligen', 'Månatlig', 'Grön 82 Gul 76', 'Ja', 'Nej',
    'HR', 'Handläggare', 'Helhetssyn särskilt boende', 'Välfärd och välbefinnande genom livet', 'Öka', 'Total budget 2024', 'Chefer',
  ];

  it('reads a row the same whatever rows were read before it', () => {
    const row = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const sheet = sheetFromGrid('Blad1', rows);
        const memo = new HeaderMemo();
        rows.forEach((_, r) => {
          const shared = readHeaderRow(sheet, r, undefined, memo);
          const fresh = readHeaderRow(sheet, r);
          expect(shared === null ? null : { r: shared.r, matches: [...shared.matches] }).toEqual(fresh === null ? null : { r: fresh.r, matches: [...fresh.matches] });
        });
      }),
    );
  });

  it('still finds a page-break repeat of the header after many body rows (seed 002 layout)', () => {
    const header = ['Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Hur ofta det ska mätas', 'Ansvarig för genomförande', 'Resultat år'];
    const body = (i: number) => [i % 10 === 0 ? 'Välfärd och välbefinnande genom livet' : '', `Indikator ${i}`, 'Grön Ja Röd Nej', 'Årligen', 'Enhetschef', i % 2 ? 'Ja' : 'Nej'];
    const grid = [header, ...Array.from({ length: 600 }, (_, i) => body(i)), header, ...Array.from({ length: 5 }, (_, i) => body(600 + i))];
    const { model } = rec(sheetFromGrid('Omsorg', grid));
    expect(model.tables.map((t) => [t.id, t.kind, t.headerRows.map((r) => r + 1)])).toEqual([['Omsorg!A1', 'indicators', [1, 602]]]);
    expect(model.indicators.length).toBe(605);
  });
});
