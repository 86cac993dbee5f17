/** Every outcome in words, in Swedish and English: one line the user can act on. */
import { describe, expect, it } from 'vitest';
import { outcomeLine, PROBLEM_KINDS } from './messages';
import type { Outcome } from './types';

const base = { sheet: 'KF', cell: 'J3', indicator: 'Helhetssyn hemtjänst', kpi: 'U21468', year: 2024 };
const ranks = { rank: { position: 69, of: 290 }, groupRank: { position: 3, of: 8 } };

const cases: [string, Outcome, string, string][] = [
  ['written', { ...base, kind: 'written', value: 89.5, written: 89.5, ...ranks, status: 'red', reason: '89,5 < 91 (Gul-gräns) → Röd' },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: skrev 89,5 (plats 69 av 290 i riket, plats 3 av 8 i gruppen) → 89,5 < 91 (Gul-gräns) → Röd',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: wrote 89.5 (69 of 290 in Sweden, 3 of 8 in the group) → 89,5 < 91 (Gul-gräns) → Röd'],
  ['written text, one rank', { ...base, kind: 'written', value: 89, written: 'plats 3 av 8', groupRank: ranks.groupRank },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: skrev plats 3 av 8 (plats 3 av 8 i gruppen)',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: wrote plats 3 av 8 (3 of 8 in the group)'],
  ['refreshed', { ...base, kind: 'refreshed', value: 90, written: 90 },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: uppdaterade till 90',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: refreshed to 90'],
  ['unchanged', { ...base, kind: 'unchanged', value: 89, written: 89, rank: ranks.rank },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: oförändrat 89 (plats 69 av 290 i riket)',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: unchanged 89 (69 of 290 in Sweden)'],
  ['kept', { ...base, kind: 'kept', value: 89.5, ...ranks },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: cellen har redan ett eget värde och lämnas orörd (Kolada: 89,5, plats 69 av 290 i riket, plats 3 av 8 i gruppen)',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: the cell holds a value of your own and is left alone (Kolada: 89.5, 69 of 290 in Sweden, 3 of 8 in the group)'],
  ['kept, no rank', { ...base, kind: 'kept', value: 89 },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: cellen har redan ett eget värde och lämnas orörd (Kolada: 89)',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: the cell holds a value of your own and is left alone (Kolada: 89)'],
  ['unknown-kpi', { sheet: 'KF', cell: 'K3', indicator: 'Helhetssyn hemtjänst', kpi: 'U99999', kind: 'unknown-kpi' },
    'KF!K3: Helhetssyn hemtjänst (U99999): Kolada känner inte till nyckeltalet U99999; kontrollera id:t',
    'KF!K3: Helhetssyn hemtjänst (U99999): Kolada does not know the key figure U99999; check the id'],
  ['no-data, a year', { ...base, kind: 'no-data' },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: Kolada har inget värde för kommunen år 2024',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: Kolada has no value for the municipality in 2024'],
  ['no-data, no year', { sheet: 'KF', cell: 'K3', indicator: 'Helhetssyn hemtjänst', kpi: 'U21468', kind: 'no-data' },
    'KF!K3: Helhetssyn hemtjänst (U21468): Kolada har inga värden för kommunen',
    'KF!K3: Helhetssyn hemtjänst (U21468): Kolada has no values for the municipality'],
  ['no-target', { ...base, kind: 'no-target' },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: tabellen har ingen resultatkolumn för helår 2024; lägg till en (t.ex. Resultat år)',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: the table has no full-year result column for 2024; add one (e.g. Resultat år)'],
  ['no-direction', { ...base, kind: 'no-direction' },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: tröskeln gäller placering, men inget säger om högt eller lågt värde är bäst; ange Öka eller Minska i en riktningskolumn',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: the threshold is a position, but nothing says whether a high or a low value is best; state Öka or Minska in a direction column'],
  ['needs-group', { ...base, kind: 'needs-group' },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: indikatorn jämförs med jämförbara kommuner; ange kommungruppen med --group G… för att få placeringen i gruppen',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: the indicator compares with similar municipalities; give the municipality group with --group G… to get the position in the group'],
  ['not-ranked', { ...base, kind: 'not-ranked' },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: kommunen finns inte bland de rangordnade kommunerna; ingen placering skrevs',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: the municipality is not among those ranked; no position was written'],
  ['unsupported', { ...base, kind: 'unsupported' },
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: tröskeln (ja/nej eller flera delar) kan inte besvaras med ett nyckeltal från Kolada; inget skrevs',
    'KF!J3: Helhetssyn hemtjänst (U21468) 2024: the threshold (yes/no or several parts) cannot be answered by a Kolada key figure; nothing was written'],
  ['bad-link', { sheet: 'KF', cell: 'K3', indicator: 'Helhetssyn hemtjänst', kind: 'bad-link', text: 'U1, U2' },
    'KF!K3: Helhetssyn hemtjänst: ”U1, U2” är inte ett Kolada-id (som U21468); ange ett id per indikator',
    'KF!K3: Helhetssyn hemtjänst: "U1, U2" is not a Kolada id (like U21468); give one id per indicator'],
  ['the id already in the name', { ...base, indicator: 'Helhetssyn (U21468)', kind: 'refreshed', value: 1, written: 1 },
    'KF!J3: Helhetssyn (U21468) 2024: uppdaterade till 1',
    'KF!J3: Helhetssyn (U21468) 2024: refreshed to 1'],
];

describe('outcomeLine', () => {
  it.each(cases)('%s', (_, o, sv, en) => {
    expect(outcomeLine(o, 'sv')).toBe(sv);
    expect(outcomeLine(o, 'en')).toBe(en);
  });

  it('the problems are those the user must act on', () => {
    expect([...PROBLEM_KINDS].sort()).toEqual(['bad-link', 'needs-group', 'no-data', 'no-direction', 'no-target', 'not-ranked', 'unknown-kpi', 'unsupported']);
  });
});
