import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNamnd, findYear, namndInText } from './namnd';
import { recognizeWorkbook } from '../recognize';
import type { WorkbookInput } from '../types';
import { sheetFromTsv } from '../../../test/fixtures/sheet';
import { norsjoHeadTsv, norrkopingGoalsTsv } from '../../../test/fixtures/report';
import { norsjoKfTsv, uppdragsplanUtfallTsv } from '../../../test/fixtures/seeds';

const wb = (fileName: string, ...sheets: [string, string][]): WorkbookInput => ({ fileName, sheets: sheets.map(([n, t]) => sheetFromTsv(n, t)), ownedSheets: [] });
const find = (w: WorkbookInput, option?: string) => findNamnd(w, recognizeWorkbook(w).model, option);

describe('namndInText', () => {
  it.each<[string, string | null]>([
    ['Vård- och omsorgsnämndens uppdragsplan 2024', 'Vård- och omsorgsnämnden'],
    ['Beslutad av vård- och omsorgsnämnden 2024-01-31', 'Vård- och omsorgsnämnden'],
    ['Kommunstyrelsen', 'Kommunstyrelsen'],
    ['Barn- och utbildningsnämndens verksamhetsplan', 'Barn- och utbildningsnämnden'],
    ['Socialnämnden VP 2025', 'Socialnämnden'],
    ['Nämndmål 2024', null],
    ['Nämnden', null],
    ['Uppdragsplanens mål', null],
    ['Styrelsemöte i maj', null],
    ['Kommunfullmäktiges indikatorer', null],
  ])('%s → %s', (text, want) => {
    expect(namndInText(text)).toBe(want);
  });

  it('property: never throws; a name found ends in nämnd/styrelse and stands in the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom('', 'Vård- och omsorgsnämndens ', 'kommunstyrelsen ', 'nämndmål ', 'Kultur- och fritidsnämnden'), (junk, part) => {
        const s = `${junk}${part}${junk}`;
        const n = namndInText(s);
        if (n === null) return;
        expect(n).toMatch(/(nämnd|nämnden|styrelse|styrelsen)$/u);
        expect(s.toLocaleLowerCase('sv').replace(/nämndens/g, 'nämnden').replace(/styrelsens/g, 'styrelsen')).toContain(n.toLocaleLowerCase('sv'));
      }),
    );
  });
});

describe('findNamnd: the sources in order', () => {
  it('the option wins', () => {
    expect(find(wb('Socialnämnden.xlsx', ['Omsorg', norsjoHeadTsv]), ' Omsorgsnämnden ')).toEqual({ name: 'Omsorgsnämnden', source: 'option' });
  });

  it('a label cell: seed 002’s document head (Beslutsinstans over Kommunstyrelsen)', () => {
    expect(find(wb('plan.xlsx', ['Omsorg', norsjoHeadTsv], ['KF', norsjoKfTsv]))).toEqual({ name: 'Kommunstyrelsen', source: 'label' });
  });

  it('a label with its value beside it', () => {
    expect(find(wb('plan.xlsx', ['Info', 'Nämnd\tKultur- och fritidsnämnden\n']))).toEqual({ name: 'Kultur- och fritidsnämnden', source: 'label' });
  });

  it('a title above the tables (seed 003’s goals under the nämnd’s uppdragsplan heading)', () => {
    expect(find(wb('vp-2024.xlsx', ['Mål', norrkopingGoalsTsv]))).toEqual({ name: 'Vård- och omsorgsnämnden', source: 'title' });
  });

  it('a goal text naming a nämnd is not a title', () => {
    const goals = `Id\tNivå\tMål\nMål 3\tNämndmål\tVård- och omsorgsnämndens verksamheter ska fortsätta arbetet mot målbilden.\n`;
    expect(find(wb('plan.xlsx', ['Mål', goals]))).toEqual({ name: null, source: null });
  });

  it('the file name, then nothing', () => {
    expect(find(wb('Socialnämnden VP 2025.xlsx', ['KF', norsjoKfTsv]))).toEqual({ name: 'Socialnämnden', source: 'file' });
    expect(find(wb('verksamhetsplan-2025.xlsx', ['KF', norsjoKfTsv]))).toEqual({ name: null, source: null });
  });
});

describe('findYear', () => {
  it.each<[string, WorkbookInput, number | null]>([
    ['the latest result column year, when every current result column names one', wb('plan-2023.xlsx', ['Uppdragsplan', uppdragsplanUtfallTsv]), 2024],
    ['this year’s results unlabelled beside last year’s Utfall: the file’s year', wb('verksamhetsplan-2025.xlsx', ['KF', norsjoKfTsv], ['Uppdragsplan', uppdragsplanUtfallTsv]), 2025],
    ['the same without a year in the file name: the latest column year', wb('plan.xlsx', ['KF', norsjoKfTsv], ['Uppdragsplan', uppdragsplanUtfallTsv]), 2024],
    ['the file name', wb('verksamhetsplan-2025.xlsx', ['KF', norsjoKfTsv]), 2025],
    ['a plan title', wb('plan.xlsx', ['Omsorg', norsjoHeadTsv]), 2025],
    ['none', wb('plan.xlsx', ['KF', norsjoKfTsv]), null],
  ])('%s', (_n, w, want) => {
    expect(findYear(w, recognizeWorkbook(w).model)).toBe(want);
  });
});

describe('findNamnd: label cells', () => {
  const at = (rows: string, fileName = 'plan.xlsx', owned: string[] = []) => {
    const w = wb(fileName, ['Info', rows]);
    return findNamnd({ ...w, ownedSheets: owned }, null);
  };

  it.each<[string, string, string | null]>([
    ['Nämnd/styrelse beside its value', 'Nämnd/styrelse\tBarn- och utbildningsnämnden', 'Barn- och utbildningsnämnden'],
    ['Beslutande organ beside', 'Beslutande organ\tKommunfullmäktige', 'Kommunfullmäktige'],
    ['Ansvarig nämnd below', 'Ansvarig nämnd\n Socialnämnden ', 'Socialnämnden'],
    ['a label with nothing beside: the value below', 'Nämnd\t\nKultur- och fritidsnämnden', 'Kultur- och fritidsnämnden'],
    ['a row of three labels: the values below, not the next label', 'Dokumenttyp\tNämnd\tGiltig till\nVerksamhetsplan\tSocialnämnden\t2025-12-31', 'Socialnämnden'],
    ['two cells are a label and its value', 'Nämnd\tSocialnämnden\n\tFel rad', 'Socialnämnden'],
    ['a value of 60 characters', `Nämnd\t${'N'.repeat(60)}`, 'N'.repeat(60)],
    ['a value over 60 characters is no name', `Nämnd\t${'N'.repeat(61)}`, null],
    ['a label under a label is no value', 'Beslutsinstans\nNämnd', null],
    ['English Committee', 'Committee\tHealth and Social Care Committee', 'Health and Social Care Committee'],
    ['Styrelse/nämnd beside', 'Styrelse/nämnd\tBygg- och miljönämnden', 'Bygg- och miljönämnden'],
    ['Nämnd / styrelse with spaces', 'Nämnd / styrelse\tKommunfullmäktige', 'Kommunfullmäktige'],
    ['a value’s spaces as one', 'Nämnd\t Kultur-  och   fritidsnämnden ', 'Kultur- och fritidsnämnden'],
    ['a label with nothing beside it or below it', 'Info\tNämnd\nX', null],
    ['Nämnd/bolag beside', 'Nämnd/bolag:\tTekniska nämnden', 'Tekniska nämnden'],
    ['English Board', 'Board\tSchool Board', 'School Board'],
    ['Dokumentägare names the office, not the nämnd', 'Dokumentägare\tOmsorg', null],
    // sheetFromTsv drops one leading line break: n + 1 breaks put the label on row n + 1.
    ['a label on the 8th row counts', `${'\n'.repeat(8)}Nämnd\tSocialnämnden`, 'Socialnämnden'],
    ['a label below the 8th row does not', `${'\n'.repeat(9)}Nämnd\tSocialnämnden`, null],
  ])('%s', (_l, rows, want) => {
    expect(at(rows).name).toBe(want);
  });

  it('a label on a sheet Planark made is not read, nor is its title', () => {
    const w: WorkbookInput = { fileName: 'plan.xlsx', sheets: [sheetFromTsv('Sammanställning', 'Nämnd\tSocialnämnden\nSocialnämndens sammanställning')], ownedSheets: ['Sammanställning'] };
    expect(findNamnd(w, null)).toEqual({ name: null, source: null });
  });

  it('a label with nothing beside or below it does not end the search of its sheet', () => {
    expect(findNamnd(wb('plan.xlsx', ['Info', 'Nämnd\n\nBeslutsinstans\tKommunstyrelsen']), null)).toEqual({ name: 'Kommunstyrelsen', source: 'label' });
  });

  it('sparse rows and cells (as the adapters hand them over) are read around their holes', () => {
    const rows = [undefined, [undefined, { v: 'Nämnd' }, { v: 'Socialnämnden' }]];
    expect(findNamnd({ fileName: 'plan.xlsx', sheets: [{ name: 'Info', rows }], ownedSheets: [] }, null)).toEqual({ name: 'Socialnämnden', source: 'label' });
    const title = [undefined, [undefined, { v: 'Socialnämndens verksamhetsplan 2025' }]];
    expect(findNamnd({ fileName: 'plan.xlsx', sheets: [{ name: 'Info', rows: title }], ownedSheets: [] }, null)).toEqual({ name: 'Socialnämnden', source: 'title' });
  });

  it('a label on a later sheet still comes before a title on the first', () => {
    expect(find(wb('plan.xlsx', ['Mål', norrkopingGoalsTsv], ['Info', 'Nämnd\tSocialnämnden']))).toEqual({ name: 'Socialnämnden', source: 'label' });
  });
});

describe('findNamnd: titles and the file name', () => {
  it('only the head of a sheet: a nämnd named below its first table or under the 8th row is no title', () => {
    const below = `Id\tNivå\tMål\nMål 1\tNämndmål\tKvaliteten ska utvecklas.\nSocialnämndens anteckning`;
    expect(find(wb('plan.xlsx', ['Mål', below]))).toEqual({ name: null, source: null });
    expect(findNamnd(wb('plan.xlsx', ['Info', `${'\n'.repeat(9)}Socialnämndens plan`]), null)).toEqual({ name: null, source: null });
    expect(findNamnd(wb('plan.xlsx', ['Info', `${'\n'.repeat(8)}Socialnämndens plan`]), null)).toEqual({ name: 'Socialnämnden', source: 'title' });
  });

  it('a goal’s text standing in a sheet’s head (a heading over its part of the plan) is no title, spaces around it or not', () => {
    const goal = 'Vård- och omsorgsnämndens verksamheter ska fortsätta arbetet mot målbilden.';
    const goals = `Id\tNivå\tMål\nMål 3\tNämndmål\t${goal}\n`;
    expect(find(wb('plan.xlsx', ['Mål', goals], ['Mål 3', `${goal} `]))).toEqual({ name: null, source: null });
  });

  it('a table limits the head of its own sheet only', () => {
    const goals = `Id\tNivå\tMål\nMål 1\tNämndmål\tKvaliteten ska utvecklas.\n`;
    expect(find(wb('plan.xlsx', ['Mål', goals], ['Info', 'Uppdragsplan\nSocialnämndens uppdragsplan 2025']))).toEqual({ name: 'Socialnämnden', source: 'title' });
  });

  it('a table’s own title counts wherever it stands; numbers in the head do not', () => {
    const w = wb('plan.xlsx', ['Mål', `Id\tNivå\tMål\nMål 1\tNämndmål\tKvaliteten ska utvecklas.`]);
    const m = recognizeWorkbook(w).model;
    const titled = { ...m, tables: m.tables.map((t) => ({ ...t, title: 'Kultur- och fritidsnämndens mål 2025' })) };
    expect(findNamnd(w, titled)).toEqual({ name: 'Kultur- och fritidsnämnden', source: 'title' });
    expect(findNamnd({ ...wb('plan.xlsx'), sheets: [{ name: 'Info', rows: [[{ v: 2025 }]] }] }, null)).toEqual({ name: null, source: null });
  });

  it.each<[string, string | null]>([
    ['Socialnämnden_VP_2025.xlsx', 'Socialnämnden'],
    ['byggnadsnämndens plan.xlsm', 'Byggnadsnämnden'],
    ['kommunstyrelsen.xlsx', 'Kommunstyrelsen'],
    ['Vård-_och_omsorgsnämnden_VP_2025.xlsx', 'Vård- och omsorgsnämnden'],
    ['Kommunstyrelsens_plan.XLSX', 'Kommunstyrelsen'],
    ['', null],
  ])('the file name %s', (fileName, want) => {
    expect(findNamnd(wb(fileName), null)).toEqual(want ? { name: want, source: 'file' } : { name: null, source: null });
  });

  it('a workbook without a file name (the pane before it is saved) names none', () => {
    expect(findNamnd({ sheets: [], ownedSheets: [] }, null)).toEqual({ name: null, source: null });
  });

  it('an option of only spaces is no option', () => {
    expect(findNamnd(wb('Socialnämnden.xlsx'), null, '   ')).toEqual({ name: 'Socialnämnden', source: 'file' });
  });

  it.each<[string, string | null]>([
    ['Beslutad av kommunstyrelsens arbetsutskott', 'Kommunstyrelsen'],
    ['Kultur- och fritidsnämndens verksamhetsplan', 'Kultur- och fritidsnämnden'],
    ['Styrelsen', null],
    ['Nämndens', null],
    ['överförmyndarnämnd', 'Överförmyndarnämnd'],
    ['Beslut i kommunstyrelse 2025-03-01', 'Kommunstyrelse'],
    ['Vård-  och \nomsorgsnämndens uppdragsplan', 'Vård- och omsorgsnämnden'],
    ['Beslutad av nämnden 2024-01-31', null],
    ['Protokollet justeras av styrelsen', null],
    ['Vård- och nämnden', null],
    ['Nämnd', null],
    ['Styrelse', null],
    ['Styrelsens beslut', null],
    ['NÄMNDENS PLAN', null],
    ['Socialnämndsprotokoll 2025', null],
  ])('namndInText(%s) → %s', (text, want) => {
    expect(namndInText(text)).toBe(want);
  });
});

describe('findYear: details', () => {
  const resultTable = (years: (number | undefined)[], history: boolean[] = []) => ({
    tables: [{ id: 'P!A1', sheet: 'P', kind: 'indicators' as const, headerRows: [0], firstRow: 0, lastRow: 9, rows: [], columns: years.map((year, col) => ({ col, role: 'result' as const, header: `Utfall ${year ?? ''}`, ...(year ? { year } : {}), ...(history[col] ? { history: true } : {}) })) }],
    goals: [],
    indicators: [],
    activities: [],
    risks: [],
    tablesWithoutGoal: [],
  });

  it.each<[string, string, (number | undefined)[], boolean[], number | null]>([
    ['every current column names its year: the latest', 'plan-2023.xlsx', [2023, 2024], [], 2024],
    ['an unlabelled current column: the file’s year first', 'plan-2025.xlsx', [2024, undefined], [], 2025],
    ['history columns do not count as current', 'plan-2025.xlsx', [2023, 2024], [true, false], 2024],
    ['only history and unlabelled current: the file', 'plan-2025.xlsx', [2023, undefined], [true, false], 2025],
    ['unlabelled and no other source: the latest labelled year', 'plan.xlsx', [2023, undefined], [], 2023],
    ['no result columns at all: the file', 'vp2026.xlsx', [], [], 2026],
    ['a year at the start of the file name', '2025 verksamhetsplan.xlsx', [], [], 2025],
    ['a year inside a longer number is none', 'plan-120250.xlsx', [], [], null],
    ['a year followed by a digit is none', 'plan-20251.xlsx', [], [], null],
    ['a 19xx year is none', 'plan-1999.xlsx', [], [], null],
  ])('%s', (_l, fileName, years, history, want) => {
    expect(findYear(wb(fileName), resultTable(years, history))).toBe(want);
  });

  it.each<[string, number | null]>([
    ['Verksamhetsplan 2025 Omsorg', 2025],
    ['Uppdragsplan 2024', 2024],
    ['Budget 2026', 2026],
    ['Uppföljning augusti 2025', 2025],
    ['Delårsrapport 2025', 2025],
    ['Verksamhetsberättelse 2024', 2024],
    ['Årsredovisning 2023', 2023],
    ['Planeringsdagar 2027', 2027],
    ['Protokoll 2025', null],
    ['Verksamhetsplan', null],
    ['Verksamhetsplan\nBudget 2026', 2026],
  ])('a plan title: %s → %s', (title, want) => {
    expect(findYear(wb('x.xlsx', ['Info', title]), null)).toBe(want);
  });
});
