import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closestIndex, editDistance, shortLabel, tokenOverlap } from './closest';
import { KF } from '../../../test/fixtures/plan-model';

const kf = KF.map((t, i) => ({ names: [`Mål ${i + 1}`, t, `Mål ${i + 1} ${t}`] }));

describe('closest goal', () => {
  it.each<[string, number]>([
    ['Mål 4 Kommunens välfärdstjänster ska hålla hög kvalitet och utgå från individens behov', 3],
    ['Mål 6 Det ska vara tryggt och säkert i hela Norrköpings kommun', 5],
    ['Norrköpingsbornas utbildningsnivå ska öka', 2],
    ['Mål 9', 0],
    ['Budget i balans', -1],
    ['', -1],
  ])('%s → %i', (name, want) => {
    expect(closestIndex(name, kf)).toBe(want);
  });

  it('edit distance basics', () => {
    expect(editDistance('mål 9', 'mål 4')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('shortens labels at a word boundary', () => {
    expect(shortLabel('Mål 4', KF[3])).toBe('Mål 4 Kommunens välfärdstjänster …');
    expect(shortLabel('Mål 3', KF[2], 60)).toBe('Mål 3 Norrköpingsbornas utbildningsnivå ska höjas');
    expect(shortLabel('Mål 1', 'Mål 1 Alla', 60)).toBe('Mål 1 Alla');
  });

  it('properties: distance is a metric on samples; closest never throws and finds exact names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b, c) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
        const o = tokenOverlap(a, b);
        expect(o).toBeGreaterThanOrEqual(0);
        expect(o).toBeLessThanOrEqual(1);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 8 }), fc.string({ maxLength: 30 }), (names, q) => {
        const cands = names.map((n) => ({ names: [n] }));
        const i = closestIndex(q, cands);
        expect(i).toBeGreaterThanOrEqual(-1);
        expect(i).toBeLessThan(names.length);
        if (names.length) {
          // Asking for a candidate's own name finds a candidate at least as close: an exact one.
          const j = closestIndex(names[0], cands);
          if (j >= 0) expect(closestIndex(names[j], cands)).toBe(j);
        }
      }),
    );
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 10 }), { nil: null }), fc.string({ maxLength: 200 }), fc.integer({ min: 5, max: 80 }), (id, text, max) => {
        const l = shortLabel(id, text, max);
        expect(l.length).toBeLessThanOrEqual(max + 2);
      }),
    );
  });
});
