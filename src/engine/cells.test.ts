import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldReference, parseA1 } from './cells';

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

describe('parseA1 (plain addresses read char by char)', () => {
  /** The definition: the regular expression over the trimmed text. */
  function reference(addr: string): { r: number; c: number } | 'throws' {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
    if (!m) return 'throws';
    let c = 0;
    for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
    return { r: Number(m[2]) - 1, c: c - 1 };
  }
  const read = (addr: string) => {
    try {
      return parseA1(addr);
    } catch {
      return 'throws';
    }
  };

  it('reads the addresses of seed 002’s merged goal cells and Excel’s absolute and odd forms', () => {
    expect(parseA1('A2')).toEqual({ r: 1, c: 0 });
    expect(parseA1('$J$100001')).toEqual({ r: 100000, c: 9 });
    expect(parseA1('xfd1048576')).toEqual({ r: 1048575, c: 16383 });
    expect(parseA1(' B12 ')).toEqual({ r: 11, c: 1 });
    expect(() => parseA1('ABCD1')).toThrow('Bad A1 address');
    expect(() => parseA1('A')).toThrow('Bad A1 address');
    expect(() => parseA1('1A')).toThrow('Bad A1 address');
    expect(() => parseA1('Ö1')).toThrow('Bad A1 address');
  });

  it('agrees with the regular expression on any text made of address parts', () => {
    const part = fc.constantFrom('$', 'A', 'z', 'Q', '@', '[', '`', '{', 'Ö', '0', '1', '9', ' ', ':', '\u00a0', '12345678901234567');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 9 }).map((p) => p.join('')), (addr) => {
        expect(read(addr)).toEqual(reference(addr));
      }),
    );
  });
});
