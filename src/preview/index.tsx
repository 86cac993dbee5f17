/**
 * Entry of preview.html: Planark's task pane beside a spreadsheet grid in a plain browser, on the
 * bundled sample workbook or any .xlsx the user opens. Never loaded inside Excel.
 */
import { createRoot } from 'react-dom/client';
import ExcelJS from 'exceljs';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { currentEnv, detectLang } from './browser-host';
import { t } from './messages';
import { Preview } from './Preview';
import { PreviewStore } from './store';

function emptyWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Blad1');
  return wb;
}

// webpack emits the sample beside the bundle (asset module, content-hashed name) and gives its URL,
// so the preview needs no copy step in webpack.config.js and never serves a stale sample.
const SAMPLE_URL = new URL('../../examples/verksamhetsplan-2025.xlsx', import.meta.url).href;

const env = currentEnv();
// `?pane=320`: the pane as narrow as Excel lets a user make it (checked by the e2e suite).
const paneWidth = Number(new URLSearchParams(window.location.search).get('pane')) || undefined;
const lang = detectLang(env);
document.documentElement.lang = lang;
document.title = t('title', lang);
document.body.style.margin = '0';

const store = new PreviewStore(emptyWorkbook(), lang === 'sv' ? 'Ny arbetsbok.xlsx' : 'New workbook.xlsx');
// Exposed for debugging in the browser console; tests go through the page like a user.
(window as unknown as { planarkPreview?: PreviewStore }).planarkPreview = store;

let container = document.getElementById('root');
if (!container) {
  container = document.createElement('div');
  container.id = 'root';
  document.body.appendChild(container);
}

createRoot(container).render(
  <FluentProvider theme={env.dark ? webDarkTheme : webLightTheme} style={{ height: '100vh' }}>
    <Preview store={store} lang={lang} sampleUrl={SAMPLE_URL} paneWidth={paneWidth} />
  </FluentProvider>,
);
