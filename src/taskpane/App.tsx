/**
 * The Planark task pane. It talks to the workbook only through the `WorkbookHost` prop, so the
 * same component runs in Excel (Office adapter) and in the browser preview (ExcelJS adapter).
 */
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { HostError } from '../adapters/host';
import { DEFAULT_BUDGET_THRESHOLDS } from '../engine/defaults';
import type { AnalyzeOptions, Lang, MappingOverride, Period, WorkbookInput } from '../engine/types';
import { readBudgetThresholds } from '../engine/budget/thresholds';
import { SECTIONS, STRINGS, readNumber, type Section } from './i18n';
import type { CellExplanation } from './explain';
import { defaultEngine, type PaneAnalysis, type PaneEngine } from './engine';
import { CheckSection } from './components/CheckSection';
import { LightsSection } from './components/LightsSection';
import type { LangPref } from './components/SettingsSection';
import {
  AnnexSection,
  BudgetSection,
  CellInfo,
  KoladaSection,
  OverviewSection,
  RedThreadSection,
  ReportAction,
  SettingsSection,
  SummarySection,
  preloadSections,
} from './deferred';
import { useAnnexAssembly } from './useAnnexAssembly';

const useStyles = makeStyles({
  root: {
    minWidth: 0,
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
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  details: { marginTop: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
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
  /**
   * The pane sits inside a page that has its own landmarks and h1 (the preview): it renders no
   * `main` and no h1 of its own, so there is no landmark inside a landmark.
   */
  embedded?: boolean;
  /** Told when the pane's language changes (the preview's toolbar follows it). */
  onLangChange?: (lang: Lang) => void;
}

interface PaneError {
  message: string;
  /** Technical text of an unexpected error, shown folded under the user's message. */
  details?: string;
}

/** A HostError is already in the user's words; anything else is unexpected and said so. */
function toPaneError(e: unknown): PaneError {
  if (e instanceof HostError) return { message: e.message };
  return { message: '', details: e instanceof Error ? e.message : String(e) };
}

function isAbort(e: unknown): boolean {
  return (e as { name?: string })?.name === 'AbortError';
}

export function App({ host, engine = defaultEngine, initialSection = 'check', embedded = false, onLangChange }: AppProps) {
  const styles = useStyles();
  const info = useMemo(() => host.info(), [host]);
  const [langPref, setLangPref] = useState<LangPref>('auto');
  const lang: Lang = langPref === 'auto' ? info.lang : langPref;
  const s = STRINGS[lang];

  const [tab, setTab] = useState<Section>(initialSection);
  const [period, setPeriod] = useState<Period>('year');
  const [budgetText, setBudgetText] = useState(DEFAULT_BUDGET_THRESHOLDS);
  // Nonsense is never taken silently: the engine's own reader says why, the last good text stays in use.
  const budgetRead = useMemo(() => readBudgetThresholds(budgetText, lang), [budgetText, lang]);
  const [budgetThresholds, setBudgetThresholds] = useState(DEFAULT_BUDGET_THRESHOLDS);
  useEffect(() => {
    if (budgetRead.ok) setBudgetThresholds(budgetText.trim());
  }, [budgetRead, budgetText]);
  const [roundingText, setRoundingText] = useState('0,5');
  const rounding = readNumber(roundingText);

  const [input, setInput] = useState<WorkbookInput | null>(null);
  const [analysis, setAnalysis] = useState<PaneAnalysis | null>(null);
  const [busy, setBusy] = useState<{ label: string; done?: number; total?: number } | null>(null);
  const [error, setErrorState] = useState<PaneError | null>(null);
  const setError = useCallback((e: unknown) => setErrorState(e === null ? null : toPaneError(e)), []);
  const [notice, setNoticeState] = useState<{ text: string; intent: 'success' | 'info' } | null>(null);
  // Success colours only when something happened; "nothing to do" is information.
  const setNotice = useCallback((text: string | null, intent: 'success' | 'info' = 'success') => setNoticeState(text === null ? null : { text, intent }), []);
  const [selection, setSelection] = useState<{ sheet: string; address: string } | null>(null);

  useEffect(() => {
    onLangChange?.(lang);
  }, [lang, onLangChange]);
  const abortRef = useRef<AbortController | null>(null);
  const autoColour = useRef(false);
  /** The options the shown analysis was made with. */
  const analysedWith = useRef<AnalyzeOptions | null>(null);

  const options: AnalyzeOptions = useMemo(
    () => ({ lang, period, budgetThresholds, roundingPerRow: rounding ?? 0.5 }),
    [lang, period, budgetThresholds, rounding],
  );

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
        if (isAbort(e)) setNotice(s.busy.cancelled, 'info');
        else setError(e);
        return undefined;
      } finally {
        if (abortRef.current === ac) {
          abortRef.current = null;
          setBusy(null);
        }
      }
    },
    [s, setError, setNotice],
  );

  /** Analyses in the engine's worker, with the step it has reached in the busy bar. */
  const analyzeWith = useCallback(
    async (wb: WorkbookInput, signal: AbortSignal): Promise<PaneAnalysis> => {
      setBusy({ label: s.busy.checking });
      // Steps reported after the run is over (or given up) are not this run's to show.
      let live = true;
      const onProgress = (done: number, total: number) => live && !signal.aborted && setBusy({ label: s.busy.checking, done, total });
      const a = await engine.analyze(wb, options, { signal, onProgress }).finally(() => (live = false));
      analysedWith.current = options;
      setInput(wb);
      setAnalysis(a);
      return a;
    },
    [engine, options, s],
  );

  const readAndAnalyze = useCallback(
    async (signal: AbortSignal, changedOnly = false): Promise<PaneAnalysis> => {
      setBusy({ label: s.busy.reading });
      // A recheck after an edit re-reads only the sheets that changed.
      const wb = await host.read(signal, changedOnly ? { changedOnly } : undefined);
      if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
      return analyzeWith(wb, signal);
    },
    [host, analyzeWith, s],
  );

  // Options changed: re-analyse what was read, without another trip to the workbook.
  const idle = busy === null;
  useEffect(() => {
    // While a run is under way it finishes first; its analysis is then redone if options changed.
    if (!input || !idle || analysedWith.current === options) return;
    void task(s.busy.checking, (signal) => analyzeWith(input, signal));
  }, [input, options, idle, task, analyzeWith, s]);

  const write = useCallback(
    async (a: PaneAnalysis, which: 'colours' | 'sheets', signal: AbortSignal) => {
      const edits = await (which === 'colours' ? engine.planEdits(a, { sheets: [] }, { signal }) : engine.planEdits(a, { colours: true }, { signal }));
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
        if (edits.fills.length) setNotice(s.lights.coloured(edits.fills.length));
        else setNotice(s.lights.nothingColoured, 'info');
      }),
    [task, readAndAnalyze, write, s, setNotice],
  );
  const colour = useCallback(() => colourWith(false), [colourWith]);

  const generate = useCallback(
    () =>
      task(s.busy.reading, async (signal) => {
        const a = await readAndAnalyze(signal);
        const edits = await write(a, 'sheets', signal);
        if (edits.sheets.length) setNotice(s.summary.written(edits.sheets.map((x) => x.name).join(', ')));
        else setNotice(s.summary.nothing, 'info');
      }),
    [task, readAndAnalyze, write, s, setNotice],
  );

  const buildReport = useCallback(
    (a: PaneAnalysis, o: Parameters<PaneEngine['report']>[1], signal: AbortSignal) => engine.report(a, o, { signal }),
    [engine],
  );

  const saveMappings = useCallback(
    (m: MappingOverride[]) =>
      task(s.busy.writing, async (signal) => {
        await host.saveMappings(m);
        await readAndAnalyze(signal);
        setNotice(s.overview.saved);
      }),
    [task, host, readAndAnalyze, s, setNotice],
  );

  const select = useCallback(
    (sheet: string, cell: string) => {
      host.select(sheet, cell).catch((e: unknown) => setError(e));
    },
    [host, setError],
  );

  const assembly = useAnnexAssembly({
    host,
    engine,
    options,
    s,
    task,
    onNotice: setNotice,
    onProgress: (done, total) => setBusy({ label: s.busy.writing, done, total }),
  });

  // "Why is this cell red?": the selection the host reports, explained from the last analysis.
  useEffect(() => {
    if (!host.onSelectionChanged) return;
    let off: (() => void) | undefined;
    let live = true;
    host
      .onSelectionChanged((sel) => setSelection(sel))
      .then((u) => (live ? (off = u) : u()))
      .catch(() => undefined); // no selection events: the pane still works, without explanations
    return () => {
      live = false;
      off?.();
    };
  }, [host]);
  // The engine explains the cell where it holds the analysis; an answer for an older selection is dropped.
  const [explained, setExplained] = useState<CellExplanation | null>(null);
  useEffect(() => {
    if (!analysis || !selection) {
      setExplained(null);
      return;
    }
    let live = true;
    engine.explain(analysis, selection.sheet, selection.address).then(
      (e) => live && setExplained(e),
      () => live && setExplained(null),
    );
    return () => {
      live = false;
    };
  }, [engine, analysis, selection]);

  // The other tabs' chunks, fetched once the pane has painted: a tab then opens at once.
  useEffect(() => {
    const t = setTimeout(() => void preloadSections().catch(() => undefined), 0);
    return () => clearTimeout(t);
  }, []);

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

  const Root = embedded ? 'div' : 'main';
  return (
    <FluentProvider theme={info.dark ? webDarkTheme : webLightTheme} lang={lang === 'sv' ? 'sv-SE' : 'en'}>
      <Root className={styles.root} data-testid="planark-pane">
        {!embedded && <h1 className={styles.title}>{s.title}</h1>}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as Section)}
          aria-label={s.title}
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
            <ProgressBar value={progress} aria-label={busy.label} data-testid="progress" />
          </div>
        )}
        {error && (
          <MessageBar intent="error" layout="multiline" data-testid="error-bar">
            <MessageBarBody>
              <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
              {error.message || s.unexpected}
              {error.details && (
                <details className={styles.details}>
                  <summary>{s.details}</summary>
                  <code>{error.details}</code>
                </details>
              )}
            </MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={() => setError(null)} />}
            />
          </MessageBar>
        )}
        {notice && !error && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="notice-bar" data-intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        <Suspense fallback={null}>{explained && <CellInfo s={s} lang={lang} info={explained} onClose={() => setSelection(null)} />}</Suspense>

        <Suspense fallback={<Spinner size="small" label={s.busy.loading} />}>
          {tab === 'overview' && <OverviewSection s={s} lang={lang} analysis={analysis} busy={!!busy} onRun={runCheck} onSave={saveMappings} />}
          {tab === 'check' && <CheckSection s={s} lang={lang} analysis={analysis} busy={!!busy} onRun={runCheck} onSelect={select} />}
          {tab === 'lights' && (
            <LightsSection s={s} lang={lang} analysis={analysis} busy={!!busy} period={period} onPeriod={setPeriod} onColour={colour} />
          )}
          {tab === 'redthread' && <RedThreadSection s={s} lang={lang} analysis={analysis} busy={!!busy} onRun={runCheck} onSelect={select} />}
          {tab === 'budget' && <BudgetSection s={s} lang={lang} analysis={analysis} busy={!!busy} onRun={runCheck} onSelect={select} />}
          {tab === 'annex' && <AnnexSection s={s} lang={lang} busy={!!busy} assembly={assembly} />}
          {tab === 'summary' && <SummarySection s={s} busy={!!busy} onGenerate={generate} />}
          {tab === 'summary' && <ReportAction host={host} lang={lang} busy={!!busy} period={period} onPeriod={setPeriod} task={task} read={readAndAnalyze} build={buildReport} />}
          {tab === 'kolada' && <KoladaSection host={host} lang={lang} busy={!!busy} onWritten={runCheck} />}
          {tab === 'settings' && (
            <SettingsSection
              s={s}
              langPref={langPref}
              onLang={setLangPref}
              budgetThresholds={budgetText}
              budgetProblem={budgetRead.ok ? null : budgetRead.message}
              budgetInUse={budgetThresholds}
              onBudgetThresholds={setBudgetText}
              rounding={roundingText}
              roundingValid={rounding !== null}
              onRounding={setRoundingText}
            />
          )}
        </Suspense>
      </Root>
    </FluentProvider>
  );
}
