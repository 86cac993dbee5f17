/**
 * Röda tråden: the goal hierarchy as a tree. A goal with sub-goals shows its roll-up ("via 3
 * delmål: 5 indikatorer, 4 aktiviteter"), a goal where work happens its own indicators and
 * activities; every gap carries an icon and words. A click or Enter on a goal or a gap selects its
 * cell; the chevron and the arrow keys fold the tree.
 */
import { useState } from 'react';
import { Badge, Caption1, Text, Tree, TreeItem, TreeItemLayout, makeStyles, tokens } from '@fluentui/react-components';
import type { TreeOpenChangeData } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { PaneAnalysis } from '../engine';
import type { GoalGraph, GoalNode } from '../../engine/redthread/types';
import type { Finding, Lang } from '../../engine/types';
import { parseA1, cellOf } from '../../engine/cells';
import { findingLabel } from '../../engine/findings/labels';
import type { Strings } from '../i18n';
import { FindingButton } from './CheckSection';
import { RunButton, useSectionStyles } from './common';

const ICON = { error: <ErrorCircleRegular />, warning: <WarningRegular />, info: <InfoRegular /> } as const;

const useStyles = makeStyles({
  goal: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere', paddingBlock: tokens.spacingVerticalXXS },
  gap: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere', paddingBlock: tokens.spacingVerticalXXS },
  layout: { minWidth: 0 },
});

/** Red-thread findings by the goal row they point at (`sheet\0row`). */
function gapsByRow(findings: Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.code.startsWith('redthread.')) continue;
    let r: number;
    try {
      r = parseA1(f.cell).r;
    } catch {
      continue;
    }
    const k = `${f.sheet}\u0000${r}`;
    m.set(k, [...(m.get(k) ?? []), f]);
  }
  return m;
}

/** Indicators and activities of a goal and every goal below it, each once. */
export function rollUp(graph: Pick<GoalGraph, 'nodes'>, i: number): { indicators: number; activities: number } {
  const ind = new Set<number>();
  const act = new Set<number>();
  const seen = new Set<number>();
  const walk = (n: number) => {
    if (seen.has(n)) return;
    seen.add(n);
    const node = graph.nodes[n];
    node.indicators.forEach((x) => ind.add(x));
    node.activities.forEach((x) => act.add(x));
    node.children.forEach(walk);
  };
  walk(i);
  return { indicators: ind.size, activities: act.size };
}

export function RedThreadSection(p: {
  s: Strings;
  lang: Lang;
  analysis: PaneAnalysis | null;
  busy: boolean;
  onRun: () => void;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { s, lang, analysis } = p;
  const styles = useSectionStyles();
  const own = useStyles();
  const [closed, setClosed] = useState<Set<string>>(new Set());
  const title = (
    <h2 id="rt-title" className={styles.groupTitle}>
      {s.section.redthread}
    </h2>
  );
  if (!analysis) {
    return (
      <section className={styles.section} aria-labelledby="rt-title" data-testid="section-redthread">
        {title}
        <RunButton s={s} busy={p.busy} onRun={p.onRun} />
      </section>
    );
  }
  const { graph } = analysis;
  const gaps = gapsByRow(analysis.findings);
  const used = new Set<Finding>();
  const values: string[] = [];

  const gapItem = (f: Finding, value: string): ReactNode => (
    <TreeItem
      key={value}
      itemType="leaf"
      value={value}
      data-testid="gap-node"
      data-code={f.code}
      data-sheet={f.sheet}
      data-cell={f.cell}
      onClick={() => p.onSelect(f.sheet, f.cell)}
      title={s.check.goTo(f.sheet, f.cell)}
    >
      <TreeItemLayout iconBefore={ICON[f.severity]} className={own.layout}>
        <span className={own.gap}>
          <Caption1>
            {findingLabel(f.code, lang)} · {f.sheet}!{f.cell}
          </Caption1>
          <span>{f.message}</span>
        </span>
      </TreeItemLayout>
    </TreeItem>
  );

  const render = (i: number, seen: Set<number>): ReactNode => {
    const node: GoalNode = graph.nodes[i];
    const g = node.goal;
    const mine = node.implicit ? [] : (gaps.get(`${g.sheet}\u0000${g.row}`) ?? []);
    mine.forEach((f) => used.add(f));
    // A cycle must not recurse forever; its gap is reported on the node.
    const children = seen.has(i) ? [] : node.children;
    const next = new Set(seen).add(i);
    const hasBranch = children.length > 0 || mine.length > 0;
    const value = `g${i}-${seen.size}`;
    values.push(value);
    const totals = rollUp(graph, i);
    const hasOwn = node.indicators.length + node.activities.length > 0;
    const detail =
      node.children.length === 0
        ? s.redthread.counts(node.indicators.length, node.activities.length)
        : hasOwn
          ? s.redthread.withSub(node.indicators.length, node.activities.length, node.children.length, totals.indicators, totals.activities)
          : s.redthread.via(node.children.length, totals.indicators, totals.activities);
    return (
      <TreeItem
        key={value}
        itemType={hasBranch ? 'branch' : 'leaf'}
        value={value}
        data-testid="goal-node"
        data-gaps={mine.length}
        data-sheet={g.sheet}
        data-cell={cellOf(g.textRef)}
        onClick={(e) => {
          // A click or Enter on the goal goes to it; the chevron and arrow keys fold the tree.
          e.preventDefault();
          if (!node.implicit) p.onSelect(g.sheet, cellOf(g.textRef));
        }}
        title={node.implicit ? undefined : s.redthread.goTo}
      >
        <TreeItemLayout
          className={own.layout}
          aside={
            mine.length ? (
              <Badge appearance="tint" color="warning" icon={<WarningRegular />} className={styles.pill} data-testid="gap-badge">
                {s.redthread.gaps(mine.length)}
              </Badge>
            ) : undefined
          }
        >
          <span className={own.goal}>
            <span>
              {node.level ? `${node.level}: ` : ''}
              {g.id ? `${g.id} ` : ''}
              {g.text}
            </span>
            <Text size={200} className={styles.muted} data-testid="goal-detail">
              {detail}
            </Text>
          </span>
        </TreeItemLayout>
        {hasBranch && (
          <Tree>
            {mine.map((f, k) => gapItem(f, `gap-${i}-${seen.size}-${k}`))}
            {children.map((c) => render(c, next))}
          </Tree>
        )}
      </TreeItem>
    );
  };

  const tree = graph.roots.map((r) => render(r, new Set()));
  // Gaps not on a goal row: indicators or activities without a (known) goal.
  const loose = analysis.findings.filter((f) => f.code.startsWith('redthread.') && !used.has(f));
  const openItems = values.filter((v) => !closed.has(v));
  const onOpenChange = (_: unknown, d: TreeOpenChangeData) => {
    const v = String(d.value);
    setClosed((c) => {
      const n = new Set(c);
      if (d.open) n.delete(v);
      else n.add(v);
      return n;
    });
  };

  return (
    <section className={styles.section} aria-labelledby="rt-title" data-testid="section-redthread">
      {title}
      <RunButton s={s} busy={p.busy} onRun={p.onRun} />
      {graph.nodes.length === 0 ? (
        <Text>{s.redthread.empty}</Text>
      ) : (
        <Tree aria-label={s.section.redthread} openItems={openItems} onOpenChange={onOpenChange} data-testid="goal-tree">
          {tree}
        </Tree>
      )}
      {loose.length > 0 && (
        <div data-testid="loose-gaps">
          <h3 className={styles.groupTitle}>
            <WarningRegular aria-hidden /> {s.redthread.noGoal} ({loose.length})
          </h3>
          <ul className={styles.list}>
            {loose.map((f, k) => (
              <li key={k}>
                <FindingButton f={f} s={s} lang={lang} onSelect={p.onSelect} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
