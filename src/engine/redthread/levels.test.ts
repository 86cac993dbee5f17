import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVELS, levelLabel, readLevel } from './levels';

describe('readLevel', () => {
  it.each<[string, string | null]>([
    ['Vision', 'Vision'],
    ['Målområde', 'Målområde'],
    ['Målområde 1', 'Målområde'],
    ['Målområde 2: Attraktiv arbetsgivare och ändamålsenlig organisation', 'Målområde'],
    ['Fullmäktigemål', 'Fullmäktigemål'],
    ['KF-mål', 'Fullmäktigemål'],
    ['KF övergripande mål', 'Fullmäktigemål'],
    ['Övergripande mål', 'Fullmäktigemål'],
    ['Kommunfullmäktiges mål', 'Fullmäktigemål'],
    ['Nämndmål', 'Nämndmål'],
    ['Uppdragsplanens mål', 'Nämndmål'],
    ['Mål 1 Uppdragsplan', null],
    ['Verksamhetsmål', 'Verksamhetsmål'],
    ['Enhetsmål', 'Enhetsmål'],
    ['Aktivitet', 'Enhetsmål'],
    ['Council goal', 'Fullmäktigemål'],
    ['Focus area', 'Målområde'],
    ['Committee goal', 'Nämndmål'],
    ['Operational goal', 'Verksamhetsmål'],
    ['Unit goal', 'Enhetsmål'],
    ['  NÄMNDMÅL  ', 'Nämndmål'],
    ['Indikator', null],
    ['', null],
  ])('%s → %s', (text, want) => {
    expect(readLevel(text)?.name ?? null).toBe(want);
  });

  it('ranks follow the steering model top-down', () => {
    expect(LEVELS.map((l) => l.rank)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('labels in English', () => {
    expect(levelLabel('Nämndmål', 'en')).toBe('Committee goal');
    expect(levelLabel('Nämndmål', 'sv')).toBe('Nämndmål');
    expect(levelLabel(null, 'en')).toBeNull();
  });

  it('never throws; what it reads is a known level and reads the same again', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const l = readLevel(s);
        if (l) {
          expect(LEVELS).toContain(l);
          expect(readLevel(l.name)).toBe(l);
          expect(readLevel(l.en)).toBe(l);
        }
      }),
    );
  });

  it('every spelling with a trailing number still reads as its level', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS.flatMap((l) => [l.name, l.en])), fc.nat(2100), (w, n) => {
        expect(readLevel(`${w} ${n}`)?.name).toBe(readLevel(w)?.name);
      }),
    );
  });
});
