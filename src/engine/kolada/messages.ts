/** What the Kolada step says, in Swedish and English: per indicator outcomes and the ledger sheet's words. */
import type { Lang } from '../types';
import type { Outcome, RankInfo } from './types';

const rankText = (r: RankInfo, lang: Lang): string => (lang === 'sv' ? `plats ${r.position} av ${r.of}` : `${r.position} of ${r.of}`);

/** A number the language's way (`89,5`); text as it is (Swedish text Planark writes has no decimal point). */
function shown(v: number | string | undefined, lang: Lang): string {
  return lang === 'sv' ? String(v).replace('.', ',') : String(v);
}

/** One line per outcome: `Blad!J3: Helhetssyn hemtjänst (U21468) 2024: skrev 81`. */
export function outcomeLine(o: Outcome, lang: Lang): string {
  const what = `${o.indicator}${o.kpi && !o.indicator.includes(o.kpi) ? ` (${o.kpi})` : ''}${o.year ? ` ${o.year}` : ''}`;
  return `${o.sheet}!${o.cell}: ${what}: ${outcomeText(o, lang)}`;
}

/** What happened, in words (`skrev 81 (plats 40 av 290 i riket)`). */
export function outcomeText(o: Outcome, lang: Lang): string {
  const ranks = [o.rank ? (lang === 'sv' ? `${rankText(o.rank, lang)} i riket` : `${rankText(o.rank, lang)} in Sweden`) : '', o.groupRank ? (lang === 'sv' ? `${rankText(o.groupRank, lang)} i gruppen` : `${rankText(o.groupRank, lang)} in the group`) : '']
    .filter(Boolean)
    .join(', ');
  const judged = o.reason ? ` → ${o.reason}` : '';
  const extra = `${ranks ? ` (${ranks})` : ''}${judged}`;
  const sv: Record<Outcome['kind'], () => string> = {
    written: () => `skrev ${shown(o.written, lang)}${extra}`,
    refreshed: () => `uppdaterade till ${shown(o.written, lang)}${extra}`,
    unchanged: () => `oförändrat ${shown(o.written, lang)}${extra}`,
    kept: () => `cellen har redan ett eget värde och lämnas orörd (Kolada: ${shown(o.value, lang)}${ranks ? `, ${ranks}` : ''})`,
    'unknown-kpi': () => `Kolada känner inte till nyckeltalet ${o.kpi}; kontrollera id:t`,
    'no-data': () => (o.year ? `Kolada har inget värde för kommunen år ${o.year}` : 'Kolada har inga värden för kommunen'),
    'no-target': () => `tabellen har ingen resultatkolumn för helår ${o.year}; lägg till en (t.ex. Resultat år)`,
    'no-direction': () => 'tröskeln gäller placering, men inget säger om högt eller lågt värde är bäst; ange Öka eller Minska i en riktningskolumn',
    'needs-group': () => 'indikatorn jämförs med jämförbara kommuner; ange kommungruppen med --group G… för att få placeringen i gruppen',
    'not-ranked': () => 'kommunen finns inte bland de rangordnade kommunerna; ingen placering skrevs',
    unsupported: () => 'tröskeln (ja/nej eller flera delar) kan inte besvaras med ett nyckeltal från Kolada; inget skrevs',
    'bad-link': () => `”${o.text}” är inte ett Kolada-id (som U21468); ange ett id per indikator`,
  };
  const en: Record<Outcome['kind'], () => string> = {
    written: () => `wrote ${shown(o.written, lang)}${extra}`,
    refreshed: () => `refreshed to ${shown(o.written, lang)}${extra}`,
    unchanged: () => `unchanged ${shown(o.written, lang)}${extra}`,
    kept: () => `the cell holds a value of your own and is left alone (Kolada: ${shown(o.value, lang)}${ranks ? `, ${ranks}` : ''})`,
    'unknown-kpi': () => `Kolada does not know the key figure ${o.kpi}; check the id`,
    'no-data': () => (o.year ? `Kolada has no value for the municipality in ${o.year}` : 'Kolada has no values for the municipality'),
    'no-target': () => `the table has no full-year result column for ${o.year}; add one (e.g. Resultat år)`,
    'no-direction': () => 'the threshold is a position, but nothing says whether a high or a low value is best; state Öka or Minska in a direction column',
    'needs-group': () => 'the indicator compares with similar municipalities; give the municipality group with --group G… to get the position in the group',
    'not-ranked': () => 'the municipality is not among those ranked; no position was written',
    unsupported: () => 'the threshold (yes/no or several parts) cannot be answered by a Kolada key figure; nothing was written',
    'bad-link': () => `"${o.text}" is not a Kolada id (like U21468); give one id per indicator`,
  };
  return (lang === 'sv' ? sv : en)[o.kind]();
}

/** Outcomes that are problems the user should act on (the CLI's exit 1, the pane's warnings). */
export const PROBLEM_KINDS: ReadonlySet<Outcome['kind']> = new Set([
  'unknown-kpi', 'no-data', 'no-target', 'no-direction', 'needs-group', 'not-ranked', 'unsupported', 'bad-link',
]);

export const LEDGER_WORDS = {
  sv: {
    title: (day: string) => `Källa: Kolada, hämtat ${day}`,
    municipality: (name: string, id: string) => `Kommun: ${name} (${id})`,
    group: (name: string, id: string, n: number) => `Jämförelsegrupp: ${name} (${id}), ${n} kommuner`,
    noGroup: 'Jämförelsegrupp: ingen angiven (placering bland alla kommuner)',
    about:
      'Planark fyller bara tomma resultatceller och uppdaterar bara värden som det själv har skrivit (kolumnen Skrivet värde). Skriver du ett eget värde i en cell lämnas det orört. Placeringarna är Planarks egen beräkning på Koladas värden: 1 är bäst, lika värden delar plats, bara kommuner med värde räknas.',
    headers: ['Blad', 'Cell', 'Indikator', 'Nyckeltal', 'Titel i Kolada', 'År', 'Värde i Kolada', 'Plats bland kommunerna', 'Plats i gruppen', 'Bäst är', 'Skrivet värde', 'Utfall'],
    better: { higher: 'högt värde', lower: 'lågt värde' },
  },
  en: {
    title: (day: string) => `Source: Kolada, fetched ${day}`,
    municipality: (name: string, id: string) => `Municipality: ${name} (${id})`,
    group: (name: string, id: string, n: number) => `Comparison group: ${name} (${id}), ${n} municipalities`,
    noGroup: 'Comparison group: none given (position among all municipalities)',
    about:
      'Planark fills only empty result cells and refreshes only values it wrote itself (the column Value written). A value you type into a cell is left alone. The positions are Planark’s own computation on Kolada’s values: 1 is best, equal values share a place, only municipalities with a value count.',
    headers: ['Sheet', 'Cell', 'Indicator', 'Key figure', 'Title in Kolada', 'Year', 'Value in Kolada', 'Position among municipalities', 'Position in group', 'Best is', 'Value written', 'Outcome'],
    better: { higher: 'high value', lower: 'low value' },
  },
} as const;
