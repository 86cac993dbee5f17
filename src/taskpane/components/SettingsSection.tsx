/** Inställningar: language override, budget thresholds, rounding tolerance. */
import { Field, Input, Select } from '@fluentui/react-components';
import type { Lang } from '../../engine/types';
import type { Strings } from '../i18n';
import { useSectionStyles } from './common';

export type LangPref = 'auto' | Lang;

export function SettingsSection(p: {
  s: Strings;
  langPref: LangPref;
  onLang: (l: LangPref) => void;
  budgetThresholds: string;
  /** Why the text cannot be used, in the engine's words; null when it is read. */
  budgetProblem: string | null;
  /** The thresholds still in use while the text cannot be read. */
  budgetInUse: string;
  onBudgetThresholds: (t: string) => void;
  rounding: string;
  roundingValid: boolean;
  onRounding: (t: string) => void;
}) {
  const { s } = p;
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-labelledby="set-title" data-testid="section-settings">
      <h2 id="set-title" className={styles.groupTitle}>
        {s.section.settings}
      </h2>
      <Field label={s.settings.lang}>
        <Select value={p.langPref} onChange={(_, d) => p.onLang(d.value as LangPref)} data-testid="lang-select">
          <option value="auto">{s.settings.auto}</option>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Field
        label={s.settings.budgetThresholds}
        hint={p.budgetProblem ? s.settings.budgetInUse(p.budgetInUse) : s.settings.budgetHint}
        validationState={p.budgetProblem ? 'error' : 'none'}
        validationMessage={p.budgetProblem ?? undefined}
      >
        <Input value={p.budgetThresholds} onChange={(_, d) => p.onBudgetThresholds(d.value)} data-testid="budget-thresholds" />
      </Field>
      <Field
        label={s.settings.rounding}
        hint={s.settings.roundingHint}
        validationState={p.roundingValid ? 'none' : 'error'}
        validationMessage={p.roundingValid ? undefined : s.settings.invalidNumber}
      >
        <Input value={p.rounding} onChange={(_, d) => p.onRounding(d.value)} inputMode="decimal" data-testid="rounding-input" />
      </Field>
    </section>
  );
}
