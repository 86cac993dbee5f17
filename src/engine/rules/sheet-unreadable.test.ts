import { describe, expect, it } from 'vitest';
import rule from './sheet-unreadable';
import type { RuleContext } from './rule';
import { recognizeWorkbook } from '../recognize';
import { bilaga1 } from '../../../test/fixtures/seeds';
import type { SheetInput, WorkbookInput } from '../types';

function ctxOf(input: WorkbookInput, lang: 'sv' | 'en' = 'sv'): RuleContext {
  const { model, unreadable } = recognizeWorkbook(input);
  return {
    model,
    unreadable,
    indicators: [],
    graph: {} as RuleContext['graph'],
    budgets: [],
    annexes: [],
    options: { lang, period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 12 },
  };
}

// A sheet whose rows cannot be walked: reading a row throws, as a broken adapter object would.
function brokenSheet(name: string): SheetInput {
  const rows = new Proxy([] as SheetInput['rows'], {
    get(target, prop, recv) {
      if (prop === 'length') return 3;
      if (prop === '0' || prop === '1' || prop === '2') throw new Error('korrupt rad');
      return Reflect.get(target, prop, recv);
    },
  });
  return { name, rows };
}

describe('sheet.unreadable', () => {
  it.each([
    ['seed Bilaga 1 only', [bilaga1], []],
    ['rows not an array', [{ name: 'Trasigt', rows: null as unknown as SheetInput['rows'] }], [['Trasigt', 'A1', 'no rows']]],
    ['a throwing row beside a good sheet', [brokenSheet('Korrupt'), bilaga1], [['Korrupt', 'A1', 'korrupt rad']]],
  ])('%s', (_name, sheets, expected) => {
    const ctx = ctxOf({ sheets: sheets as SheetInput[], ownedSheets: [] });
    expect(rule.check(ctx).map((h) => [h.sheet, h.cell, h.params.reason])).toEqual(expected);
  });

  it('the other sheets are still read', () => {
    const ctx = ctxOf({ sheets: [brokenSheet('Korrupt'), bilaga1], ownedSheets: [] });
    expect(ctx.model.tables.map((t) => t.id)).toEqual(['Bilaga 1!A3']);
  });

  it('finding says what and how, in Swedish and English', () => {
    const input = { sheets: [brokenSheet('Korrupt')], ownedSheets: [] };
    const [hit] = rule.check(ctxOf(input, 'sv'));
    expect([rule.code, rule.severity, hit.sheet, hit.cell]).toEqual(['sheet.unreadable', 'error', 'Korrupt', 'A1']);
    expect(rule.message.sv(hit.params)).toBe(
      "Bladet 'Korrupt' kunde inte läsas (korrupt rad), så det är inte kontrollerat. Spara om filen i Excel eller kopiera tabellerna till ett nytt blad och kör kontrollen igen.",
    );
    expect(rule.message.en(hit.params)).toBe(
      "The sheet 'Korrupt' could not be read (korrupt rad), so it has not been checked. Save the file again in Excel or copy its tables to a new sheet, then run the check again.",
    );
  });
});
