import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The engine's own tests only (src/engine/**). Used by `npm run test:mutation -- --engine-tests`:
// a mutant these tests kill is killed by the whole suite too, so the score is a lower bound on the
// whole suite's, measured in a fraction of the time (the pane, CLI and report tests are slow to load).
export default mergeConfig(base, defineConfig({ test: { include: ['src/engine/**/*.test.ts'] } }));
