/**
 * The Planark task pane. It talks to the workbook only through the `WorkbookHost` prop, so the
 * same component runs in Excel (Office adapter) and in the browser preview (ExcelJS adapter).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { WorkbookHost } from '../adapters/host';
import type { Analysis } from '../engine/analyze';
import { DEFAULT_BUDGET_THRESHOLDS } from '../engine/analyze';
import type { AnalyzeOptions, Lang, MappingOverride, Period, WorkbookInput } from '../engine/types';
import { SECTIONS, STRINGS, readNumber, type Section } from './i18n';
import { defaultEngine, type PaneEngine } from './engine';
import { OverviewSection } from './components/OverviewSection';
import { CheckSection } from './components/CheckSection';
import { LightsSection } from './components/LightsSection';
import { RedThreadSection } from './components/RedThreadSection';
import { BudgetSection } from './components/BudgetSection';
import { SummarySection } from './components/SummarySection';
import { SettingsSection, type LangPref } from './components/SettingsSection';
import { ReportAction } from './components/ReportAction';

const useStyles = makeStyles({
  root: {
    minWidth: '300px',
    maxWidth: '450px',
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  tabs: { flexWrap: 'wrap' },
  busy: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  busyRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

// The host reports no change events for its own writes (WorkbookHost.onChanged), so there is
// no quiet period after writing; edits are debounced.
const DEBOUNCE_MS = 500;

export interface AppProps {
  host: WorkbookHost;
  /** Engine entry points; the real engine unless a test or the preview supplies its own. */
  engine?: PaneEngine;
  /** Section shown first. */
  initialSection?: Section;
}

function isAbort(e: unknown): boolean {
  return (e as { name?: string })?.name === 'AbortError';
}

export function App({ host, engine = defaultEngine, initialSection = 'check' }: AppProps) {
  const styles = useStyles();
  const info = useMemo(() => host.info(), [host]);
  const [langPref, setLangPref] = useState<LangPref>('auto');
  const lang: Lang = langPref === 'auto' ? info.lang : langPref;
  const s = STRINGS[lang];

  const [tab, setTab] = useState<Section>(initialSection);
  const [period, setPeriod] = useState<Period>('year');
  const [budgetThresholds, setBudgetThresholds] = useState(DEFAULT_BUDGET_THRESHOLDS);
  const [roundingText, setRoundingText] = useState('0,5');
  const rounding = readNumber(roundingText);

  const [input, setInput] = useState<WorkbookInput | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [busy, setBusy] = useState<{ label: string; done?: number; total?: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const autoColour = useRef(false);

  const options: AnalyzeOptions = useMemo(
    () => ({ lang, period, budgetThresholds, roundingPerRow: rounding ?? 0.5 }),
    [lang, period, budgetThresholds, rounding],
  );

  // Options changed: re-analyse what was read, without another trip to the workbook.
  useEffect(() => {
    if (!input) return;
    try {
      setAnalysis(engine.analyze(input, options));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [input, options, engine]);

  /** Runs one piece of work with progress, cancel and error reporting. */
  const task = useCallback(
    async <T,>(label: string, work: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> => {
      abortRef.current?.abort();
      const ac = new AbortController();
      abortRef.current = ac;
      setBusy({ label });
      setError(null);
      setNotice(null);
      try {
        return await work(ac.signal);
      } catch (e) {
        if (isAbort(e)) setNotice(s.busy.cancelled);
        else setError(e instanceof Error ? e.message : String(e));
        return undefined;
      } finally {
        if (abortRef.current === ac) {
          abortRef.current = null;
          setBusy(null);
        }
      }
    },
    [s],
  );

  const readAndAnalyze = useCallback(
    async (signal: AbortSignal, changedOnly = false): Promise<Analysis> => {
      setBusy({ label: s.busy.reading });
      // A recheck after an edit re-reads only the sheets that changed.
      const wb = await host.read(signal, changedOnly ? { changedOnly } : undefined);
      if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
      setBusy({ label: s.busy.checking });
      const a = engine.analyze(wb, options);
      setInput(wb);
      setAnalysis(a);
      return a;
    },
    [host, engine, options, s],
  );

  const write = useCallback(
    async (a: Analysis, which: 'colours' | 'sheets', signal: AbortSignal) => {
      const edits = which === 'colours' ? engine.planEdits(a, { sheets: [] }) : engine.planEdits(a, { colours: true });
      setBusy({ label: s.busy.writing });
      await host.apply(edits, (p) => setBusy({ label: s.busy.writing, done: p.done, total: p.total }), signal);
      return edits;
    },
    [engine, host, s],
  );

  const checkWith = useCallback((changedOnly: boolean) => task(s.busy.reading, (signal) => readAndAnalyze(signal, changedOnly)), [task, readAndAnalyze, s]);
  const runCheck = useCallback(() => checkWith(false), [checkWith]);

  const colourWith = useCallback(
    (changedOnly: boolean) =>
      task(s.busy.reading, async (signal) => {
        // Read afresh: the user may have edited since the last check.
        const a = await readAndAnalyze(signal, changedOnly);
        const edits = await write(a, 'colours', signal);
        autoColour.current = true;
        setNotice(s.lights.coloured(edits.fills.length));
      }),
    [task, readAndAnalyze, write, s],
  );
  const colour = useCallback(() => colourWith(false), [colourWith]);

  const generate = useCallback(
    () =>
      task(s.busy.reading, async (signal) => {
        const a = await readAndAnalyze(signal);
        const edits = await write(a, 'sheets', signal);
        setNotice(edits.sheets.length ? s.summary.written(edits.sheets.map((x) => x.name).join(', ')) : s.summary.nothing);
      }),
    [task, readAndAnalyze, write, s],
  );

  const saveMappings = useCallback(
    (m: MappingOverride[]) =>
      task(s.busy.writing, async (signal) => {
        await host.saveMappings(m);
        await readAndAnalyze(signal);
        setNotice(s.overview.saved);
      }),
    [task, host, readAndAnalyze, s],
  );

  const select = useCallback(
    (sheet: string, cell: string) => {
      host.select(sheet, cell).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    },
    [host],
  );

  // Re-check (and re-colour, once the user has coloured) after edits, debounced, one batch.
  const rerun = useRef<() => void>(() => undefined);
  rerun.current = () => {
    if (!analysis || abortRef.current) return;
    void (autoColour.current ? colourWith(true) : checkWith(true));
  };
  useEffect(() => {
    let off: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    host
      .onChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(() => rerun.current(), DEBOUNCE_MS);
      })
      .then((u) => (live ? (off = u) : u()))
      .catch(() => undefined); // no change events (old host): the pane still works on demand
    return () => {
      live = false;
      clearTimeout(timer);
      off?.();
    };
  }, [host]);

  const progress = busy && busy.total ? busy.done! / busy.total : undefined;

  return (
    <FluentProvider theme={info.dark ? webDarkTheme : webLightTheme} lang={lang === 'sv' ? 'sv-SE' : 'en'}>
      <main className={styles.root} data-testid="planark-pane">
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as Section)}
          aria-label="Planark"
        >
          {SECTIONS.map((k) => (
            <Tab key={k} value={k} data-testid={`tab-${k}`}>
              {s.section[k]}
            </Tab>
          ))}
        </TabList>

        {busy && (
          <div className={styles.busy} role="status" aria-live="polite" data-testid="busy">
            <div className={styles.busyRow}>
              <Spinner size="tiny" label={busy.label} />
              <Button size="small" data-testid="cancel-button" onClick={() => abortRef.current?.abort()}>
                {s.busy.cancel}
              </Button>
            </div>
            <ProgressBar value={progress} />
          </div>
        )}
        {error && (
          <MessageBar intent="error" data-testid="error-bar">
            <MessageBarBody>
              <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
              {error}
            </MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={() => setError(null)} />}
            />
          </MessageBar>
        )}
        {notice && !error && (
          <MessageBar intent="success" data-testid="notice-bar">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}

        {tab === 'overview' && <OverviewSection s={s} analysis={analysis} busy={!!busy} onRun={runCheck} onSave={saveMappings} />}
        {tab === 'check' && <CheckSection s={s} analysis={analysis} busy={!!busy} onRun={runCheck} onSelect={select} />}
        {tab === 'lights' && (
          <LightsSection s={s} lang={lang} analysis={analysis} busy={!!busy} period={period} onPeriod={setPeriod} onColour={colour} />
        )}
        {tab === 'redthread' && <RedThreadSection s={s} analysis={analysis} busy={!!busy} onRun={runCheck} onSelect={select} />}
        {tab === 'budget' && <BudgetSection s={s} lang={lang} analysis={analysis} busy={!!busy} onRun={runCheck} onSelect={select} />}
        {tab === 'summary' && <SummarySection s={s} busy={!!busy} onGenerate={generate} />}
        {tab === 'summary' && <ReportAction host={host} lang={lang} busy={!!busy} period={period} onPeriod={setPeriod} task={task} read={readAndAnalyze} />}
        {tab === 'settings' && (
          <SettingsSection
            s={s}
            langPref={langPref}
            onLang={setLangPref}
            budgetThresholds={budgetThresholds}
            onBudgetThresholds={setBudgetThresholds}
            rounding={roundingText}
            roundingValid={rounding !== null}
            onRounding={setRoundingText}
          />
        )}
      </main>
    </FluentProvider>
  );
}
