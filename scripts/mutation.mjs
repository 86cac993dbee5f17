#!/usr/bin/env node
/**
 * `npm run test:mutation [-- StrykerJS options]`: mutation testing of src/engine/ (stryker.config.mjs).
 * StrykerJS 10 needs Node 22 or later; on an older Node this fetches Node 22 from the npm registry
 * (the `node` package, through npx) for the run only. Property tests replay CI's fixed fast-check
 * seed (test/setup-fast-check.ts), so a run's score does not depend on chance.
 *   npm run test:mutation -- --mutate src/engine/annex/analyze-annex.ts   one file
 *   npm run test:mutation -- --force                                      ignore earlier results
 *   npm run test:mutation -- --engine-tests …                             only src/engine's tests judge
 *   npm run test:mutation -- --tests=src/engine/results,src/engine/rules  only tests under these judge
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const stryker = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const given = process.argv.slice(2);
// `--engine-tests` and `--tests=GLOB,…` are ours, not StrykerJS's: they pick vitest.mutation.config.ts
// (see stryker.config.mjs) with src/engine's tests or the tests named.
const ours = (a) => a === '--engine-tests' || a.startsWith('--tests=');
const subset = given.filter(ours).map((a) => (a === '--engine-tests' ? 'engine' : a.slice('--tests='.length))).join(',');
const args = [stryker, 'run', 'stryker.config.mjs', ...given.filter((a) => !ours(a))];
const major = Number(process.versions.node.split('.')[0]);
const [cmd, cmdArgs] = major >= 22 ? [process.execPath, args] : ['npx', ['--yes', 'node@22', ...args]];
if (major < 22) console.log(`Node ${process.versions.node} is too old for StrykerJS 10: running it on Node 22 from the npm registry (npx node@22).`);

const env = { ...process.env, CI: 'true', ...(subset ? { PLANARK_MUTATION_TESTS: subset } : {}) };
const run = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (run.error) {
  console.error(`Could not start StrykerJS: ${run.error.message}`);
  process.exit(1);
}
process.exit(run.status ?? 1);
