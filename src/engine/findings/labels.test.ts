import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../rules';
import { FINDING_LABELS, SEVERITY_LABELS, findingLabel } from './labels';

describe('finding labels', () => {
  it('every rule code has a Swedish and an English label, and no label is left over', () => {
    const codes = ALL_RULES.map((r) => r.code).sort();
    expect(Object.keys(FINDING_LABELS).sort()).toEqual(codes);
    for (const c of codes) {
      expect(FINDING_LABELS[c].sv.length, c).toBeGreaterThan(3);
      expect(FINDING_LABELS[c].en.length, c).toBeGreaterThan(3);
      // Labels are words, never the code again.
      expect(FINDING_LABELS[c].sv).not.toContain('.');
    }
  });

  it('severities in words', () => {
    expect(SEVERITY_LABELS).toEqual({
      sv: { error: 'Fel', warning: 'Varning', info: 'Information' },
      en: { error: 'Error', warning: 'Warning', info: 'Information' },
    });
  });

  it('reads a known code and keeps an unknown one as it is', () => {
    expect(findingLabel('redthread.goal-without-activity', 'sv')).toBe('Målet saknar aktivitet');
    expect(findingLabel('redthread.goal-without-activity', 'en')).toBe('Goal has no activity');
    expect(findingLabel('future.code', 'sv')).toBe('future.code');
  });
});
