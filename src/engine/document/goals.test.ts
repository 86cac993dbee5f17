import { describe, expect, it } from 'vitest';
import { assessmentRuns, goalHeading, goalsPart, indicatorTable, sections } from './goals';
import type { Block, TableBlock } from './types';
import { analyzeIndicators } from '../results/analyze-indicators';
import { indicator as resultRow, modelOf, optionsOf, type IndicatorSpec } from '../../../test/fixtures/indicators';
import { activity, AREA1, AREA2, analysis, context, goal, indicator, model, seed002Model, seed003Model } from '../../../test/fixtures/plan-model';
import type { Activity, PlanModel } from '../model';
import type { Lang, Period, Status } from '../types';

const cellText = (c: TableBlock['rows'][number][number]) => c.runs.map((r) => r.text).join('');
/** Indicators laid out like seed 002 (fixtures/indicators), analysed at the period. */
const table = (specs: IndicatorSpec[], period: Period = 't2', lang: Lang = 'sv', year: number | null = 2025) =>
  indicatorTable(analyzeIndicators(modelOf(specs.map((s, i) => resultRow(2 + i, s))), optionsOf({ period, lang })), lang, year);
const outline = (blocks: Block[]) =>
  blocks.map((b) => (b.kind === 'heading' ? `H${b.level}${b.newPage ? '!' : ''} ${b.text}` : b.kind === 'paragraph' ? `P${b.style === 'placeholder' ? '?' : b.style === 'note' ? '~' : ''} ${b.runs.map((r) => r.text).join('')}` : `T ${b.rows.map((r) => cellText(r[0])).join(' | ')}`));

describe('indicatorTable', () => {
  it('seed 002: target, T1 and T2 in their colours, the status at T2 in words and colour, the reason', () => {
    const t = table([{ frequency: 'Tertial', results: [['t1', 84], ['t2', 75]] }]);
    expect(t.header).toEqual(['Indikator', 'Målvärde', 'T1', 'T2', 'Status', 'Motivering']);
    expect(t.widths).toEqual([30, 16, 7, 7, 10, 24]);
    expect(t.rows[0].map((c) => [cellText(c), c.tone ?? null, c.align ?? null])).toEqual([
      ['Helhetssyn särskilt boende', null, null],
      ['Grön 82 Gul 76', null, null],
      ['84', 'green', 'right'],
      ['75', 'red', 'right'],
      ['Röd', 'red', null],
      ['75 < 76 (Gul-gräns) → Röd', null, null],
    ]);
    expect(t.rows[0][4].runs[0]).toEqual({ text: 'Röd', bold: true, italic: false });
  });

  it('earlier years first (a year alone, or a period and its year), then this year’s periods', () => {
    const t = table([{ frequency: 'Tertial', results: [['t1', 84]], history: [[2024, 'year', 80], [2023, 'year', 79], [2024, 't1', 81]] }], 't1');
    expect(t.header.slice(2, -2)).toEqual(['2023', 'T1 2024', '2024', 'T1']);
    expect(t.rows[0].slice(2, -2).map(cellText)).toEqual(['79', '81', '80', '84']);
  });

  it('columns in time order whatever order the sheet has them in; a column with its own year sorts by it', () => {
    // År before T1 in the sheet.
    expect(table([{ frequency: 'Tertial', results: [['year', 90], ['t1', 84]] }], 'year').header.slice(2, -2)).toEqual(['T1', 'År']);
    const ias = analyzeIndicators(modelOf([resultRow(2, { frequency: 'Tertial', results: [['t1', 84]], history: [[2024, 'year', 80]] })]), optionsOf({ period: 't1' }));
    const own = ias.map((ia) => ({ ...ia, results: ia.results.map((ev) => ({ ...ev, result: { ...ev.result, year: 2024 } })) }));
    // T1 2024 (its own year) before the 2024 full year, although the report is for 2025.
    expect(indicatorTable(own, 'sv', 2025).header.slice(2, -2)).toEqual(['T1 2024', '2024']);
  });

  it('earlier values as written: a percent-formatted share in percent, text as text, an error as its code, blank as nothing', () => {
    const t = table([{ frequency: 'Tertial', results: [['t1', 84]], history: [[2021, 'year', 0.815, '0.0%'], [2022, 'year', 'saknas'], [2023, 'year', { error: '#N/A' }], [2024, 'year', null]] }], 't1');
    expect(t.rows[0].slice(2, 6).map(cellText)).toEqual(['81,5 %', 'saknas', '#N/A', '']);
    expect(t.rows[0].slice(2, 6).map((c) => c.align)).toEqual(['right', 'right', 'right', 'right']);
    // A number format without % leaves the number as it is.
    const plain = table([{ frequency: 'Tertial', results: [['t1', 84]], history: [[2024, 'year', 81.5, '0.0']] }], 't1');
    expect(plain.rows[0].slice(2, 4).map(cellText)).toEqual(['81,5', '84']);
  });

  it('a period one indicator reports and another does not: an empty cell', () => {
    const t = table([
      { frequency: 'Tertial', results: [['t1', 84]] },
      { frequency: 'Tertial', name: 'Helhetssyn hemtjänst', results: [['t2', 79]] },
    ]);
    expect(t.header.slice(2, -2)).toEqual(['T1', 'T2']);
    expect(t.rows.map((r) => r.slice(2, 4).map((c) => [cellText(c), c.align]))).toEqual([
      [['84', 'right'], ['', 'right']],
      [['', 'right'], ['79', 'right']],
    ]);
  });

  it('a percent threshold shows its results with %; a result without status has no colour', () => {
    const t = table([{ frequency: 'Tertial', name: 'Andel nöjda', threshold: 'Grön 90% Gul 80%', results: [['t1', 0.95, '0%'], ['t2', 'ej mätt']] }]);
    expect(t.rows[0].slice(2, 6).map((c) => [cellText(c), c.tone ?? null])).toEqual([
      ['95 %', 'green'],
      ['ej mätt', null],
      ['Utan resultat', null],
      ['"ej mätt" kan inte läsas mot tröskelvärdena', null],
    ]);
    expect(t.rows[0][4].runs[0]).toEqual({ text: 'Utan resultat', bold: false, italic: true });
  });

  it('a yes share (Grön ja 95% Gul ja 90%) is shown in percent', () => {
    const t = table([{ frequency: 'T2', name: 'Verkställda inom tre månader', threshold: 'Grön ja 95% Gul ja 90%', results: [['t2', 0.92, '0%']] }]);
    expect(t.rows[0].slice(1, 4).map((c) => [cellText(c), c.tone ?? null])).toEqual([
      ['Grön ja 95% Gul ja 90%', null],
      ['92 %', 'yellow'],
      ['Gul', 'yellow'],
    ]);
  });

  it.each<[string, IndicatorSpec, string]>([
    // Typed in percent points, without a % format: the threshold's % is theirs.
    ['a percent threshold', { threshold: 'Grön 90% Gul 80%', results: [['t1', 95]] }, '95 %'],
    ['a yes share', { threshold: 'Grön ja 95% Gul ja 90%', results: [['t1', 92]] }, '92 %'],
    ['a lower-is-better percent threshold', { threshold: 'Grön högst 5 % Gul högst 8 %', results: [['t1', 4]] }, '4 %'],
    ['a number threshold', { threshold: 'Grön 82 Gul 76', results: [['t1', 84]] }, '84'],
    // `Öka med 5 %` is the change; the result is a count of participants, not a percentage.
    ['a change in percent', { threshold: 'Grön Öka med 5 % Gul öka med 2 %', baseline: 60, results: [['t1', 63]] }, '63'],
    ['no threshold, only Öka', { threshold: null, declared: 'higher', results: [['t1', 63]] }, '63'],
    ['no threshold at all', { threshold: null, results: [['t1', 12.5]] }, '12,5'],
  ])('a result under %s is shown with its unit as the threshold reads it', (_l, spec, want) => {
    expect(cellText(table([{ frequency: 'Tertial', ...spec }], 't1').rows[0][2])).toBe(want);
  });

  it('a plain yes/no is shown as written', () => {
    const t = table([{ frequency: 'T2', name: 'SAM – årlig uppföljning', threshold: 'Grön Ja Röd Nej', results: [['t2', 'Ja']] }]);
    expect(t.rows[0].slice(2, 4).map(cellText)).toEqual(['Ja', 'Grön']);
  });

  it.each<[string, IndicatorSpec, Lang, string]>([
    ['the threshold text', { threshold: 'Grön 6,5 Gul 7' }, 'sv', 'Grön 6,5 Gul 7'],
    ['Öka without thresholds', { threshold: null, declared: 'higher' }, 'sv', 'Öka'],
    ['Minska without thresholds', { threshold: null, declared: 'lower' }, 'sv', 'Minska'],
    ['Increase', { threshold: null, declared: 'higher' }, 'en', 'Increase'],
    ['Decrease', { threshold: null, declared: 'lower' }, 'en', 'Decrease'],
    ['nothing', { threshold: null }, 'sv', '–'],
    ['band columns', { threshold: null, bandColumns: { green: '≥ 90', yellow: '80–89', red: '< 80' } }, 'sv', 'Grön ≥ 90 Gul 80–89 Röd < 80'],
  ])('target: %s', (_l, spec, lang, want) => {
    expect(cellText(table([{ frequency: 'Tertial', results: [['t1', 5]], ...spec }], 't1', lang).rows[0][1])).toBe(want);
  });

  it.each<[string, IndicatorSpec, Period, string, string]>([
    ['nothing due yet (a yearly indicator at T2)', { frequency: 'Årligen', results: [['year', null]] }, 't2', 'Utan resultat', 'Inget resultat ska vara rapporterat vid perioden'],
    ['a due result missing', { frequency: 'Tertial', results: [['t1', null]] }, 't1', 'Utan resultat', 'Resultat saknas'],
    ['a green result', { frequency: 'Tertial', results: [['t1', 84]] }, 't1', 'Grön', '84 ≥ 82 (Grön)'],
  ])('status and reason: %s', (_l, spec, period, status, reason) => {
    expect(table([spec], period).rows[0].slice(-2).map(cellText)).toEqual([status, reason]);
  });

  it('in English, and results with their own year', () => {
    const ias = analyzeIndicators(modelOf([resultRow(2, { frequency: 'Årligen', results: [['year', 84]] })]), optionsOf({ lang: 'en' }));
    const withYear = ias.map((ia) => ({ ...ia, results: ia.results.map((ev) => ({ ...ev, result: { ...ev.result, year: 2024 } })) }));
    const t = indicatorTable(withYear, 'en', null);
    expect(t.header).toEqual(['Indicator', 'Target', '2024', 'Status', 'Reason']);
    expect(t.rows[0].slice(2).map(cellText)).toEqual(['84', 'Green', '84 ≥ 82 (Green)']);
    // T1 of a year: the period and the year; without a year and without the report's year, after the dated ones.
    const t1 = ias.map((ia) => ({ ...ia, results: [...ia.results.map((ev) => ({ ...ev, period: 't1' as const, result: { ...ev.result, year: 2024 } })), ...ia.results] }));
    expect(indicatorTable(t1, 'en', null).header.slice(2, -2)).toEqual(['T1 2024', 'Year']);
  });
});

describe('sections', () => {
  it('seed 003: one section per målområde holding its nämndmål, then the KF-mål they serve', () => {
    const ctx = context(seed003Model());
    const s = sections(ctx, 'sv');
    expect(s.map((x) => [x.title, x.kind, x.goals.length, x.intro ?? null])).toEqual([
      [AREA1, 'area', 4, null],
      [AREA2, 'area', 3, null],
      ['Övergripande mål', 'other', 6, 'Målen som nämndens mål bidrar till, med bedömning av indikatorerna under dem.'],
    ]);
    expect(sections(ctx, 'en')[2].title).toBe('Overarching goals');
  });

  it('a goal below a målområde goal inherits its målområde one level down; a goal of another målområde starts its own tree', () => {
    const m = model({
      goals: [
        goal(1, 'KF1', 'KF-mål', 'Kommunens välfärdstjänster ska hålla en hög kvalitet'),
        goal(2, 'N1', 'Nämndmål', 'Kvaliteten ska utvecklas.', ['KF1'], { area: AREA1 }),
        goal(3, 'V1', 'Verksamhetsmål', 'Personalkontinuiteten ska öka.', ['N1']),
        goal(4, 'V2', 'Verksamhetsmål', 'Kompetensen ska säkras.', ['N1'], { area: AREA2 }),
        goal(5, 'N2', 'Nämndmål', 'Ekonomi i balans.', ['KF1'], { area: AREA2 }),
      ],
    });
    const ctx = context(m);
    const id = (n: number) => ctx.graph.nodes[n].goal.id;
    expect(sections(ctx, 'sv').map((s) => [s.title, s.goals.map((g) => `${id(g.node)}@${g.depth}`)])).toEqual([
      [AREA1, ['N1@0', 'V1@1']],
      // Trees in sheet order of their top goals: V2 (row 4) before N2 (row 5).
      [AREA2, ['V2@0', 'N2@0']],
      ['Övergripande mål', ['KF1@0']],
    ]);
  });

  it('a goal below a top goal stays with it, even further down the sheet than the next top goal', () => {
    const m = model({
      goals: [
        goal(1, 'N1', 'Nämndmål', 'Kvaliteten ska utvecklas.', [], { area: AREA1 }),
        goal(2, 'N2', 'Nämndmål', 'Valfriheten ska stärkas.', [], { area: AREA1 }),
        goal(3, 'V1', 'Verksamhetsmål', 'Personalkontinuiteten ska öka.', ['N1']),
      ],
    });
    const ctx = context(m);
    expect(sections(ctx, 'sv')[0].goals.map((g) => `${ctx.graph.nodes[g.node].goal.id}@${g.depth}`)).toEqual(['N1@0', 'V1@1', 'N2@0']);
  });

  it('no goal without a målområde: no Övergripande mål section', () => {
    const ctx = context(model({ goals: [goal(1, 'N1', 'Nämndmål', 'Kvaliteten ska utvecklas.', [], { area: AREA1 })] }));
    expect(sections(ctx, 'sv').map((s) => s.title)).toEqual([AREA1]);
  });
});

describe('goal headings and assessment runs', () => {
  it('a goal with an id is headed `id: text`, without one by its text', () => {
    const ctx = context(model({ goals: [goal(1, 'Mål 2', 'Nämndmål', 'Kvaliteten ska utvecklas.'), goal(2, null, 'Nämndmål', 'Ekonomi i balans.')] }));
    expect(ctx.graph.nodes.map(goalHeading)).toEqual(['Mål 2: Kvaliteten ska utvecklas.', 'Ekonomi i balans.']);
  });

  it.each([
    ['met', 'sv', { text: '●', tone: 'green', marker: true }, { text: ' Uppfyllt', bold: true, tone: 'green' }],
    ['partly', 'sv', { text: '●', tone: 'yellow', marker: true }, { text: ' Delvis uppfyllt', bold: true, tone: 'yellow' }],
    ['not-met', 'en', { text: '●', tone: 'red', marker: true }, { text: ' Not met', bold: true, tone: 'red' }],
    ['not-assessed', 'sv', { text: '○', marker: true }, { text: ' Ej bedömd', bold: true }],
  ] as const)('%s (%s): a marker and the word, never colour alone', (a, lang, marker, word) => {
    expect(assessmentRuns(a, lang)).toEqual([marker, word]);
  });
});

describe('goalsPart', () => {
  /** Seed 003 at helår with one result per nämndmål indicator. */
  const seed003 = (statuses: Status[] = ['green', 'red', 'yellow', 'green', 'none', 'red', 'green'], p: Partial<PlanModel> = {}) => {
    const m = seed003Model(p);
    return context(m, { indicators: m.indicators.map((x, i) => analysis(x, [['year', statuses[i] ?? 'none']])) });
  };

  it('seed 003: målområde headings start pages; each nämndmål with its assessment line, counts, indicators, activities and analysis', () => {
    const ctx = seed003();
    const o = outline(goalsPart({ ctx, findings: [], lang: 'sv', year: 2024 }));
    const i = o.indexOf(`H1! ${AREA1}`);
    expect(o.slice(i, i + 9)).toEqual([
      `H1! ${AREA1}`,
      'H2 Mål 1: Målet är att stärka den enskildes möjligheter att leva ett självständigt liv, utifrån den enskildes behov.',
      'P Bedömning: ● Uppfyllt · Nivå: Nämndmål · Bidrar till: Mål 1 Alla norrköpingsbor som kan arbeta …, Mål 4 Kommunens välfärdstjänster ska …',
      'P Indikatorer: 1 gröna, 0 gula, 0 röda, 0 utan resultat.',
      'T 1. Andel uppföljda ärenden inom myndighetsutövningen*, procent',
      'P Aktiviteter',
      'T b) Ställ om verksamheter så att lediga platser kan beläggas så att antalet icke verkställda beslut minskar. (Indikator 3 och 14)',
      'P Analys',
      'P? [Skriv analysen här: vad förklarar måluppfyllelsen, och vad behöver förändras för att nå målet?]',
    ]);
    const j = o.indexOf('H1! Övergripande mål');
    expect(o.slice(j, j + 5)).toEqual([
      'H1! Övergripande mål',
      'P~ Målen som nämndens mål bidrar till, med bedömning av indikatorerna under dem.',
      'H2 Mål 1: Alla norrköpingsbor som kan arbeta ska arbeta',
      'P Bedömning: ● Uppfyllt · Nivå: Fullmäktigemål',
      'P Indikatorer: 1 gröna, 0 gula, 0 röda, 0 utan resultat (inklusive målen under).',
    ]);
    // A KF-mål that several nämndmål serve: their indicators counted (the one without result too).
    expect(o).toContain('P Indikatorer: 3 gröna, 1 gula, 2 röda, 1 utan resultat (inklusive målen under).');
  });

  it('a goal outside its målområde’s top names the goals it also serves besides the first', () => {
    const m = model({
      goals: [
        goal(1, 'KF1', 'KF-mål', 'Alla norrköpingsbor som kan arbeta ska arbeta'),
        goal(2, 'KF4', 'KF-mål', 'Kommunens välfärdstjänster ska hålla en hög kvalitet'),
        goal(3, 'N1', 'Nämndmål', 'Kvaliteten ska utvecklas.', ['KF1', 'KF4']),
      ],
    });
    const o = outline(goalsPart({ ctx: context(m), findings: [], lang: 'sv', year: null }));
    expect(o.filter((x) => x.startsWith('P Bedömning'))).toEqual([
      'P Bedömning: ○ Ej bedömd · Nivå: Fullmäktigemål',
      'P Bedömning: ○ Ej bedömd · Nivå: Nämndmål · Bidrar även till: KF4 Kommunens välfärdstjänster ska hålla …',
      'P Bedömning: ○ Ej bedömd · Nivå: Fullmäktigemål',
    ]);
  });

  it('the analysis and åtgärd written beside a goal, paragraph by paragraph; the indicators’ analyses', () => {
    const goals = seed003Model().goals.map((g, i) => (i === 7 ? { ...g, analysis: 'Kontinuiteten sjönk under sommaren.\n\n  Vikarier från bemanningsföretag.  ', action: 'Fasta scheman i alla grupper.' } : g));
    const indicators = seed003Model().indicators.map((x, i) => (i === 1 ? { ...x, analysis: 'Färre timanställda från hösten.' } : x));
    const ctx = context(seed003Model({ goals, indicators }));
    const o = outline(goalsPart({ ctx, findings: [], lang: 'sv', year: 2024 }));
    const i = o.findIndex((x) => x.startsWith('H2 Mål 2: Kvaliteten'));
    expect(o.slice(i + 3, i + 11)).toEqual([
      'T 1. Personalkontinuitet inom hemtjänsten',
      'P Analys av indikatorerna',
      'P 1. Personalkontinuitet inom hemtjänsten: Färre timanställda från hösten.',
      'P Aktiviteter',
      'T b) Genomföra kvalitetsutvecklande insatser inom demensomsorgen.',
      'P Analys',
      'P Kontinuiteten sjönk under sommaren.',
      'P Vikarier från bemanningsföretag.',
    ]);
    expect(o[i + 11]).toBe('P Åtgärder: Fasta scheman i alla grupper.');
  });

  it('each block of a goal in its style: bold lead words, the analysis line by line, the placeholder in italics; a goal without indicators or activities has no table', () => {
    // Written in Excel on Windows: CR LF line ends, a line of spaces between the paragraphs.
    const goals = seed003Model().goals.map((g, i) => (i === 7 ? { ...g, analysis: 'Kontinuiteten sjönk under sommaren.\r\n  \r\nVikarier från bemanningsföretag.\n', action: 'Fasta scheman i alla grupper.' } : g));
    const indicators = seed003Model()
      .indicators.map((x, i) => (i === 1 ? { ...x, analysis: 'Färre timanställda från hösten.' } : x))
      .filter((x) => x.goal !== 'Mål 6');
    const blocks = goalsPart({ ctx: context(seed003Model({ goals, indicators })), findings: [], lang: 'sv', year: 2024 });
    const at = (start: string) => blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(start));
    const table = expect.objectContaining({ kind: 'table' });
    const assessment = (level: string, serves: string) => ({
      kind: 'paragraph',
      runs: [{ text: 'Bedömning: ', bold: true }, { text: '○', marker: true }, { text: ' Ej bedömd', bold: true }, { text: ` · Nivå: ${level}` }, ...(serves ? [{ text: ` · Bidrar till: ${serves}` }] : [])],
    });
    const analysisHead = { kind: 'paragraph', runs: [{ text: 'Analys', bold: true }] };
    const placeholder = { kind: 'paragraph', style: 'placeholder', runs: [{ text: '[Skriv analysen här: vad förklarar måluppfyllelsen, och vad behöver förändras för att nå målet?]', tone: 'placeholder', italic: true }] };
    const activitiesHead = { kind: 'paragraph', runs: [{ text: 'Aktiviteter', bold: true }] };
    const mal2 = at('Mål 2: Kvaliteten');
    expect(blocks.slice(mal2, mal2 + 12)).toEqual([
      { kind: 'heading', level: 2, text: 'Mål 2: Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.' },
      assessment('Nämndmål', 'Mål 4 Kommunens välfärdstjänster ska …'),
      { kind: 'paragraph', runs: [{ text: 'Indikatorer: 0 gröna, 0 gula, 0 röda, 1 utan resultat.' }] },
      table,
      { kind: 'paragraph', runs: [{ text: 'Analys av indikatorerna', bold: true }] },
      { kind: 'paragraph', runs: [{ text: '1. Personalkontinuitet inom hemtjänsten: ', bold: true }, { text: 'Färre timanställda från hösten.' }] },
      activitiesHead,
      table,
      analysisHead,
      { kind: 'paragraph', runs: [{ text: 'Kontinuiteten sjönk under sommaren.' }] },
      { kind: 'paragraph', runs: [{ text: 'Vikarier från bemanningsföretag.' }] },
      { kind: 'paragraph', runs: [{ text: 'Åtgärder: ', bold: true }, { text: 'Fasta scheman i alla grupper.' }] },
    ]);
    // Mål 6 lost its indicator: the gap, no indicator table; no Åtgärder line without an åtgärd.
    const mal6 = at('Mål 6:');
    expect(blocks.slice(mal6 + 2, mal6 + 9)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Indikatorer: 0 gröna, 0 gula, 0 röda, 0 utan resultat.' }] },
      { kind: 'paragraph', runs: [{ text: 'Brist i röda tråden: ', bold: true }, { text: 'Målet saknar indikator', tone: 'gap' }, { text: ' (Mål!C13)' }] },
      activitiesHead,
      table,
      analysisHead,
      placeholder,
      { kind: 'heading', level: 2, text: 'Mål 7: Uppnå en ekonomi i balans genom effektivt resursutnyttjande och god ekonomistyrning' },
    ]);
    // A KF-mål: its own indicators none, no activities: no tables at all.
    const kf = at('Övergripande mål');
    expect(blocks.slice(kf, kf + 8)).toEqual([
      { kind: 'heading', level: 1, text: 'Övergripande mål', newPage: true },
      { kind: 'paragraph', style: 'note', runs: [{ text: 'Målen som nämndens mål bidrar till, med bedömning av indikatorerna under dem.', italic: true }] },
      { kind: 'heading', level: 2, text: 'Mål 1: Alla norrköpingsbor som kan arbeta ska arbeta' },
      assessment('Fullmäktigemål', ''),
      { kind: 'paragraph', runs: [{ text: 'Indikatorer: 0 gröna, 0 gula, 0 röda, 1 utan resultat (inklusive målen under).' }] },
      analysisHead,
      placeholder,
      { kind: 'heading', level: 2, text: 'Mål 2: Norrköpings kommun ska ha ett starkt näringsliv för lokal tillväxt' },
    ]);
  });

  it('a goal below a målområde’s top goal stands under its first parent and names the others', () => {
    const m = model({
      goals: [
        goal(1, 'KF1', 'KF-mål', 'Kommunens välfärdstjänster ska hålla en hög kvalitet'),
        goal(2, 'N1', 'Nämndmål', 'Kvaliteten ska utvecklas.', ['KF1'], { area: AREA1 }),
        goal(3, 'N2', 'Nämndmål', 'Valfriheten ska stärkas.', ['KF1'], { area: AREA1 }),
        goal(4, 'V1', 'Verksamhetsmål', 'Personalkontinuiteten ska öka.', ['N1', 'N2']),
      ],
    });
    const o = outline(goalsPart({ ctx: context(m), findings: [], lang: 'sv', year: null }));
    expect(o.filter((x) => x.startsWith('H') || x.startsWith('P Bedömning'))).toEqual([
      `H1! ${AREA1}`,
      'H2 N1: Kvaliteten ska utvecklas.',
      'P Bedömning: ○ Ej bedömd · Nivå: Nämndmål · Bidrar till: KF1 Kommunens välfärdstjänster ska hålla …',
      'H3 V1: Personalkontinuiteten ska öka.',
      'P Bedömning: ○ Ej bedömd · Nivå: Verksamhetsmål · Bidrar även till: N2 Valfriheten ska stärkas.',
      'H2 N2: Valfriheten ska stärkas.',
      'P Bedömning: ○ Ej bedömd · Nivå: Nämndmål · Bidrar till: KF1 Kommunens välfärdstjänster ska hålla …',
      'H1! Övergripande mål',
      'H2 KF1: Kommunens välfärdstjänster ska hålla en hög kvalitet',
      'P Bedömning: ○ Ej bedömd · Nivå: Fullmäktigemål',
    ]);
  });

  it('a red-thread gap stands under its goal, with where it is', () => {
    const m = seed003Model({ indicators: seed003Model().indicators.filter((x) => x.goal !== 'Mål 6') });
    const ctx = context(m);
    const o = outline(goalsPart({ ctx, findings: [], lang: 'sv', year: 2024 }));
    const i = o.findIndex((x) => x.startsWith('H2 Mål 6:'));
    expect(o[i + 3]).toBe('P Brist i röda tråden: Målet saknar indikator (Mål!C13)');
    const gap = goalsPart({ ctx, findings: [], lang: 'sv', year: 2024 }).find((b) => b.kind === 'paragraph' && b.runs[0].text === 'Brist i röda tråden: ');
    expect(gap).toMatchObject({ runs: [{ bold: true }, { tone: 'gap' }, {}] });
  });

  it('without målområden: top goals are Heading 1, a top goal with goals below it starts a page', () => {
    const m = seed002Model();
    const o = outline(goalsPart({ ctx: context(m), findings: [], lang: 'sv', year: 2025 }));
    expect(o.filter((x) => x.startsWith('H'))).toEqual(['H1 Välfärd och välbefinnande genom livet', 'H1 Hållbar och effektiv organisation']);
  });

  it('activities: Status and Klart columns only when the workbook has them, – where one is empty', () => {
    const acts = (extra: Partial<Activity>[]) => seed002Model().activities.map((a, i) => ({ ...a, ...(extra[i] ?? {}) }));
    const tables = (m: PlanModel) => goalsPart({ ctx: context(m), findings: [], lang: 'sv', year: 2025 }).filter((b): b is TableBlock => b.kind === 'table' && b.header[0] === 'Aktivitet');
    const plain = tables({ ...seed002Model(), activities: acts([{ responsible: null }]) });
    expect(plain[0].header).toEqual(['Aktivitet', 'Ansvarig']);
    expect(plain[0].widths).toEqual([60, 22]);
    expect(plain[0].rows.map((r) => r.map(cellText))).toEqual([
      ['Särskilt fokus på att förbättra -personalens kompetens -aktiviteter', '–'],
      ['Särskilt fokus på -ensamhet -fast vårdkontakt', 'Respektive chef i omsorgen'],
    ]);
    const full = tables({ ...seed002Model(), activities: acts([{ status: 'Pågår', deadline: '2025-10-31' }, { status: undefined }]) });
    expect(full[0].header).toEqual(['Aktivitet', 'Ansvarig', 'Status', 'Klart']);
    expect(full[0].widths).toEqual([60, 22, 14, 12]);
    expect(full[0].rows.map((r) => r.slice(2).map(cellText))).toEqual([
      ['Pågår', '2025-10-31'],
      ['–', '–'],
    ]);
    const status = tables({ ...seed002Model(), activities: acts([{ status: 'Klar' }]) });
    expect(status[0].header).toEqual(['Aktivitet', 'Ansvarig', 'Status']);
    const deadline = tables({ ...seed002Model(), activities: acts([{ deadline: 'T2' }]) });
    expect(deadline[0].header).toEqual(['Aktivitet', 'Ansvarig', 'Klart']);
  });

  it('indicators and activities on no goal still appear, under Utan mål', () => {
    const m = seed002Model();
    const lone: PlanModel = {
      ...m,
      indicators: [...m.indicators, indicator(9, 'Avslutsenkät', null, { noGoalCol: true })],
      activities: [...m.activities, activity(9, 'Ta fram riktlinjer för arbetsskor', null, { noGoalCol: true })],
    };
    const o = outline(goalsPart({ ctx: context(lone), findings: [], lang: 'sv', year: 2025 }));
    expect(o.slice(o.indexOf('H1! Utan mål'))).toEqual(['H1! Utan mål', 'T Avslutsenkät', 'P Aktiviteter', 'T Ta fram riktlinjer för arbetsskor']);
    const blocks = goalsPart({ ctx: context(lone), findings: [], lang: 'sv', year: 2025 });
    expect(blocks[blocks.length - 2]).toEqual({ kind: 'paragraph', runs: [{ text: 'Aktiviteter', bold: true }] });
    const onlyActs = { ...m, activities: lone.activities };
    const o2 = outline(goalsPart({ ctx: context(onlyActs), findings: [], lang: 'en', year: 2025 }));
    expect(o2.slice(o2.indexOf('H1! Without a goal'))).toEqual(['H1! Without a goal', 'P Activities', 'T Ta fram riktlinjer för arbetsskor']);
    const onlyInds = { ...m, indicators: lone.indicators };
    const o3 = outline(goalsPart({ ctx: context(onlyInds), findings: [], lang: 'sv', year: 2025 }));
    expect(o3.slice(o3.indexOf('H1! Utan mål'))).toEqual(['H1! Utan mål', 'T Avslutsenkät']);
  });
});

describe('goalsPart in English', () => {
  it('seed 003: the words of every block', () => {
    const goals = seed003Model().goals.map((g, i) => (i === 7 ? { ...g, analysis: 'Continuity fell over the summer.', action: 'Fixed rotas in every team.' } : g));
    const indicators = seed003Model()
      .indicators.filter((x) => x.goal !== 'Mål 6')
      .map((x, i) => (i === 1 ? { ...x, analysis: 'Fewer hourly staff from the autumn.' } : x));
    const activities = seed003Model().activities.map((a, i) => (i === 0 ? { ...a, deadline: '2024-12-31' } : a));
    const m = seed003Model({ goals, indicators, activities });
    const ctx = context(m, { lang: 'en', period: 't1', indicators: m.indicators.map((x, i) => analysis(x, i === 0 ? [['year', 'green']] : [['t1', 'red']])) });
    const o = outline(goalsPart({ ctx, findings: [], lang: 'en', year: 2024 }));
    const i = o.findIndex((x) => x.startsWith('H2 Mål 1: Målet'));
    expect(o.slice(i + 1, i + 4)).toEqual([
      'P Assessment: ○ Not assessed · Level: Committee goal · Contributes to: Mål 1 Alla norrköpingsbor som kan arbeta …, Mål 4 Kommunens välfärdstjänster ska …',
      // Its indicator reports at year end only: nothing due at T1, so it counts as without result.
      'P Indicators: 0 green, 0 yellow, 0 red, 1 without result.',
      'T 1. Andel uppföljda ärenden inom myndighetsutövningen*, procent',
    ]);
    const t = goalsPart({ ctx, findings: [], lang: 'en', year: 2024 }).find((b): b is TableBlock => b.kind === 'table' && b.rows[0]?.[0].runs[0].text.startsWith('1. Andel uppföljda') === true)!;
    expect(t.rows[0].slice(-2).map(cellText)).toEqual(['Without result', 'No result is due by the period']);
    expect(o.slice(i + 4, i + 8)).toEqual([
      'P Activities',
      'T b) Ställ om verksamheter så att lediga platser kan beläggas så att antalet icke verkställda beslut minskar. (Indikator 3 och 14)',
      'P Analysis',
      'P? [Write the analysis here: what explains the result, and what must change to reach the goal?]',
    ]);
    const acts = goalsPart({ ctx, findings: [], lang: 'en', year: 2024 }).find((b): b is TableBlock => b.kind === 'table' && b.header[0] === 'Activity')!;
    expect(acts.header).toEqual(['Activity', 'Responsible', 'Due']);
    const withStatus = seed003Model({ goals, indicators, activities: activities.map((a, i) => (i === 0 ? { ...a, status: 'Ongoing' } : a)) });
    const statusTable = goalsPart({ ctx: context(withStatus, { lang: 'en' }), findings: [], lang: 'en', year: 2024 }).find((b): b is TableBlock => b.kind === 'table' && b.header[0] === 'Activity')!;
    expect(statusTable.header).toEqual(['Activity', 'Responsible', 'Status', 'Due']);
    const j = o.findIndex((x) => x.startsWith('H2 Mål 2: Kvaliteten'));
    expect(o.slice(j + 3, j + 12)).toEqual([
      'T 1. Personalkontinuitet inom hemtjänsten',
      'P Analysis of the indicators',
      'P 1. Personalkontinuitet inom hemtjänsten: Fewer hourly staff from the autumn.',
      'P Activities',
      'T b) Genomföra kvalitetsutvecklande insatser inom demensomsorgen.',
      'P Analysis',
      'P Continuity fell over the summer.',
      'P Actions: Fixed rotas in every team.',
      expect.stringMatching(/^H2 Mål 3:/),
    ]);
    const k = o.findIndex((x) => x.startsWith('H2 Mål 6:'));
    expect(o[k + 3]).toBe('P Red-thread gap: Goal has no indicator (Mål!C13)');
    const l = o.indexOf('H1! Overarching goals');
    expect(o.slice(l + 1, l + 5)).toEqual([
      "P~ The goals the committee's goals contribute to, assessed by the indicators below them.",
      'H2 Mål 1: Alla norrköpingsbor som kan arbeta ska arbeta',
      'P Assessment: ○ Not assessed · Level: Council goal',
      'P Indicators: 0 green, 0 yellow, 0 red, 1 without result (including the goals below).',
    ]);
  });

  it('a goal below its first parent names the others it also contributes to', () => {
    const m = model({
      goals: [
        goal(1, 'KF1', 'KF-mål', 'Alla norrköpingsbor som kan arbeta ska arbeta'),
        goal(2, 'KF4', 'KF-mål', 'Kommunens välfärdstjänster ska hålla en hög kvalitet'),
        goal(3, 'N1', 'Nämndmål', 'Kvaliteten ska utvecklas.', ['KF1', 'KF4']),
      ],
    });
    const o = outline(goalsPart({ ctx: context(m, { lang: 'en' }), findings: [], lang: 'en', year: null }));
    expect(o).toContain('P Assessment: ○ Not assessed · Level: Committee goal · Also contributes to: KF4 Kommunens välfärdstjänster ska hålla …');
  });
});
