import { describe, expect, it } from 'vitest';
import type { Period, Status } from '../types';
import type { ResultEvaluation } from './types';
import { currentResult } from './current';

// Only the period and status decide; the rest of an evaluation is not read here.
const ev = (period: Period, status: Status): ResultEvaluation => ({ period, status }) as ResultEvaluation;
const pick = (results: ResultEvaluation[], due: Period[], chosen: Period) => {
  const r = currentResult(results, due, chosen);
  return r && `${r.period}:${r.status}`;
};

describe('currentResult: the latest due result is the status at the period (SPEC §6)', () => {
  it.each<[string, [Period, Status][], Period[], Period, string | null]>([
    ['the latest due one', [['t1', 'red'], ['t2', 'green']], ['t1', 't2'], 't2', 't2:green'],
    ['in any order', [['t2', 'green'], ['t1', 'red']], ['t1', 't2'], 't2', 't2:green'],
    ['a result for a period not due does not count', [['t1', 'red'], ['t2', 'green']], ['t1'], 't1', 't1:red'],
    ['nothing due yet', [['year', 'green']], [], 't1', null],
    ['no results at all', [], ['year'], 'year', null],
    ['a due result that is missing makes it without result', [['t1', 'green'], ['t2', 'none']], ['t1', 't2'], 't2', 't2:none'],
    ['quarter 1 before T1', [['q1', 'green'], ['t1', 'yellow']], ['q1', 't1'], 't1', 't1:yellow'],
    ['months: the latest month', [['jan', 'green'], ['mar', 'red'], ['feb', 'yellow']], ['jan', 'feb', 'mar'], 'mar', 'mar:red'],
    // År and december end in the same month: the chosen one first …
    ['År chosen: År before December', [['dec', 'red'], ['year', 'green']], ['dec', 'year'], 'year', 'year:green'],
    ['December chosen: December before År', [['year', 'green'], ['dec', 'red']], ['dec', 'year'], 'dec', 'dec:red'],
    // … then the report period before the month …
    ['neither chosen: År before December', [['dec', 'red'], ['year', 'green']], ['dec', 'year'], 'jan', 'year:green'],
    ['neither chosen, other order', [['year', 'green'], ['dec', 'red']], ['dec', 'year'], 'jan', 'year:green'],
    // … and a missing one among them settles it, whichever is chosen.
    ['År missing, December green, År chosen', [['dec', 'green'], ['year', 'none']], ['dec', 'year'], 'year', 'year:none'],
    ['December missing, År green, År chosen', [['year', 'green'], ['dec', 'none']], ['dec', 'year'], 'year', 'dec:none'],
    ['T2 and August: T2 chosen', [['aug', 'red'], ['t2', 'yellow']], ['aug', 't2'], 't2', 't2:yellow'],
    ['T2 and August: August chosen', [['t2', 'yellow'], ['aug', 'red']], ['aug', 't2'], 'aug', 'aug:red'],
    ['a missing earlier result does not hide a later one', [['t1', 'none'], ['t2', 'green']], ['t1', 't2'], 't2', 't2:green'],
    ['the first of two equal ones is kept', [['t1', 'red'], ['t1', 'green']], ['t1'], 't1', 't1:red'],
    ['a missing one seen first stays, even beside the chosen period', [['year', 'none'], ['dec', 'green']], ['dec', 'year'], 'dec', 'year:none'],
    ['March chosen: March before quarter 1', [['q1', 'green'], ['mar', 'red']], ['q1', 'mar'], 'mar', 'mar:red'],
    ['April chosen: April before T1', [['t1', 'green'], ['apr', 'yellow']], ['t1', 'apr'], 'apr', 'apr:yellow'],
  ])('%s', (_, results, due, chosen, expected) => {
    expect(pick(results.map(([p, s]) => ev(p, s)), due, chosen)).toBe(expected);
  });
});
