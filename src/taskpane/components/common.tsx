/** Small pieces shared by the sections: the run button, severity badges, status swatches. */
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { PlayRegular } from '@fluentui/react-icons';
import type { Severity, Status } from '../../engine/types';
import { PALETTE } from '../../engine/types';
import type { Strings } from '../i18n';

export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { justifyContent: 'flex-start', textAlign: 'start', width: '100%', height: 'auto', paddingBlock: tokens.spacingVerticalXS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  swatch: { display: 'inline-block', width: '14px', height: '14px', borderRadius: '3px', border: `1px solid ${tokens.colorNeutralStroke1}`, flexShrink: 0 },
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
  return (
    <Badge appearance="tint" color={SEVERITY_COLOUR[severity]} data-testid={`badge-${severity}`}>
      {count === undefined ? s.severity[severity] : `${count} ${s.severity[severity].toLowerCase()}`}
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
