/**
 * Röda tråden / Red thread (SPEC §6): every red-thread and responsible finding with a link to its
 * cell, sorted by sheet order then row. Sheet order is the order recognition met the sheets
 * (tables, then goals, indicators and activities), as the context carries no workbook.
 */
import type { Finding, GenCell, GeneratedSheet, Severity } from '../types';
import type { RuleContext } from '../rules/rule';
import { parseA1 } from '../cells';

export function isRedThreadFinding(f: Finding): boolean {
  return f.code.startsWith('redthread.') || f.code === 'responsible.missing';
}

export function sheetOrder(ctx: RuleContext): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (s && !out.includes(s)) out.push(s);
  };
  ctx.model.tables.forEach((t) => add(t.sheet));
  ctx.model.goals.forEach((g) => add(g.sheet));
  ctx.model.indicators.forEach((i) => add(i.sheet));
  ctx.model.activities.forEach((a) => add(a.sheet));
  return out;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * By sheet order, row, column, severity, code. Kept here rather than importing the rule index,
 * which would pull every rule into this sheet builder.
 */
export function sortBySheetThenRow(findings: Finding[], order: string[]): Finding[] {
  const idx = new Map(order.map((s, i) => [s, i]));
  const pos = (cell: string) => {
    try {
      return parseA1(cell);
    } catch {
      return { r: -1, c: -1 };
    }
  };
  return [...findings].sort((a, b) => {
    const s = (idx.get(a.sheet) ?? order.length) - (idx.get(b.sheet) ?? order.length) || a.sheet.localeCompare(b.sheet);
    if (s) return s;
    const p = pos(a.cell);
    const q = pos(b.cell);
    return p.r - q.r || p.c - q.c || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code);
  });
}

const T = {
  sv: {
    title: 'Röda tråden',
    head: ['Kod', 'Allvarlighet', 'Blad', 'Cell', 'Meddelande'],
    sev: { error: 'Fel', warning: 'Varning', info: 'Information' } as Record<Severity, string>,
    counts: (e: number, w: number, i: number) => `${e} fel, ${w} varningar, ${i} information. Klicka på en cell för att gå dit.`,
    whole: 'Röda tråden är hel: varje mål, indikator och aktivitet hänger ihop och har en ansvarig.',
  },
  en: {
    title: 'Red thread',
    head: ['Code', 'Severity', 'Sheet', 'Cell', 'Message'],
    sev: { error: 'Error', warning: 'Warning', info: 'Information' } as Record<Severity, string>,
    counts: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} information. Click a cell to go there.`,
    whole: 'The red thread is whole: every goal, indicator and activity is linked and has someone responsible.',
  },
};

export function redThreadSheet(ctx: RuleContext, findings: Finding[]): Omit<GeneratedSheet, 'name' | 'kind'> | null {
  const t = T[ctx.options.lang];
  const mine = sortBySheetThenRow(findings.filter(isRedThreadFinding), sheetOrder(ctx));
  const m = ctx.model;
  // A workbook with no plan at all (only budget or annexes) has no thread to speak of.
  if (mine.length === 0 && m.goals.length === 0 && m.indicators.length === 0 && m.activities.length === 0) return null;
  const rows: GenCell[][] = [[{ v: t.title, bold: true }]];
  if (mine.length === 0) {
    rows.push([{ v: t.whole }]);
    return { rows, colWidths: [34, 12, 20, 8, 100] };
  }
  const n = (s: Severity) => mine.filter((f) => f.severity === s).length;
  rows.push([{ v: t.counts(n('error'), n('warning'), n('info')), italic: true }]);
  rows.push([]);
  rows.push(t.head.map((h): GenCell => ({ v: h, bold: true })));
  for (const f of mine) {
    rows.push([
      { v: f.code },
      { v: t.sev[f.severity] },
      { v: f.sheet },
      { v: f.cell, link: f.sheet && f.cell ? { sheet: f.sheet, cell: f.cell } : undefined },
      { v: f.message, wrap: true },
    ]);
  }
  return { rows, colWidths: [34, 12, 20, 8, 100], freezeRows: 4 };
}
