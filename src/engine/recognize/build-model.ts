/**
 * Reads plan entities (goals, indicators, activities, risks) out of detected tables: grouping
 * columns filled down (merged cells arrive blank), a table without a goal column hung on the goal
 * named above it, and Öka/Minska read as the declared direction.
 */
import { foldLink, getCell, isBlank, ref, splitLinks, valueText } from '../cells';
import type { Activity, ColumnMap, ColumnRole, Goal, HistoryCell, Indicator, PlanModel, Ref, ResultCell, Risk } from '../model';
import type { CellValue, SheetInput } from '../types';
import type { DetectedTable } from './detect-tables';
import { readDirectionWord } from './headers';
import type { MergeMap } from './grid';

export type ModelPart = Omit<PlanModel, 'tables'>;

/** Footnote marks left at the end of a link (`… ska arbeta ⁴`) are not part of the goal's name. */
export function cleanLink(s: string): string {
  return s.replace(/[\s\u00a0]*[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u, '').trim();
}

/** `(Indikator 14)`, `(Indikator 3 och 14)` in an activity's text → `14`, `3, 14`. */
export function indicatorRefFromText(s: string): string | null {
  const m = /\((?:indikator|indikatorer|indicator|indicators)\s+([\d\s,och&and]+)\)/i.exec(s);
  if (!m) return null;
  const nums = m[1].match(/\d+/g);
  return nums ? nums.join(', ') : null;
}

const GOAL_HEADER = /^\s*(m[aå]l\s*\d+)\s*(uppdragsplan)?/i;

/** What `optText` gives for a column the table does not have. */
const NO_TEXT: { text: string | null; ref?: Ref } = Object.freeze({ text: null });

interface Source {
  text: string;
  ref: Ref;
}

export function buildModel(sheet: SheetInput, detected: DetectedTable[], merges: MergeMap): ModelPart {
  const out: ModelPart = { goals: [], indicators: [], activities: [], risks: [], tablesWithoutGoal: [] };
  const val = (r: number, c: number): CellValue => {
    const v = getCell(sheet, r, c)?.v ?? null;
    if (!isBlank(v) || merges.size === 0) return v;
    const o = merges.origin(r, c);
    return o ? (getCell(sheet, o.r, o.c)?.v ?? null) : v;
  };
  const text = (r: number, c: number | undefined): string => (c === undefined ? '' : valueText(val(r, c)).trim());
  // Last goal read from a goals table, by the row it ends on: tables below hang on it.
  const goalsAbove: { lastRow: number; goal: Goal }[] = [];

  for (const d of detected) {
    const t = d.table;
    // The first column of each role, looked up for every row.
    const byRole = new Map<ColumnRole, ColumnMap>();
    for (const x of t.columns) if (!byRole.has(x.role)) byRole.set(x.role, x);
    const col = (role: ColumnRole): ColumnMap | undefined => byRole.get(role);
    const colOf = (role: ColumnRole) => col(role)?.col;
    const carry = new Map<number, Source>();
    // Grouping columns inherit the value above when blank (merged cells, seed 002's `Mål`).
    const grouped = (r: number, role: ColumnRole): Source | null => {
      const c = colOf(role);
      if (c === undefined) return null;
      const s = text(r, c);
      if (s !== '') {
        const src = { text: s, ref: ref(sheet.name, r, c) };
        carry.set(c, src);
        return src;
      }
      return carry.get(c) ?? null;
    };
    const dataRows = t.rows.filter((x) => x.kind === 'data');
    // Analysis and åtgärd written beside a goal or an indicator: the report quotes them.
    const analysisOf = (r: number): Pick<Goal, 'analysis' | 'analysisRef' | 'action'> => {
      const a = colOf('comment');
      const x = colOf('action');
      const o: Pick<Goal, 'analysis' | 'analysisRef' | 'action'> = {};
      if (a !== undefined) {
        const s = text(r, a);
        o.analysis = s === '' ? null : s;
        o.analysisRef = ref(sheet.name, r, a);
      }
      if (x !== undefined) {
        const s = text(r, x);
        o.action = s === '' ? null : s;
      }
      return o;
    };

    if (t.kind === 'goals') {
      const textCol = colOf('goalText');
      const headerId = GOAL_HEADER.exec(col('goalText')?.header ?? '');
      let prev: (Goal & { rawParent?: string }) | null = null;
      for (const row of dataRows) {
        const r = row.r;
        const gt = text(r, textCol);
        const parentCol = colOf('parent');
        const parentText = cleanLink(text(r, parentCol));
        const idText = text(r, colOf('goalId'));
        if (gt === '' && idText === '') {
          // A continuation row (merged goal cell): more parent links for the goal above.
          if (prev && parentText !== '') {
            prev.parents.push(...splitLinks(parentText).map(cleanLink));
            prev.rawParent = undefined;
          }
          continue;
        }
        const level = grouped(r, 'level');
        const area = grouped(r, 'area');
        // `Mål 1 Uppdragsplan` names the table's (first) goal: its id is `Mål 1`.
        const id = idText !== '' ? idText : prev === null && headerId ? headerId[1].replace(/\s+/g, ' ') : null;
        const g: Goal & { rawParent?: string } = {
          sheet: sheet.name,
          row: r,
          textRef: ref(sheet.name, r, textCol ?? 0),
          id,
          level: level?.text ?? (headerId?.[2] ? 'Uppdragsplanens mål' : null),
          text: gt,
          parents: parentText === '' ? [] : splitLinks(parentText).map(cleanLink),
          ...(idText !== '' ? { idRef: ref(sheet.name, r, colOf('goalId') as number) } : {}),
          ...(parentCol !== undefined ? { parentRef: ref(sheet.name, r, parentCol) } : {}),
          ...(area ? { area: area.text } : {}),
        };
        Object.assign(g, analysisOf(r));
        if (parentText !== '') g.rawParent = parentText;
        out.goals.push(g);
        goalsAbove.push({ lastRow: t.lastRow, goal: g });
        prev = g;
      }
      continue;
    }

    // Goal for tables without a goal column: the nearest goal heading or goals table above.
    let titleGoal: Source | null = null;
    if (colOf('goal') === undefined && (t.kind === 'indicators' || t.kind === 'activities' || t.kind === 'risks')) {
      const fromTable = goalsAbove.filter((x) => x.lastRow < t.firstRow).pop();
      const gt = d.goalTitle;
      if (gt && (!fromTable || gt.r > fromTable.lastRow)) titleGoal = { text: gt.text, ref: ref(sheet.name, gt.r, gt.c) };
      else if (fromTable) titleGoal = { text: fromTable.goal.text, ref: fromTable.goal.textRef };
      else if (t.kind !== 'risks') {
        // One finding per table, at its first header cell (the table id's address).
        out.tablesWithoutGoal.push({ tableId: t.id, sheet: sheet.name, cell: t.id.slice(t.id.lastIndexOf('!') + 1), kind: t.kind });
      }
    }
    type GoalOf = Readonly<{ goal: string | null; goalRef?: Ref; goalSource?: 'column' | 'title' }>;
    // Rows under one goal cell share one answer (read-only; copied into what is kept).
    let last: { src: Source | null; of: GoalOf } | null = null;
    const titleOf: GoalOf = titleGoal ? { goal: titleGoal.text, goalRef: titleGoal.ref, goalSource: 'title' } : { goal: null };
    const goalOf = (r: number): GoalOf => {
      const g = grouped(r, 'goal');
      if (!g) return titleOf;
      if (last?.src !== g) last = { src: g, of: { goal: g.text, goalRef: g.ref, goalSource: 'column' } };
      return last.of;
    };
    const textOrNull = (r: number, c: number | undefined): string | null => text(r, c) || null;
    const optText = (r: number, role: ColumnRole): { text: string | null; ref?: Ref } => {
      const c = colOf(role);
      if (c === undefined) return NO_TEXT;
      const s = text(r, c);
      return { text: s === '' ? null : s, ref: ref(sheet.name, r, c) };
    };

    if (t.kind === 'indicators') {
      // Columns looked up once per table; the row loop below runs for every indicator of a plan,
      // so it builds what it keeps and nothing else.
      const nameCol = colOf('indicator') as number;
      const resultCols = t.columns.filter((x) => x.role === 'result' && !x.history);
      const historyCols = t.columns.filter((x) => x.role === 'result' && x.history);
      const thCol = colOf('threshold');
      const greenCol = colOf('green');
      const yellowCol = colOf('yellow');
      const redCol = colOf('red');
      const hasBands = greenCol !== undefined || yellowCol !== undefined || redCol !== undefined;
      const dirCol = colOf('direction');
      const baseCol = colOf('baseline');
      const freqCol = colOf('frequency');
      const respCol = colOf('responsible');
      const actCol = colOf('activity');
      const reporterCol = colOf('reporter');
      const sourceCol = colOf('source');
      const hasAnalysisCols = colOf('comment') !== undefined || colOf('action') !== undefined;
      for (const row of dataRows) {
        const r = row.r;
        const goal = goalOf(r); // read every row so fill-down sees each value
        grouped(r, 'area');
        const name = text(r, nameCol);
        if (name === '') continue;
        // Properties set one by one, in the order the type lists them.
        const ind = { sheet: sheet.name, row: r, nameRef: ref(sheet.name, r, nameCol), name, goal: goal.goal } as Indicator;
        if (goal.goalRef) ind.goalRef = goal.goalRef;
        if (goal.goalSource) ind.goalSource = goal.goalSource;
        const th = textOrNull(r, thCol);
        if (!hasBands) {
          ind.thresholdText = th;
          if (thCol !== undefined) ind.thresholdRef = ref(sheet.name, r, thCol);
        } else {
          const green = textOrNull(r, greenCol);
          const yellow = textOrNull(r, yellowCol);
          const red = textOrNull(r, redCol);
          const composed = [green ? `Grön ${green}` : '', yellow ? `Gul ${yellow}` : '', red ? `Röd ${red}` : ''].filter((x) => x !== '').join(' ');
          ind.thresholdText = th ?? (composed !== '' ? composed : null);
          ind.thresholdRef = ref(sheet.name, r, (thCol ?? greenCol ?? yellowCol ?? redCol) as number);
          ind.bandColumns = { ...(green ? { green } : {}), ...(yellow ? { yellow } : {}), ...(red ? { red } : {}) };
        }
        const dir = textOrNull(r, dirCol);
        ind.declaredDirection = dir ? readDirectionWord(dir) : null;
        if (dirCol !== undefined) ind.directionRef = ref(sheet.name, r, dirCol);
        ind.baseline = baseCol === undefined ? null : val(r, baseCol);
        if (baseCol !== undefined) {
          ind.baselineRef = ref(sheet.name, r, baseCol);
          const baseFmt = getCell(sheet, r, baseCol)?.fmt;
          if (baseFmt !== undefined) ind.baselineFmt = baseFmt;
        }
        if (historyCols.length) {
          const history: HistoryCell[] = historyCols.map((hc) => {
            const cell = getCell(sheet, r, hc.col);
            const period = hc.period === 'combined' || hc.period === undefined ? 'year' : hc.period;
            return { ref: ref(sheet.name, r, hc.col), year: hc.year ?? 0, period, value: cell?.v ?? null, ...(cell?.fmt !== undefined ? { fmt: cell.fmt } : {}) };
          });
          ind.history = history.sort((a, b) => a.year - b.year);
        }
        ind.frequency = textOrNull(r, freqCol);
        if (freqCol !== undefined) ind.frequencyRef = ref(sheet.name, r, freqCol);
        const resp = textOrNull(r, respCol);
        const respRef = respCol === undefined ? undefined : ref(sheet.name, r, respCol);
        ind.responsible = resp;
        if (respRef) ind.responsibleRef = respRef;
        if (reporterCol !== undefined) ind.reporter = textOrNull(r, reporterCol);
        if (sourceCol !== undefined) ind.source = textOrNull(r, sourceCol);
        const results: ResultCell[] = new Array(resultCols.length);
        for (let k = 0; k < resultCols.length; k++) results[k] = resultCell(sheet, r, resultCols[k]);
        ind.results = results;
        if (hasAnalysisCols) Object.assign(ind, analysisOf(r));
        ind.tableId = t.id;
        out.indicators.push(ind);
        // Seed 002: the `Aktiviteter` cell of an indicator row is that indicator's activity.
        const act = textOrNull(r, actCol);
        if (act && actCol !== undefined) {
          const a = { sheet: sheet.name, row: r, textRef: ref(sheet.name, r, actCol), text: act, goal: goal.goal } as Activity;
          if (goal.goalRef) a.goalRef = goal.goalRef;
          if (goal.goalSource) a.goalSource = goal.goalSource;
          a.responsible = resp;
          if (respRef) a.responsibleRef = respRef;
          a.indicatorRef = name;
          a.tableId = t.id;
          out.activities.push(a);
        }
      }
      continue;
    }

    if (t.kind === 'activities') {
      const textCol = colOf('activity') as number;
      for (const row of dataRows) {
        const r = row.r;
        const goal = goalOf(r);
        grouped(r, 'area');
        const s = text(r, textCol);
        if (s === '') continue;
        const resp = optText(r, 'responsible');
        const refCol = optText(r, 'indicatorRef');
        const a: Activity = {
          sheet: sheet.name,
          row: r,
          textRef: ref(sheet.name, r, textCol),
          text: s,
          ...goal,
          responsible: resp.text,
          ...(resp.ref ? { responsibleRef: resp.ref } : {}),
          ...(colOf('involved') !== undefined ? { involved: optText(r, 'involved').text } : {}),
          ...(colOf('status') !== undefined ? { status: optText(r, 'status').text } : {}),
          ...(colOf('deadline') !== undefined ? { deadline: optText(r, 'deadline').text } : {}),
          indicatorRef: refCol.text ?? indicatorRefFromText(s),
          tableId: t.id,
        };
        out.activities.push(a);
      }
      continue;
    }

    if (t.kind === 'risks') {
      const riskCol = colOf('risk') ?? colOf('control');
      if (riskCol === undefined) continue;
      for (const row of dataRows) {
        const r = row.r;
        const s = text(r, riskCol);
        if (s === '') continue;
        const resp = optText(r, 'responsible');
        const risk: Risk = {
          sheet: sheet.name,
          row: r,
          textRef: ref(sheet.name, r, riskCol),
          text: s,
          control: colOf('control') !== riskCol ? optText(r, 'control').text : null,
          ...(colOf('activity') !== undefined ? { activity: optText(r, 'activity').text } : {}),
          responsible: resp.text,
          ...(resp.ref ? { responsibleRef: resp.ref } : {}),
          tableId: t.id,
        };
        out.risks.push(risk);
      }
    }
  }
  return out;
}

/**
 * One result cell of an indicator row. The common shapes are whole literals: a literal grown
 * property by property moves its properties to a second array, and these objects are kept for the
 * whole analysis, several per row.
 */
function resultCell(sheet: SheetInput, r: number, rc: ColumnMap): ResultCell {
  const cell = getCell(sheet, r, rc.col);
  const cellRef = ref(sheet.name, r, rc.col);
  const period = rc.period ?? 'year';
  const value = cell?.v ?? null;
  if (!rc.year && cell?.fill === undefined && cell?.font === undefined && cell?.f === undefined)
    return cell?.fmt === undefined ? { ref: cellRef, period, value } : { ref: cellRef, period, value, fmt: cell.fmt };
  const out = { ref: cellRef, period } as ResultCell;
  if (rc.year) out.year = rc.year;
  out.value = value;
  if (cell?.fmt !== undefined) out.fmt = cell.fmt;
  if (cell?.fill !== undefined) out.fill = cell.fill;
  if (cell?.font !== undefined) out.font = cell.font;
  if (cell?.f !== undefined) out.formula = true;
  return out;
}

/**
 * A parent cell that names one known goal in full stays one link even when the goal's text holds
 * a comma; otherwise the split links stand.
 */
export function resolveWholeParents(goals: (Goal & { rawParent?: string })[]): void {
  const known = new Set<string>();
  for (const g of goals) {
    known.add(foldLink(g.text));
    if (g.id) known.add(foldLink(g.id));
  }
  for (const g of goals) {
    if (g.rawParent && g.parents.length > 1 && known.has(foldLink(cleanLink(g.rawParent)))) g.parents = [cleanLink(g.rawParent)];
    delete g.rawParent;
  }
}

