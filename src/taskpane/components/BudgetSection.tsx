/** Budget: deviations per ansvar with colour and words; red ones without explanation first. */
import { Badge, Button, Caption1, Text } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import type { Analysis } from '../../engine/analyze';
import type { BudgetLine } from '../../engine/budget/types';
import { isUnexplained } from '../../engine/budget/explanation';
import type { Lang, Status } from '../../engine/types';
import { fmt, type Strings } from '../i18n';
import { RunButton, StatusLabel, useSectionStyles } from './common';

const RANK: Record<Status, number> = { red: 0, yellow: 1, green: 2, none: 3 };


export function sortBudgetLines(lines: BudgetLine[]): BudgetLine[] {
  return [...lines].sort(
    (a, b) => Number(isUnexplained(b)) - Number(isUnexplained(a)) || RANK[a.status] - RANK[b.status] || b.deviation - a.deviation,
  );
}

export function BudgetSection(p: {
  s: Strings;
  lang: Lang;
  analysis: Analysis | null;
  busy: boolean;
  onRun: () => void;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { s, lang, analysis } = p;
  const styles = useSectionStyles();
  const lines = sortBudgetLines((analysis?.budgets ?? []).flatMap((b) => b.lines.filter((l) => !l.isTotal)));
  return (
    <section className={styles.section} aria-labelledby="budget-title" data-testid="section-budget">
      <h2 id="budget-title" className={styles.groupTitle}>
        {s.section.budget}
      </h2>
      <RunButton s={s} busy={p.busy} onRun={p.onRun} />
      {analysis && lines.length === 0 && <Text>{s.budget.empty}</Text>}
      <ul className={styles.list}>
        {lines.map((l) => {
          const at = l.statedRef ?? l.forecastRef;
          return (
            <li key={`${l.sheet}-${l.row}`}>
              <Button
                className={styles.item}
                appearance="subtle"
                onClick={() => p.onSelect(at.sheet, at.cell)}
                data-testid="budget-item"
                data-sheet={at.sheet}
                data-cell={at.cell}
                data-status={l.status}
                data-unexplained={isUnexplained(l)}
              >
                <span>
                  <Caption1>
                    {l.key}
                    {l.name ? ` ${l.name}` : ''}
                  </Caption1>
                  <br />
                  <span className={styles.row}>
                    <StatusLabel s={s} status={l.status} />
                    <span>
                      {s.budget.deviation}: {fmt(l.deviation, lang)} kr
                      {l.deviationShare !== null ? ` (${fmt(l.deviationShare * 100, lang, 1)} %)` : ''}
                    </span>
                    {isUnexplained(l) && (
                      <Badge color="danger" appearance="tint" icon={<WarningRegular />}>
                        {s.budget.unexplained}
                      </Badge>
                    )}
                  </span>
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
