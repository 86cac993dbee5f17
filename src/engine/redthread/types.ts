/** The goal hierarchy and its links (SPEC §3b). */
import type { Goal, Ref } from '../model';

export interface GoalNode {
  /** Index in `GoalGraph.nodes`. */
  index: number;
  goal: Goal;
  /** Level rank: 0 = top (vision/målområde/KF-mål …), larger = lower. */
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
}

export type LinkIssueKind =
  | 'missing-parent'
  | 'unknown-parent'
  | 'wrong-level'
  | 'cycle'
  | 'duplicate-id'
  | 'indicator-without-goal'
  | 'activity-without-goal'
  | 'unknown-goal';

export interface LinkIssue {
  kind: LinkIssueKind;
  at: Ref;
  params: Record<string, string | number>;
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
