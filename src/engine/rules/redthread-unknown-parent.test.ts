import { describe, expect, it } from 'vitest';
import rule from './redthread-unknown-parent';
import type { PlanModel } from '../model';
import { KF_LINK, context, run, seed003Model, withGoal } from '../../../test/fixtures/plan-model';

describe('redthread.unknown-parent', () => {
  it.each<[string, () => PlanModel, [string, string, string][]]>([
    ['seed 003 links with footnote marks (⁴) and a trailing full stop resolve', () => seed003Model(), []],
    ['a link by bare id `Mål 4` resolves to the KF-mål, not to the nämndmål itself', () => withGoal(seed003Model(), 9, { parents: ['Mål 4'] }), []],
    ['a link by number `4` resolves', () => withGoal(seed003Model(), 9, { parents: ['4'] }), []],
    [
      'seed 003 line 59 wording "ska hålla hög kvalitet" differs from the KF-mål "ska hålla en hög kvalitet"',
      () => withGoal(seed003Model(), 7, { parents: ['Mål 4 Kommunens välfärdstjänster ska hålla hög kvalitet och utgå från individens behov'] }),
      [['Mål', 'D9', 'Mål 4 Kommunens välfärdstjänster …']],
    ],
    ['`Mål 9` names no KF-mål', () => withGoal(seed003Model(), 6, { parents: ['Mål 9', KF_LINK[4]] }), [['Mål', 'D8', 'Mål 1 Alla norrköpingsbor som …']]],
    [
      'two unknown links in one cell are two findings at the same cell',
      () => withGoal(seed003Model(), 10, { parents: ['Mål 9', KF_LINK[4], 'Klimatet'] }),
      [
        ['Mål', 'D12', 'Mål 1 Alla norrköpingsbor som …'],
        ['Mål', 'D12', ''],
      ],
    ],
  ])('%s', (_name, build, expected) => {
    const ctx = context(build());
    const found = run(rule, ctx);
    expect(found.map((f) => [f.sheet, f.cell, String(rule.check(ctx)[found.indexOf(f)].params.suggestion)])).toEqual(expected);
    for (const f of found) expect(f.severity).toBe('error');
  });

  it('suggests the closest goal in the message', () => {
    const m = withGoal(seed003Model(), 7, { parents: ['Mål 4 Kommunens välfärdstjänster ska hålla hög kvalitet och utgå från individens behov'] });
    expect(run(rule, context(m))[0].message).toBe(
      'Överordnat mål "Mål 4 Kommunens välfärdstjänster ska hålla hög kvalitet och utgå från individens behov" finns inte. Menade du "Mål 4 Kommunens välfärdstjänster …"? Rätta länken så att den pekar på ett befintligt mål.',
    );
    expect(run(rule, context(m, { lang: 'en' }))[0].message).toContain('Did you mean "Mål 4 Kommunens välfärdstjänster …"? Correct the link');
  });

  it('has no suggestion when nothing is close', () => {
    const m = withGoal(seed003Model(), 10, { parents: ['Klimatet'] });
    expect(run(rule, context(m))[0].message).toBe('Överordnat mål "Klimatet" finns inte. Rätta länken så att den pekar på ett befintligt mål.');
  });

  it('reads a goal text containing commas as one link even after the cell was split', () => {
    // A verksamhetsmål under nämndmål 1, whose text has a comma; recognition splits on commas.
    const m = seed003Model();
    const up1 = m.goals[6];
    const child = { ...up1, row: 14, textRef: { ...up1.textRef, r: 14 }, parentRef: { ...up1.parentRef!, r: 14 }, id: 'VM 1', level: 'Verksamhetsmål', text: 'Fler ska bo kvar hemma', parents: ['Målet är att stärka den enskildes möjligheter att leva ett självständigt liv', 'utifrån den enskildes behov.'] };
    const ctx = context({ ...m, goals: [...m.goals, child] });
    expect(run(rule, ctx)).toEqual([]);
    expect(ctx.graph.nodes[13].parents).toEqual([6]);
  });
});

describe('redthread.unknown-parent: several unknown links in one cell', () => {
  it('seed 003 without the KF-mål in the workbook: one finding per named KF-mål, comma texts kept whole', () => {
    const m = seed003Model();
    const ctx = context({ ...m, goals: m.goals.slice(6) });
    const hits = rule.check(ctx).filter((h) => h.cell === 'D8');
    expect(hits.map((h) => h.params.name)).toEqual([
      'Mål 1 Alla norrköpingsbor som kan arbeta ska arbeta ⁴',
      'Mål 4 Kommunens välfärdstjänster ska hålla en hög kvalitet och utgå från individens behov',
    ]);
    const comma = context({ ...m, goals: [m.goals[6], { ...m.goals[7], parents: ['Mål 9 Alla ska ha arbete', 'bostad och trygghet'] }] });
    expect(rule.check(comma).filter((h) => h.cell === 'D9').map((h) => [h.cell, h.params.name])).toEqual([['D9', 'Mål 9 Alla ska ha arbete, bostad och trygghet']]);
  });
});
