/**
 * The preview page: a toolbar (banner), the grid standing in for Excel (main) and the real task
 * pane (aside, 360 px), so Planark can be tried on any .xlsx without Excel. The page says when it
 * shows the bundled sample, and warns before changes that live only in this tab are lost (closing
 * the tab, or opening another file). Its labels follow the pane's language.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DragEvent } from 'react';
import type ExcelJS from 'exceljs';
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DismissRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { App } from '../taskpane/App';
import type { Lang } from '../engine/types';
import { BrowserWorkbookHost } from './browser-host';
import { downloadFile } from './download';
import { loadWorkbookBytes } from '../adapters/exceljs/load';
import { Grid } from './Grid';
import { openError, t } from './messages';
import type { PreviewStore } from './store';

export const TASKPANE_WIDTH = 360;
/** The bundled sample is shown under its real name, so the download is `verksamhetsplan-2025.planark.xlsx`. */
export const SAMPLE_NAME = 'verksamhetsplan-2025.xlsx';

/**
 * Reads .xlsx bytes through the package guard (zip-bomb limits, required parts) before ExcelJS;
 * throws a message the user can act on. The bytes are kept: the download patches them.
 */
export function loadWorkbook(bytes: ArrayBuffer, fileName: string, lang: Lang): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(bytes, fileName, lang);
}

const BAR = '#185c37'; // Excel's dark green: white text on it is 7.4:1

const useStyles = makeStyles({
  page: { height: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  bar: { display: 'flex', alignItems: 'center', gap: '12px', padding: '6px 12px', backgroundColor: BAR, color: '#ffffff', flexShrink: 0, flexWrap: 'wrap', minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: '#ffffff' },
  file: { color: '#ffffff', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  spacer: { flex: 1 },
  body: { flex: 1, display: 'flex', minHeight: 0, position: 'relative' },
  main: { flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0 },
  pane: {
    width: `${TASKPANE_WIDTH}px`,
    minWidth: `${TASKPANE_WIDTH}px`,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: 'auto',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  drop: {
    position: 'absolute',
    inset: 0,
    backgroundColor: 'rgba(33,115,70,0.15)',
    border: `3px dashed ${BAR}`,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    pointerEvents: 'none',
    zIndex: 10,
  },
});

export interface PreviewProps {
  store: PreviewStore;
  /** The page's language at start; it follows the pane's language switch after that. */
  lang: Lang;
  /** Workbook opened at start (the bundled sample); none keeps the store's workbook. */
  sampleUrl?: string;
  /** Narrower pane (tests of a 320 px pane); the default is Excel's 360 px. */
  paneWidth?: number;
}

export function Preview({ store, lang: initialLang, sampleUrl, paneWidth }: PreviewProps) {
  useSyncExternalStore(store.subscribe, store.getVersion);
  const styles = useStyles();
  const generation = store.generation;
  // A fresh host (and task pane) per opened file: mappings and results belong to one workbook.
  const host = useMemo(() => new BrowserWorkbookHost(store), [store, generation]);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(sampleUrl !== undefined);
  const [dragging, setDragging] = useState(false);
  const [sampleNoted, setSampleNoted] = useState(false);
  const [pending, setPending] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title', lang);
  }, [lang]);

  // Changes live only in this tab until downloaded: the browser asks before the tab goes.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!store.unsaved) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);

  useEffect(() => {
    if (sampleUrl === undefined) return;
    let live = true;
    (async () => {
      try {
        const res = await fetch(sampleUrl);
        if (!res.ok) throw new Error(openError('sample', SAMPLE_NAME, langRef.current, `HTTP ${res.status}`));
        const bytes = await res.arrayBuffer();
        const wb = await loadWorkbook(bytes, SAMPLE_NAME, langRef.current);
        if (live && store.generation === 0) store.load(wb, SAMPLE_NAME, new Uint8Array(bytes), { sample: true });
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : String(e));
      } finally {
        if (live) setBusy(false);
      }
    })();
    return () => {
      live = false;
    };
  }, [sampleUrl, store]);

  const open = useCallback(
    async (file: File) => {
      setBusy(true);
      try {
        const bytes = await file.arrayBuffer();
        const wb = await loadWorkbook(bytes, file.name, langRef.current);
        store.load(wb, file.name, new Uint8Array(bytes));
        setError(null);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
    [store],
  );

  /** Opens a file, asking first when the changes made here would be lost. */
  const openFile = useCallback(
    (file: File) => {
      if (store.unsaved) setPending(file);
      else void open(file);
    },
    [store, open],
  );

  const download = useCallback(async (): Promise<boolean> => {
    try {
      const file = await downloadFile(store);
      const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      store.markSaved();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }, [store]);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files?.[0];
    if (file) openFile(file);
  };

  const width = paneWidth ?? TASKPANE_WIDTH;
  return (
    <div
      data-testid="preview"
      className={styles.page}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className={styles.bar} aria-label={t('toolbar', lang)}>
        <h1 className={styles.title}>Planark</h1>
        <Text data-testid="file-name" size={300} className={styles.file} title={store.fileName}>
          {store.fileName}
        </Text>
        {store.sample && (
          <Badge appearance="filled" color="informative" data-testid="sample-badge">
            {t('sampleBadge', lang)}
          </Badge>
        )}
        {store.unsaved && (
          <Badge appearance="filled" color="warning" data-testid="unsaved-badge">
            {t('unsavedBadge', lang)}
          </Badge>
        )}
        {busy && <Spinner size="tiny" label={t('loading', lang)} labelPosition="after" style={{ color: '#ffffff' }} />}
        <div className={styles.spacer} />
        <input
          ref={fileInput}
          data-testid="open-file"
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('open', lang)}
          style={{ display: 'none' }}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) openFile(f);
            e.target.value = ''; // the same file can be opened again
          }}
        />
        <Button size="small" icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()} data-testid="open-button">
          {t('open', lang)}
        </Button>
        <Button size="small" appearance="primary" data-testid="download" icon={<ArrowDownloadRegular />} onClick={() => void download()}>
          {t('download', lang)}
        </Button>
      </header>
      <div className={styles.body}>
        <main className={styles.main} aria-label={`${t('workbook', lang)}: ${store.fileName}`}>
          {store.sample && !sampleNoted && (
            <MessageBar intent="info" data-testid="sample-note" style={{ flexShrink: 0 }}>
              <MessageBarBody>{t('sample', lang)}</MessageBarBody>
              <MessageBarActions
                containerAction={<Button aria-label={t('dismiss', lang)} appearance="transparent" icon={<DismissRegular />} onClick={() => setSampleNoted(true)} />}
              />
            </MessageBar>
          )}
          {error && (
            <MessageBar intent="error" layout="multiline" data-testid="preview-error" style={{ flexShrink: 0 }}>
              <MessageBarBody>
                <MessageBarTitle>{t('errorTitle', lang)}</MessageBarTitle>
                {error}
              </MessageBarBody>
              <MessageBarActions
                containerAction={<Button aria-label={t('dismiss', lang)} appearance="transparent" icon={<DismissRegular />} onClick={() => setError(null)} />}
              />
            </MessageBar>
          )}
          <Grid store={store} lang={lang} />
        </main>
        <aside data-testid="taskpane" className={styles.pane} style={{ width, minWidth: width }} aria-label={t('pane', lang)}>
          <App key={generation} host={host} embedded onLangChange={setLang} />
        </aside>
        {dragging && (
          <div className={styles.drop}>
            <Text size={500} weight="semibold">
              {t('dropHint', lang)}
            </Text>
          </div>
        )}
      </div>
      <Dialog open={pending !== null} onOpenChange={(_, d) => (!d.open ? setPending(null) : undefined)}>
        <DialogSurface data-testid="unsaved-dialog">
          <DialogBody>
            <DialogTitle>{t('unsavedTitle', lang)}</DialogTitle>
            <DialogContent>{t('unsavedBody', lang, { file: store.fileName, next: pending?.name ?? '' })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                data-testid="unsaved-download"
                onClick={async () => {
                  const next = pending;
                  setPending(null);
                  if (next && (await download())) void open(next);
                }}
              >
                {t('downloadFirst', lang)}
              </Button>
              <Button
                data-testid="unsaved-discard"
                onClick={() => {
                  const next = pending;
                  setPending(null);
                  if (next) void open(next);
                }}
              >
                {t('openAnyway', lang)}
              </Button>
              <Button appearance="subtle" data-testid="unsaved-cancel" onClick={() => setPending(null)}>
                {t('cancel', lang)}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
