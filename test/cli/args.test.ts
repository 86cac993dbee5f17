import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCli, sniffLang, UsageError } from '../../src/cli/args';
import { defaultOutput, defaultReportOutput } from '../../src/cli/files';

describe('parseCli', () => {
  it.each([
    [['check', 'a.xlsx', 'b.xlsx', '--json', '--period', 't2'], { command: 'check', files: ['a.xlsx', 'b.xlsx'], json: true, period: 't2', lang: 'sv' }],
    [['check', 'a.xlsx', '--period', 'okt', '--lang', 'en'], { command: 'check', period: 'oct', lang: 'en' }],
    [['check', 'a.xlsx', '--period=Maj'], { command: 'check', period: 'may' }],
    [['apply', 'a.xlsx', '-o', 'b.xlsx'], { command: 'apply', files: ['a.xlsx'], out: 'b.xlsx', inPlace: false }],
    [['apply', 'a.xlsx', '--in-place'], { command: 'apply', inPlace: true }],
    [['template', '-o', 'mall.xlsx', '--lang', 'en'], { command: 'template', out: 'mall.xlsx', lang: 'en' }],
    [['-h'], { command: 'help' }],
    [['report', 'a.xlsx'], { command: 'report', files: ['a.xlsx'], lang: 'sv' }],
    [['report', 'a.xlsx', '--period', 't1', '-o', 'rapport.DOCX', '--namnd', ' Vård- och omsorgsnämnden ', '--lang', 'en', '--force'], { command: 'report', period: 't1', out: 'rapport.DOCX', namnd: 'Vård- och omsorgsnämnden', lang: 'en', force: true }],
  ])('%j', (argv, expected) => {
    expect(parseCli(argv)).toMatchObject(expected);
  });

  it.each([
    [['nope'], /okänt kommando/],
    [['check'], /minst en/],
    [['check', 'a.xlsx', '--period', 't3x'], /okänd period/],
    [['check', 'a.xlsx', '--lang', 'fi'], /okänt språk/],
    [['check', 'a.xlsx', '--nope'], /felaktigt anrop/],
    [['apply', 'a.xlsx', '--in-place', '-o', 'b.xlsx'], /--in-place/],
    [['template'], /-o/],
    [['assemble', 'a.xlsx'], /-o/],
    [['check', '--lang', 'en'], /at least one/],
    [['report'], /exakt en fil/],
    [['report', 'a.xlsx', 'b.xlsx'], /exakt en fil/],
    [['report', 'a.xlsx', '-o', 'rapport.pdf'], /\.docx/],
    [['report', 'a.xlsx', '--in-place'], /--in-place/],
    [['report', 'a.xlsx', '--namnd', ''], /--namnd behöver ett namn/],
    [['check', 'a.xlsx', '--namnd', 'Socialnämnden'], /--namnd gäller bara report/],
  ])('%j is a usage error', (argv, msg) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(msg);
  });

  it('never throws anything but a UsageError, and what it accepts is consistent', () => {
    const token = fc.oneof(
      fc.constantFrom('check', 'apply', 'template', 'assemble', 'report', '--json', '--in-place', '--period', '--lang', '-o', '--namnd', 'sv', 'en', 't1', 'year', 'a.xlsx', 'r.docx', '-h'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        try {
          const a = parseCli(argv);
          expect(['check', 'apply', 'template', 'assemble', 'report', 'help']).toContain(a.command);
          if (a.command === 'report') {
            expect(a.files).toHaveLength(1);
            if (a.out !== undefined) expect(a.out).toMatch(/\.docx$/i);
          }
          if (a.namnd !== undefined) expect(a.command).toBe('report');
          expect(['sv', 'en']).toContain(a.lang);
          if (a.command === 'check') expect(a.files.length).toBeGreaterThan(0);
          if (a.command === 'apply') expect(a.files).toHaveLength(1);
          if (a.command === 'template') expect(a.out).toBeTruthy();
        } catch (e) {
          expect(e).toBeInstanceOf(UsageError);
        }
      }),
    );
  });

  it('sniffLang finds --lang en in either spelling', () => {
    expect(sniffLang(['x', '--lang', 'en'])).toBe('en');
    expect(sniffLang(['--lang=en'])).toBe('en');
    expect(sniffLang(['--lang', 'sv'])).toBe('sv');
    expect(sniffLang([])).toBe('sv');
  });

  it.each([
    ['plan.xlsx', 'plan.planark.xlsx'],
    ['dir/Plan 2025.XLSX', 'dir/Plan 2025.planark.xlsx'],
  ])('default output of %s is %s', (inp, out) => {
    expect(defaultOutput(inp)).toBe(out);
  });

  it.each<[string, string, 'sv' | 'en', string]>([
    ['plan.xlsx', 't1', 'sv', 'plan.rapport-t1.docx'],
    ['dir/VP 2025.xlsm', 'year', 'sv', 'dir/VP 2025.rapport-year.docx'],
    ['plan.xlsx', 't2', 'en', 'plan.report-t2.docx'],
  ])('default report of %s at %s (%s) is %s', (inp, period, lang, out) => {
    expect(defaultReportOutput(inp, period, lang)).toBe(out);
  });
});
