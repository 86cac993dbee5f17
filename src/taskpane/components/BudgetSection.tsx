/**
 * Budget: per ansvar the budget, prognos and deviation with its colour in words, the analysis and
 * åtgärd texts, and the rows whose stated Avvikelse does not match (issue 12, point 5). Lines
 * that need the controller first — red without explanation, deviations that do not match — come
 * first. A click on a line selects it in the workbook.
 */
import { Badge, Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import type { PaneAnalysis } from '../engine';
import type { BudgetAnalysis, BudgetLine } from '../../engine/budget/types';
import { isUnexplained } from '../../engine/budget/explanation';
import type { Finding, Lang, Status } from '../../engine/types';
import { fmt, pct, type Strings } from '../i18n';
import { RunButton, StatusLabel, useSectionStyles } from './common';
import { cellOf } from '../../engine/cells';

const RANK: Record<Status, number> = { red: 0, yellow: 1, green: 2, none: 3 };

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  card: { alignItems: 'stretch', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(88px, 1fr))',
    gap: `0 ${tokens.spacingHorizontalS}`,
    width: '100%',
    boxSizing: 'border-box',
  },
  figure: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  amount: { fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' },
  text: { display: 'block', overflowWrap: 'anywhere', width: '100%' },
  missing: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  mismatch: { color: tokens.colorPaletteRedForeground1, display: 'block', overflowWrap: 'anywhere', width: '100%' },
  total: { paddingInline: tokens.spacingHorizontalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
});

const needsAttention = (l: BudgetLine) => isUnexplained(l) || l.statedMismatch;

export function sortBudgetLines(lines: BudgetLine[]): BudgetLine[] {
  return [...lines].sort(
    (a, b) =>
      Number(needsAttention(b)) - Number(needsAttention(a)) ||
      Number(isUnexplained(b)) - Number(isUnexplained(a)) ||
      RANK[a.status] - RANK[b.status] ||
      b.deviation - a.deviation,
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  const own = useStyles();
  return (
    <span className={own.figure}>
      <span className={own.label}>{label}</span>
      <span className={own.amount}>{value}</span>
    </span>
  );
}

function LineCard({ l, s, lang, mismatch, onSelect }: { l: BudgetLine; s: Strings; lang: Lang; mismatch?: Finding; onSelect: (sheet: string, cell: string) => void }) {
  const styles = useSectionStyles();
  const own = useStyles();
  const at = l.statedRef ?? l.forecastRef;
  const kr = (n: number) => `${fmt(n, lang)} ${s.budget.kr}`;
  const unexplained = isUnexplained(l);
  const both = !!l.commentRef && !!l.actionRef;
  const text = (t: string | null, red: boolean) => (t ? t : <span className={red ? own.missing : styles.muted}>{s.budget.missing}</span>);
  return (
    <Button
      className={mergeClasses(styles.item, own.card)}
      appearance="subtle"
      onClick={() => onSelect(at.sheet, cellOf(at))}
      data-testid="budget-item"
      data-sheet={at.sheet}
      data-cell={cellOf(at)}
      data-status={l.status}
      data-unexplained={unexplained}
      data-mismatch={l.statedMismatch}
      title={s.check.goTo(at.sheet, cellOf(at))}
    >
      <span className={styles.row}>
        <Text weight="semibold">
          {l.key}
          {l.name ? ` ${l.name}` : ''}
        </Text>
        <StatusLabel s={s} status={l.status} />
        {unexplained && (
          <Badge color="danger" appearance="tint" icon={<WarningRegular />} className={styles.pill}>
            {s.budget.unexplained}
          </Badge>
        )}
        {l.statedMismatch && (
          <Badge color="danger" appearance="tint" icon={<ErrorCircleRegular />} className={styles.pill}>
            {s.budget.mismatch}
          </Badge>
        )}
      </span>
      <span className={own.figures}>
        <Figure label={s.budget.budget} value={kr(l.budget)} />
        <Figure label={s.budget.forecast} value={kr(l.forecast)} />
        <Figure label={s.budget.deviation} value={`${kr(l.deviation)}${l.deviationShare !== null ? ` (${pct(l.deviationShare, lang)})` : ''}`} />
      </span>
      {mismatch && (
        <Caption1 className={own.mismatch} data-testid="budget-mismatch">
          {mismatch.message}
        </Caption1>
      )}
      {(l.commentRef || l.status === 'red') && (
        <Caption1 className={own.text} data-testid="budget-analysis">
          {s.budget.analysis}: {text(l.comment, unexplained && (l.comment === null || !both))}
        </Caption1>
      )}
      {l.actionRef && (
        <Caption1 className={own.text} data-testid="budget-action">
          {s.budget.action}: {text(l.action, unexplained && l.action === null)}
        </Caption1>
      )}
    </Button>
  );
}

function TableBlock({ b, s, lang, findings, onSelect }: { b: BudgetAnalysis; s: Strings; lang: Lang; findings: Map<string, Finding>; onSelect: (sheet: string, cell: string) => void }) {
  const styles = useSectionStyles();
  const own = useStyles();
  const lines = sortBudgetLines(b.lines.filter((l) => !l.isTotal));
  const sum = (f: (l: BudgetLine) => number) => lines.reduce((x, l) => x + f(l), 0);
  const kr = (n: number) => `${fmt(n, lang)} ${s.budget.kr}`;
  return (
    <div className={own.table} data-testid="budget-table" data-table={b.tableId}>
      <h3 className={styles.groupTitle}>{b.sheet}</h3>
      <Caption1 className={styles.muted}>
        {s.budget.thresholdsNote(pct(b.thresholds.green, lang, 2), pct(b.thresholds.yellow, lang, 2))}
        {b.convention ? ` ${s.budget.convention[b.convention]}` : ''}
      </Caption1>
      <ul className={styles.list}>
        {lines.map((l) => (
          <li key={`${l.sheet}-${l.row}`}>
            <LineCard l={l} s={s} lang={lang} mismatch={l.statedRef ? findings.get(`${l.sheet}\u0000${cellOf(l.statedRef)}`) : undefined} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      <div className={mergeClasses(own.figures, own.total)} data-testid="budget-total">
        <Figure label={`${s.budget.total} ${s.budget.budget.toLowerCase()}`} value={kr(sum((l) => l.budget))} />
        <Figure label={`${s.budget.total} ${s.budget.forecast.toLowerCase()}`} value={kr(sum((l) => l.forecast))} />
        <Figure label={`${s.budget.total} ${s.budget.deviation.toLowerCase()}`} value={kr(sum((l) => l.deviation))} />
      </div>
    </div>
  );
}

export function BudgetSection(p: {
  s: Strings;
  lang: Lang;
  analysis: PaneAnalysis | null;
  busy: boolean;
  onRun: () => void;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { s, lang, analysis } = p;
  const styles = useSectionStyles();
  const tables = (analysis?.budgets ?? []).filter((b) => b.lines.some((l) => !l.isTotal));
  const mismatches = new Map<string, Finding>();
  for (const f of analysis?.findings ?? []) if (f.code === 'budget.deviation-mismatch') mismatches.set(`${f.sheet}\u0000${f.cell}`, f);
  return (
    <section className={styles.section} aria-labelledby="budget-title" data-testid="section-budget">
      <h2 id="budget-title" className={styles.groupTitle}>
        {s.section.budget}
      </h2>
      <RunButton s={s} busy={p.busy} onRun={p.onRun} />
      {analysis && tables.length === 0 && <Text>{s.budget.empty}</Text>}
      {tables.map((b) => (
        <TableBlock key={b.tableId} b={b} s={s} lang={lang} findings={mismatches} onSelect={p.onSelect} />
      ))}
    </section>
  );
}
