/**
 * "Why is this cell red?": shown above the sections when the user selects a cell Planark knows
 * about (in Excel through the selection-changed event, in the preview from the grid). Result
 * cells get the indicator, its threshold, the value and the reason in words; budget cells their
 * line and deviation; an orange gap cell the red-thread finding.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Lang, Status } from '../../engine/types';
import { findingLabel } from '../../engine/findings/labels';
import type { BudgetExplanation, CellExplanation, ResultExplanation } from '../explain';
import { fmt, pct, type Strings } from '../i18n';
import { GapLabel, SeverityBadge, StatusLabel, useSectionStyles } from './common';

const useStyles = makeStyles({
  // A plain bordered box: Fluent's Card would add a component (and bundle weight) for a frame.
  card: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalM,
    gap: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  why: { fontWeight: tokens.fontWeightSemibold },
  finding: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

function valueText(v: number | string | null, s: Strings, lang: Lang): string {
  if (v === null || v === '') return s.cell.empty;
  return typeof v === 'number' ? fmt(v, lang, 2) : v;
}

function ResultPart({ r, s, lang }: { r: ResultExplanation; s: Strings; lang: Lang }) {
  const styles = useSectionStyles();
  const own = useStyles();
  const ind = r.indicator.indicator;
  return (
    <dl className={styles.dl} data-testid="cell-result">
      <dt className={styles.dt}>{s.cell.indicator}</dt>
      <dd className={styles.dd} data-testid="cell-indicator">
        {ind.name}
      </dd>
      {ind.goal && (
        <>
          <dt className={styles.dt}>{s.cell.goal}</dt>
          <dd className={styles.dd}>{ind.goal}</dd>
        </>
      )}
      <dt className={styles.dt}>{s.cell.threshold}</dt>
      <dd className={styles.dd} data-testid="cell-threshold">
        {ind.thresholdText ?? (ind.declaredDirection ? s.status.none : s.cell.noThreshold)}
      </dd>
      {r.evaluations.map((ev, i) => (
        <div key={i} style={{ display: 'contents' }} data-testid="cell-evaluation" data-status={ev.status} data-period={ev.period}>
          {(r.evaluations.length > 1 || r.row) && (
            <>
              <dt className={styles.dt}>{s.cell.period}</dt>
              <dd className={styles.dd}>{s.period[ev.period]}</dd>
            </>
          )}
          <dt className={styles.dt}>{s.cell.value}</dt>
          <dd className={styles.dd} data-testid="cell-value">
            <span className={styles.row}>
              <span>{valueText(ev.value, s, lang)}</span>
              <StatusLabel s={s} status={ev.status} />
            </span>
          </dd>
          <dt className={styles.dt}>{s.cell.why}</dt>
          <dd className={mergeClasses(styles.dd, own.why)} data-testid="cell-reason">
            {ev.reason}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** `2,3 % > 0,5 % (Gul-gräns) → Röd`, from the thresholds the budget analysis used. */
export function budgetReason(b: BudgetExplanation, s: Strings, lang: Lang): string {
  const { line, table } = b;
  if (line.deviationShare === null) return `${s.cell.noBudget} → ${s.status[line.status]}`;
  const share = pct(line.deviationShare, lang, 2);
  const { green, yellow } = table.thresholds;
  const word = (st: Status) => s.status[st];
  if (line.status === 'green') return s.cell.budgetWhy(share, pct(green, lang, 2), word('green'));
  if (line.status === 'yellow') return s.cell.budgetWhy(share, pct(yellow, lang, 2), word('yellow'));
  return s.cell.budgetWhyAbove(share, pct(yellow, lang, 2), word('yellow'), word(line.status));
}

function BudgetPart({ b, s, lang }: { b: BudgetExplanation; s: Strings; lang: Lang }) {
  const styles = useSectionStyles();
  const own = useStyles();
  const l = b.line;
  const kr = (n: number) => `${fmt(n, lang)} ${s.budget.kr}`;
  return (
    <dl className={styles.dl} data-testid="cell-budget">
      <dt className={styles.dt}>{s.cell.budgetLine}</dt>
      <dd className={styles.dd}>
        {l.key}
        {l.name ? ` ${l.name}` : ''}
      </dd>
      <dt className={styles.dt}>{s.budget.budget}</dt>
      <dd className={styles.dd}>{kr(l.budget)}</dd>
      <dt className={styles.dt}>{s.budget.forecast}</dt>
      <dd className={styles.dd}>{kr(l.forecast)}</dd>
      <dt className={styles.dt}>{s.budget.deviation}</dt>
      <dd className={styles.dd}>
        <span className={styles.row}>
          <span>
            {kr(l.deviation)}
            {l.deviationShare !== null ? ` (${pct(l.deviationShare, lang)})` : ''}
          </span>
          <StatusLabel s={s} status={l.status} />
        </span>
      </dd>
      <dt className={styles.dt}>{s.cell.why}</dt>
      <dd className={mergeClasses(styles.dd, own.why)} data-testid="cell-reason">
        {budgetReason(b, s, lang)}
      </dd>
    </dl>
  );
}

export function CellInfo({ s, lang, info, onClose }: { s: Strings; lang: Lang; info: CellExplanation; onClose: () => void }) {
  const own = useStyles();
  const styles = useSectionStyles();
  const others = info.findings;
  return (
    <section className={own.card} aria-labelledby="cell-info-title" data-testid="cell-info" data-info-sheet={info.sheet} data-info-cell={info.cell}>
      <div className={own.head}>
        <h2 id="cell-info-title" className={own.title}>
          {s.cell.title(info.sheet, info.cell)}
        </h2>
        <Button appearance="subtle" size="small" icon={<DismissRegular />} aria-label={s.cell.close} onClick={onClose} data-testid="cell-info-close" />
      </div>
      {info.result && <ResultPart r={info.result} s={s} lang={lang} />}
      {info.budget && <BudgetPart b={info.budget} s={s} lang={lang} />}
      {info.gaps.length > 0 && (
        <div data-testid="cell-gaps">
          <Text weight="semibold" className={styles.row}>
            <GapLabel s={s} /> {s.cell.gap}
          </Text>
          <ul className={styles.list}>
            {info.gaps.map((f, i) => (
              <li key={i} className={own.finding} data-code={f.code}>
                <Text weight="semibold">{findingLabel(f.code, lang)}</Text>
                <Text>{f.message}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {others.length > 0 && (
        <div data-testid="cell-findings">
          <Text weight="semibold">{s.cell.findings}</Text>
          <ul className={styles.list}>
            {others.map((f, i) => (
              <li key={i} className={own.finding} data-code={f.code}>
                <span className={styles.row}>
                  <SeverityBadge s={s} severity={f.severity} />
                  <Text weight="semibold">{findingLabel(f.code, lang)}</Text>
                </span>
                <Text>{f.message}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
