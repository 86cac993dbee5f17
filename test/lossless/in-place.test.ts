/**
 * `--in-place`: the input is always the original or the complete new file, even when the process
 * is killed at a random point; read-only files and hard links need --force; no temporary file is
 * left behind (a SIGKILL's leftover is removed by the next run on the same file).
 */
import { execSync, spawn } from 'node:child_process';
import { chmodSync, linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, planark, ROOT, sha256, tempDir } from '../cli/helpers';
import { fidelityWorkbook } from './fixture';

beforeAll(() => {
  if (!process.env.PLANARK_BIN) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}, 130_000);

const TEMP = /^\.plan\.xlsx\.planark-\d+-[0-9a-f]+\.tmp$/;
const temps = (dir: string) => readdirSync(dir).filter((n) => TEMP.test(n));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('--in-place refuses what it would silently break', () => {
  const fx = fidelityWorkbook();

  it('a read-only file needs --force, and keeps its 444 mode when replaced', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.xlsx');
    writeFileSync(file, fx.bytes);
    chmodSync(file, 0o444);
    const before = sha256(file);
    const r = planark(['apply', file, '--in-place']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`planark: ${file}: filen är skrivskyddad; lägg till --force för att ändå ersätta den\n`);
    expect(sha256(file)).toBe(before);
    const forced = planark(['apply', file, '--in-place', '--force']);
    expect(forced.status).toBe(0);
    expect(sha256(file)).not.toBe(before);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it('a file with another hard link needs --force, and then says the other name keeps the old version', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.xlsx');
    const other = path.join(dir, 'kopia.xlsx');
    writeFileSync(file, fx.bytes);
    linkSync(file, other);
    const before = sha256(file);
    const r = planark(['apply', file, '--in-place', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`planark: ${file}: the file has 1 other hard link that would keep the old version; write a new file with -o, or add --force\n`);
    expect(sha256(file)).toBe(before);
    const forced = planark(['apply', file, '--in-place', '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toBe(`planark: ${file}: varning: 1 annan hård länk till filen pekar fortfarande på den gamla versionen\n`);
    expect(sha256(file)).not.toBe(before);
    expect(sha256(other)).toBe(before);
  });
});

describe('--in-place killed at random points', () => {
  it('leaves the original or the complete new file, never a half, and no temporary file', async () => {
    const fx = fidelityWorkbook();
    const dir = tempDir();
    const file = path.join(dir, 'plan.xlsx');
    // The complete new file, for comparison (the patch is deterministic).
    writeFileSync(file, fx.bytes);
    expect(planark(['apply', file, '--in-place']).status).toBe(0);
    const newSha = sha256(file);
    const oldSha = (() => {
      writeFileSync(file, fx.bytes);
      return sha256(file);
    })();

    const TRIES = 24;
    const HOLD = 150;
    const outcomes = { original: 0, replaced: 0, killedInWindow: 0, sigkillLeftovers: 0 };
    // A run's length on this machine, to spread the kills over it.
    const t0 = Date.now();
    expect(planark(['apply', file, '--in-place']).status).toBe(0);
    const runMs = Date.now() - t0 + HOLD;
    for (let i = 0; i < TRIES; i++) {
      writeFileSync(file, fx.bytes);
      const signal: NodeJS.Signals = i % 2 ? 'SIGKILL' : 'SIGTERM';
      const child = spawn(process.execPath, [BIN, 'apply', file, '--in-place'], { env: { ...process.env, PLANARK_TEST_HOLD_TEMP_MS: String(HOLD) }, stdio: 'ignore' });
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      if (i % 3 === 0) {
        // Inside the write window: wait for the temporary file, then strike within the hold.
        const until = Date.now() + runMs * 3;
        while (!temps(dir).length && Date.now() < until && child.exitCode === null) await sleep(3);
        await sleep(Math.random() * HOLD * 0.8);
      } else {
        // Anywhere in the run, and past its end now and then (the run may have finished).
        await sleep(Math.random() * runMs * 1.5);
      }
      if (temps(dir).length) outcomes.killedInWindow++;
      child.kill(signal);
      await exited;
      const sha = sha256(file);
      expect([oldSha, newSha], `try ${i} (${signal})`).toContain(sha);
      if (sha === oldSha) outcomes.original++;
      else outcomes.replaced++;
      const own = temps(dir).filter((n) => n.includes(`.planark-${child.pid}-`));
      // A caught signal removes the run's own temporary file; SIGKILL cannot be caught (a leftover
      // of an earlier SIGKILL try stays until a later run gets as far as cleaning up).
      if (signal === 'SIGTERM') expect(own, `try ${i}: SIGTERM leftovers`).toEqual([]);
      else outcomes.sigkillLeftovers += own.length;
    }
    // The next run on the file removes what a SIGKILL left behind.
    writeFileSync(file, fx.bytes);
    expect(planark(['apply', file, '--in-place']).status).toBe(0);
    expect(sha256(file)).toBe(newSha);
    expect(temps(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
    expect(outcomes.original + outcomes.replaced).toBe(TRIES);
    // Every third try was aimed inside the window; it must really have been hit there.
    expect(outcomes.killedInWindow).toBeGreaterThanOrEqual(Math.floor(TRIES / 3));
    console.log(`kill test: ${TRIES} tries, ${outcomes.original} left the original, ${outcomes.replaced} the new file, ${outcomes.killedInWindow} killed while the temporary file existed, ${outcomes.sigkillLeftovers} SIGKILL leftovers removed by the next run`);
    expect(readFileSync(file).length).toBeGreaterThan(0);
  }, 180_000);
});
