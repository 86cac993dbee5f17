import { describe, expect, it } from 'vitest';
import { pruneCalcChain } from './calc-chain';

const CHAIN = '<calcChain xmlns="main"><c r="G2" i="1" l="1"/><c r="G3"/><c r="B2" i="3"/><c r="B3"/><c r="H5" i="1"/></calcChain>';

describe('pruneCalcChain', () => {
  it('drops cells by sheet id, passing a sticky i on to the next kept entry', () => {
    expect(pruneCalcChain(CHAIN, { sheets: new Set(), cells: new Map([[1, new Set(['G2'])]]) })).toBe('<calcChain xmlns="main"><c r="G3" i="1"/><c r="B2" i="3"/><c r="B3"/><c r="H5" i="1"/></calcChain>');
    expect(pruneCalcChain(CHAIN, { sheets: new Set([3]), cells: new Map() })).toBe('<calcChain xmlns="main"><c r="G2" i="1" l="1"/><c r="G3"/><c r="H5" i="1"/></calcChain>');
  });

  it('says when nothing is left (the part must go: calcChain needs a cell)', () => {
    expect(pruneCalcChain(CHAIN, { sheets: new Set([1, 3]), cells: new Map() })).toBeNull();
  });

  it('leaves the text alone when nothing is removed', () => {
    expect(pruneCalcChain(CHAIN, { sheets: new Set([9]), cells: new Map([[1, new Set(['Z9'])]]) })).toBe(CHAIN);
  });
});
