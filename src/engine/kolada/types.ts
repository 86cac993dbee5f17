/**
 * Kolada as plain data: what the client (src/kolada) fetched, handed to the pure engine, and what
 * the engine makes of it. Values are Kolada's totals (gender `T`); years are calendar years.
 */
import type { Ref } from '../model';
import type { Status } from '../types';

/** A key figure's metadata as far as Planark uses it. */
export interface KoladaKpi {
  id: string;
  title: string;
}

export interface KoladaMunicipality {
  id: string;
  title: string;
  /** `K` kommun, `L` region (landsting); Riket (`0000`) and others as Kolada states them. */
  type: string;
}

export interface KoladaGroup {
  id: string;
  title: string;
  /** Member municipality ids. */
  members: string[];
}

/**
 * Everything one run fetched. `series` is the chosen municipality's value per key figure and year
 * (all years Kolada has); `field` the values of every municipality per key figure and year, for
 * the ranks, for the years asked for.
 */
export interface KoladaData {
  /** Day of the fetch, `YYYY-MM-DD` (for "Källa: Kolada, hämtat …"). */
  fetchedOn: string;
  municipality: KoladaMunicipality;
  /** Every municipality and region Kolada lists (ranks are among type `K`). */
  municipalities: KoladaMunicipality[];
  group?: KoladaGroup;
  /** Key figures Kolada knows, by id; an id missing here is unknown to Kolada. */
  kpis: Record<string, KoladaKpi>;
  /** kpi → year → value of the chosen municipality. */
  series: Record<string, Record<number, number>>;
  /** kpi → year → municipality id → value, for the years fetched. */
  field: Record<string, Record<number, Record<string, number>>>;
}

/** Where an indicator's key figure was found. */
export type LinkSource = 'column' | 'name' | 'source';

/** An indicator linked to a Kolada key figure. */
export interface KoladaLink {
  /** Index into `PlanModel.indicators`. */
  index: number;
  kpi: string;
  /** The cell the id was read from. */
  at: Ref;
  from: LinkSource;
}

/** An indicator whose link cell names something that is not one key figure. */
export interface LinkProblem {
  index: number;
  at: Ref;
  kind: 'several-ids' | 'not-an-id';
  text: string;
}

/** What one linked indicator came to. */
export type OutcomeKind =
  | 'written' // an empty cell filled
  | 'refreshed' // a value Planark wrote before replaced by Kolada's current one
  | 'unchanged' // Planark's earlier value is still Kolada's
  | 'kept' // the cell holds a value of the user's own: left alone
  | 'unknown-kpi'
  | 'no-data' // the municipality has no value for that year
  | 'no-target' // the table has no cell for that year
  | 'no-direction' // a rank threshold, but nothing says whether high or low is better
  | 'needs-group' // the plan compares with similar municipalities, and no group was given
  | 'not-ranked' // the municipality has a value but no rank could be computed (not in the field)
  | 'unsupported' // a threshold a Kolada number cannot answer (yes/no, segments)
  | 'bad-link';

export interface Outcome {
  kind: OutcomeKind;
  /** Sheet and cell the message is about (the result cell, or the link cell). */
  sheet: string;
  cell: string;
  indicator: string;
  kpi?: string;
  year?: number;
  /** What was (or would be) written. */
  written?: number | string;
  value?: number;
  rank?: RankInfo;
  groupRank?: RankInfo;
  /** Which end ranks first. */
  better?: 'higher' | 'lower';
  /** The colour the written value gets from the indicator's thresholds, and why in words. */
  status?: Exclude<Status, 'none'>;
  reason?: string;
  /** The text a `bad-link` cell holds. */
  text?: string;
}

/** A position in a field: 1 is best. Ties share the better position (1, 2, 2, 4). */
export interface RankInfo {
  position: number;
  of: number;
}
