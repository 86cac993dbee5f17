import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET_THRESHOLDS } from './defaults';
import { resolveOptions } from './analyze';
import { DEFAULT_BUDGET_THRESHOLDS as DEFAULT_BANDS, parseBudgetThresholds } from './budget/thresholds';

describe('the default budget thresholds (SPEC §4)', () => {
  it('are written as a controller would write them, and read as the bands the budget check uses', () => {
    expect(DEFAULT_BUDGET_THRESHOLDS).toBe('Grön 0% Gul 0,5%');
    expect(parseBudgetThresholds(DEFAULT_BUDGET_THRESHOLDS)).toEqual(DEFAULT_BANDS);
  });

  it('stand in for none given, or only spaces', () => {
    expect(resolveOptions().budgetThresholds).toBe('Grön 0% Gul 0,5%');
    expect(resolveOptions({ budgetThresholds: '  ' }).budgetThresholds).toBe('Grön 0% Gul 0,5%');
    expect(resolveOptions({ budgetThresholds: ' Grön 1% Gul 2% ' }).budgetThresholds).toBe('Grön 1% Gul 2%');
  });
});
