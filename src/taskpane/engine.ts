/** The engine entry points the pane uses; a prop so tests and the preview can swap them. */
import { analyze, planEdits } from '../engine/analyze';

export interface PaneEngine {
  analyze: typeof analyze;
  planEdits: typeof planEdits;
}

export const defaultEngine: PaneEngine = { analyze, planEdits };
