// Builds the add-in pages (task pane, function command) and, when src/preview exists, the
// browser preview. `webpack --mode production` → dist/; `webpack serve` → https://localhost:3000
// with office-addin-dev-certs, or plain http with `--env preview`.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';

const root = dirname(fileURLToPath(import.meta.url));
const PORT = 3000;

/** Office.js and the scripts it loads come from Microsoft's CDN (office-js #1005). */
const OFFICE_CDN = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'];
/** Kolada's API, which the pane's "Hämta från Kolada" calls (src/kolada; docs/kolada.md). */
const KOLADA_API = 'https://api.kolada.se';

/**
 * The pages' Content-Security-Policy: scripts from the page's own origin (and, where Office.js
 * runs, Office's CDN) only — no inline scripts, no eval (zod runs jitless). Inline styles stay
 * allowed: Fluent UI and Office.js's own UI inject them. The dev server's live reload needs its
 * websocket.
 */
export function contentSecurityPolicy({ office, dev = false }) {
  const scripts = ["'self'", ...(office ? OFFICE_CDN : [])];
  const connect = ["'self'", ...(office ? OFFICE_CDN : []), KOLADA_API, ...(dev ? ['ws://localhost:*', 'wss://localhost:*'] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export default async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const previewOnly = Boolean(env.preview);
  const hasPreview = existsSync(resolve(root, 'src/preview/index.tsx'));

  const entry = {};
  const pages = [];
  const officeCsp = contentSecurityPolicy({ office: true, dev });
  if (!previewOnly) {
    entry.taskpane = './src/taskpane/index.tsx';
    entry.commands = './src/commands/commands.ts';
    entry.dialog = './src/commands/dialog.ts';
    pages.push(
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], csp: officeCsp }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], csp: officeCsp }),
      new HtmlWebpackPlugin({ filename: 'dialog.html', template: './src/commands/dialog.html', chunks: ['dialog'], csp: officeCsp }),
    );
  }
  if (hasPreview) {
    // The preview runs without Office.js: its page gets no Office script tag.
    entry.preview = './src/preview/index.tsx';
    const template = existsSync(resolve(root, 'src/preview/preview.html')) ? './src/preview/preview.html' : undefined;
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        chunks: ['preview'],
        csp: contentSecurityPolicy({ office: false, dev }),
        ...(template ? { template } : { title: 'Planark – förhandsvisning', meta: { viewport: 'width=device-width, initial-scale=1' } }),
      }),
    );
  }

  const copy = [
    { from: 'assets', to: 'assets' },
    ...(previewOnly ? [] : [{ from: 'manifest.xml', to: 'manifest.xml' }, { from: 'src/taskpane/help.html', to: 'help.html' }]),
  ];

  let server = undefined;
  if (!previewOnly && process.argv.some((a) => a === 'serve')) {
    // Imported only for the dev server, so a production build does not need the certificates.
    const devCerts = await import('office-addin-dev-certs');
    server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
  }

  return {
    mode: dev ? 'development' : 'production',
    // Source maps for development only (separate files: eval-based maps would need 'unsafe-eval');
    // the production dist/ that goes to a web host ships none.
    devtool: dev ? 'source-map' : false,
    target: 'web',
    entry,
    output: {
      path: resolve(root, 'dist'),
      filename: '[name].[contenthash:8].js',
      // dist/cli holds the CLI bundle (npm run build:cli); never wipe it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      alias: {
        // The browser build of ExcelJS bundles its own Node polyfills.
        exceljs$: 'exceljs/dist/exceljs.min.js',
      },
      fallback: { fs: false, path: false, stream: false, crypto: false, zlib: false },
    },
    module: {
      rules: [
        { test: /\.[cm]?tsx?$/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' }, exclude: /node_modules/ },
      ],
    },
    plugins: [...pages, new CopyWebpackPlugin({ patterns: copy })],
    performance: { hints: false },
    devServer: {
      // Listen on this machine only: the dev server is not for the network.
      host: 'localhost',
      port: PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      ...(server ? { server } : {}),
      // The preview page doubles as the index when serving the preview over plain http.
      ...(previewOnly ? { devMiddleware: { index: 'preview.html' } } : {}),
      static: false,
    },
  };
};
