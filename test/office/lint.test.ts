/**
 * Microsoft's Office add-in lint rules run (with the TypeScript parser) on the code that calls
 * Office.js, and only there: a sync in a loop and a read before a load are caught.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

const probe = `/// <reference types="office-js" />
export async function probe(): Promise<string[]> {
  return Excel.run(async (context) => {
    const out: string[] = [];
    for (const name of ['A', 'B']) {
      const ws = context.workbook.worksheets.getItem(name);
      ws.load('name');
      await context.sync();
      out.push(ws.name);
    }
    const range = context.workbook.worksheets.getItem('A').getRange('A1');
    out.push(String(range.values));
    return out;
  });
}
`;

async function rules(file: string): Promise<string[]> {
  const [r] = await eslint.lintText(probe, { filePath: join(root, file) });
  return r.messages.map((m) => m.ruleId ?? '');
}

describe('office-addins lint rules', () => {
  it.each(['src/adapters/office/probe.ts', 'src/commands/probe.ts'])('run on %s', async (file) => {
    const found = await rules(file);
    expect(found).toContain('office-addins/no-context-sync-in-loop');
    expect(found).toContain('office-addins/load-object-before-read');
  });

  it('do not run on the task pane (it never calls Office.js)', async () => {
    const found = await rules('src/taskpane/probe.ts');
    expect(found.filter((r) => r.startsWith('office-addins/'))).toEqual([]);
  });
});
