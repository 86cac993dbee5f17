/**
 * Planning Kolada values into the seeds' tables: which cell, what value, which rank, and never a
 * user's value overwritten. The data are the fake server's (test/kolada/fake-kolada.ts): for
 * Norrköping (0581) U21468 is 86, 88, 89 in 2022–2024 and U23471 80, 81, 83.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { recognizeWorkbook } from '../recognize';
import type { WorkbookInput } from '../types';
import { fakeData, GROUP, NORRKOPING, NORSJO } from '../../../test/kolada/fake-kolada';
import { afterEdits, koladaData, typed, withColumn } from '../../../test/kolada/fixtures';
import { sheetFromTsv, workbook } from '../../../test/fixtures/sheet';
import { norsjoKfTsv, norsjoVerksamhetTsv, uppdragsplanUtfallTsv } from '../../../test/fixtures/seeds';
import { findLedger, readLedger } from './ledger';
import { outcomeLine } from './messages';
import { koladaRequest, planKolada } from './plan';
import type { KoladaData } from './types';
import { cellOf } from '../cells';

const KF_HEADER = 'Mål\tIndikator';
const kf = (header = 'Kolada-ID', ids: Record<string, string> = { 'Helhetssyn särskilt boende': 'U23471', 'Helhetssyn hemtjänst': 'U21468' }) =>
  workbook(sheetFromTsv('KF-indikatorer', withColumn(norsjoKfTsv, KF_HEADER, header, ids)));

function plan(input: WorkbookInput, data: KoladaData = koladaData(), year?: number, lang: 'sv' | 'en' = 'sv') {
  const { model } = recognizeWorkbook(input);
  return planKolada(input, model, data, { lang, ...(year !== undefined ? { year } : {}) });
}

const brief = (p: ReturnType<typeof plan>) => p.outcomes.map((o) => [`${o.sheet}!${o.cell}`, o.kind, o.written ?? null]);

/** Norrköping's position among `ids` on U21468 2024 (higher is better), counted here independently. */
function oracle(ids: string[], kpi = 'U21468', year = 2024, better: 'higher' | 'lower' = 'higher') {
  const v = fakeData().values[kpi];
  const own = v[NORRKOPING][year]!;
  const field = [...new Set([...ids, NORRKOPING])].map((m) => v[m]?.[year]).filter((x): x is number => typeof x === 'number');
  return { position: 1 + field.filter((x) => (better === 'higher' ? x > own : x < own)).length, of: field.length };
}

describe('planKolada on seed 002 (Resultat T1/T2/år, a Kolada-ID column)', () => {
  it('fills the empty combined cells with the year value, labelled, and judges them by the seed thresholds', () => {
    const input = kf();
    const p = plan(input);
    expect(brief(p)).toEqual([
      ['KF-indikatorer!H4', 'written', 'År: 83'],
      ['KF-indikatorer!H5', 'written', 'År: 89'],
    ]);
    expect(p.edits.values).toEqual([
      { sheet: 'KF-indikatorer', cell: 'H4', value: 'År: 83' },
      { sheet: 'KF-indikatorer', cell: 'H5', value: 'År: 89' },
    ]);
    expect(p.edits.fills).toEqual([]);
    // `Grön 82 Gul 76` and `Grön 95 Gul 91`, higher is better.
    expect(p.outcomes.map((o) => [o.status, o.reason])).toEqual([
      ['green', '83 ≥ 82 (Grön)'],
      ['red', '89 < 91 (Gul-gräns) → Röd'],
    ]);
    // The written values are read like any typed result: the same colours in the analysis.
    const a = analyze(afterEdits(input, p.edits), { period: 'year' });
    const status = (cell: string) => a.indicators.flatMap((i) => i.results).find((r) => cellOf(r.result.ref) === cell)?.status;
    expect([status('H4'), status('H5')]).toEqual(['green', 'red']);
  });

  it('ranks among all kommuner (290, not regions or Riket) and in the group, with the municipality counted in it', () => {
    const p = plan(kf());
    const hem = p.outcomes.find((o) => o.kpi === 'U21468')!;
    const kommuner = fakeData().municipalities.filter((m) => m.type === 'K').map((m) => m.id);
    expect(hem.rank).toEqual(oracle(kommuner));
    expect(hem.rank).toEqual({ position: 69, of: 290 });
    expect(hem.groupRank).toEqual(oracle(fakeData().groups[0].members));
    expect(hem.groupRank).toEqual({ position: 3, of: 8 });
    expect(hem.better).toBe('higher');
    // Norsjö has no 2024 value for U23471: 289 kommuner in that field.
    expect(p.outcomes.find((o) => o.kpi === 'U23471')!.rank).toEqual({ position: 130, of: 289 });
  });

  it('finds the Kolada column under every header the issue names', () => {
    for (const h of ['Kolada-ID', 'Kolada', 'KPI', 'KPI-id', 'Kolada-ID (Planark)']) {
      expect(brief(plan(kf(h))).map((x) => x[0]), h).toEqual(['KF-indikatorer!H4', 'KF-indikatorer!H5']);
    }
  });

  it('writes the Kolada sheet: attribution with the day, municipality, group, one row per indicator', () => {
    const p = plan(kf());
    const [sheet] = p.edits.sheets;
    expect(sheet.kind).toBe('kolada');
    expect(sheet.name).toBe('Kolada');
    expect(sheet.rows[0][0].v).toBe('Källa: Kolada, hämtat 2025-03-14');
    expect(sheet.rows[1][0].v).toBe('Kommun: Norrköping (0581)');
    expect(sheet.rows[2][0].v).toBe('Jämförelsegrupp: Liknande kommuner äldreomsorg, Norrköping, 2024 (G124026), 7 kommuner');
    expect(sheet.rows[6].map((c) => c.v)).toEqual([
      'KF-indikatorer', 'H4', 'Helhetssyn särskilt boende', 'U23471', 'Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)', 2024, 83, '130 av 289', '7 av 8', 'högt värde', 'År: 83',
      'skrev År: 83 (plats 130 av 289 i riket, plats 7 av 8 i gruppen) → 83 ≥ 82 (Grön)',
    ]);
    expect(sheet.rows[6][1].link).toEqual({ sheet: 'KF-indikatorer', cell: 'H4' });
    expect(readLedger(findLedger(afterEdits(kf(), p.edits)))).toEqual([
      { sheet: 'KF-indikatorer', cell: 'H4', kpi: 'U23471', year: 2024, written: 'År: 83' },
      { sheet: 'KF-indikatorer', cell: 'H5', kpi: 'U21468', year: 2024, written: 'År: 89' },
    ]);
    // In English the sheet says Source and the position reads `rank … of …`.
    const en = plan(kf(), koladaData(), undefined, 'en').edits.sheets[0];
    expect(en.rows[0][0].v).toBe('Source: Kolada, fetched 2025-03-14');
    expect(readLedger(findLedger(afterEdits(kf(), { fills: [], sheets: [en] })))).toHaveLength(2);
  });

  it('takes a free name when the user has a sheet called Kolada, and keeps its own sheet on the next run', () => {
    const input = { ...kf(), sheets: [...kf().sheets, { name: 'Kolada', rows: [[{ v: 'mina anteckningar' }]] }] };
    const p = plan(input);
    expect(p.edits.sheets[0].name).toBe('Kolada (Planark)');
    const again = plan(afterEdits(input, p.edits));
    expect(again.edits.sheets[0].name).toBe('Kolada (Planark)');
  });
});

describe('never a user value overwritten; Planark’s own values refreshed', () => {
  const first = () => {
    const input = kf();
    return afterEdits(input, plan(input).edits);
  };

  it('leaves a value typed by the user alone, and says what Kolada has', () => {
    const input = typed(kf(), 'KF-indikatorer', 'H5', 'År: 90');
    const p = plan(input);
    expect(brief(p)).toEqual([
      ['KF-indikatorer!H4', 'written', 'År: 83'],
      ['KF-indikatorer!H5', 'kept', null],
    ]);
    expect(p.edits.values!.map((v) => v.cell)).toEqual(['H4']);
    expect(outcomeLine(p.outcomes[1], 'sv')).toBe(
      'KF-indikatorer!H5: Helhetssyn hemtjänst (U21468) 2024: cellen har redan ett eget värde och lämnas orörd (Kolada: 89, plats 69 av 290 i riket, plats 3 av 8 i gruppen)',
    );
  });

  it('a second run with the same data changes nothing but the sheet', () => {
    const p = plan(first());
    expect(brief(p)).toEqual([
      ['KF-indikatorer!H4', 'unchanged', 'År: 83'],
      ['KF-indikatorer!H5', 'unchanged', 'År: 89'],
    ]);
    expect(p.edits.values).toEqual([]);
  });

  it('refreshes a value it wrote when Kolada has revised it', () => {
    const fake = fakeData();
    fake.values.U21468[NORRKOPING][2024] = 90;
    const p = plan(first(), koladaData(NORRKOPING, GROUP, fake));
    expect(brief(p)).toEqual([
      ['KF-indikatorer!H4', 'unchanged', 'År: 83'],
      ['KF-indikatorer!H5', 'refreshed', 'År: 90'],
    ]);
    expect(p.edits.values).toEqual([{ sheet: 'KF-indikatorer', cell: 'H5', value: 'År: 90' }]);
  });

  it('a value Planark wrote that the user then changed is the user’s', () => {
    const fake = fakeData();
    fake.values.U21468[NORRKOPING][2024] = 90;
    const p = plan(typed(first(), 'KF-indikatorer', 'H5', 'År: 87'), koladaData(NORRKOPING, GROUP, fake));
    expect(brief(p)[1]).toEqual(['KF-indikatorer!H5', 'kept', null]);
    expect(p.edits.values).toEqual([]);
    // …and is no longer listed as Planark's.
    expect(readLedger(findLedger(afterEdits(first(), p.edits))).map((e) => e.cell)).toEqual(['H4']);
  });

  it('a cell with a formula is never written, even one without a cached value', () => {
    const input = typed(kf(), 'KF-indikatorer', 'H5', null, { f: 'Data!B2' });
    expect(brief(plan(input))[1]).toEqual(['KF-indikatorer!H5', 'kept', null]);
  });

  it('without the Kolada sheet nothing counts as Planark’s: earlier values are kept, not refreshed', () => {
    const withoutLedger = { ...first(), sheets: first().sheets.filter((s) => s.name !== 'Kolada'), ownedSheets: [] };
    const fake = fakeData();
    fake.values.U21468[NORRKOPING][2024] = 90;
    expect(brief(plan(withoutLedger, koladaData(NORRKOPING, GROUP, fake))).map((x) => x[1])).toEqual(['kept', 'kept']);
  });
});

describe('year columns (seed 004 with Utfall 2023 · Utfall 2024)', () => {
  // Mål 1 nr 11 has no 2024 value, nr 12 no 2023 value; both get a Kolada reference.
  const tsv = uppdragsplanUtfallTsv
    .replace('11. Andel brukare som trivs på sin dagliga verksamhet LSS, procent.\tÖka\tKolada/SKR', '11. Andel brukare som trivs på sin dagliga verksamhet LSS, procent.\tÖka\tKolada/SKR (U23471)')
    .replace('12. Andel brukare som kan göra vad hen vill med hjälp av sina assistenter, procent.', '12. Andel brukare som kan göra vad hen vill med hjälp av sina assistenter, procent. (U21468)');
  const input = () => workbook(sheetFromTsv('Uppdragsplan', tsv));

  it('links by source and by name, and fills the table’s own year (2024) where it is empty', () => {
    const p = plan(input());
    expect(brief(p)).toEqual([
      ['Uppdragsplan!F19', 'written', 83],
      ['Uppdragsplan!F20', 'kept', null],
    ]);
    expect(p.outcomes.map((o) => o.year)).toEqual([2024, 2024]);
  });

  it('--year 2023 fills the earlier year’s column (history), judged by nothing but kept for the trend', () => {
    const p = plan(input(), koladaData(), 2023);
    expect(brief(p)).toEqual([
      ['Uppdragsplan!E19', 'kept', null],
      ['Uppdragsplan!E20', 'written', 88],
    ]);
  });

  it('a cell written for another year stays Planark’s while it holds that value', () => {
    const after2024 = afterEdits(input(), plan(input()).edits);
    const p = plan(after2024, koladaData(), 2023);
    const entries = readLedger(findLedger(afterEdits(after2024, p.edits)));
    expect(entries.map((e) => [e.cell, e.year, e.written])).toEqual([
      ['E20', 2023, 88],
      ['F19', 2024, 83],
    ]);
    // Typed over, it is dropped from the sheet.
    const typedOver = typed(after2024, 'Uppdragsplan', 'F19', 80);
    expect(readLedger(findLedger(afterEdits(typedOver, plan(typedOver, koladaData(), 2023).edits))).map((e) => e.cell)).toEqual(['E20']);
  });

  it('a year the table has no column for is said, not written anywhere', () => {
    const p = plan(input(), koladaData(), 2022);
    expect(brief(p)).toEqual([
      // Said at the link: the source cell (C19) and the name (A20).
      ['Uppdragsplan!C19', 'no-target', null],
      ['Uppdragsplan!A20', 'no-target', null],
    ]);
    expect(p.edits.values).toEqual([]);
  });

  it('asks Kolada for the years each key figure needs', () => {
    const i = input();
    const { model } = recognizeWorkbook(i);
    const r = koladaRequest(i, model);
    expect(r.kpis).toEqual(['U23471', 'U21468']);
    expect(r.years({ U23471: { 2023: 1, 2024: 2 }, U21468: { 2022: 1 } })).toEqual({ U23471: [2024], U21468: [2024] });
    expect(koladaRequest(i, model, 2022).years({})).toEqual({ U23471: [2022], U21468: [2022] });
  });
});

describe('rank thresholds (seed 002 `Grön 25% bästa Gul 26-50% bästa`)', () => {
  const table = (direction: string, name = 'Helhetssyn hemtjänst, jämförbara kommuner') =>
    workbook(
      sheetFromTsv(
        'Rank',
        [
          'Indikator\tRiktning\tPrestationer – det som ska mätas\tResultat år\tKolada-ID',
          `${name}\t${direction}\tKr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa\t\tU21468`,
        ].join('\n'),
      ),
    );

  it('writes the position in the group, which the rank evaluation then judges', () => {
    const p = plan(table('Öka'));
    expect(brief(p)).toEqual([['Rank!D2', 'written', 'plats 3 av 8']]);
    expect(p.outcomes[0]).toMatchObject({ status: 'yellow', reason: 'plats 3 av 8 = 37,5 % ≈ 38 % inom 26–50 % (Gul)' });
    const a = analyze(afterEdits(table('Öka'), p.edits));
    expect(a.indicators[0].results[0]).toMatchObject({ status: 'yellow', value: 'plats 3 av 8' });
  });

  it('Minska turns the ranking round', () => {
    const p = plan(table('Minska'));
    const want = oracle(fakeData().groups[0].members, 'U21468', 2024, 'lower');
    expect(brief(p)).toEqual([['Rank!D2', 'written', `plats ${want.position} av ${want.of}`]]);
    expect(p.outcomes[0].better).toBe('lower');
  });

  it('without a group, ranks among all kommuner unless the plan says it compares with similar ones', () => {
    expect(brief(plan(table('Öka', 'Helhetssyn hemtjänst'), koladaData(NORRKOPING, null)))).toEqual([['Rank!D2', 'written', 'plats 69 av 290']]);
    const p = plan(table('Öka'), koladaData(NORRKOPING, null));
    expect(brief(p)).toEqual([['Rank!D2', 'needs-group', null]]);
    expect(p.edits.values).toEqual([]);
  });

  it('without a direction there is no sound ranking: said, nothing written', () => {
    expect(brief(plan(table('')))).toEqual([['Rank!D2', 'no-direction', null]]);
    // Explicit words in the threshold do decide.
    const worded = workbook(sheetFromTsv('Rank', 'Indikator\tPrestationer – det som ska mätas\tResultat år\tKolada-ID\nHelhetssyn\tHögre är bättre Grön 25% bästa Gul 26-50% bästa\t\tU21468'));
    expect(brief(plan(worded))).toEqual([['Rank!C2', 'written', 'plats 3 av 8']]);
  });

  it('seed 002 `Verksamhetens indikatorer`: the rank indicators with a Kolada id but no direction', () => {
    const input = workbook(
      sheetFromTsv('Verksamhetens indikatorer', withColumn(norsjoVerksamhetTsv, 'Mål\tIndikator', 'Kolada', { 'Kostnad ekonomiskt bistånd  Grön 25% bästa Gul 26-50% bästa Jämförbara kommuner': 'U21468' })),
    );
    const p = plan(input);
    expect(brief(p)).toEqual([['Verksamhetens indikatorer!H8', 'no-direction', null]]);
    expect(outcomeLine(p.outcomes[0], 'sv')).toContain('ange Öka eller Minska i en riktningskolumn');
  });
});

describe('problems, one clear outcome each', () => {
  it.each([
    ['an id Kolada does not know', { 'Helhetssyn hemtjänst': 'U99999' }, ['KF-indikatorer!I5', 'unknown-kpi'], 'Kolada känner inte till nyckeltalet U99999; kontrollera id:t'],
    ['two ids in one cell', { 'Helhetssyn hemtjänst': 'U21468, U23471' }, ['KF-indikatorer!I5', 'bad-link'], '”U21468, U23471” är inte ett Kolada-id (som U21468); ange ett id per indikator'],
    ['a word, not an id', { 'Helhetssyn hemtjänst': 'Kolada' }, ['KF-indikatorer!I5', 'bad-link'], '”Kolada” är inte ett Kolada-id'],
    ['a yes/no threshold', { 'SAM – årlig uppföljning': 'U21468' }, ['KF-indikatorer!H7', 'unsupported'], 'ja/nej'],
  ])('%s', (_, ids, [cell, kind], text) => {
    const p = plan(kf('Kolada-ID', ids));
    const o = p.outcomes.find((x) => `${x.sheet}!${x.cell}` === cell)!;
    expect(o.kind).toBe(kind);
    expect(outcomeLine(o, 'sv')).toContain(text);
    expect(p.edits.values).toEqual([]);
  });

  it('a municipality without a value for the year', () => {
    const p = plan(kf('Kolada-ID', { 'Helhetssyn särskilt boende': 'U23471' }), koladaData(NORSJO, null), 2024);
    expect(brief(p)).toEqual([['KF-indikatorer!I4', 'no-data', null]]);
    expect(outcomeLine(p.outcomes[0], 'sv')).toBe('KF-indikatorer!I4: Helhetssyn särskilt boende (U23471) 2024: Kolada har inget värde för kommunen år 2024');
    expect(outcomeLine(p.outcomes[0], 'en')).toBe('KF-indikatorer!I4: Helhetssyn särskilt boende (U23471) 2024: Kolada has no value for the municipality in 2024');
  });

  it('a table with no full-year column', () => {
    const input = workbook(sheetFromTsv('T', 'Indikator\tPrestationer – det som ska mätas\tResultat T1\tResultat T2\nHelhetssyn (U21468)\tGrön 95 Gul 91\t\t'));
    expect(brief(plan(input))).toEqual([['T!A2', 'no-target', null]]);
  });

  it('a percent-formatted result cell gets the share as a fraction', () => {
    const input = typed(workbook(sheetFromTsv('P', 'Indikator\tPrestationer – det som ska mätas\tResultat år\nHelhetssyn (U21468)\tGrön 95% Gul 91%')), 'P', 'C2', null, { fmt: '0%' });
    const p = plan(input);
    expect(p.edits.values).toEqual([{ sheet: 'P', cell: 'C2', value: 0.89 }]);
    expect(p.outcomes[0]).toMatchObject({ status: 'red', reason: '89 % < 91 % (Gul-gräns) → Röd' });
  });

  it('seed 004’s bare `Kolada` sources link nothing', () => {
    const input = workbook(sheetFromTsv('Uppdragsplan', uppdragsplanUtfallTsv));
    const { model } = recognizeWorkbook(input);
    expect(koladaRequest(input, model).kpis).toEqual([]);
    expect(plan(input).outcomes).toEqual([]);
  });
});

/** A small indicator table on sheet `T` from lines of tab-separated cells (the seeds' headings). */
const tbl = (...lines: string[]) => workbook(sheetFromTsv('T', lines.join('\n')));
const H = 'Indikator\tRiktning\tPrestationer – det som ska mätas\tResultat år\tKolada-ID';
/** Norrköping's U21468 2024 position among all kommuner, `better` end first (counted here). */
const national = (better: 'higher' | 'lower') => oracle(fakeData().municipalities.filter((m) => m.type === 'K').map((m) => m.id), 'U21468', 2024, better);

describe('which end ranks first', () => {
  it.each([
    ['value thresholds, higher is better', '\tGrön 95 Gul 91', 'higher'],
    ['value thresholds, lower is better', '\tGrön 6,5 Gul 7', 'lower'],
    ['a change to increase', '\tGrön Öka med 10% Gul öka med 5%', 'higher'],
    ['a change to decrease', '\tGrön Minska med 10% Gul minska med 5%', 'lower'],
    ['Öka alone where the thresholds go (a trend indicator)', '\tÖka', 'higher'],
    ['Minska in the direction column, no thresholds', 'Minska\t', 'lower'],
    ['words: lägre är bättre', '\tLägre är bättre Grön 25% bästa Gul 26-50% bästa', 'lower'],
    ['words: lägre värde är bättre', '\tLägre värde är bättre Grön 25% bästa Gul 26-50% bästa', 'lower'],
    ['words: lower is better', '\tLower is better Grön 25% bästa Gul 26-50% bästa', 'lower'],
    ['words: higher is better', '\tHigher is better Grön 25% bästa Gul 26-50% bästa', 'higher'],
  ] as const)('%s → %s', (_, cells, better) => {
    const p = plan(tbl(H, `Helhetssyn\t${cells}\t\tU21468`), koladaData(NORRKOPING, null));
    expect(p.outcomes[0].better).toBe(better);
    expect(p.outcomes[0].rank).toEqual(national(better));
  });

  it('no thresholds and no direction: the value is written, unranked', () => {
    const p = plan(tbl(H, 'Helhetssyn\t\t\t\tU21468'), koladaData(NORRKOPING, null));
    expect(p.outcomes[0]).toMatchObject({ kind: 'written', written: 89 });
    expect(p.outcomes[0].better).toBeUndefined();
    expect(p.outcomes[0].rank).toBeUndefined();
    expect(p.outcomes[0].status).toBeUndefined();
  });
});

describe('comparison with similar municipalities, wherever the plan says it', () => {
  const rank = 'Grön 25% bästa Gul 26-50% bästa';
  it.each([
    ['in the threshold', `Helhetssyn\tÖka\tJämförbara kommuner ${rank}\t\tU21468`],
    ['in the source', 'Helhetssyn\tÖka\t' + rank + '\t\tU21468\tKolada, jämförelsekommuner'],
    ['as a comparison group', `Helhetssyn, jämförelsegrupp\tÖka\t${rank}\t\tU21468`],
    ['in English', `Helhetssyn compared with similar municipalities\tÖka\t${rank}\t\tU21468`],
  ])('%s', (_, line) => {
    const p = plan(tbl(`${H}\tKälla`, line), koladaData(NORRKOPING, null));
    expect(p.outcomes.map((o) => o.kind)).toEqual(['needs-group']);
  });
});

describe('what is written', () => {
  it('a literal "%" in the number format does not scale the value', () => {
    const input = typed(tbl('Indikator\tResultat år\tKolada-ID', 'Helhetssyn\t\tU21468'), 'T', 'B2', null, { fmt: '0" %"' });
    expect(plan(input).edits.values).toEqual([{ sheet: 'T', cell: 'B2', value: 89 }]);
  });

  it('a combined cell gets the year label in the language, decimals written the language’s way', () => {
    const fake = fakeData();
    fake.values.U21468[NORRKOPING][2024] = 81.5;
    const input = tbl('Indikator\tResultat T1/T2/år\tKolada-ID', 'Helhetssyn\t\tU21468');
    expect(plan(input, koladaData(NORRKOPING, GROUP, fake)).edits.values).toEqual([{ sheet: 'T', cell: 'B2', value: 'År: 81,5' }]);
    expect(plan(input, koladaData(NORRKOPING, GROUP, fake), undefined, 'en').edits.values).toEqual([{ sheet: 'T', cell: 'B2', value: 'Year: 81.5' }]);
  });

  it('a position in a combined cell, in either language', () => {
    const input = tbl('Indikator\tRiktning\tPrestationer – det som ska mätas\tResultat T1/T2/år\tKolada-ID', 'Helhetssyn\tÖka\tGrön 25% bästa Gul 26-50% bästa\t\tU21468');
    expect(plan(input).edits.values).toEqual([{ sheet: 'T', cell: 'D2', value: 'År: plats 3 av 8' }]);
    expect(plan(input, koladaData(), undefined, 'en').edits.values).toEqual([{ sheet: 'T', cell: 'D2', value: 'Year: rank 3 of 8' }]);
  });

  it('segmented thresholds cannot take one number; a share answering yes can', () => {
    const segments = 'Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7';
    expect(brief(plan(tbl(H, `Kontinuitet\t\t${segments}\t\tU21468`)))).toEqual([['T!D2', 'unsupported', null]]);
    const share = plan(tbl(H, 'Genomförandeplan\t\tFinns ja eller nej Grön ja 95% Gul ja 90%\t\tU21468'));
    expect(share.outcomes[0]).toMatchObject({ kind: 'written', written: 89, status: 'red' });
  });

  it('a change threshold is judged against the baseline (Nuläge); without one it gets no colour', () => {
    const head = 'Indikator\tNuläge\tPrestationer – det som ska mätas\tResultat år\tKolada-ID';
    const withBase = plan(tbl(head, 'Helhetssyn\t80\tGrön Öka med 10% Gul öka med 5%\t\tU21468'));
    expect(withBase.outcomes[0]).toMatchObject({ written: 89, status: 'green' });
    expect(withBase.outcomes[0].reason).toContain('80 → 89');
    const without = plan(tbl(head, 'Helhetssyn\t\tGrön Öka med 10% Gul öka med 5%\t\tU21468'));
    expect(without.outcomes[0]).toMatchObject({ kind: 'written', written: 89 });
    expect(without.outcomes[0].status).toBeUndefined();
  });
});

describe('data Kolada does not have', () => {
  it('no values at all for the municipality: no year to fill, said', () => {
    const data = koladaData();
    delete data.series.U21468;
    const p = plan(tbl(H, 'Helhetssyn\t\tGrön 95 Gul 91\t\tU21468'), data);
    expect(p.outcomes).toStrictEqual([{ kind: 'no-data', sheet: 'T', cell: 'E2', indicator: 'Helhetssyn', kpi: 'U21468' }]);
    expect(plan(tbl(H, 'Helhetssyn\t\tGrön 95 Gul 91\t\tU21468'), data, 2024).outcomes[0]).toMatchObject({ kind: 'no-data', year: 2024 });
  });

  it('no field for the year: the value is written without a rank; a rank threshold cannot be answered', () => {
    const data = koladaData();
    delete data.field.U21468;
    expect(plan(tbl(H, 'Helhetssyn\t\tGrön 95 Gul 91\t\tU21468'), data).outcomes[0]).toMatchObject({ kind: 'written', written: 89, better: 'higher' });
    expect(plan(tbl(H, 'Helhetssyn\t\tGrön 95 Gul 91\t\tU21468'), data).outcomes[0].rank).toBeUndefined();
    expect(brief(plan(tbl(H, 'Helhetssyn\tÖka\tGrön 25% bästa Gul 26-50% bästa\t\tU21468'), data))).toEqual([['T!D2', 'not-ranked', null]]);
  });

  it('regions and Riket, which Kolada lists with values too, are not ranked among the kommuner; nor without types', () => {
    const data = koladaData(NORRKOPING, null);
    // Higher than every kommun: were they counted, Norrköping would drop three places.
    Object.assign(data.field.U21468[2024], { '0001': 99, '0012': 99, '0000': 99 });
    expect(plan(tbl(H, 'Helhetssyn\t\tGrön 95 Gul 91\t\tU21468'), data).outcomes[0].rank).toEqual(national('higher'));
    data.municipalities = data.municipalities.map((m) => ({ ...m, type: '' }));
    expect(plan(tbl(H, 'Helhetssyn\t\tGrön 95 Gul 91\t\tU21468'), data).outcomes[0].rank).toEqual(national('higher'));
    // Without a type only four digits are a kommun: not a longer code, nor one with a letter first.
    data.municipalities.push({ id: '12345', title: 'Fem siffror', type: '' }, { id: 'X1234', title: 'Bokstav först', type: '' });
    Object.assign(data.field.U21468[2024], { '12345': 99, X1234: 99 });
    expect(plan(tbl(H, 'Helhetssyn\t\tGrön 95 Gul 91\t\tU21468'), data).outcomes[0].rank).toEqual(national('higher'));
  });
});

describe('which cell, by year', () => {
  const head = 'Indikator\tPrestationer – det som ska mätas\tResultat T2 2023\tResultat år 2023\tResultat T2 2024\tResultat år 2024\tKolada-ID';
  it('the full-year column of the year, never a T2 column of it', () => {
    const input = tbl(head, 'Helhetssyn\tGrön 95 Gul 91\t\t\t\t\tU21468');
    expect(brief(plan(input))).toEqual([['T!F2', 'written', 89]]);
    expect(brief(plan(input, koladaData(), 2023))).toEqual([['T!D2', 'written', 88]]);
  });

  it('the table’s year is its labelled columns’ year, even beside an unlabelled one', () => {
    const input = tbl('Indikator\tPrestationer – det som ska mätas\tResultat T1\tResultat år 2023\tKolada-ID', 'Helhetssyn\tGrön 95 Gul 91\t\t\tU21468');
    expect(brief(plan(input))).toEqual([['T!D2', 'written', 88]]);
    // One year's column and another year asked: no cell, and no earlier years to look in.
    expect(brief(plan(input, koladaData(), 2024))).toEqual([['T!E2', 'no-target', null]]);
  });

  it('a year with only a T2 column has no full-year cell', () => {
    const input = tbl('Indikator\tPrestationer – det som ska mätas\tResultat T2 2023\tResultat år 2024\tKolada-ID', 'Helhetssyn\tGrön 95 Gul 91\t\t\tU21468');
    expect(brief(plan(input, koladaData(), 2023))).toEqual([['T!E2', 'no-target', null]]);
  });
});

describe('the Kolada sheet over several runs', () => {
  it('forgets cells whose sheet is gone, whose address is no cell, that hold a formula or nothing', () => {
    const input = kf();
    const first = afterEdits(input, plan(input).edits);
    const ledger = first.sheets.find((s) => s.name === 'Kolada')!;
    const extra = (sheet: string, cell: string) => [{ v: sheet }, { v: cell }, undefined, { v: 'U21468' }, undefined, { v: 2023 }, undefined, undefined, undefined, undefined, { v: 88 }];
    ledger.rows.push(extra('Borta', 'H4'), extra('KF-indikatorer', 'Ö5'), extra('KF-indikatorer', 'B20'), extra('KF-indikatorer', 'A4'), extra('KF-indikatorer', 'C30'));
    let next = typed(first, 'KF-indikatorer', 'A4', 88, { f: 'B1' });
    next = typed(next, 'KF-indikatorer', 'C30', 88);
    const p = plan(next, koladaData(), 2024);
    expect(readLedger(findLedger(afterEdits(next, p.edits))).map((e) => e.cell)).toEqual(['H4', 'H5', 'C30']);
  });

  it('reads the cell on the indicator’s own sheet, and keeps Planark’s cells there', () => {
    const other = sheetFromTsv('Anteckningar', 'Inget här');
    const kfSheet = kf().sheets[0];
    const input = typed(workbook(other, kfSheet), 'KF-indikatorer', 'H5', 'År: 90');
    expect(brief(plan(input))).toEqual([
      ['KF-indikatorer!H4', 'written', 'År: 83'],
      ['KF-indikatorer!H5', 'kept', null],
    ]);
    const first = afterEdits(workbook(other, kfSheet), plan(workbook(other, kfSheet)).edits);
    const ledger = first.sheets.find((s) => s.name === 'Kolada')!;
    const extra = (cell: string) => [{ v: 'KF-indikatorer' }, { v: cell }, undefined, { v: 'U21468' }, undefined, { v: 2023 }, undefined, undefined, undefined, undefined, { v: 7 }];
    ledger.rows.push(extra('AB5'), extra('1H5'), extra('H5X'));
    const withAb5 = typed(first, 'KF-indikatorer', 'AB5', 7);
    expect(readLedger(findLedger(afterEdits(withAb5, plan(withAb5).edits))).map((e) => e.cell)).toEqual(['H4', 'H5', 'AB5']);
  });

  it('a sheet of Planark’s that is not the Kolada sheet is never taken for it', () => {
    const input = { ...kf(), sheets: [...kf().sheets, { name: 'Kolada', rows: [[{ v: 'Sammanställning' }]] }], ownedSheets: ['Kolada'] };
    expect(plan(input).edits.sheets[0].name).toBe('Kolada (Planark)');
  });

  it('asks for each year of a key figure once, and for nothing where there is no year', () => {
    const input = tbl(H, 'A\t\tGrön 95 Gul 91\t\tU21468', 'B\t\tGrön 95 Gul 91\t\tU21468', 'C\t\tGrön 95 Gul 91\t\tU23471');
    const { model } = recognizeWorkbook(input);
    expect(koladaRequest(input, model).years({ U21468: { 2024: 1 } })).toEqual({ U21468: [2024] });
  });
});
