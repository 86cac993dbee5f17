#!/usr/bin/env node
/**
 * `npm run test:mutation [-- StrykerJS options]`: mutation testing of src/engine/ (stryker.config.mjs).
 * StrykerJS 10 needs Node 22 or later; on an older Node this fetches Node 22 from the npm registry
 * (the `node` package, through npx) for the run only. Property tests replay CI's fixed fast-check
 * seed (test/setup-fast-check.ts), so a run's score does not depend on chance.
 *   npm run test:mutation -- --mutate src/engine/annex/analyze-annex.ts   one file
 *   npm run test:mutation -- --force                                      ignore earlier results
 *   npm run test:mutation -- --engine-tests …                             only src/engine's tests judge
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const stryker = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const given = process.argv.slice(2);
// `--engine-tests` is ours, not StrykerJS's: it picks vitest.engine.config.ts (see stryker.config.mjs).
const engineOnly = given.includes('--engine-tests');
const args = [stryker, 'run', 'stryker.config.mjs', ...given.filter((a) => a !== '--engine-tests')];
const major = Number(process.versions.node.split('.')[0]);
const [cmd, cmdArgs] = major >= 22 ? [process.execPath, args] : ['npx', ['--yes', 'node@22', ...args]];
if (major < 22) console.log(`Node ${process.versions.node} is too old for StrykerJS 10: running it on Node 22 from the npm registry (npx node@22).`);

const env = { ...process.env, CI: 'true', ...(engineOnly ? { PLANARK_MUTATION_TESTS: 'engine' } : {}) };
const run = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (run.error) {
  console.error(`Could not start StrykerJS: ${run.error.message}`);
  process.exit(1);
}
process.exit(run.status ?? 1);
