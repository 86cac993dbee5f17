/**
 * The preview page: a toolbar, the grid standing in for Excel (left) and the real task pane
 * (right, 360 px), so Planark can be tried on any .xlsx without Excel.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DragEvent } from 'react';
import type ExcelJS from 'exceljs';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
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

export interface PreviewProps {
  store: PreviewStore;
  lang: Lang;
  /** Workbook opened at start (the bundled sample); none keeps the store's workbook. */
  sampleUrl?: string;
}

export function Preview({ store, lang, sampleUrl }: PreviewProps) {
  useSyncExternalStore(store.subscribe, store.getVersion);
  const generation = store.generation;
  // A fresh host (and task pane) per opened file: mappings and results belong to one workbook.
  const host = useMemo(() => new BrowserWorkbookHost(store), [store, generation]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(sampleUrl !== undefined);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (sampleUrl === undefined) return;
    let live = true;
    (async () => {
      try {
        const res = await fetch(sampleUrl);
        if (!res.ok) throw new Error(openError('sample', SAMPLE_NAME, lang, `HTTP ${res.status}`));
        const bytes = await res.arrayBuffer();
        const wb = await loadWorkbook(bytes, SAMPLE_NAME, lang);
        if (live && store.generation === 0) store.load(wb, SAMPLE_NAME, new Uint8Array(bytes));
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : String(e));
      } finally {
        if (live) setBusy(false);
      }
    })();
    return () => {
      live = false;
    };
  }, [sampleUrl, lang, store]);

  const openFile = useCallback(
    async (file: File) => {
      setBusy(true);
      try {
        const bytes = await file.arrayBuffer();
        const wb = await loadWorkbook(bytes, file.name, lang);
        store.load(wb, file.name, new Uint8Array(bytes));
        setError(null);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
    [lang, store],
  );

  const download = useCallback(async () => {
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
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [store]);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files?.[0];
    if (file) void openFile(file);
  };

  return (
    <div
      data-testid="preview"
      style={{ height: '100vh', display: 'flex', flexDirection: 'column', background: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 }}
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
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: '6px 12px',
          background: '#217346',
          color: '#ffffff',
          flexShrink: 0,
        }}
      >
        <Text weight="semibold" size={400} style={{ color: '#ffffff' }}>
          Planark
        </Text>
        <Text data-testid="file-name" size={300} style={{ color: '#ffffff', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {store.fileName}
        </Text>
        {busy && <Spinner size="tiny" label={t('loading', lang)} labelPosition="after" style={{ color: '#ffffff' }} />}
        <div style={{ flex: 1 }} />
        <input
          ref={fileInput}
          data-testid="open-file"
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          style={{ display: 'none' }}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void openFile(f);
            e.target.value = ''; // the same file can be opened again
          }}
        />
        <Button size="small" icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
          {t('open', lang)}
        </Button>
        <Button size="small" appearance="primary" data-testid="download" icon={<ArrowDownloadRegular />} onClick={() => void download()}>
          {t('download', lang)}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error" data-testid="preview-error" style={{ flexShrink: 0 }}>
          <MessageBarBody>
            <MessageBarTitle>{t('errorTitle', lang)}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button aria-label={t('dismiss', lang)} appearance="transparent" icon={<DismissRegular />} onClick={() => setError(null)} />
            }
          />
        </MessageBar>
      )}
      <div style={{ flex: 1, display: 'flex', minHeight: 0, position: 'relative' }}>
        <Grid store={store} lang={lang} />
        <aside
          data-testid="taskpane"
          style={{
            width: TASKPANE_WIDTH,
            minWidth: TASKPANE_WIDTH,
            borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
            overflowY: 'auto',
            boxSizing: 'border-box',
            background: tokens.colorNeutralBackground1,
          }}
        >
          <App key={generation} host={host} />
        </aside>
        {dragging && (
          <div
            style={{
              position: 'absolute',
              inset: 0,
              background: 'rgba(33,115,70,0.15)',
              border: '3px dashed #217346',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              pointerEvents: 'none',
              zIndex: 10,
            }}
          >
            <Text size={500} weight="semibold">
              {t('dropHint', lang)}
            </Text>
          </div>
        )}
      </div>
    </div>
  );
}
