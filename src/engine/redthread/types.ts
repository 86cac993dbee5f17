/** The goal hierarchy and its links (SPEC §3b). */
import type { Goal, Ref } from '../model';

export interface GoalNode {
  /** Index in `GoalGraph.nodes`. */
  index: number;
  goal: Goal;
  /**
   * Level rank: 0 = vision, 1 = målområde, 2 = fullmäktigemål, 3 = nämndmål, 4 = verksamhetsmål,
   * 5 = enhetsmål (see levels.ts). A goal without a recognised level gets 1 + its parents' rank,
   * or 0 when it has none (position in the tree). Larger = lower.
   */
  rank: number;
  /** Normalised level name (`Fullmäktigemål`) or null. */
  level: string | null;
  parents: number[];
  children: number[];
  /** Indices into `PlanModel.indicators` / `PlanModel.activities` hanging on this goal. */
  indicators: number[];
  activities: number[];
  /** Goal derived from the names used by indicators/activities (no goals table). */
  implicit: boolean;
  /** Where work happens: needs at least one indicator and one activity (SPEC §3b). */
  leaf: boolean;
}

export type LinkIssueKind =
  | 'missing-parent'
  | 'unknown-parent'
  | 'wrong-level'
  | 'cycle'
  | 'duplicate-id'
  | 'indicator-without-goal'
  | 'activity-without-goal'
  | 'unknown-goal'
  | 'goal-without-indicator'
  | 'goal-without-activity';

export interface LinkIssue {
  kind: LinkIssueKind;
  at: Ref;
  params: Record<string, string | number>;
  /** The goal node the issue belongs to, when there is one (for the summary's assessment). */
  goal?: number;
}

export interface GoalGraph {
  nodes: GoalNode[];
  /** Top-level nodes in hierarchy (document) order. */
  roots: number[];
  /** True when the workbook has no goals table and goals come from indicator/activity names. */
  implicit: boolean;
  /** Goal node index for each `PlanModel.indicators[i]`, or -1. */
  indicatorGoal: number[];
  activityGoal: number[];
  issues: LinkIssue[];
}
