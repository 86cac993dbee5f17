/** Sammanställning: writes the generated sheets (and colours) in one batch. */
import { Button, Text } from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';
import { useSectionStyles } from './common';

export function SummarySection(p: { s: Strings; busy: boolean; onGenerate: () => void }) {
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-labelledby="sum-title" data-testid="section-summary">
      <h2 id="sum-title" className={styles.groupTitle}>
        {p.s.section.summary}
      </h2>
      <Text>{p.s.summary.intro}</Text>
      <Button appearance="primary" icon={<DocumentTableRegular />} disabled={p.busy} onClick={p.onGenerate} data-testid="generate-button">
        {p.s.summary.generate}
      </Button>
    </section>
  );
}
