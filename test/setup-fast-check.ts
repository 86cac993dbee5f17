/**
 * Property tests explore new random cases on developers' machines; in CI they replay a fixed seed
 * so that a run is reproducible and a landing is never decided by chance. Set FC_SEED to replay.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261123 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
