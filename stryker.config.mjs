/**
 * Mutation testing of the engine (issue 15): StrykerJS makes small mistakes in src/engine/ (a `<`
 * for a `<=`, a dropped branch, an emptied string) and runs the vitest suite against each; a mistake
 * no test notices is a survivor. Run it with `npm run test:mutation` (scripts/mutation.mjs), which
 * brings the Node 22 StrykerJS 10 needs and replays CI's fast-check seed.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // PLANARK_MUTATION_TESTS (set by `-- --engine-tests` or `-- --tests=GLOB,…`, scripts/mutation.mjs):
  // only those tests judge the mutants (vitest.mutation.config.ts), a lower bound on the whole
  // suite's score.
  vitest: { configFile: process.env.PLANARK_MUTATION_TESTS ? 'vitest.mutation.config.ts' : 'vitest.config.ts' },
  // Only the tests that import the mutated file (directly or not) run for its mutants.
  coverageAnalysis: 'perTest',
  mutate: ['src/engine/**/*.ts', '!src/engine/**/*.test.ts'],
  // Keep the sandbox copy small: build output and earlier reports are not needed by the tests.
  ignorePatterns: ['dist', 'coverage', 'reports', 'test-results', 'examples/out', '.stryker-tmp*'],
  // Results are kept in reports/ (git-ignored) so that a second run only retests what changed;
  // `--force` retests everything.
  incremental: true,
  incrementalFile: process.env.PLANARK_MUTATION_TESTS ? 'reports/stryker-incremental-subset.json' : 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportTests: false, reportMutants: true },
  // A busy 2-core machine runs the property tests slowly; do not call that a timeout.
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 80, break: null },
};
