import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldReference } from './cells';

describe('fold', () => {
  it.each([
    ['Prestationer – det som ska mätas', 'prestationer – det som ska matas'],
    ['  Hur ofta det ska mätas:  ', 'hur ofta det ska matas'],
    ['ÅRLIGEN (maj)', 'arligen (maj'],
    ['Kommunfullmäktiges\u00a0mål', 'kommunfullmaktiges mal'],
    ['Ansvarig\u202ffor\u2007rapportering', 'ansvarig for rapportering'],
    ['Öka', 'oka'],
    ['Ökning\t\n', 'okning'],
    ['Café e\u0301', 'cafe e'],
    ['“Mål 1”.', 'mal 1'],
    ['— – -', ''],
    ['', ''],
    ['Årsbokslut 2025', 'arsbokslut 2025'],
    ['Σ ΣΥΝΟΛΟ', 'σ συνολο'],
    ['İstanbul', 'istanbul'],
  ])('%j → %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
    expect(foldReference(text)).toBe(folded);
  });

  it('agrees with the reference for every single char of the Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (fold(s) !== foldReference(s)) expect([c, fold(s)]).toEqual([c, foldReference(s)]);
      const t = String.fromCharCode(c);
      if (fold(t) !== foldReference(t)) expect([c, fold(t)]).toEqual([c, foldReference(t)]);
    }
  });

  it('agrees with the reference on any text, Swedish, accents, spaces and punctuation mixed', () => {
    const chars = fc.oneof(
      fc.constantFrom(...'aAzZåÅäÄöÖéÉüÜßæÆøØıİŸ ÿ-–—.,;:!?()[]/%&§°×÷«»“”\'"'.split('')),
      fc.constantFrom('\u00a0', '\u2007', '\u202f', '\u2000', '\u3000', '\ufeff', '\t', '\n', '\r', '\u0301', '\u0308', '\u030a', '\u0483', '\u0000', '\u0085'),
      fc.integer({ min: 0, max: 0x17f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.string({ unit: 'grapheme', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(fold(s)).toBe(foldReference(s));
        // Folded text folded again (the short cut for text read twice) and text that is
        // nearly folded (lower case with stray spaces and marks) agree too.
        const f = foldReference(s);
        expect(fold(f)).toBe(foldReference(f));
        const near = ` ${f.replace(/ /g, '  ')}.`;
        expect(fold(near)).toBe(foldReference(near));
      }),
      { numRuns: 2000 },
    );
  });
});
