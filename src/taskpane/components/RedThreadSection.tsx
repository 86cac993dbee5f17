/** Röda tråden: the goal hierarchy as a tree; every gap carries an icon and words, and is a button. */
import { Badge, Text, Tree, TreeItem, TreeItemLayout } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Analysis } from '../../engine/analyze';
import type { GoalNode } from '../../engine/redthread/types';
import type { Finding } from '../../engine/types';
import { parseA1 } from '../../engine/cells';
import type { Strings } from '../i18n';
import { FindingButton } from './CheckSection';
import { RunButton, useSectionStyles } from './common';

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

export function RedThreadSection(p: {
  s: Strings;
  analysis: Analysis | null;
  busy: boolean;
  onRun: () => void;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { s, analysis } = p;
  const styles = useSectionStyles();
  if (!analysis) {
    return (
      <section className={styles.section} data-testid="section-redthread">
        <RunButton s={s} busy={p.busy} onRun={p.onRun} />
      </section>
    );
  }
  const { graph } = analysis;
  const gaps = gapsByRow(analysis.findings);
  const used = new Set<Finding>();

  const render = (i: number, seen: Set<number>): ReactNode => {
    const node: GoalNode = graph.nodes[i];
    const g = node.goal;
    const mine = node.implicit ? [] : (gaps.get(`${g.sheet}\u0000${g.row}`) ?? []);
    mine.forEach((f) => used.add(f));
    // A cycle must not recurse forever; its gap is reported on the node.
    const children = seen.has(i) ? [] : node.children;
    const next = new Set(seen).add(i);
    const hasBranch = children.length > 0 || mine.length > 0;
    return (
      <TreeItem key={`${i}-${seen.size}`} itemType={hasBranch ? 'branch' : 'leaf'} value={`g${i}-${seen.size}`} data-testid="goal-node" data-gaps={mine.length}>
        <TreeItemLayout
          aside={
            mine.length ? (
              <Badge appearance="tint" color="warning" icon={<WarningRegular />}>
                {s.redthread.gaps(mine.length)}
              </Badge>
            ) : undefined
          }
        >
          {node.level ? `${node.level}: ` : ''}
          {g.id ? `${g.id} ` : ''}
          {g.text}
          <Text size={200} className={styles.muted}>
            {' '}
            · {s.redthread.indicators(node.indicators.length)}, {s.redthread.activities(node.activities.length)}
          </Text>
        </TreeItemLayout>
        {hasBranch && (
          <Tree>
            {mine.map((f, k) => (
              <TreeItem key={`gap-${k}`} itemType="leaf" value={`gap-${i}-${k}`} data-testid="gap-node">
                <TreeItemLayout>
                  <FindingButton f={f} s={s} onSelect={p.onSelect} />
                </TreeItemLayout>
              </TreeItem>
            ))}
            {children.map((c) => render(c, next))}
          </Tree>
        )}
      </TreeItem>
    );
  };

  const tree = graph.roots.map((r) => render(r, new Set()));
  // Gaps not on a goal row: indicators or activities without a (known) goal.
  const loose = analysis.findings.filter((f) => f.code.startsWith('redthread.') && !used.has(f));

  return (
    <section className={styles.section} aria-labelledby="rt-title" data-testid="section-redthread">
      <h2 id="rt-title" className={styles.groupTitle}>
        {s.section.redthread}
      </h2>
      <RunButton s={s} busy={p.busy} onRun={p.onRun} />
      {graph.nodes.length === 0 ? (
        <Text>{s.redthread.empty}</Text>
      ) : (
        <Tree aria-label={s.section.redthread} defaultOpenItems={graph.nodes.map((_, i) => `g${i}-0`)} data-testid="goal-tree">
          {tree}
        </Tree>
      )}
      {loose.length > 0 && (
        <div data-testid="loose-gaps">
          <h3 className={styles.groupTitle}>
            <WarningRegular /> {s.redthread.noGoal} ({loose.length})
          </h3>
          <ul className={styles.list}>
            {loose.map((f, k) => (
              <li key={k}>
                <FindingButton f={f} s={s} onSelect={p.onSelect} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
