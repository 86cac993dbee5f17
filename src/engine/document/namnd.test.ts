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
