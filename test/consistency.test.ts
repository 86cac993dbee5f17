/**
 * One period rule (SPEC §6, issue 9): for random workbooks made of the seeds' wording, at every
 * period, the goal counts in the JSON report, the Sammanställning sheet and the task pane agree,
 * and no indicator counted as coloured has a missing result that is due by then.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, planEdits } from '../src/engine/analyze';
import { PALETTE, PERIODS, type CellInput, type Period, type SheetInput, type WorkbookInput } from '../src/engine/types';
import { indicatorStatus } from '../src/engine/rollup';
import { lightCounts } from '../src/taskpane/components/LightsSection';
import { paneAnalysis } from '../src/taskpane/worker/pane-analysis';
import { ASSESSMENT_WORDS } from '../src/engine/sheets/summary-sheet';
import { sheetFromGrid } from './fixtures/sheet';
import { cellOf } from '../src/engine/cells';

// Seed wording: seed 002's thresholds and frequencies, seed 004's directions and periods.
const THRESHOLDS = ['Grön 82 Gul 76', 'Grön 95 Gul 91', 'Grön 6,5 Gul 7', 'Grön Ja Röd Nej', 'Grön 0% Gul 0,5%', 'Andel positiva svar Grön 75% Gul 50%', 'Minst 82', 'Högst 5', '', 'Grön bra Gul sämre'];
const FREQUENCIES = ['Årligen', 'Månatlig', 'Delår, helår', 'Helår', 'Tertial', 'Årligen (maj)', 'T2, Årsbokslut 2025', 'Kvartal', ''];
const NAMES = ['Helhetssyn särskilt boende', 'HME', 'Sjukfrånvaro', 'Budgetavvikelse', 'Avslutsenkät', 'Personalkontinuitet inom hemtjänsten', 'Matsvinn inom tillagningsköken', 'Kringtid för hemtjänst LOV'];

type Layout = 'separate' | 'combined' | 'years' | 'months';
const HEADERS: Record<Layout, string[]> = {
  separate: ['Resultat T1', 'Resultat T2', 'Resultat år'],
  combined: ['Resultat T1/T2/år'],
  years: ['Utfall 2023', 'Utfall 2024'],
  months: ['mars', 'augusti', 'december'],
};
const COMBINED_LABELS = ['T1', 'T2', 'År'];

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 1, arbitrary: fc.constantFrom('Ja', 'Nej', 'ej mätt', '6,5', '0,4 %', '7,4') },
);

const indicatorRow = (layout: Layout, goals: number) =>
  fc.record({
    goal: fc.integer({ min: -1, max: goals - 1 }),
    name: fc.constantFrom(...NAMES),
    threshold: fc.constantFrom(...THRESHOLDS),
    direction: fc.constantFrom('Öka', 'Minska', ''),
    frequency: fc.constantFrom(...FREQUENCIES),
    values: fc.array(value, { minLength: HEADERS[layout].length, maxLength: HEADERS[layout].length }),
    labels: fc.subarray(COMBINED_LABELS),
  });

const workbookArb = fc
  .record({ kf: fc.integer({ min: 1, max: 3 }), n: fc.integer({ min: 1, max: 4 }), layout: fc.constantFrom<Layout>('separate', 'combined', 'years', 'months') })
  .chain(({ kf, n, layout }) =>
    fc.record({
      kf: fc.constant(kf),
      layout: fc.constant(layout),
      parents: fc.array(fc.integer({ min: 0, max: kf - 1 }), { minLength: n, maxLength: n }),
      rows: fc.array(indicatorRow(layout, n), { minLength: 1, maxLength: 8 }),
    }),
  )
  .map(({ kf, layout, parents, rows }): WorkbookInput => {
    // Goals as a tree: every nämndmål has one KF-mål, so the roots' counts add up to the pane's.
    const goals: (string | null)[][] = [['Id', 'Nivå', 'Mål', 'Överordnat mål']];
    for (let i = 0; i < kf; i++) goals.push([`KF${i + 1}`, 'Fullmäktigemål', `Fullmäktigemål nummer ${i + 1}`, null]);
    parents.forEach((p, i) => goals.push([`N${i + 1}`, 'Nämndmål', `Nämndmål nummer ${i + 1}`, `KF${p + 1}`]));
    const grid: (CellInput['v'] | undefined)[][] = [['Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Riktning', 'Hur ofta det ska mätas', ...HEADERS[layout]]];
    rows.forEach((r, i) => {
      const results =
        layout === 'combined'
          ? [r.labels.map((l, k) => `${l}: ${r.values[0] ?? k * 7 + 70}`).join('; ') || null]
          : r.values;
      grid.push([r.goal < 0 ? 'Okänt mål' : `N${r.goal + 1}`, `${i + 1}. ${r.name}`, r.threshold || null, r.direction || null, r.frequency || null, ...results]);
    });
    const sheets: SheetInput[] = [sheetFromGrid('Mål', goals), sheetFromGrid('Indikatorer', grid)];
    return { fileName: 'slump.xlsx', sheets, ownedSheets: [] };
  });

/** Counts per goal as the Sammanställning sheet writes them, keyed by goal id. */
function summaryCounts(input: WorkbookInput, period: Period) {
  const a = analyze(input, { period });
  const sheet = planEdits(a, { colours: false, sheets: ['summary'] }).sheets[0];
  const out = new Map<string, { counts: number[]; assessment: string }>();
  for (const row of sheet?.rows.slice(4) ?? []) {
    if (typeof row[0]?.v !== 'string') continue;
    out.set(row[0].v, { counts: row.slice(3, 7).map((c) => Number(c.v)), assessment: String(row[9]?.v) });
  }
  return { a, out };
}

describe('one period rule: report, Sammanställning and pane agree', () => {
  it('at every period, for random workbooks in the seeds\' words', () => {
    fc.assert(
      fc.property(workbookArb, (input) => {
        for (const period of PERIODS) {
          const { a, out } = summaryCounts(input, period);
          // 1. JSON goal counts = Sammanställning's, and the assessment in words.
          for (const g of a.report.goals) {
            const row = out.get(g.id as string);
            expect(row, `${period} ${g.id}`).toBeDefined();
            expect(row!.counts, `${period} ${g.id}`).toEqual([g.counts.green, g.counts.yellow, g.counts.red, g.counts.missing]);
            expect(row!.assessment).toBe(ASSESSMENT_WORDS.sv[g.assessment]);
          }
          // 2. The pane's counts = the roots' counts plus the indicators on no goal.
          const pane = lightCounts(paneAnalysis(a));
          const sum = { green: 0, yellow: 0, red: 0, missing: 0 };
          for (const r of a.graph.roots) for (const k of ['green', 'yellow', 'red', 'missing'] as const) sum[k] += a.report.goals[r].counts[k];
          a.indicators.forEach((ia, i) => {
            if (a.graph.indicatorGoal[i] < 0) sum[indicatorStatus(ia)]++;
          });
          expect(pane, period).toEqual(sum);
          expect(pane.green + pane.yellow + pane.red + pane.missing).toBe(a.indicators.length);
          // 3. No indicator counted as coloured has a missing result due at or after the one it is counted from.
          const missing = a.findings.filter((f) => f.code === 'result.missing');
          expect(missing.length).toBe(a.indicators.flatMap((ia) => ia.results.filter((e) => e.problem === 'missing')).length);
          for (const ia of a.indicators) {
            const s = indicatorStatus(ia);
            if (s === 'missing') continue;
            const from = ia.current!;
            expect(from.status).toBe(s);
            expect(ia.duePeriods).toContain(from.period);
            const months = (p: Period) => ({ q1: 3, t1: 4, t2: 8, year: 12 } as Record<string, number>)[p] ?? PERIODS.indexOf(p) - 3;
            const late = ia.results.filter((e) => e.problem === 'missing' && months(e.period) >= months(from.period));
            expect(late, `${period} ${ia.indicator.name}`).toEqual([]);
            // The chosen period, when due and with a place to write it, is the one counted.
            if (ia.duePeriods.includes(period) && ia.results.some((e) => e.period === period)) expect(months(from.period)).toBe(months(period));
          }
          // 4. A combined cell's colour is the indicator's counted status.
          const fills = planEdits(a, { sheets: [] }).fills;
          for (const ia of a.indicators) {
            const combined = ia.indicator.results.find((r) => r.period === 'combined');
            if (!combined || combined.value === null) continue;
            const edit = fills.find((f) => f.cell === cellOf(combined.ref) && f.sheet === combined.ref.sheet);
            const s = indicatorStatus(ia);
            expect(edit?.fill ?? null, `${period} ${cellOf(combined.ref)}`).toBe(s === 'missing' ? null : PALETTE[s].fill);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
