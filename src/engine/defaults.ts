/** Defaults a shell shows before the engine runs (kept apart so a shell can show them without loading the engine). */

/** Budget deviation thresholds when the user sets none (SPEC §4). */
export const DEFAULT_BUDGET_THRESHOLDS = 'Grön 0% Gul 0,5%';
