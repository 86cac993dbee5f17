import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The tests that judge mutants in `npm run test:mutation -- --engine-tests` (src/engine's own) or
// `-- --tests=GLOB,…` (PLANARK_MUTATION_TESTS, set by scripts/mutation.mjs). A mutant these tests
// kill is killed by the whole suite too, so the score is a lower bound on the whole suite's,
// measured in a fraction of the time (the pane, CLI and report tests are slow to load).
const globs = process.env.PLANARK_MUTATION_TESTS;
export default mergeConfig(
  base,
  defineConfig({ test: { include: !globs || globs === 'engine' ? ['src/engine/**/*.test.ts'] : globs.split(',') } }),
);
