/** What `planark kolada` says, in Swedish (default) and English. */
import type { Lang } from '../engine/types';

export const KOLADA_USAGE: Record<Lang, {
  oneFile: string;
  needMunicipality: string;
  badMunicipality: (v: string) => string;
  badGroup: (v: string) => string;
  badYear: (v: string) => string;
  badUrl: (v: string) => string;
  onlyKolada: (o: string) => string;
}> = {
  sv: {
    oneFile: 'kolada tar exakt en fil',
    needMunicipality: 'ange kommunen med --municipality och dess kod i Kolada (t.ex. --municipality 0581 för Norrköping)',
    badMunicipality: (v) => `ogiltig --municipality "${v}" (fyra siffror, t.ex. 0581)`,
    badGroup: (v) => `ogiltig --group "${v}" (en kommungrupp i Kolada, id som börjar med G, t.ex. G124026)`,
    badYear: (v) => `ogiltigt --year "${v}" (ett år, t.ex. 2024)`,
    badUrl: (v) => `ogiltig adress till Kolada "${v}" (t.ex. https://api.kolada.se/v3)`,
    onlyKolada: (o) => `${o} gäller bara kolada`,
  },
  en: {
    oneFile: 'kolada takes exactly one file',
    needMunicipality: 'give the municipality with --municipality and its Kolada code (e.g. --municipality 0581 for Norrköping)',
    badMunicipality: (v) => `invalid --municipality "${v}" (four digits, e.g. 0581)`,
    badGroup: (v) => `invalid --group "${v}" (a Kolada municipality group, id starting with G, e.g. G124026)`,
    badYear: (v) => `invalid --year "${v}" (a year, e.g. 2024)`,
    badUrl: (v) => `invalid Kolada address "${v}" (e.g. https://api.kolada.se/v3)`,
    onlyKolada: (o) => `${o} applies to kolada only`,
  },
};

export const KOLADA_M = {
  sv: {
    noLinks:
      'inga indikatorer är kopplade till Kolada; lägg till en kolumn Kolada-ID med nyckeltalets id (t.ex. U21468), eller skriv id:t inom parentes i indikatorns namn eller källa; ingen fil skrevs',
    fetching: (n: number, m: string) => `Hämtar ${n} ${n === 1 ? 'nyckeltal' : 'nyckeltal'} för kommun ${m} från Kolada …`,
    summary: (c: Record<string, number>, sheet: string, day: string) =>
      `Kolada: ${c.written ?? 0} skrivna, ${c.refreshed ?? 0} uppdaterade, ${c.unchanged ?? 0} oförändrade, ${c.kept ?? 0} egna värden orörda, ${c.problems ?? 0} problem; bladet ${sheet}: Källa: Kolada, hämtat ${day}`,
    then: 'Kör planark apply på filen för att färglägga resultaten.',
  },
  en: {
    noLinks:
      'no indicator is linked to Kolada; add a column Kolada-ID with the key figure id (e.g. U21468), or write the id in brackets in the indicator name or source; no file was written',
    fetching: (n: number, m: string) => `Fetching ${n} key ${n === 1 ? 'figure' : 'figures'} for municipality ${m} from Kolada …`,
    summary: (c: Record<string, number>, sheet: string, day: string) =>
      `Kolada: ${c.written ?? 0} written, ${c.refreshed ?? 0} refreshed, ${c.unchanged ?? 0} unchanged, ${c.kept ?? 0} own values left alone, ${c.problems ?? 0} problems; sheet ${sheet}: Source: Kolada, fetched ${day}`,
    then: 'Run planark apply on the file to colour the results.',
  },
} as const;
