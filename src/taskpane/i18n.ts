/** Task pane strings, Swedish and English. Both languages must define every key (checked by the type). */
import type { Lang, Period, Severity, Status } from '../engine/types';
import { plural } from '../engine/plural';

export type Section = 'overview' | 'check' | 'lights' | 'redthread' | 'budget' | 'annex' | 'summary' | 'kolada' | 'settings';
export const SECTIONS: Section[] = ['overview', 'check', 'lights', 'redthread', 'budget', 'annex', 'summary', 'kolada', 'settings'];

export type Area = 'threshold' | 'result' | 'redthread' | 'responsible' | 'budget' | 'annex' | 'sheet' | 'workbook';
export const AREAS: Area[] = ['threshold', 'result', 'redthread', 'responsible', 'budget', 'annex', 'sheet', 'workbook'];

export interface Strings {
  title: string;
  section: Record<Section, string>;
  area: Record<Area, string>;
  severity: Record<Severity, string>;
  status: Record<Status, string>;
  period: Record<Period, string>;
  kind: Record<string, string>;
  busy: { reading: string; checking: string; writing: string; cancel: string; cancelled: string; loading: string };
  /** An unrecognised workbook: said plainly, with what Planark looks for. */
  noTables: { title: string; body: string; looksFor: string[]; hint: string };
  overview: {
    notRun: string;
    sheet: string;
    header: (row: number) => string;
    column: (letter: string) => string;
    sample: (values: string) => string;
    emptyColumn: string;
    role: string;
    kind: string;
    save: string;
    saved: string;
    confirmed: string;
    ignore: string;
  };
  check: {
    run: string;
    none: string;
    count: (n: number) => string;
    notRun: string;
    goTo: (sheet: string, cell: string) => string;
    filters: string;
    search: string;
    searchHint: string;
    severityFilter: string;
    sheet: string;
    allSheets: string;
    kind: string;
    allKinds: string;
    shown: (n: number, total: number) => string;
    noneMatch: string;
    clear: string;
    showAll: (n: number) => string;
    severityCount: (severity: Severity, n: number) => string;
  };
  lights: {
    period: string;
    legend: string;
    meaning: Record<'green' | 'yellow' | 'red' | 'gap', string>;
    gapWord: string;
    colour: string;
    coloured: (n: number) => string;
    nothingColoured: string;
    counts: string;
    missing: string;
  };
  cell: {
    title: (sheet: string, cell: string) => string;
    indicator: string;
    goal: string;
    threshold: string;
    noThreshold: string;
    value: string;
    empty: string;
    why: string;
    period: string;
    gap: string;
    findings: string;
    close: string;
    budgetLine: string;
    budgetWhy: (share: string, limit: string, colour: string) => string;
    budgetWhyAbove: (share: string, limit: string, colour: string, result: string) => string;
    noBudget: string;
  };
  redthread: {
    empty: string;
    gaps: (n: number) => string;
    noGoal: string;
    counts: (indicators: number, activities: number) => string;
    via: (subgoals: number, indicators: number, activities: number) => string;
    /** A goal with its own indicators or activities and sub-goals: its own, then the total with them. */
    withSub: (ownIndicators: number, ownActivities: number, subgoals: number, indicators: number, activities: number) => string;
    gap: string;
    goTo: string;
  };
  budget: {
    empty: string;
    unexplained: string;
    mismatch: string;
    deviation: string;
    share: string;
    forecast: string;
    budget: string;
    actual: string;
    analysis: string;
    action: string;
    missing: string;
    total: string;
    kr: string;
    thresholdsNote: (green: string, yellow: string) => string;
    convention: Record<'budget-minus-forecast' | 'forecast-minus-budget', string>;
  };
  annex: {
    intro: string;
    pick: string;
    reading: string;
    none: string;
    unreadable: string;
    tables: (n: number) => string;
    totals: (n: number) => string;
    mismatch: string;
    mismatchAt: (cell: string, stated: string, computed: string) => string;
    noAnnexes: string;
    write: string;
    writing: string;
    written: (name: string, annexes: number, files: number) => string;
    remove: (file: string) => string;
    thisWorkbook: string;
  };
  summary: { intro: string; generate: string; written: (names: string) => string; nothing: string };
  settings: {
    lang: string;
    auto: string;
    budgetThresholds: string;
    budgetHint: string;
    budgetInUse: (text: string) => string;
    rounding: string;
    roundingHint: string;
    invalidNumber: string;
  };
  errorTitle: string;
  unexpected: string;
  details: string;
  dismiss: string;
}

const sv: Strings = {
  title: 'Planark',
  section: {
    overview: 'Översikt', check: 'Kontroll', lights: 'Trafikljus', redthread: 'Röda tråden', budget: 'Budget', annex: 'Bilagor',
    summary: 'Sammanställning', kolada: 'Kolada', settings: 'Inställningar',
  },
  area: {
    threshold: 'Trösklar', result: 'Resultat', redthread: 'Röda tråden', responsible: 'Ansvar', budget: 'Budget', annex: 'Bilagor',
    sheet: 'Blad', workbook: 'Arbetsboken',
  },
  severity: { error: 'Fel', warning: 'Varning', info: 'Info' },
  status: { green: 'Grön', yellow: 'Gul', red: 'Röd', none: 'Ingen färg' },
  period: {
    q1: 'Kvartal 1', t1: 'T1 (delårsrapport)', t2: 'T2 (delårsbokslut)', year: 'Helår',
    jan: 'Januari', feb: 'Februari', mar: 'Mars', apr: 'April', may: 'Maj', jun: 'Juni',
    jul: 'Juli', aug: 'Augusti', sep: 'September', oct: 'Oktober', nov: 'November', dec: 'December',
  },
  kind: { goals: 'Mål', indicators: 'Indikatorer', activities: 'Aktiviteter', risks: 'Risker', budget: 'Budget', annex: 'Bilaga' },
  busy: { reading: 'Läser arbetsboken …', checking: 'Kontrollerar …', writing: 'Skriver i arbetsboken …', cancel: 'Avbryt', cancelled: 'Avbrutet.', loading: 'Laddar …' },
  noTables: {
    title: 'Ingen plantabell hittades',
    body: 'Planark kände inte igen någon tabell i arbetsboken, så ingenting har kontrollerats eller färglagts. Planark letar i de första 30 raderna på varje blad efter en rubrikrad med kolumner som:',
    looksFor: [
      'Mål, Indikator och Tröskelvärde (till exempel ”Grön 82 Gul 76”) eller kolumnerna Grön/Gul/Röd',
      'Resultat T1, Resultat T2, Resultat år eller Utfall',
      'Aktiviteter och Ansvarig',
      'Ansvar, Budget, Prognos och Avvikelse för budgetuppföljningen',
      'Ansvar och belopp (till exempel Budget uppdrag tkr) för bilagor',
    ],
    hint: 'Har dina tabeller andra rubriker? Byt rubrikerna till sådana ord, eller skapa en ny plan med kommandot planark template.',
  },
  overview: {
    notRun: 'Kontrollera arbetsboken för att se vilka tabeller Planark hittar och vad kolumnerna betyder.',
    sheet: 'Blad',
    header: (r) => `rubrikrad ${r}`,
    column: (l) => `Kolumn ${l}`,
    sample: (v) => `Första värden: ${v}`,
    emptyColumn: 'Kolumnen är tom',
    role: 'Betydelse',
    kind: 'Tabelltyp',
    save: 'Spara kolumnval',
    saved: 'Kolumnvalen är sparade i arbetsboken.',
    confirmed: 'Bekräftad',
    ignore: '(används inte)',
  },
  check: {
    run: 'Kontrollera',
    none: 'Inga anmärkningar: allt Planark kontrollerar stämmer.',
    count: (n) => plural(n, 'finding', 'sv'),
    notRun: 'Kontrollen har inte körts.',
    goTo: (s, c) => `Gå till ${s}!${c}`,
    filters: 'Filtrera anmärkningar',
    search: 'Sök',
    searchHint: 'Text, blad eller cell',
    severityFilter: 'Allvarlighet',
    sheet: 'Blad',
    allSheets: 'Alla blad',
    kind: 'Typ',
    allKinds: 'Alla typer',
    shown: (n, t) => `Visar ${n} av ${plural(t, 'finding', 'sv')}`,
    noneMatch: 'Inga anmärkningar passar filtret.',
    clear: 'Rensa filter',
    showAll: (n) => `Visa alla ${n}`,
    severityCount: (sev, n) => plural(n, sev, 'sv'),
  },
  lights: {
    period: 'Uppföljningsperiod',
    legend: 'Färger',
    meaning: {
      green: 'målet är nått',
      yellow: 'nära målet',
      red: 'målet är inte nått',
      gap: 'brist i röda tråden: här saknas eller är fel en koppling till ett mål',
    },
    gapWord: 'Orange',
    colour: 'Färglägg',
    coloured: (n) => `${plural(n, 'cellColoured', 'sv')}.`,
    nothingColoured: 'Inga celler behövde färgläggas: varje resultat hade redan rätt färg, eller så finns inga resultat att bedöma för perioden.',
    counts: 'Indikatorer per färg vid perioden',
    missing: 'Utan resultat',
  },
  cell: {
    title: (s, c) => `Vald cell: ${s}!${c}`,
    indicator: 'Indikator',
    goal: 'Mål',
    threshold: 'Tröskelvärde',
    noThreshold: 'saknas',
    value: 'Värde',
    empty: '(tom)',
    why: 'Varför',
    period: 'Period',
    gap: 'Brist i röda tråden',
    findings: 'Anmärkningar i cellen',
    close: 'Stäng förklaringen',
    budgetLine: 'Budgetrad',
    budgetWhy: (share, limit, colour) => `överskridande ${share} ≤ ${limit} (${colour})`,
    budgetWhyAbove: (share, limit, colour, result) => `överskridande ${share} > ${limit} (${colour}-gräns) → ${result}`,
    noBudget: 'budgeten är 0',
  },
  redthread: {
    empty: 'Inga mål hittades.',
    gaps: (n) => plural(n, 'gap', 'sv'),
    noGoal: 'Utan mål',
    counts: (i, a) => `${plural(i, 'indicator', 'sv')}, ${plural(a, 'activity', 'sv')}`,
    via: (g, i, a) => `via ${plural(g, 'subgoal', 'sv')}: ${plural(i, 'indicator', 'sv')}, ${plural(a, 'activity', 'sv')}`,
    withSub: (oi, oa, g, i, a) =>
      `${plural(oi, 'indicator', 'sv')}, ${plural(oa, 'activity', 'sv')}; med ${plural(g, 'subgoal', 'sv')} totalt ${plural(i, 'indicator', 'sv')}, ${plural(a, 'activity', 'sv')}`,
    gap: 'Brist',
    goTo: 'Gå till målet i arbetsboken',
  },
  budget: {
    empty: 'Ingen budgettabell hittades. Planark letar efter kolumnerna Ansvar, Budget och Prognos.',
    unexplained: 'Saknar förklaring',
    mismatch: 'Avvikelsen stämmer inte',
    deviation: 'Avvikelse',
    share: 'Andel',
    forecast: 'Prognos',
    budget: 'Budget',
    actual: 'Utfall',
    analysis: 'Analys',
    action: 'Åtgärd',
    missing: 'saknas',
    total: 'Summa',
    kr: 'kr',
    thresholdsNote: (g, y) => `Grön vid överskridande högst ${g}, gul högst ${y}, annars röd. Positiv avvikelse = överskridande.`,
    convention: {
      'budget-minus-forecast': 'Bladets avvikelsekolumn räknar budget − prognos (negativt = underskott).',
      'forecast-minus-budget': 'Bladets avvikelsekolumn räknar prognos − budget (positivt = överskridande).',
    },
  },
  annex: {
    intro: 'Samla bilagor från enheternas arbetsböcker: välj filerna, se deras bilagetabeller och skriv dem till bladet Bilagor i den här arbetsboken. Filerna läses bara, de ändras inte.',
    pick: 'Välj arbetsböcker …',
    reading: 'Läser filerna …',
    none: 'Inga filer valda ännu.',
    unreadable: 'Kunde inte läsas',
    tables: (n) => plural(n, 'annex', 'sv'),
    totals: (n) => plural(n, 'total', 'sv'),
    mismatch: 'Summan stämmer inte',
    mismatchAt: (c, s, k) => `${c}: summan ${s} ≠ raderna ${k}`,
    noAnnexes: 'Inga bilagetabeller i filen.',
    write: 'Skriv Bilagor i arbetsboken',
    writing: 'Skriver bilagorna …',
    written: (name, a, f) => `Bladet ${name} har ${plural(a, 'annex', 'sv')} från ${plural(f, 'file', 'sv')}.`,
    remove: (f) => `Ta bort ${f}`,
    thisWorkbook: 'den här arbetsboken',
  },
  summary: {
    intro: 'Skapar eller uppdaterar bladen Sammanställning, Röda tråden, Budgetavvikelser och Bilagor. Dina egna blad skrivs aldrig över.',
    generate: 'Skapa sammanställning',
    written: (n) => `Skrev: ${n}.`,
    nothing: 'Inget att sammanställa: arbetsboken har inga mål, indikatorer, budgetrader eller bilagor som Planark känner igen.',
  },
  settings: {
    lang: 'Språk',
    auto: 'Som Office',
    budgetThresholds: 'Trösklar för budgetavvikelse',
    budgetHint: 'Andel av budgeten, till exempel: Grön 0% Gul 0,5%',
    budgetInUse: (t) => `Används tills vidare: ${t}`,
    rounding: 'Avrundningstolerans per rad',
    roundingHint: 'I kolumnens enhet, t.ex. 0,5',
    invalidNumber: 'Skriv ett tal, t.ex. 0,5',
  },
  errorTitle: 'Det gick inte',
  unexpected: 'Något oväntat gick fel i Planark. Försök igen; händer det igen, skicka den tekniska informationen nedan till den som ansvarar för Planark.',
  details: 'Teknisk information',
  dismiss: 'Stäng',
};

const en: Strings = {
  title: 'Planark',
  section: {
    overview: 'Overview', check: 'Check', lights: 'Traffic lights', redthread: 'Red thread', budget: 'Budget', annex: 'Annexes',
    summary: 'Summary', kolada: 'Kolada', settings: 'Settings',
  },
  area: {
    threshold: 'Thresholds', result: 'Results', redthread: 'Red thread', responsible: 'Responsibility', budget: 'Budget', annex: 'Annexes',
    sheet: 'Sheets', workbook: 'Workbook',
  },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  status: { green: 'Green', yellow: 'Yellow', red: 'Red', none: 'No colour' },
  period: {
    q1: 'Quarter 1', t1: 'T1 (4 months)', t2: 'T2 (8 months)', year: 'Full year',
    jan: 'January', feb: 'February', mar: 'March', apr: 'April', may: 'May', jun: 'June',
    jul: 'July', aug: 'August', sep: 'September', oct: 'October', nov: 'November', dec: 'December',
  },
  kind: { goals: 'Goals', indicators: 'Indicators', activities: 'Activities', risks: 'Risks', budget: 'Budget', annex: 'Annex' },
  busy: { reading: 'Reading the workbook …', checking: 'Checking …', writing: 'Writing to the workbook …', cancel: 'Cancel', cancelled: 'Cancelled.', loading: 'Loading …' },
  noTables: {
    title: 'No plan table found',
    body: 'Planark recognised no table in this workbook, so nothing was checked or coloured. Planark looks in the first 30 rows of every sheet for a header row with columns such as:',
    looksFor: [
      'Goal, Indicator and Threshold (for example "Green 82 Yellow 76") or Green/Yellow/Red columns',
      'Result T1, Result T2, Result year or Actual',
      'Activities and Responsible',
      'Cost centre, Budget, Forecast and Deviation for the budget follow-up',
      'Cost centre and amounts (for example Budget tkr) for annexes',
    ],
    hint: 'Do your tables use other headers? Rename them to such words, or start a new plan with the command planark template.',
  },
  overview: {
    notRun: 'Check the workbook to see which tables Planark finds and what their columns mean.',
    sheet: 'Sheet',
    header: (r) => `header row ${r}`,
    column: (l) => `Column ${l}`,
    sample: (v) => `First values: ${v}`,
    emptyColumn: 'The column is empty',
    role: 'Meaning',
    kind: 'Table kind',
    save: 'Save column choices',
    saved: 'Column choices are saved in the workbook.',
    confirmed: 'Confirmed',
    ignore: '(not used)',
  },
  check: {
    run: 'Check',
    none: 'No findings: everything Planark checks is in order.',
    count: (n) => plural(n, 'finding', 'en'),
    notRun: 'The check has not run yet.',
    goTo: (s, c) => `Go to ${s}!${c}`,
    filters: 'Filter findings',
    search: 'Search',
    searchHint: 'Text, sheet or cell',
    severityFilter: 'Severity',
    sheet: 'Sheet',
    allSheets: 'All sheets',
    kind: 'Kind',
    allKinds: 'All kinds',
    shown: (n, t) => `Showing ${n} of ${plural(t, 'finding', 'en')}`,
    noneMatch: 'No findings match the filter.',
    clear: 'Clear filter',
    showAll: (n) => `Show all ${n}`,
    severityCount: (sev, n) => plural(n, sev, 'en'),
  },
  lights: {
    period: 'Follow-up period',
    legend: 'Colours',
    meaning: {
      green: 'target met',
      yellow: 'close to target',
      red: 'target not met',
      gap: 'a gap in the red thread: a link to a goal is missing or wrong here',
    },
    gapWord: 'Orange',
    colour: 'Colour',
    coloured: (n) => `${plural(n, 'cellColoured', 'en')}.`,
    nothingColoured: 'No cells needed colouring: every result already had its colour, or there are no results to judge for the period.',
    counts: 'Indicators per colour at the period',
    missing: 'Without result',
  },
  cell: {
    title: (s, c) => `Selected cell: ${s}!${c}`,
    indicator: 'Indicator',
    goal: 'Goal',
    threshold: 'Threshold',
    noThreshold: 'none',
    value: 'Value',
    empty: '(empty)',
    why: 'Why',
    period: 'Period',
    gap: 'Gap in the red thread',
    findings: 'Findings in the cell',
    close: 'Close the explanation',
    budgetLine: 'Budget line',
    budgetWhy: (share, limit, colour) => `overspend ${share} ≤ ${limit} (${colour})`,
    budgetWhyAbove: (share, limit, colour, result) => `overspend ${share} > ${limit} (${colour} limit) → ${result}`,
    noBudget: 'the budget is 0',
  },
  redthread: {
    empty: 'No goals found.',
    gaps: (n) => plural(n, 'gap', 'en'),
    noGoal: 'Without a goal',
    counts: (i, a) => `${plural(i, 'indicator', 'en')}, ${plural(a, 'activity', 'en')}`,
    via: (g, i, a) => `via ${plural(g, 'subgoal', 'en')}: ${plural(i, 'indicator', 'en')}, ${plural(a, 'activity', 'en')}`,
    withSub: (oi, oa, g, i, a) =>
      `${plural(oi, 'indicator', 'en')}, ${plural(oa, 'activity', 'en')}; with ${plural(g, 'subgoal', 'en')} ${plural(i, 'indicator', 'en')}, ${plural(a, 'activity', 'en')} in all`,
    gap: 'Gap',
    goTo: 'Go to the goal in the workbook',
  },
  budget: {
    empty: 'No budget table found. Planark looks for the columns Cost centre (Ansvar), Budget and Forecast (Prognos).',
    unexplained: 'Not explained',
    mismatch: 'Deviation does not match',
    deviation: 'Deviation',
    share: 'Share',
    forecast: 'Forecast',
    budget: 'Budget',
    actual: 'Actual',
    analysis: 'Analysis',
    action: 'Action',
    missing: 'missing',
    total: 'Total',
    kr: 'kr',
    thresholdsNote: (g, y) => `Green at an overspend of at most ${g}, yellow at most ${y}, otherwise red. Positive deviation = overspend.`,
    convention: {
      'budget-minus-forecast': "The sheet's deviation column is budget − forecast (negative = deficit).",
      'forecast-minus-budget': "The sheet's deviation column is forecast − budget (positive = overspend).",
    },
  },
  annex: {
    intro: "Collect annexes from the units' workbooks: choose the files, see their annex tables and write them to the Annexes sheet of this workbook. The files are only read, never changed.",
    pick: 'Choose workbooks …',
    reading: 'Reading the files …',
    none: 'No files chosen yet.',
    unreadable: 'Could not be read',
    tables: (n) => plural(n, 'annex', 'en'),
    totals: (n) => plural(n, 'total', 'en'),
    mismatch: 'Total does not match',
    mismatchAt: (c, s, k) => `${c}: total ${s} ≠ rows ${k}`,
    noAnnexes: 'No annex tables in the file.',
    write: 'Write Annexes to the workbook',
    writing: 'Writing the annexes …',
    written: (name, a, f) => `The sheet ${name} holds ${plural(a, 'annex', 'en')} from ${plural(f, 'file', 'en')}.`,
    remove: (f) => `Remove ${f}`,
    thisWorkbook: 'this workbook',
  },
  summary: {
    intro: 'Creates or updates the sheets Summary, Red thread, Budget deviations and Annexes. Your own sheets are never overwritten.',
    generate: 'Generate summary',
    written: (n) => `Wrote: ${n}.`,
    nothing: 'Nothing to summarise: the workbook has no goals, indicators, budget lines or annexes that Planark recognises.',
  },
  settings: {
    lang: 'Language',
    auto: 'As Office',
    budgetThresholds: 'Budget deviation thresholds',
    budgetHint: 'Share of the budget, for example: Green 0% Yellow 0.5%',
    budgetInUse: (t) => `In use meanwhile: ${t}`,
    rounding: 'Rounding tolerance per row',
    roundingHint: "In the column's unit, e.g. 0.5",
    invalidNumber: 'Enter a number, e.g. 0.5',
  },
  errorTitle: 'Something went wrong',
  unexpected: 'Something unexpected went wrong in Planark. Try again; if it happens again, send the technical information below to whoever looks after Planark.',
  details: 'Technical information',
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

/** A share as percent text the language's way (`2,3 %`, `2.3%`). */
export function pct(share: number, lang: Lang, digits = 1): string {
  return lang === 'sv' ? `${fmt(share * 100, lang, digits)} %` : `${fmt(share * 100, lang, digits)}%`;
}

/** Reads `0,5` or `0.5`; null when it is not a number. */
export function readNumber(s: string): number | null {
  const t = s.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}
