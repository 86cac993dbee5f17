/** Kontroll: every finding, grouped by area with counts; a click selects the cell. */
import { Button, Caption1, Text } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { Analysis } from '../../engine/analyze';
import type { Finding, Severity } from '../../engine/types';
import { AREAS, areaOf, type Strings } from '../i18n';
import { RunButton, SeverityBadge, useSectionStyles } from './common';

const ICON = { error: <ErrorCircleRegular />, warning: <WarningRegular />, info: <InfoRegular /> } as const;
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function FindingButton({ f, s, onSelect }: { f: Finding; s: Strings; onSelect: (sheet: string, cell: string) => void }) {
  const styles = useSectionStyles();
  return (
    <Button
      className={styles.item}
      appearance="subtle"
      icon={ICON[f.severity]}
      onClick={() => onSelect(f.sheet, f.cell)}
      data-testid="finding-item"
      data-sheet={f.sheet}
      data-cell={f.cell}
      data-code={f.code}
      data-severity={f.severity}
      title={s.check.goTo(f.sheet, f.cell)}
    >
      <span>
        <Caption1>
          {s.severity[f.severity]} · {f.sheet}!{f.cell}
        </Caption1>
        <br />
        {f.message}
      </span>
    </Button>
  );
}

export function CheckSection(p: {
  s: Strings;
  analysis: Analysis | null;
  busy: boolean;
  onRun: () => void;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { s, analysis } = p;
  const styles = useSectionStyles();
  const findings = analysis?.findings ?? [];
  return (
    <section className={styles.section} aria-labelledby="check-title" data-testid="section-check">
      <h2 id="check-title" className={styles.groupTitle}>
        {s.section.check}
      </h2>
      <div className={styles.row}>
        <RunButton s={s} busy={p.busy} onRun={p.onRun} />
        {analysis && <Text data-testid="findings-count">{s.check.count(findings.length)}</Text>}
      </div>
      {!analysis && <Text className={styles.muted}>{s.check.notRun}</Text>}
      {analysis && findings.length === 0 && <Text>{s.check.none}</Text>}
      {AREAS.map((area) => {
        const list = findings.filter((f) => areaOf(f.code) === area).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
        if (!list.length) return null;
        const counts = (['error', 'warning', 'info'] as const).map((sev) => [sev, list.filter((f) => f.severity === sev).length] as const);
        return (
          <div key={area} data-testid={`finding-group-${area}`} data-count={list.length}>
            <h3 className={styles.groupTitle}>
              {s.area[area]} ({list.length})
              {counts.map(([sev, n]) => (n ? <SeverityBadge key={sev} s={s} severity={sev} count={n} /> : null))}
            </h3>
            <ul className={styles.list}>
              {list.map((f, i) => (
                <li key={`${f.code}-${f.sheet}-${f.cell}-${i}`}>
                  <FindingButton f={f} s={s} onSelect={p.onSelect} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
