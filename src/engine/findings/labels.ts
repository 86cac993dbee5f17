/**
 * A short readable label per finding code (SPEC §7), for readers who never see the code: the
 * Röda tråden sheet, the report and the task pane all take their labels from here. The message
 * of a finding says the particulars; the label names the kind of problem in a few words.
 */
import type { Lang, Severity } from '../types';

export const FINDING_LABELS: Record<string, Record<Lang, string>> = {
  'threshold.missing': { sv: 'Tröskelvärden saknas', en: 'Thresholds missing' },
  'threshold.unparseable': { sv: 'Tröskelvärdena går inte att läsa', en: 'Thresholds cannot be read' },
  'threshold.direction-conflict': { sv: 'Tröskelvärdena motsäger varandra', en: 'Thresholds contradict each other' },
  'threshold.overlap': { sv: 'Färgbanden överlappar', en: 'Colour bands overlap' },
  'threshold.gap': { sv: 'Glapp mellan färgbanden', en: 'Gap between colour bands' },
  'threshold.no-yellow-band': { sv: 'Inget gult band', en: 'No yellow band' },
  'threshold.needs-baseline': { sv: 'Nuläge saknas för förändringsmål', en: 'Baseline missing for a change target' },
  'result.missing': { sv: 'Resultat saknas', en: 'Result missing' },
  'result.unparseable': { sv: 'Resultatet går inte att läsa', en: 'Result cannot be read' },
  'result.segment-missing': { sv: 'Delresultat saknas', en: 'Part of the result missing' },
  'result.no-comparison': { sv: 'Inget tidigare värde att jämföra med', en: 'No earlier value to compare with' },
  'redthread.missing-parent': { sv: 'Målet saknar överordnat mål', en: 'Goal has no parent goal' },
  'redthread.unknown-parent': { sv: 'Okänt överordnat mål', en: 'Unknown parent goal' },
  'redthread.wrong-level': { sv: 'Överordnat mål på fel nivå', en: 'Parent goal on the wrong level' },
  'redthread.cycle': { sv: 'Målen hänvisar i en cirkel', en: 'Goals link in a circle' },
  'redthread.duplicate-id': { sv: 'Två mål har samma id', en: 'Two goals share an id' },
  'redthread.goal-without-indicator': { sv: 'Målet saknar indikator', en: 'Goal has no indicator' },
  'redthread.goal-without-activity': { sv: 'Målet saknar aktivitet', en: 'Goal has no activity' },
  'redthread.indicator-without-goal': { sv: 'Indikatorn saknar mål', en: 'Indicator has no goal' },
  'redthread.activity-without-goal': { sv: 'Aktiviteten saknar mål', en: 'Activity has no goal' },
  'redthread.unknown-goal': { sv: 'Okänt mål', en: 'Unknown goal' },
  'responsible.missing': { sv: 'Ansvarig saknas', en: 'No one responsible' },
  'budget.deviation-unexplained': { sv: 'Avvikelse utan analys eller åtgärd', en: 'Deviation without analysis or action' },
  'budget.deviation-mismatch': { sv: 'Avvikelsen stämmer inte med budget och prognos', en: 'Deviation does not match budget and forecast' },
  'annex.total-mismatch': { sv: 'Summan stämmer inte', en: 'Total does not add up' },
  'annex.total-rounding': { sv: 'Avrundningsdifferens i summan', en: 'Rounding difference in a total' },
  'annex.sum-range-incomplete': { sv: 'Summaformeln missar rader', en: 'SUM formula leaves out rows' },
  'annex.duplicate-key': { sv: 'Ansvarskoden förekommer två gånger', en: 'Cost centre listed twice' },
  'annex.unit-suspect': { sv: 'Misstänkt enhet (tkr eller kr)', en: 'Suspect unit (tkr or kr)' },
  'sheet.unreadable': { sv: 'Bladet går inte att läsa', en: 'Sheet cannot be read' },
  'workbook.no-tables': { sv: 'Ingen plantabell hittades', en: 'No plan table found' },
};

/** The label for a code; an unknown code (a newer engine's) is shown as it is rather than lost. */
export function findingLabel(code: string, lang: Lang): string {
  return FINDING_LABELS[code]?.[lang] ?? code;
}

export const SEVERITY_LABELS: Record<Lang, Record<Severity, string>> = {
  sv: { error: 'Fel', warning: 'Varning', info: 'Information' },
  en: { error: 'Error', warning: 'Warning', info: 'Information' },
};
