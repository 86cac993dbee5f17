import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { crc32, DEFAULT_LIMITS, readZip, writeZip, type ZipLimits } from './zip';
import { PackageError } from './errors';
import { rawZip } from '../../../test/lossless/raw';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof PackageError ? `${e.code}${e.detail ? `: ${e.detail}` : ''}` : `other: ${(e as Error).message}`;
  }
  return undefined;
}

describe('crc32', () => {
  it('matches the IEEE check value', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('readZip and writeZip', () => {
  const files = { '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook>Välfärd</workbook>'), 'xl/media/bild.png': new Uint8Array([137, 80, 78, 71, 0, 255]) };

  it('reads what fflate writes, deflated and stored', () => {
    const z = zipSync({ ...files, 'xl/media/bild.png': [files['xl/media/bild.png'], { level: 0 }] });
    const entries = readZip(z);
    expect(entries.map((e) => [e.name, e.method, new TextDecoder().decode(e.data)])).toEqual([
      ['[Content_Types].xml', 8, '<Types/>'],
      ['xl/workbook.xml', 8, '<workbook>Välfärd</workbook>'],
      ['xl/media/bild.png', 0, new TextDecoder().decode(files['xl/media/bild.png'])],
    ]);
  });

  it('copies entries as their compressed bytes and writes new ones; other readers agree', () => {
    const entries = readZip(zipSync(files));
    const out = writeZip([
      { kind: 'copy', entry: entries[0] },
      { kind: 'new', name: 'xl/workbook.xml', data: strToU8('<workbook>Ändrad</workbook>'), template: entries[1] },
      { kind: 'copy', entry: entries[2] },
      { kind: 'new', name: 'xl/worksheets/sheet9.xml', data: strToU8('<worksheet/>') },
    ]);
    const back = unzipSync(out);
    expect(Object.keys(back)).toEqual(['[Content_Types].xml', 'xl/workbook.xml', 'xl/media/bild.png', 'xl/worksheets/sheet9.xml']);
    expect(new TextDecoder().decode(back['xl/workbook.xml'])).toBe('<workbook>Ändrad</workbook>');
    const again = readZip(out);
    expect(again[0].raw).toEqual(entries[0].raw);
    expect(again.map((e) => e.crc)).toEqual(again.map((e) => crc32(e.data)));
  });

  it('round-trips any set of parts (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_/]{0,20}\.xml$/), fc.uint8Array({ maxLength: 2000 })), { selector: ([n]) => n.toLowerCase(), minLength: 1, maxLength: 8 }),
        (parts) => {
          const z = writeZip(parts.map(([name, data]) => ({ kind: 'new' as const, name, data })));
          const read = readZip(z);
          expect(read.map((e) => e.name)).toEqual(parts.map(([n]) => n));
          read.forEach((e, i) => expect(e.data).toEqual(parts[i][1]));
          const copied = readZip(writeZip(read.map((entry) => ({ kind: 'copy' as const, entry }))));
          copied.forEach((e, i) => expect(e.data).toEqual(parts[i][1]));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('limits and broken zips', () => {
  const small: ZipLimits = { ...DEFAULT_LIMITS, maxTotalBytes: 1024 * 1024, ratioFloorBytes: 64 * 1024 };
  const zeros = new Uint8Array(2 * 1024 * 1024);

  it('refuses declared sizes over the limit before inflating anything', () => {
    expect(codeOf(() => readZip(rawZip([{ name: 'a.xml', data: strToU8('<a/>'), declaredSize: 3_000_000_000 }])))).toBe('too-large: 3000000000 bytes declared');
  });

  it('stops an entry that inflates past its declared size', () => {
    expect(codeOf(() => readZip(rawZip([{ name: 'a.xml', data: zeros, declaredSize: 100 }]), small))).toBe('too-large: a.xml larger than declared');
  });

  it('refuses a large entry packed like a bomb, declared or found while inflating', () => {
    expect(codeOf(() => readZip(rawZip([{ name: 'a.xml', data: zeros }]), small))).toBe('too-large: 2097152 bytes declared');
    expect(codeOf(() => readZip(rawZip([{ name: 'a.xml', data: zeros }]), { ...small, maxTotalBytes: 1e9 }))).toBe('too-large: a.xml ratio');
  });

  it('refuses a zip whose entries share their compressed bytes (overlapping bomb)', () => {
    const z = rawZip([{ name: 'a.xml', data: strToU8('<a/>') }]);
    // Duplicate the central directory entry under another name pointing at the same data.
    const eocd = z.length - 22;
    const cdStart = z[eocd + 16] | (z[eocd + 17] << 8);
    const cd = z.slice(cdStart, eocd);
    const cd2 = cd.slice();
    cd2[46] = 'b'.charCodeAt(0);
    const out = new Uint8Array(cdStart + cd.length * 2 + 22);
    out.set(z.slice(0, cdStart));
    out.set(cd, cdStart);
    out.set(cd2, cdStart + cd.length);
    const end = z.slice(eocd);
    end[8] = 2;
    end[10] = 2;
    end[12] = cd.length * 2;
    out.set(end, cdStart + cd.length * 2);
    expect(codeOf(() => readZip(out))).toBe('corrupt: overlapping entries');
  });

  it('refuses duplicate part names, truncation, encryption and foreign compression', () => {
    const dup = rawZip([{ name: 'xl/a.xml', data: strToU8('1') }, { name: 'XL/A.xml', data: strToU8('2') }]);
    expect(codeOf(() => readZip(dup))).toBe('corrupt: duplicate entry XL/A.xml');
    const z = zipSync({ 'a.xml': strToU8('<a>hej</a>') });
    expect(codeOf(() => readZip(z.slice(0, z.length - 30)))).toBe('corrupt: no end of central directory');
    const enc = z.slice();
    const cd = enc.length - 22 - (46 + 5);
    enc[cd + 8] |= 1;
    expect(codeOf(() => readZip(enc))).toBe('not-zip: encrypted entry a.xml');
    const lz = z.slice();
    lz[cd + 10] = 14;
    expect(codeOf(() => readZip(lz))).toBe('not-zip: compression method 14 in a.xml');
    expect(codeOf(() => readZip(strToU8('Mål;Indikator')))).toBe('not-zip');
  });

  it('never throws anything but PackageError on arbitrary bytes after a zip signature (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (tail) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]);
        const c = codeOf(() => readZip(bytes));
        expect(c === undefined || !c.startsWith('other')).toBe(true);
      }),
    );
  });

  it('never throws anything but PackageError when a real zip is damaged anywhere (property)', () => {
    const z = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>'.repeat(20)) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: z.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, v) => {
        const b = z.slice();
        b[at] = v;
        const c = codeOf(() => readZip(b));
        expect(c === undefined || !c.startsWith('other'), c).toBe(true);
      }),
    );
  });
});
