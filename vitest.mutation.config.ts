import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The tests that judge mutants in `npm run test:mutation -- --engine-tests` (src/engine's own) or
// `-- --tests=GLOB,…` (PLANARK_MUTATION_TESTS, set by scripts/mutation.mjs). A mutant these tests
// kill is killed by the whole suite too, so the score is a lower bound on the whole suite's,
// measured in a fraction of the time (the pane, CLI and report tests are slow to load).
const globs = process.env.PLANARK_MUTATION_TESTS;
// `engine` stands for src/engine's tests, a folder for the tests under it, a file or glob for itself.
const include = (g: string) =>
  g === 'engine' ? 'src/engine/**/*.test.ts' : /[*{]|\.tsx?$/.test(g) ? g : `${g.replace(/\/$/, '')}/**/*.test.{ts,tsx}`;
// Spread, not mergeConfig: that would add these to the base's include instead of replacing it.
export default defineConfig({ ...base, test: { ...base.test, include: (globs || 'engine').split(',').map(include) } });
