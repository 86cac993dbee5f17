/** The one plural rule the pane uses, as a case table (issue 12, point 3). */
import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it.each([
    [1, 'warning', 'sv', '1 varning'],
    [4, 'warning', 'sv', '4 varningar'],
    [0, 'warning', 'sv', '0 varningar'],
    [1, 'cellColoured', 'sv', '1 cell färglagd'],
    [3, 'cellColoured', 'sv', '3 celler färglagda'],
    [0, 'cellColoured', 'sv', '0 celler färglagda'],
    [1, 'error', 'sv', '1 fel'],
    [2, 'error', 'sv', '2 fel'],
    [1, 'finding', 'sv', '1 anmärkning'],
    [661, 'finding', 'sv', '661 anmärkningar'],
    [1234, 'finding', 'sv', '1\u00a0234 anmärkningar'],
    [1, 'gap', 'sv', '1 brist'],
    [2, 'gap', 'sv', '2 brister'],
    [3, 'subgoal', 'sv', '3 delmål'],
    [1, 'info', 'sv', '1 upplysning'],
    [1, 'warning', 'en', '1 warning'],
    [4, 'warning', 'en', '4 warnings'],
    [0, 'error', 'en', '0 errors'],
    [1, 'cellColoured', 'en', '1 cell coloured'],
    [1234, 'finding', 'en', '1,234 findings'],
    [1.5, 'row', 'sv', '1,5 rader'],
    // At most two decimals, as every number in a message.
    [2.345, 'row', 'sv', '2,35 rader'],
    [2.345, 'row', 'en', '2.35 rows'],
  ] as const)('%d %s (%s) → %s', (n, noun, lang, want) => {
    expect(plural(n, noun, lang)).toBe(want);
  });

  it('takes a noun of its own', () => {
    expect(plural(1, { one: 'ansvar', other: 'ansvar' }, 'sv')).toBe('1 ansvar');
  });
});
