/**
 * The add-in's pages (finding 9): a Content-Security-Policy on every page — scripts from the
 * page's own origin and Office's CDN only, no inline scripts, no eval — zod validating without
 * generating code, no source maps in the production build, and a dev server on localhost only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
// @ts-expect-error -- webpack.config.js is plain JavaScript without type declarations
import webpackConfig, { contentSecurityPolicy } from '../../webpack.config.js';
import { parseMappings } from '../../src/adapters/office/mappings';

const root = join(import.meta.dirname, '..', '..');
const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

describe('Content-Security-Policy', () => {
  it.each(['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/commands/dialog.html', 'src/preview/preview.html'])('%s carries the policy and no inline script', (file) => {
    const html = readFileSync(join(root, file), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin\.options\.csp %>" \/>/);
    // Every <script> is an external file (the bundle is added by the build).
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(m[1]).toMatch(/src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"/);
      expect(m[2].trim()).toBe('');
    }
  });

  it('the help page (plain text) allows no scripts at all', () => {
    const html = readFileSync(join(root, 'src/taskpane/help.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(directives(csp).get('default-src')).toEqual(["'none'"]);
    expect(html).not.toMatch(/<script/);
  });

  it('add-in pages: scripts from self and Office\'s CDN only, never inline or eval', () => {
    const d = directives(contentSecurityPolicy({ office: true }));
    expect(d.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com']);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(contentSecurityPolicy({ office: true })).not.toMatch(/unsafe-eval/);
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('the preview (no Office.js): scripts from self only; the dev server adds only its websocket', () => {
    expect(directives(contentSecurityPolicy({ office: false })).get('script-src')).toEqual(["'self'"]);
    const dev = directives(contentSecurityPolicy({ office: true, dev: true }));
    expect(dev.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com']);
    expect(dev.get('connect-src')).toContain('wss://localhost:*');
  });

  it('zod validates stored settings without generating code (jitless), so no unsafe-eval is needed', () => {
    expect(z.config().jitless).toBe(true);
    const RealFunction = globalThis.Function;
    const constructed = vi.fn();
    // A page under the policy: any `new Function` would throw.
    globalThis.Function = new Proxy(RealFunction, {
      construct() {
        constructed();
        throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
      },
      apply() {
        constructed();
        throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
      },
    });
    try {
      expect(parseMappings([{ sheet: 'Omsorg', headerRow: 2, kind: 'indicators', columns: { '4': 'result' } }])).toEqual([
        { sheet: 'Omsorg', headerRow: 2, kind: 'indicators', columns: { 4: 'result' } },
      ]);
      expect(parseMappings([{ sheet: 'Omsorg', headerRow: -1, columns: {} }])).toBeNull();
    } finally {
      globalThis.Function = RealFunction;
    }
    expect(constructed).not.toHaveBeenCalled();
  });
});

describe('builds', () => {
  it('production: no source maps in dist/ (development keeps them as separate files)', async () => {
    const prod = await webpackConfig({}, { mode: 'production' });
    const dev = await webpackConfig({}, { mode: 'development' });
    expect(prod.devtool).toBe(false);
    expect(dev.devtool).toBe('source-map');
  });

  it('the dev server listens on localhost only', async () => {
    const dev = await webpackConfig({}, { mode: 'development' });
    expect(dev.devServer.host).toBe('localhost');
  });

  it('every add-in page gets the policy through the build, the dialog page included', async () => {
    const prod = await webpackConfig({}, { mode: 'production' });
    const pages = prod.plugins.filter((p: { userOptions?: { filename?: string } }) => p.userOptions?.filename?.endsWith('.html'));
    const byName = new Map(pages.map((p: { userOptions: { filename: string; csp: string } }) => [p.userOptions.filename, p.userOptions.csp]));
    for (const page of ['taskpane.html', 'commands.html', 'dialog.html']) expect(byName.get(page)).toBe(contentSecurityPolicy({ office: true }));
    if (byName.has('preview.html')) expect(byName.get('preview.html')).toBe(contentSecurityPolicy({ office: false }));
  });
});
