/** Trafikljus: period, legend with words, counts per status, and the colour button. */
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PaintBucketRegular } from '@fluentui/react-icons';
import type { PaneAnalysis } from '../engine';
import type { Lang, Period, Status } from '../../engine/types';
import { countStatuses } from '../../engine/rollup';
import { PERIODS } from '../../engine/types';
import type { Strings } from '../i18n';
import { GapLabel, NoTablesNotice, StatusLabel, useSectionStyles } from './common';

const STATUSES: Exclude<Status, 'none'>[] = ['green', 'yellow', 'red'];

// Colour word in one column, its meaning beside it (wrapping there, never under the swatch).
const useStyles = makeStyles({
  legendItem: { display: 'grid', gridTemplateColumns: '5.5em minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
});

/** The engine's counts for the chosen period (the one period rule), so pane and report agree. */
export function lightCounts(analysis: PaneAnalysis | null) {
  return analysis?.lights ?? countStatuses([]);
}

export function LightsSection(p: {
  s: Strings;
  lang: Lang;
  analysis: PaneAnalysis | null;
  busy: boolean;
  period: Period;
  onPeriod: (p: Period) => void;
  onColour: () => void;
}) {
  const { s } = p;
  const styles = useSectionStyles();
  const own = useStyles();
  const counts = lightCounts(p.analysis);
  return (
    <section className={styles.section} aria-labelledby="lights-title" data-testid="section-lights">
      <h2 id="lights-title" className={styles.groupTitle}>
        {s.section.lights}
      </h2>
      <Field label={s.lights.period}>
        <Select value={p.period} onChange={(_, d) => p.onPeriod(d.value as Period)} data-testid="period-select">
          {PERIODS.map((x) => (
            <option key={x} value={x}>
              {s.period[x]}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Text weight="semibold" id="legend-title">
          {s.lights.legend}
        </Text>
        <ul className={styles.list} data-testid="legend" aria-labelledby="legend-title">
          {STATUSES.map((st) => (
            <li key={st} className={own.legendItem} data-status={st}>
              <StatusLabel s={s} status={st} />
              <span className={styles.muted}>{s.lights.meaning[st]}</span>
            </li>
          ))}
          <li className={own.legendItem} data-status="gap">
            <GapLabel s={s} />
            <span className={styles.muted}>{s.lights.meaning.gap}</span>
          </li>
        </ul>
      </div>
      {p.analysis && p.analysis.model.tables.length === 0 && <NoTablesNotice s={s} />}
      {p.analysis && p.analysis.model.tables.length > 0 && (
        <div>
          <Text weight="semibold">{s.lights.counts}</Text>
          <ul className={styles.list}>
            {STATUSES.map((st) => (
              <li key={st} className={styles.row} data-testid={`count-${st}`} data-count={counts[st]}>
                <StatusLabel s={s} status={st} />
                <Text weight="semibold">{counts[st]}</Text>
              </li>
            ))}
            <li data-testid="count-missing" data-count={counts.missing}>
              {s.lights.missing}: {counts.missing}
            </li>
          </ul>
        </div>
      )}
      <Button appearance="primary" icon={<PaintBucketRegular />} disabled={p.busy} onClick={p.onColour} data-testid="colour-button">
        {s.lights.colour}
      </Button>
    </section>
  );
}
