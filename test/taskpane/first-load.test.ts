/**
 * The pane's first load carries no reading library (issue 12, point 7): from the add-in's entry,
 * the static imports (not `import()`, not `import type`) never reach ExcelJS or the package
 * reader; the annex assembly loads them with a dynamic import when files are picked. Checked on
 * the source's import graph, so it holds whatever the bundler's chunking.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  const file = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((f) => existsSync(f) && statSync(f).isFile());
  return file ?? null;
}

/** Every module reached by static value imports from `entry`, and the packages they import. */
function staticGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    const src = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      if (m[2]) continue; // `import type`: erased
      const spec = m[4];
      const local = resolveLocal(f, spec);
      if (local) todo.push(local);
      else if (!spec.startsWith('.')) packages.set(spec, f);
    }
  }
  return { files, packages };
}

describe('the task pane\'s first load', () => {
  const { files, packages } = staticGraph(join(root, 'src/taskpane/index.tsx'));

  it('reaches the pane and the Office adapter, not the engine: that runs in its worker (issue 14)', () => {
    const rel = [...files].map((f) => f.slice(root.length + 1));
    expect(rel).toContain('src/taskpane/App.tsx');
    expect(rel).toContain('src/taskpane/useAnnexAssembly.ts');
    expect(rel).toContain('src/adapters/office/excel-host.ts');
    expect(rel).toContain('src/taskpane/worker/client.ts');
    for (const engine of ['src/engine/analyze.ts', 'src/engine/annex/assemble.ts', 'src/engine/rules/index.ts', 'src/taskpane/worker/service.ts', 'src/taskpane/explain.ts', 'src/engine/kolada/index.ts']) {
      expect(rel, engine).not.toContain(engine);
    }
    // The tabs beyond the first view come in chunks of their own (src/taskpane/deferred.tsx).
    for (const tab of ['KoladaSection', 'RedThreadSection', 'OverviewSection', 'BudgetSection', 'AnnexSection', 'SettingsSection', 'ReportAction', 'CellInfo']) {
      expect(rel, tab).not.toContain(`src/taskpane/components/${tab}.tsx`);
    }
    expect(rel).toContain('src/taskpane/components/CheckSection.tsx');
    // The stored mappings' schema (zod) and the header recognition that picks colourable columns
    // are fetched on the first read.
    expect(rel).toContain('src/adapters/office/read.ts');
    expect(rel).not.toContain('src/adapters/office/mappings.ts');
    expect(rel).not.toContain('src/engine/recognize/colour-columns.ts');
    expect(rel).not.toContain('src/engine/recognize/headers.ts');
    expect(packages.has('zod/mini'), packages.get('zod/mini')).toBe(false);
    // The worker itself reaches the engine.
    const worker = staticGraph(join(root, 'src/taskpane/worker/engine.worker.ts'));
    const inWorker = [...worker.files].map((f) => f.slice(root.length + 1));
    expect(inWorker).toContain('src/engine/analyze.ts');
    expect(inWorker).toContain('src/engine/annex/assemble.ts');
  });

  it('never statically imports ExcelJS, its adapter\'s reader or the package guard', () => {
    expect(packages.has('exceljs'), packages.get('exceljs')).toBe(false);
    const rel = [...files].map((f) => f.slice(root.length + 1));
    expect(rel).not.toContain('src/taskpane/annex-files.ts');
    expect(rel).not.toContain('src/adapters/exceljs/load.ts');
    expect(rel.filter((f) => f.startsWith('src/adapters/xlsx-package/') && !f.endsWith('errors.ts'))).toEqual([]);
  });

  it('the annex assembly loads the reader with a dynamic import', () => {
    const src = readFileSync(join(root, 'src/taskpane/useAnnexAssembly.ts'), 'utf8');
    expect(src).toMatch(/import\('\.\/annex-files'\)/);
    const reader = staticGraph(join(root, 'src/taskpane/annex-files.ts'));
    expect(reader.packages.has('exceljs')).toBe(true);
  });
});
