/** Everything the report says, in Swedish (default) and English. */
import type { Lang } from '../types';

// Built on each call rather than held in a module constant: the report asks for them a few times,
// and mutation testing can then tell which tests read which text.
function sv() {
  return {
    kind: { delarsrapport: 'Delårsrapport', delarsbokslut: 'Delårsbokslut', verksamhetsberattelse: 'Verksamhetsberättelse', uppfoljning: 'Uppföljning' },
    namndPlaceholder: '[Nämndens namn]',
    periodLine: (p: string) => `Uppföljningsperiod: ${p}`,
    dateLine: (d: string) => `Datum: ${d}`,
    fileLine: (f: string) => `Underlag: ${f}`,
    madeBy: 'Rapporten är framtagen med Planark ur arbetsbokens mål, indikatorer, aktiviteter och budgetuppföljning. Texter inom hakparentes är platser att skriva i.',
    overview: 'Sammanfattning',
    overviewIntro: (period: string) => `Måluppfyllelse vid ${period}. En indikators status är dess senaste resultat som ska vara rapporterat vid perioden; saknas det räknas indikatorn som utan resultat.`,
    goalsByAssessment: 'Mål per bedömning',
    goalsColumn: 'Mål',
    total: 'Totalt',
    indicatorsByColour: 'Indikatorer per färg',
    statusColumn: 'Status',
    countColumn: 'Antal',
    rule: 'Uppfyllt när alla bedömda indikatorer är gröna; Ej uppfyllt när mer än hälften av dem är röda; annars Delvis uppfyllt; Ej bedömd när ingen indikator har resultat än. Antalen omfattar målen under.',
    budgetSummary: (red: number, unexplained: number, over: string) =>
      `Budget: ${red} ansvar har röd avvikelse${unexplained ? `, varav ${unexplained} utan analys eller åtgärd` : ''}. Prognosen mot budget totalt: ${over}.`,
    gapSummary: (n: number) => `Röda tråden: ${n} ${n === 1 ? 'brist' : 'brister'} i planen (se Brister i planen).`,
    otherGoals: 'Övergripande mål',
    otherGoalsIntro: 'Målen som nämndens mål bidrar till, med bedömning av indikatorerna under dem.',
    assessment: 'Bedömning',
    level: 'Nivå',
    alsoUnder: 'Bidrar även till',
    contributesTo: 'Bidrar till',
    counts: (g: number, y: number, r: number, m: number, below: boolean) =>
      `Indikatorer: ${g} gröna, ${y} gula, ${r} röda, ${m} utan resultat${below ? ' (inklusive målen under)' : ''}.`,
    gap: 'Brist i röda tråden',
    indicatorHead: { name: 'Indikator', target: 'Målvärde', status: 'Status', reason: 'Motivering' },
    notDue: 'Inget resultat ska vara rapporterat vid perioden',
    indicatorAnalysis: 'Analys av indikatorerna',
    activities: 'Aktiviteter',
    activityHead: { text: 'Aktivitet', responsible: 'Ansvarig', status: 'Status', deadline: 'Klart' },
    analysis: 'Analys',
    action: 'Åtgärder',
    analysisPlaceholder: '[Skriv analysen här: vad förklarar måluppfyllelsen, och vad behöver förändras för att nå målet?]',
    budget: 'Ekonomi – budgetavvikelser',
    budgetIntro: (month: string, th: string) =>
      `Prognos för helåret mot budget per ansvar, utfall till och med ${month}. Avvikelse + betyder överskridande (kostnad över budget eller intäkt under budget). Trösklar: ${th}.`,
    /** The sign convention of the workbook's own Avvikelse column, beside the report's. */
    budgetConvention: {
      'budget-minus-forecast': 'I arbetsboken står avvikelsen som budget − prognos (minus = underskott).',
      'forecast-minus-budget': 'I arbetsboken står avvikelsen som prognos − budget, som här.',
    },
    budgetHead: ['Ansvar', 'Benämning', 'Budget', 'Prognos', 'Avvikelse', 'Andel', 'Status'],
    deviationsToExplain: 'Analys och åtgärder per ansvar',
    deviationLine: (dev: string, share: string) => `Avvikelse ${dev} (${share}) – `,
    budgetAnalysis: 'Analys',
    budgetAction: 'Åtgärd',
    budgetBoth: 'Analys och åtgärd',
    budgetPlaceholder: '[Analys saknas: skriv orsaken till avvikelsen och vilka åtgärder som vidtas.]',
    actionPlaceholder: '[Åtgärd saknas: skriv åtgärdsplanen.]',
    gaps: 'Brister i planen',
    gapsIntro: 'Det här behöver rättas i arbetsboken för att röda tråden ska hålla. Varje brist står med sin plats.',
    gapsHead: ['Brist', 'Var', 'Beskrivning'],
    withoutGoal: 'Utan mål',
  };
}

export type Texts = ReturnType<typeof sv>;

function en(): Texts {
  return {
    kind: { delarsrapport: 'Interim report', delarsbokslut: 'Interim accounts', verksamhetsberattelse: 'Annual report', uppfoljning: 'Follow-up' },
    namndPlaceholder: '[Name of the committee]',
    periodLine: (p: string) => `Follow-up period: ${p}`,
    dateLine: (d: string) => `Date: ${d}`,
    fileLine: (f: string) => `Source: ${f}`,
    madeBy: "This report was made with Planark from the workbook's goals, indicators, activities and budget follow-up. Text in square brackets marks a place to write.",
    overview: 'Summary',
    overviewIntro: (period: string) => `Goal attainment at ${period}. An indicator's status is its latest result due by the period; if that is missing, the indicator counts as without result.`,
    goalsByAssessment: 'Goals by assessment',
    goalsColumn: 'Goals',
    total: 'Total',
    indicatorsByColour: 'Indicators by colour',
    statusColumn: 'Status',
    countColumn: 'Count',
    rule: 'Met when every assessed indicator is green; Not met when more than half of them are red; otherwise Partly met; Not assessed when no indicator has a result yet. Counts include the goals below.',
    budgetSummary: (red: number, unexplained: number, over: string) =>
      `Budget: ${red} ${red === 1 ? 'cost centre has' : 'cost centres have'} a red deviation${unexplained ? `, ${unexplained} of them without analysis or action` : ''}. Forecast against budget in all: ${over}.`,
    gapSummary: (n: number) => `Red thread: ${n} ${n === 1 ? 'gap' : 'gaps'} in the plan (see Gaps in the plan).`,
    otherGoals: 'Overarching goals',
    otherGoalsIntro: "The goals the committee's goals contribute to, assessed by the indicators below them.",
    assessment: 'Assessment',
    level: 'Level',
    alsoUnder: 'Also contributes to',
    contributesTo: 'Contributes to',
    counts: (g: number, y: number, r: number, m: number, below: boolean) =>
      `Indicators: ${g} green, ${y} yellow, ${r} red, ${m} without result${below ? ' (including the goals below)' : ''}.`,
    gap: 'Red-thread gap',
    indicatorHead: { name: 'Indicator', target: 'Target', status: 'Status', reason: 'Reason' },
    notDue: 'No result is due by the period',
    indicatorAnalysis: 'Analysis of the indicators',
    activities: 'Activities',
    activityHead: { text: 'Activity', responsible: 'Responsible', status: 'Status', deadline: 'Due' },
    analysis: 'Analysis',
    action: 'Actions',
    analysisPlaceholder: '[Write the analysis here: what explains the result, and what must change to reach the goal?]',
    budget: 'Finances – budget deviations',
    budgetIntro: (month: string, th: string) =>
      `Full-year forecast against budget per cost centre, actuals through ${month}. A + deviation is an overspend (cost over budget or revenue under budget). Thresholds: ${th}.`,
    budgetConvention: {
      'budget-minus-forecast': 'In the workbook the deviation is written budget − forecast (minus = deficit).',
      'forecast-minus-budget': 'In the workbook the deviation is written forecast − budget, as here.',
    },
    budgetHead: ['Cost centre', 'Name', 'Budget', 'Forecast', 'Deviation', 'Share', 'Status'],
    deviationsToExplain: 'Analysis and actions per cost centre',
    deviationLine: (dev: string, share: string) => `Deviation ${dev} (${share}) – `,
    budgetAnalysis: 'Analysis',
    budgetAction: 'Action',
    budgetBoth: 'Analysis and action',
    budgetPlaceholder: '[Analysis missing: write the cause of the deviation and the actions taken.]',
    actionPlaceholder: '[Action missing: write the action plan.]',
    gaps: 'Gaps in the plan',
    gapsIntro: 'These need correcting in the workbook for the red thread to hold. Each gap is listed with where it is.',
    gapsHead: ['Gap', 'Where', 'Description'],
    withoutGoal: 'Without a goal',
  };
}

export function texts(lang: Lang): Texts {
  return lang === 'sv' ? sv() : en();
}
