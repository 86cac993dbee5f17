import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchHeader, readDirectionWord } from './headers';

describe('matchHeader: every seed header', () => {
  it.each([
    // seed 002
    ['Mål', 'goal', undefined, undefined],
    ['Indikator', 'indicator', undefined, undefined],
    ['Aktiviteter', 'activity', undefined, undefined],
    ['Prestationer – det som ska mätas', 'threshold', undefined, undefined],
    ['Hur ofta det ska mätas', 'frequency', undefined, undefined],
    ['Ansvarig för genomförande', 'responsible', undefined, undefined],
    ['Ansvarig för rapportering', 'reporter', undefined, undefined],
    ['Resultat T1/T2/år', 'result', 'combined', undefined],
    ['Budgetuppdrag', 'goal', undefined, undefined],
    ['Kontrollområde', 'goal', undefined, undefined],
    ['Uppdrag', 'goal', undefined, undefined],
    // seed 003
    ['Ansvarig', 'responsible', undefined, undefined],
    ['Berörda', 'involved', undefined, undefined],
    ['Uppföljning', 'frequency', undefined, undefined],
    ['Mål 1 Uppdragsplan', 'goalText', undefined, undefined],
    ['Övergripande mål', 'parent', undefined, undefined],
    ['Risk', 'risk', undefined, undefined],
    ['Kontrollåtgärd', 'control', undefined, undefined],
    ['Aktivitet', 'activity', undefined, undefined],
    ['Prioriterat område', 'goal', undefined, undefined],
    ['Ansvar', 'key', undefined, undefined],
    ['Budget uppdrag tkr', 'amount', undefined, 'tkr'],
    ['Antal platser', 'amount', undefined, undefined],
    ['Antal besök', 'amount', undefined, undefined],
    ['Antal ärende', 'amount', undefined, undefined],
    ['Total Budget', 'amount', undefined, undefined],
    ['Total budget 2024', 'amount', undefined, undefined],
    ['Total Platser', 'amount', undefined, undefined],
    ['Årsarbetare', 'amount', undefined, undefined],
    ['Verksamhet', 'name', undefined, undefined],
    // seed 004
    ['Indikatorer', 'indicator', undefined, undefined],
    ['Källa', 'source', undefined, undefined],
    ['Period', 'frequency', undefined, undefined],
    // the obvious others
    ['Id', 'goalId', undefined, undefined],
    ['Nr', 'goalId', undefined, undefined],
    ['Nivå', 'level', undefined, undefined],
    ['Level', 'level', undefined, undefined],
    ['Överordnat mål', 'parent', undefined, undefined],
    ['Förälder', 'parent', undefined, undefined],
    ['Parent', 'parent', undefined, undefined],
    ['Bidrar till', 'parent', undefined, undefined],
    ['Målområde', 'area', undefined, undefined],
    ['Grön', 'green', undefined, undefined],
    ['Gul', 'yellow', undefined, undefined],
    ['Röd', 'red', undefined, undefined],
    ['Riktning', 'direction', undefined, undefined],
    ['Öka/Minska', 'direction', undefined, undefined],
    ['Nuläge', 'baseline', undefined, undefined],
    ['Utgångsvärde', 'baseline', undefined, undefined],
    ['Baseline', 'baseline', undefined, undefined],
    ['Status', 'status', undefined, undefined],
    ['Klart', 'deadline', undefined, undefined],
    ['Deadline', 'deadline', undefined, undefined],
    ['Datum', 'deadline', undefined, undefined],
    ['Benämning', 'name', undefined, undefined],
    ['Kostnadsställe', 'key', undefined, undefined],
    ['Konto', 'key', undefined, undefined],
    ['Budget', 'budget', undefined, undefined],
    ['Budget tkr', 'budget', undefined, 'tkr'],
    ['Utfall', 'actual', undefined, undefined],
    ['Actual', 'actual', undefined, undefined],
    ['Prognos', 'forecast', undefined, undefined],
    ['Helårsprognos', 'forecast', undefined, undefined],
    ['Forecast', 'forecast', undefined, undefined],
    ['Avvikelse', 'deviation', undefined, undefined],
    ['Deviation', 'deviation', undefined, undefined],
    ['Kommentar', 'comment', undefined, undefined],
    ['Analys', 'comment', undefined, undefined],
    ['Åtgärd', 'action', undefined, undefined],
    ['Åtgärdsplan', 'action', undefined, undefined],
    ['Analys', 'comment', undefined, undefined],
    ['Kommentar och åtgärd', 'comment', undefined, undefined],
    ['Kommentar/åtgärd', 'comment', undefined, undefined],
    ['Typ', 'lineType', undefined, undefined],
    ['Kostnad/Intäkt', 'lineType', undefined, undefined],
    ['Resultat T1', 'result', 't1', undefined],
    ['T1', 'result', 't1', undefined],
    ['Resultat T2', 'result', 't2', undefined],
    ['T2', 'result', 't2', undefined],
    ['Resultat år', 'result', 'year', undefined],
    ['Helår', 'result', 'year', undefined],
    ['År', 'result', 'year', undefined],
    ['Kvartal 1', 'result', 'q1', undefined],
    ['Q1', 'result', 'q1', undefined],
    ['jan', 'result', 'jan', undefined],
    ['januari', 'result', 'jan', undefined],
    ['Maj', 'result', 'may', undefined],
    ['dec', 'result', 'dec', undefined],
    ['Indicator', 'indicator', undefined, undefined],
    ['Responsible', 'responsible', undefined, undefined],
    ['  AKTIVITETER: ', 'activity', undefined, undefined],
    // issue 9: year-labelled results and an action column of its own
    ['Utfall', 'actual', undefined, undefined],
    ['Utfall 2024', 'actual', undefined, undefined],
    ['Resultat T2 2024', 'result', 't2', undefined],
    ['Nuläge', 'baseline', undefined, undefined],
  ])('%s → %s', (text, role, period, unit) => {
    const m = matchHeader(text);
    expect(m?.role).toBe(role);
    expect(m?.period).toBe(period);
    expect(m?.unit).toBe(unit);
  });
});

describe('matchHeader: the year a header names', () => {
  it.each([
    ['Utfall 2023', 2023],
    ['Utfall 2024', 2024],
    ['Resultat T2 2024', 2024],
    ['Resultat år 2025', 2025],
    ['Utfall', undefined],
  ])('%s → %s', (text, year) => {
    expect(matchHeader(text)?.year).toBe(year);
  });
});

describe('matchHeader: not headers', () => {
  it.each([
    'Helhetssyn särskilt boende',
    'Grön 82 Gul 76',
    'Årligen',
    'Öka',
    'Minska',
    'TOTAL BUDGET SÄRSKILT BOENDE',
    'Välfärd och välbefinnande genom livet',
    '10. Antal personer som avslutar sitt beslut om daglig verksamhet via Aktema och påbörjar en anställning eller studier.',
    'Antal personer som efter beviljad ansökan till särskilt boende',
    'Vård- och omsorgskontoret',
    'Servicebostäder',
    '',
  ])('%s', (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});

describe('readDirectionWord', () => {
  it.each([
    ['Öka', 'higher'],
    ['öka', 'higher'],
    ['Increase', 'higher'],
    ['Minska', 'lower'],
    ['Decrease', 'lower'],
    ['-', null],
    ['Helår', null],
  ])('%s → %s', (text, dir) => {
    expect(readDirectionWord(text)).toBe(dir);
  });
});

describe('matchHeader properties', () => {
  it('never throws and reads case, accents and surrounding punctuation alike', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const m = matchHeader(s);
        const again = matchHeader(`  ${s.toUpperCase()} `);
        if (m && s.toUpperCase().toLowerCase() === s.toLowerCase() && s.length <= 58) {
          // Upper-casing never changes which column a header names.
          expect(again?.role).toBe(m.role);
          expect(again?.period).toBe(m.period);
        }
      }),
    );
  });

  it('a known header wrapped in punctuation or accents stays the same role', () => {
    const known = ['Indikator', 'Mål', 'Ansvarig', 'Berörda', 'Källa', 'Uppföljning', 'Kontrollåtgärd', 'Prognos', 'Utfall', 'Avvikelse'];
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.constantFrom('', ':', '*', ' ', '(', '"'), fc.boolean(), (h, p, upper) => {
        const text = `${p}${upper ? h.toUpperCase() : h}${p === '(' ? ')' : p}`;
        expect(matchHeader(text)?.role).toBe(matchHeader(h)?.role);
      }),
    );
  });
});
