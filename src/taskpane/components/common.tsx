/** Small pieces shared by the sections: the run button, severity badges, status swatches, notices. */
import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { PlayRegular } from '@fluentui/react-icons';
import type { Severity, Status } from '../../engine/types';
import { PALETTE } from '../../engine/types';
import type { Strings } from '../i18n';

export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    width: '100%',
    maxWidth: '100%',
    height: 'auto',
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  swatch: { display: 'inline-block', width: '14px', height: '14px', borderRadius: '3px', border: `1px solid ${tokens.colorNeutralStroke1}`, flexShrink: 0 },
  /** A badge whose text never spills out of its pill: it grows with its text and wraps as a whole. */
  pill: { height: 'auto', minHeight: '20px', whiteSpace: 'nowrap', flexShrink: 0, maxWidth: 'none' },
  dl: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
});

export function RunButton({ s, busy, onRun }: { s: Strings; busy: boolean; onRun: () => void }) {
  return (
    <Button appearance="primary" icon={<PlayRegular />} disabled={busy} onClick={onRun} data-testid="run-check">
      {s.check.run}
    </Button>
  );
}

const SEVERITY_COLOUR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function SeverityBadge({ s, severity, count }: { s: Strings; severity: Severity; count?: number }) {
  const styles = useSectionStyles();
  return (
    <Badge appearance="tint" color={SEVERITY_COLOUR[severity]} className={styles.pill} data-testid={`badge-${severity}`}>
      {count === undefined ? s.severity[severity] : s.check.severityCount(severity, count)}
    </Badge>
  );
}

/** Colour swatch plus the status word: never colour alone. */
export function StatusLabel({ s, status }: { s: Strings; status: Status }) {
  const styles = useSectionStyles();
  const fill = status === 'none' ? 'transparent' : `#${PALETTE[status].fill.slice(2)}`;
  return (
    <span className={styles.row} data-status={status}>
      <span className={styles.swatch} style={{ backgroundColor: fill }} aria-hidden />
      <span>{s.status[status]}</span>
    </span>
  );
}

/** The red-thread gap colour with its word, as the legend and the cell explanation show it. */
export function GapLabel({ s }: { s: Strings }) {
  const styles = useSectionStyles();
  return (
    <span className={styles.row} data-status="gap">
      <span className={styles.swatch} style={{ backgroundColor: `#${PALETTE.gap.fill.slice(2)}` }} aria-hidden />
      <span>{s.lights.gapWord}</span>
    </span>
  );
}

/** An unrecognised workbook, said plainly with what Planark looks for (never a quiet "0"). */
export function NoTablesNotice({ s }: { s: Strings }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="no-tables">
      <MessageBarBody>
        <MessageBarTitle>{s.noTables.title}</MessageBarTitle>
        <p style={{ margin: '4px 0' }}>{s.noTables.body}</p>
        <ul style={{ margin: '4px 0', paddingInlineStart: '20px' }}>
          {s.noTables.looksFor.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
        <p style={{ margin: '4px 0' }}>{s.noTables.hint}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
