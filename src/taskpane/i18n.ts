/** Task pane strings, Swedish and English. Both languages must define every key (checked by the type). */
import type { Lang, Period, Severity, Status } from '../engine/types';

export type Section = 'overview' | 'check' | 'lights' | 'redthread' | 'budget' | 'summary' | 'settings';
export const SECTIONS: Section[] = ['overview', 'check', 'lights', 'redthread', 'budget', 'summary', 'settings'];

export type Area = 'threshold' | 'result' | 'redthread' | 'responsible' | 'budget' | 'annex' | 'sheet';
export const AREAS: Area[] = ['threshold', 'result', 'redthread', 'responsible', 'budget', 'annex', 'sheet'];

export interface Strings {
  section: Record<Section, string>;
  area: Record<Area, string>;
  severity: Record<Severity, string>;
  status: Record<Status, string>;
  period: Record<Period, string>;
  kind: Record<string, string>;
  busy: { reading: string; checking: string; writing: string; cancel: string; cancelled: string };
  overview: { empty: string; run: string; sheet: string; header: (row: number) => string; column: string; role: string; kind: string; save: string; saved: string; confirmed: string; ignore: string };
  check: { run: string; none: string; count: (n: number) => string; notRun: string; goTo: (sheet: string, cell: string) => string };
  lights: { period: string; legend: string; colour: string; coloured: (n: number) => string; counts: string; missing: string };
  redthread: { empty: string; gaps: (n: number) => string; noGoal: string; indicators: (n: number) => string; activities: (n: number) => string; gap: string };
  budget: { empty: string; unexplained: string; deviation: string; share: string; forecast: string; budget: string };
  summary: { intro: string; generate: string; written: (names: string) => string; nothing: string };
  settings: { lang: string; auto: string; budgetThresholds: string; budgetHint: string; rounding: string; roundingHint: string; invalidNumber: string };
  errorTitle: string;
  dismiss: string;
}

const sv: Strings = {
  section: { overview: 'Översikt', check: 'Kontroll', lights: 'Trafikljus', redthread: 'Röda tråden', budget: 'Budget', summary: 'Sammanställning', settings: 'Inställningar' },
  area: { threshold: 'Trösklar', result: 'Resultat', redthread: 'Röda tråden', responsible: 'Ansvar', budget: 'Budget', annex: 'Bilagor', sheet: 'Blad' },
  severity: { error: 'Fel', warning: 'Varning', info: 'Info' },
  status: { green: 'Grön', yellow: 'Gul', red: 'Röd', none: 'Ingen färg' },
  period: {
    q1: 'Kvartal 1', t1: 'T1 (delårsrapport)', t2: 'T2 (delårsbokslut)', year: 'Helår',
    jan: 'Januari', feb: 'Februari', mar: 'Mars', apr: 'April', may: 'Maj', jun: 'Juni',
    jul: 'Juli', aug: 'Augusti', sep: 'September', oct: 'Oktober', nov: 'November', dec: 'December',
  },
  kind: { goals: 'Mål', indicators: 'Indikatorer', activities: 'Aktiviteter', risks: 'Risker', budget: 'Budget', annex: 'Bilaga' },
  busy: { reading: 'Läser arbetsboken …', checking: 'Kontrollerar …', writing: 'Skriver i arbetsboken …', cancel: 'Avbryt', cancelled: 'Avbrutet.' },
  overview: {
    empty: 'Inga tabeller hittades ännu. Kör kontrollen.', run: 'Läs arbetsboken', sheet: 'Blad', header: (r) => `rubrikrad ${r}`,
    column: 'Kolumn', role: 'Betydelse', kind: 'Tabelltyp', save: 'Spara kolumnval', saved: 'Kolumnvalen är sparade i arbetsboken.', confirmed: 'Bekräftad', ignore: '(ignorera)',
  },
  check: {
    run: 'Kontrollera', none: 'Inga anmärkningar.', count: (n) => `${n} anmärkningar`, notRun: 'Kontrollen har inte körts.',
    goTo: (s, c) => `Gå till ${s}!${c}`,
  },
  lights: { period: 'Uppföljningsperiod', legend: 'Färger', colour: 'Färglägg', coloured: (n) => `${n} celler färglagda.`, counts: 'Indikatorer per färg vid perioden', missing: 'Utan resultat' },
  redthread: {
    empty: 'Inga mål hittades.', gaps: (n) => (n === 1 ? '1 brist' : `${n} brister`), noGoal: 'Utan mål',
    indicators: (n) => `${n} indikatorer`, activities: (n) => `${n} aktiviteter`, gap: 'Brist',
  },
  budget: { empty: 'Ingen budgettabell hittades.', unexplained: 'Saknar förklaring', deviation: 'Avvikelse', share: 'Andel', forecast: 'Prognos', budget: 'Budget' },
  summary: {
    intro: 'Skapar eller uppdaterar bladen Sammanställning, Röda tråden, Budgetavvikelser och Bilagor. Dina egna blad skrivs aldrig över.',
    generate: 'Skapa sammanställning', written: (n) => `Skrev: ${n}.`, nothing: 'Inget att sammanställa.',
  },
  settings: {
    lang: 'Språk', auto: 'Som Office', budgetThresholds: 'Trösklar för budgetavvikelse', budgetHint: 'Till exempel: Grön 0% Gul 0,5%',
    rounding: 'Avrundningstolerans per rad', roundingHint: 'I kolumnens enhet, t.ex. 0,5', invalidNumber: 'Skriv ett tal, t.ex. 0,5',
  },
  errorTitle: 'Det gick inte',
  dismiss: 'Stäng',
};

const en: Strings = {
  section: { overview: 'Overview', check: 'Check', lights: 'Traffic lights', redthread: 'Red thread', budget: 'Budget', summary: 'Summary', settings: 'Settings' },
  area: { threshold: 'Thresholds', result: 'Results', redthread: 'Red thread', responsible: 'Responsibility', budget: 'Budget', annex: 'Annexes', sheet: 'Sheets' },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  status: { green: 'Green', yellow: 'Yellow', red: 'Red', none: 'No colour' },
  period: {
    q1: 'Quarter 1', t1: 'T1 (4 months)', t2: 'T2 (8 months)', year: 'Full year',
    jan: 'January', feb: 'February', mar: 'March', apr: 'April', may: 'May', jun: 'June',
    jul: 'July', aug: 'August', sep: 'September', oct: 'October', nov: 'November', dec: 'December',
  },
  kind: { goals: 'Goals', indicators: 'Indicators', activities: 'Activities', risks: 'Risks', budget: 'Budget', annex: 'Annex' },
  busy: { reading: 'Reading the workbook …', checking: 'Checking …', writing: 'Writing to the workbook …', cancel: 'Cancel', cancelled: 'Cancelled.' },
  overview: {
    empty: 'No tables found yet. Run the check.', run: 'Read the workbook', sheet: 'Sheet', header: (r) => `header row ${r}`,
    column: 'Column', role: 'Meaning', kind: 'Table kind', save: 'Save column choices', saved: 'Column choices are saved in the workbook.', confirmed: 'Confirmed', ignore: '(ignore)',
  },
  check: {
    run: 'Check', none: 'No findings.', count: (n) => `${n} findings`, notRun: 'The check has not run yet.',
    goTo: (s, c) => `Go to ${s}!${c}`,
  },
  lights: { period: 'Follow-up period', legend: 'Colours', colour: 'Colour', coloured: (n) => `${n} cells coloured.`, counts: 'Indicators per colour at the period', missing: 'Without result' },
  redthread: {
    empty: 'No goals found.', gaps: (n) => (n === 1 ? '1 gap' : `${n} gaps`), noGoal: 'Without a goal',
    indicators: (n) => `${n} indicators`, activities: (n) => `${n} activities`, gap: 'Gap',
  },
  budget: { empty: 'No budget table found.', unexplained: 'Not explained', deviation: 'Deviation', share: 'Share', forecast: 'Forecast', budget: 'Budget' },
  summary: {
    intro: 'Creates or updates the sheets Summary, Red thread, Budget deviations and Annexes. Your own sheets are never overwritten.',
    generate: 'Generate summary', written: (n) => `Wrote: ${n}.`, nothing: 'Nothing to summarise.',
  },
  settings: {
    lang: 'Language', auto: 'As Office', budgetThresholds: 'Budget deviation thresholds', budgetHint: 'For example: Green 0% Yellow 0.5%',
    rounding: 'Rounding tolerance per row', roundingHint: "In the column's unit, e.g. 0.5", invalidNumber: 'Enter a number, e.g. 0.5',
  },
  errorTitle: 'Something went wrong',
  dismiss: 'Close',
};

export const STRINGS: Record<Lang, Strings> = { sv, en };

export function areaOf(code: string): Area {
  const prefix = code.split('.')[0] as Area;
  return AREAS.includes(prefix) ? prefix : 'sheet';
}

/** Swedish or English number text (`1 060,5`). */
export function fmt(n: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: digits }).format(n);
}

/** Reads `0,5` or `0.5`; null when it is not a number. */
export function readNumber(s: string): number | null {
  const t = s.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}
