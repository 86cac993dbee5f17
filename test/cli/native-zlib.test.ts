/**
 * The CLI hands the package writer Node's zlib (src/cli/files.ts `nodeDeflate`): parts it writes
 * must read back exactly as the portable writer's (fflate), copies untouched.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { crc32, readZip, writeZip, type RawDeflate } from '../../src/adapters/xlsx-package/zip';
import { nodeDeflate } from '../../src/cli/files';

describe("the CLI's native deflater", () => {
  const files = { '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook>Välfärd</workbook>') };
  const sheet = strToU8(`<sheetData>${'<row r="1"><c r="A1" t="inlineStr"><is><t>Andel nöjda brukare</t></is></c></row>'.repeat(2_000)}</sheetData>`);

  it('writes parts every reader reads as the portable writer does; only new parts are deflated, at the writer\'s level', () => {
    const levels: number[] = [];
    const counted: RawDeflate = {
      deflateRaw: (data, level) => {
        levels.push(level);
        return nodeDeflate.deflateRaw(data, level);
      },
      crc32: nodeDeflate.crc32,
    };
    const entries = readZip(zipSync(files));
    const parts = [
      { kind: 'copy' as const, entry: entries[0] },
      { kind: 'new' as const, name: 'xl/worksheets/sheet1.xml', data: sheet },
      { kind: 'new' as const, name: 'xl/workbook.xml', data: strToU8('<workbook>Ändrad</workbook>'), template: entries[1] },
    ];
    const fast = writeZip(parts, 3, counted);
    const portable = writeZip(parts);
    expect(levels).toEqual([3, 3]);
    expect(unzipSync(fast)).toEqual(unzipSync(portable));
    const back = readZip(fast);
    expect(back.map((e) => e.crc)).toEqual(readZip(portable).map((e) => e.crc));
    expect(back[0].raw).toEqual(entries[0].raw);
    expect(back[1].data).toEqual(sheet);
    expect(back[1].raw.length).toBeLessThan(sheet.length / 20);
  });

  it("zlib's CRC-32 is the writer's own", () => {
    expect(nodeDeflate.crc32?.(sheet)).toBe(crc32(sheet));
    expect(nodeDeflate.crc32?.(strToU8('123456789'))).toBe(0xcbf43926);
  });
});
