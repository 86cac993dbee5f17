/**
 * Column roles in the user's words (issue 12, point 1): the Översikt drop-down offers only the
 * roles that fit the table's kind, named as a planner would ("Mål", "Indikator", "Tröskelvärde",
 * "Resultat T2"), never the engine's keys. A result column's choice names its period
 * (`result:t2`), which the engine reads from a stored mapping.
 */
import type { ColumnMap, ColumnRole, TableKind } from '../engine/model';
import type { Lang, Period } from '../engine/types';
import { MONTHS } from '../engine/types';

/** A value of the role drop-down: a role, or `result:<period>` / `month:<month>`. */
export type RoleChoice = string;

const L = (sv: string, en: string): Record<Lang, string> => ({ sv, en });

export const ROLE_LABELS: Record<ColumnRole, Record<Lang, string>> = {
  goalId: L('Mål-id (nummer)', 'Goal id (number)'),
  level: L('Målnivå', 'Goal level'),
  goalText: L('Mål (text)', 'Goal (text)'),
  parent: L('Överordnat mål', 'Parent goal'),
  goal: L('Mål', 'Goal'),
  area: L('Målområde', 'Goal area'),
  indicator: L('Indikator', 'Indicator'),
  threshold: L('Tröskelvärde', 'Threshold'),
  green: L('Grön-gräns', 'Green limit'),
  yellow: L('Gul-gräns', 'Yellow limit'),
  red: L('Röd-gräns', 'Red limit'),
  direction: L('Riktning (Öka/Minska)', 'Direction (Increase/Decrease)'),
  baseline: L('Nuläge', 'Baseline'),
  frequency: L('Hur ofta det mäts', 'How often measured'),
  source: L('Källa', 'Source'),
  koladaId: L('Kolada-id (nyckeltal)', 'Kolada id (key figure)'),
  result: L('Resultat', 'Result'),
  activity: L('Aktivitet', 'Activity'),
  involved: L('Berörda', 'Involved'),
  status: L('Status', 'Status'),
  deadline: L('Klart senast', 'Deadline'),
  indicatorRef: L('Hör till indikator', 'Belongs to indicator'),
  responsible: L('Ansvarig', 'Responsible'),
  reporter: L('Ansvarig för rapportering', 'Responsible for reporting'),
  risk: L('Risk', 'Risk'),
  control: L('Kontrollåtgärd', 'Control'),
  key: L('Ansvar (kod)', 'Cost centre (code)'),
  name: L('Benämning', 'Name'),
  lineType: L('Kostnad eller intäkt', 'Cost or revenue'),
  budget: L('Budget', 'Budget'),
  actual: L('Utfall', 'Actual'),
  forecast: L('Prognos', 'Forecast'),
  deviation: L('Avvikelse', 'Deviation'),
  comment: L('Analys/kommentar', 'Analysis/comment'),
  action: L('Åtgärd', 'Action'),
  amount: L('Belopp/antal', 'Amount/count'),
  month: L('Utfall per månad', 'Actual per month'),
};

const RESULT_PERIODS: readonly (Period | 'combined')[] = ['q1', 't1', 't2', 'year', 'combined', ...MONTHS];

const PERIOD_WORDS: Record<Period | 'combined', Record<Lang, string>> = {
  q1: L('Resultat kvartal 1', 'Result quarter 1'),
  t1: L('Resultat T1', 'Result T1'),
  t2: L('Resultat T2', 'Result T2'),
  year: L('Resultat helår', 'Result full year'),
  combined: L('Resultat T1/T2/år i en kolumn', 'Result T1/T2/year in one column'),
  jan: L('Resultat januari', 'Result January'),
  feb: L('Resultat februari', 'Result February'),
  mar: L('Resultat mars', 'Result March'),
  apr: L('Resultat april', 'Result April'),
  may: L('Resultat maj', 'Result May'),
  jun: L('Resultat juni', 'Result June'),
  jul: L('Resultat juli', 'Result July'),
  aug: L('Resultat augusti', 'Result August'),
  sep: L('Resultat september', 'Result September'),
  oct: L('Resultat oktober', 'Result October'),
  nov: L('Resultat november', 'Result November'),
  dec: L('Resultat december', 'Result December'),
};

const MONTH_WORDS: Record<(typeof MONTHS)[number], Record<Lang, string>> = {
  jan: L('Utfall januari', 'Actual January'),
  feb: L('Utfall februari', 'Actual February'),
  mar: L('Utfall mars', 'Actual March'),
  apr: L('Utfall april', 'Actual April'),
  may: L('Utfall maj', 'Actual May'),
  jun: L('Utfall juni', 'Actual June'),
  jul: L('Utfall juli', 'Actual July'),
  aug: L('Utfall augusti', 'Actual August'),
  sep: L('Utfall september', 'Actual September'),
  oct: L('Utfall oktober', 'Actual October'),
  nov: L('Utfall november', 'Actual November'),
  dec: L('Utfall december', 'Actual December'),
};

/** The roles that make sense in a table of each kind, in the order a user reads such a table. */
export const ROLES_BY_KIND: Record<TableKind, (ColumnRole | `result:${string}` | `month:${string}`)[]> = {
  goals: ['area', 'goalId', 'level', 'goalText', 'parent', 'responsible'],
  indicators: [
    'area', 'goal', 'indicator', 'threshold', 'green', 'yellow', 'red', 'direction', 'baseline', 'frequency', 'source', 'koladaId',
    ...RESULT_PERIODS.map((p) => `result:${p}` as const), 'responsible', 'reporter', 'activity',
  ],
  activities: ['area', 'goal', 'activity', 'responsible', 'involved', 'status', 'deadline', 'indicatorRef'],
  risks: ['goal', 'risk', 'control', 'activity', 'responsible'],
  budget: ['key', 'name', 'lineType', 'budget', 'actual', 'forecast', 'deviation', 'comment', 'action', ...MONTHS.map((m) => `month:${m}` as const)],
  annex: ['key', 'name', 'amount', 'budget', 'actual', 'forecast', 'deviation'],
};

/** The drop-down value for a column as recognised (`result:t2` for a T2 result column). */
export function choiceOf(c: Pick<ColumnMap, 'role' | 'period'>): RoleChoice {
  if ((c.role === 'result' || c.role === 'month') && c.period) return `${c.role}:${c.period}`;
  return c.role;
}

/** The user's words for a drop-down value. */
export function choiceLabel(choice: RoleChoice, lang: Lang): string {
  const [role, period] = choice.split(':', 2);
  if (role === 'result' && period && period in PERIOD_WORDS) return PERIOD_WORDS[period as Period][lang];
  if (role === 'month' && period && period in MONTH_WORDS) return MONTH_WORDS[period as keyof typeof MONTH_WORDS][lang];
  return ROLE_LABELS[role as ColumnRole]?.[lang] ?? choice;
}

/** The choices offered for a column of a table of `kind`: the kind's roles, and the column's own if another. */
export function choicesFor(kind: string, current: RoleChoice | undefined): RoleChoice[] {
  const list: RoleChoice[] = [...(ROLES_BY_KIND[kind as TableKind] ?? [])];
  if (current && current !== 'ignore' && !list.includes(current)) list.unshift(current);
  return list;
}
