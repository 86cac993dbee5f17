/**
 * Kontroll: the findings, findable at 661 of them (issue 12, point 3): filter by severity, sheet
 * and kind, search, and groups by area that fold open and shut with their counts. A click (or
 * Enter) on a finding selects its cell.
 */
import { useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { PaneAnalysis } from '../engine';
import type { Finding, Lang, Severity } from '../../engine/types';
import { findingLabel } from '../../engine/findings/labels';
import { AREAS, areaOf, type Area, type Strings } from '../i18n';
import { NoTablesNotice, RunButton, SeverityBadge, useSectionStyles } from './common';

const ICON = { error: <ErrorCircleRegular />, warning: <WarningRegular />, info: <InfoRegular /> } as const;
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Items shown per group before "Show all": a group of 400 does not bury the others. */
export const GROUP_PAGE = 50;

const useStyles = makeStyles({
  filters: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  selects: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
  // A long option (a kind's label) must not widen the pane: the select shrinks and cuts the text.
  field: { minWidth: 0 },
  select: { minWidth: 0, width: '100%' },
  selectEl: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  header: { minWidth: 0 },
  headerText: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
});

export function FindingButton({ f, s, lang, onSelect }: { f: Finding; s: Strings; lang: Lang; onSelect: (sheet: string, cell: string) => void }) {
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
          {s.severity[f.severity]} · {findingLabel(f.code, lang)} · {f.sheet}!{f.cell}
        </Caption1>
        <br />
        {f.message}
      </span>
    </Button>
  );
}

export interface FindingFilter {
  severities: Severity[];
  sheet: string;
  code: string;
  text: string;
}

export const NO_FILTER: FindingFilter = { severities: [], sheet: '', code: '', text: '' };

const fold = (t: string) => t.toLocaleLowerCase('sv').normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The findings the filter lets through; no severity chosen means every severity. */
export function filterFindings(findings: readonly Finding[], f: FindingFilter, lang: Lang): Finding[] {
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  return findings.filter((x) => {
    if (f.severities.length && !f.severities.includes(x.severity)) return false;
    if (f.sheet && x.sheet !== f.sheet) return false;
    if (f.code && x.code !== f.code) return false;
    if (!words.length) return true;
    const hay = fold(`${x.message} ${x.sheet}!${x.cell} ${x.sheet} ${x.cell} ${findingLabel(x.code, lang)} ${x.code}`);
    return words.every((w) => hay.includes(w));
  });
}

function counted<K extends string>(xs: readonly Finding[], by: (f: Finding) => K): Map<K, number> {
  const m = new Map<K, number>();
  for (const f of xs) m.set(by(f), (m.get(by(f)) ?? 0) + 1);
  return m;
}

function Group({ area, list, s, lang, onSelect }: { area: Area; list: Finding[]; s: Strings; lang: Lang; onSelect: (sheet: string, cell: string) => void }) {
  const styles = useSectionStyles();
  const own = useStyles();
  const [all, setAll] = useState(false);
  const bySev = counted(list, (f) => f.severity);
  const shown = all ? list : list.slice(0, GROUP_PAGE);
  return (
    <AccordionItem value={area} data-testid={`finding-group-${area}`} data-count={list.length}>
      <AccordionHeader as="h3" className={own.header} data-testid={`finding-group-header-${area}`}>
        <span className={own.headerText}>
          <span>
            {s.area[area]} ({list.length})
          </span>
          {SEVERITIES.map((sev) => (bySev.get(sev) ? <SeverityBadge key={sev} s={s} severity={sev} count={bySev.get(sev)} /> : null))}
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list}>
          {shown.map((f, i) => (
            <li key={`${f.code}-${f.sheet}-${f.cell}-${i}`}>
              <FindingButton f={f} s={s} lang={lang} onSelect={onSelect} />
            </li>
          ))}
        </ul>
        {shown.length < list.length && (
          <Button appearance="transparent" onClick={() => setAll(true)} data-testid="show-all">
            {s.check.showAll(list.length)}
          </Button>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

export function CheckSection(p: {
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
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [closed, setClosed] = useState<Set<string>>(new Set());
  const findings = useMemo(() => analysis?.findings ?? [], [analysis]);
  const noTables = !!analysis && analysis.model.tables.length === 0;

  const sheets = useMemo(() => [...new Set(findings.map((f) => f.sheet))], [findings]);
  const codes = useMemo(() => [...counted(findings, (f) => f.code).entries()].sort((a, b) => findingLabel(a[0], lang).localeCompare(findingLabel(b[0], lang), lang)), [findings, lang]);
  const bySeverity = useMemo(() => counted(findings, (f) => f.severity), [findings]);
  const shown = useMemo(() => filterFindings(findings, filter, lang), [findings, filter, lang]);
  const filtered = shown.length !== findings.length;
  const groups = AREAS.map((area) => [area, shown.filter((f) => areaOf(f.code) === area).sort((a, b) => ORDER[a.severity] - ORDER[b.severity])] as const).filter(([, l]) => l.length > 0);
  const open = groups.map(([a]) => a).filter((a) => !closed.has(a));

  const toggleSeverity = (sev: Severity) =>
    setFilter((f) => ({ ...f, severities: f.severities.includes(sev) ? f.severities.filter((x) => x !== sev) : [...f.severities, sev] }));

  return (
    <section className={styles.section} aria-labelledby="check-title" data-testid="section-check">
      <h2 id="check-title" className={styles.groupTitle}>
        {s.section.check}
      </h2>
      <div className={styles.row}>
        <RunButton s={s} busy={p.busy} onRun={p.onRun} />
        {analysis && (
          <Text data-testid="findings-count" aria-live="polite">
            {filtered ? s.check.shown(shown.length, findings.length) : s.check.count(findings.length)}
          </Text>
        )}
      </div>
      {!analysis && <Text className={styles.muted}>{s.check.notRun}</Text>}
      {noTables && <NoTablesNotice s={s} />}
      {analysis && !noTables && findings.length === 0 && (
        <MessageBar intent="success" data-testid="no-findings">
          <MessageBarBody>{s.check.none}</MessageBarBody>
        </MessageBar>
      )}
      {findings.length > 1 && (
        <fieldset className={own.filters} data-testid="finding-filters">
          <legend className={own.legend}>{s.check.filters}</legend>
          <Field label={s.check.search}>
            <SearchBox
              value={filter.text}
              placeholder={s.check.searchHint}
              onChange={(_, d) => setFilter((f) => ({ ...f, text: d.value }))}
              data-testid="finding-search"
            />
          </Field>
          <div role="group" aria-label={s.check.severityFilter} className={styles.row}>
            {SEVERITIES.filter((sev) => bySeverity.get(sev)).map((sev) => (
              <ToggleButton
                key={sev}
                size="small"
                icon={ICON[sev]}
                checked={filter.severities.includes(sev)}
                onClick={() => toggleSeverity(sev)}
                data-testid={`filter-${sev}`}
              >
                {s.check.severityCount(sev, bySeverity.get(sev) ?? 0)}
              </ToggleButton>
            ))}
          </div>
          <div className={own.selects}>
            <Field label={s.check.sheet} size="small" className={own.field}>
              <Select size="small" className={own.select} select={{ className: own.selectEl }} value={filter.sheet} onChange={(_, d) => setFilter((f) => ({ ...f, sheet: d.value }))} data-testid="filter-sheet">
                <option value="">{s.check.allSheets}</option>
                {sheets.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.check.kind} size="small" className={own.field}>
              <Select size="small" className={own.select} select={{ className: own.selectEl }} value={filter.code} onChange={(_, d) => setFilter((f) => ({ ...f, code: d.value }))} data-testid="filter-kind">
                <option value="">{s.check.allKinds}</option>
                {codes.map(([code, n]) => (
                  <option key={code} value={code}>
                    {findingLabel(code, lang)} ({n})
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {filtered && (
            <div>
              <Button size="small" onClick={() => setFilter(NO_FILTER)} data-testid="filter-clear">
                {s.check.clear}
              </Button>
            </div>
          )}
        </fieldset>
      )}
      {analysis && findings.length > 0 && shown.length === 0 && <Text data-testid="no-match">{s.check.noneMatch}</Text>}
      {groups.length > 0 && (
        <Accordion
          multiple
          collapsible
          openItems={open}
          onToggle={(_, d) => setClosed(new Set(groups.map(([a]) => a as string).filter((a) => !d.openItems.includes(a))))}
        >
          {groups.map(([area, list]) => (
            <Group key={area} area={area} list={list} s={s} lang={lang} onSelect={p.onSelect} />
          ))}
        </Accordion>
      )}
    </section>
  );
}
