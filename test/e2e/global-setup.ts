/**
 * Starts scripts/serve-preview.mjs on a free port against the already built dist/ and hands the
 * address to the tests (inject('baseUrl')). `npm run test:e2e` builds dist/ first.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let server: ChildProcess | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = path.resolve(process.env.PLANARK_DIST ?? path.join(ROOT, 'dist'));
  if (!existsSync(path.join(dist, 'preview.html'))) {
    throw new Error(`${dist}/preview.html is missing: run \`npm run build:preview\` (npm run test:e2e does it).`);
  }
  server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve-preview.mjs')], {
    env: { ...process.env, PORT: '0', PLANARK_DIST: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = server;
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`preview server did not start: ${out}${err}`)), 15_000);
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://localhost:${m[1]}`);
      }
    });
    proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview server exited (${code}): ${out}${err}`));
    });
  });
  project.provide('baseUrl', url);
  return async () => {
    if (!proc.killed && proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    }
  };
}
