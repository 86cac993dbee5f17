/**
 * Builds the goal hierarchy (SPEC §3b) from the recognised plan: goals linked upward by id or text,
 * indicators and activities hung on their goals, and every gap in the red thread as a LinkIssue.
 *
 * Decisions (documented for the rules and the summary):
 * - Links match on id, text, or `id text`, case- and whitespace-folded; footnote marks (`⁴`) and the
 *   punctuation `, ; : .` are ignored so a link survives the splitting of its cell and a trailing
 *   full stop. A bare number matches `Mål n` and the reverse.
 * - A link cell is read greedily: the longest run of its parts that names a goal wins, so a goal
 *   text containing commas is one link; unmatched parts join the unknown name before them unless
 *   they start like a link of their own (`Mål 4 …`, `4`, `KF …`).
 * - When an id is shared (KF `Mål 1` and nämndmål `Mål 1`), a parent link prefers a goal on a
 *   higher level than the child, and an indicator/activity prefers the lowest-level goal.
 * - A goal without parent links falls back on its målområde (`area`) when that names a goal.
 * - Ranks come from the level column; goals without a recognised level get 1 + their parents' rank.
 * - Wrong-level is not reported on links inside a cycle (the cycle is the finding).
 * - Duplicate ids: same id on the same rank (KF `Mål 1` and nämndmål `Mål 1` are not duplicates).
 */
import type { Activity, Goal, Indicator, PlanModel, Ref } from '../model';
import { foldLink, parseA1, ref as mkRef, splitLinks, cellOf } from '../cells';
import { closestIndex, shortLabel, type Candidate } from './closest';
import { readLevel } from './levels';
import type { GoalGraph, GoalNode, LinkIssue } from './types';

/** Key for link matching (see header). */
export function linkKey(s: string): string {
  return foldLink(s)
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]+/g, ' ')
    .replace(/[\s,;:.]+/g, ' ')
    .trim();
}

function idKeys(id: string): string[] {
  const k = linkKey(id);
  if (!k) return [];
  const out = [k];
  const m = /^(?:mål|mal|goal)\s*(\S+)$/.exec(k);
  if (m) out.push(m[1]);
  if (/^\d+[a-z]?$/.test(k)) out.push(`mål ${k}`);
  return out;
}

/** Name of a goal in messages. */
export function goalLabel(g: Goal, max = 60): string {
  return shortLabel(g.id, g.text, max);
}

interface Parsed {
  matched: number[][];
  unknown: string[];
}

/**
 * Greedy reading of a link cell already split into parts: the longest run of parts that names a
 * goal is one link; unmatched parts continue the unknown name before them.
 */
function readLinks(parts: string[], lookup: (name: string) => number[]): Parsed {
  const matched: number[][] = [];
  const unknown: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) unknown.push(pending.join(', '));
    pending = [];
  };
  let i = 0;
  while (i < parts.length) {
    let hit = false;
    for (let j = parts.length; j > i; j--) {
      const cand = lookup(parts.slice(i, j).join(', '));
      if (cand.length) {
        flush();
        matched.push(cand);
        i = j;
        hit = true;
        break;
      }
    }
    if (!hit) {
      // A part that starts like a link of its own (`Mål 4 …`, `4 …`, `KF …`) is a new unknown
      // name; other parts continue the text before them (a comma inside a goal text).
      if (pending.length && /^(mål|mal|goal|kf|\d)/i.test(parts[i])) flush();
      pending.push(parts[i++]);
    }
  }
  flush();
  return { matched, unknown };
}

function cleanParts(parts: string[]): string[] {
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function tableRef(sheet: string, cell: string, fallback: Ref | undefined): Ref {
  try {
    const { r, c } = parseA1(cell);
    return mkRef(sheet, r, c);
  } catch {
    return fallback ?? { sheet, r: 0, c: 0 };
  }
}

/** An indicator or activity with `t`, its table's place in recognition order (for sorting). */
export type Item = ({ kind: 'indicator'; i: number; x: Indicator } | { kind: 'activity'; i: number; x: Activity }) & { t: number };

/** Document order: table order from recognition, then row; an indicator before an activity of its row. */
export function byDocument(a: Item, b: Item): number {
  return a.t - b.t || a.x.row - b.x.row || (a.kind === b.kind ? a.i - b.i : a.kind === 'indicator' ? -1 : 1);
}

function inOrder(list: Item[]): boolean {
  for (let k = 1; k < list.length; k++) if (byDocument(list[k - 1], list[k]) > 0) return false;
  return true;
}

/**
 * Indicators and activities in document order. Recognition lists each kind in that order already,
 * so the two lists are merged in one pass; they are sorted only when they are not.
 */
export function documentOrder(indicators: Item[], activities: Item[]): Item[] {
  if (!inOrder(indicators) || !inOrder(activities)) return [...indicators, ...activities].sort(byDocument);
  const out: Item[] = new Array(indicators.length + activities.length);
  let i = 0;
  let a = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = a >= activities.length || (i < indicators.length && byDocument(indicators[i], activities[a]) <= 0) ? indicators[i++] : activities[a++];
  }
  return out;
}

export function buildGoalGraph(model: PlanModel): GoalGraph {
  const issues: LinkIssue[] = [];
  const implicit = model.goals.length === 0;
  const tableOrder = new Map(model.tables.map((t, i) => [t.id, i]));
  const at = (tableId: string) => tableOrder.get(tableId) ?? Number.MAX_SAFE_INTEGER;
  const itemRef = (it: Item): Ref => (it.kind === 'indicator' ? it.x.nameRef : it.x.textRef);
  // Item names are long sentences in the seeds; messages carry a readable head of them.
  const itemName = (it: Item): string => shortLabel(null, it.kind === 'indicator' ? it.x.name : it.x.text, 60);
  const ordered = documentOrder(
    model.indicators.map((x, i): Item => ({ kind: 'indicator', i, x, t: at(x.tableId) })),
    model.activities.map((x, i): Item => ({ kind: 'activity', i, x, t: at(x.tableId) })),
  );

  // Goal names repeat down a plan's rows: each is keyed once.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let k = keys.get(name);
    if (k === undefined) keys.set(name, (k = linkKey(name)));
    return k;
  };

  // 1. Nodes ------------------------------------------------------------------------------------
  const goals: Goal[] = [];
  if (!implicit) {
    goals.push(...model.goals);
  } else {
    const seen = new Set<string>();
    // A plan repeats its goal cells down many rows: each text is looked at once.
    const looked = new Set<string>();
    for (let o = 0; o < ordered.length; o++) {
      const it = ordered[o];
      const raw = it.x.goal;
      if (!raw || looked.has(raw)) continue;
      looked.add(raw);
      const name = raw.trim();
      if (!name) continue;
      const k = keyOf(name);
      // Rules of dashes (`--`, a table's underline) name nothing.
      if (!/[\p{L}\p{N}]/u.test(k) || seen.has(k)) continue;
      seen.add(k);
      const at = it.x.goalRef ?? itemRef(it);
      goals.push({ sheet: at.sheet, row: at.r, textRef: at, id: null, level: null, text: name, parents: [] });
    }
  }
  const levels = goals.map((g) => readLevel(g.level));
  const nodes: GoalNode[] = goals.map((goal, index) => ({
    index,
    goal,
    rank: levels[index]?.rank ?? 0,
    level: levels[index]?.name ?? null,
    parents: [],
    children: [],
    indicators: [],
    activities: [],
    implicit,
    leaf: false,
  }));

  const index = new Map<string, number[]>();
  const addKey = (k: string, n: number) => {
    if (!k) return;
    const list = index.get(k) ?? [];
    // Nodes add their keys in turn, so n can only be the last entry already.
    if (list[list.length - 1] !== n) list.push(n);
    index.set(k, list);
  };
  nodes.forEach((n) => {
    const g = n.goal;
    addKey(linkKey(g.text), n.index);
    if (g.id) {
      for (const k of idKeys(g.id)) addKey(k, n.index);
      addKey(linkKey(`${g.id} ${g.text}`), n.index);
    }
  });
  const lookup = (name: string) => index.get(keyOf(name)) ?? [];
  const candidates: Candidate[] = nodes.map((n) => ({
    names: n.goal.id ? [n.goal.id, n.goal.text, `${n.goal.id} ${n.goal.text}`] : [n.goal.text],
  }));
  const suggest = (name: string, exclude: number): string => {
    const cands = candidates.map((c, i) => (i === exclude ? { names: [] } : c));
    const i = closestIndex(name, cands);
    return i < 0 ? '' : shortLabel(nodes[i].goal.id, nodes[i].goal.text);
  };

  // 2. Parent links -----------------------------------------------------------------------------
  const hadLinkText = nodes.map(() => false);
  for (const n of nodes) {
    const g = n.goal;
    const parts = cleanParts(g.parents ?? []);
    const myRank = levels[n.index]?.rank;
    const pick = (cands: number[]): number => {
      const others = cands.filter((c) => c !== n.index);
      if (others.length === 0) return cands[0];
      if (myRank !== undefined) {
        const higher = others.find((c) => levels[c] && levels[c]!.rank < myRank);
        if (higher !== undefined) return higher;
      }
      return others[0];
    };
    const link = (p: number) => {
      if (!n.parents.includes(p)) n.parents.push(p);
      if (!nodes[p].children.includes(n.index)) nodes[p].children.push(n.index);
    };
    if (parts.length === 0) {
      const area = g.area?.trim();
      if (area) {
        const cands = lookup(area).filter((c) => c !== n.index);
        if (cands.length) link(pick(cands));
      }
      continue;
    }
    hadLinkText[n.index] = true;
    const parsed = readLinks(parts, lookup);
    for (const cands of parsed.matched) link(pick(cands));
    for (const name of parsed.unknown) {
      issues.push({
        kind: 'unknown-parent',
        at: g.parentRef ?? g.textRef,
        params: { goal: goalLabel(g), name, suggestion: suggest(name, n.index) },
        goal: n.index,
      });
    }
  }

  // 3. Ranks for goals without a recognised level: below their parents ---------------------------
  const state = nodes.map(() => 0); // 0 new, 1 in progress, 2 done
  const rankOf = (i: number): number => {
    if (levels[i]) return levels[i]!.rank;
    if (state[i] === 2) return nodes[i].rank;
    if (state[i] === 1) return 0; // a cycle: reported below
    state[i] = 1;
    const ps = nodes[i].parents;
    nodes[i].rank = ps.length ? 1 + Math.max(...ps.map(rankOf)) : 0;
    state[i] = 2;
    return nodes[i].rank;
  };
  nodes.forEach((n) => rankOf(n.index));

  // 4. Cycles (Tarjan's SCC on child → parent edges) --------------------------------------------
  const sccOf = nodes.map(() => -1);
  {
    let counter = 0;
    let sccCount = 0;
    const idx = nodes.map(() => -1);
    const low = nodes.map(() => 0);
    const onStack = nodes.map(() => false);
    const stack: number[] = [];
    // Iterative to survive long chains without blowing the call stack.
    for (const start of nodes.map((n) => n.index)) {
      if (idx[start] !== -1) continue;
      const work: { v: number; pi: number }[] = [{ v: start, pi: 0 }];
      idx[start] = low[start] = counter++;
      stack.push(start);
      onStack[start] = true;
      while (work.length) {
        const top = work[work.length - 1];
        const ps = nodes[top.v].parents;
        if (top.pi < ps.length) {
          const w = ps[top.pi++];
          if (idx[w] === -1) {
            idx[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = true;
            work.push({ v: w, pi: 0 });
          } else if (onStack[w]) {
            low[top.v] = Math.min(low[top.v], idx[w]);
          }
        } else {
          work.pop();
          if (work.length) low[work[work.length - 1].v] = Math.min(low[work[work.length - 1].v], low[top.v]);
          if (low[top.v] === idx[top.v]) {
            let w: number;
            do {
              w = stack.pop()!;
              onStack[w] = false;
              sccOf[w] = sccCount;
            } while (w !== top.v);
            sccCount++;
          }
        }
      }
    }
  }
  const members = new Map<number, number[]>();
  nodes.forEach((n) => members.set(sccOf[n.index], [...(members.get(sccOf[n.index]) ?? []), n.index]));
  const inCycle = nodes.map(() => false);
  const cycleStarts = [...members.values()]
    .filter((m) => m.length > 1 || nodes[m[0]].parents.includes(m[0]))
    .map((m) => {
      for (const x of m) inCycle[x] = true;
      return Math.min(...m);
    })
    .sort((a, b) => a - b);
  for (const start of cycleStarts) {
    // Shortest loop from the first goal back to itself, for the message.
    const prev = new Map<number, number>();
    const queue = [start];
    let end = -1;
    while (queue.length && end < 0) {
      const v = queue.shift()!;
      for (const p of nodes[v].parents) {
        if (sccOf[p] !== sccOf[start]) continue;
        if (p === start) {
          end = v;
          break;
        }
        if (!prev.has(p)) {
          prev.set(p, v);
          queue.push(p);
        }
      }
    }
    const path: number[] = [];
    for (let v = end; v !== start && v >= 0; v = prev.get(v) ?? -1) path.unshift(v);
    const chain = [start, ...path, start].map((i) => goalLabel(nodes[i].goal, 40)).join(' → ');
    const g = nodes[start].goal;
    issues.push({ kind: 'cycle', at: g.parentRef ?? g.textRef, params: { goal: goalLabel(g), chain, length: path.length + 1 }, goal: start });
  }

  // 5. Wrong level --------------------------------------------------------------------------------
  for (const n of nodes) {
    const mine = levels[n.index];
    if (!mine) continue;
    for (const p of n.parents) {
      const theirs = levels[p];
      if (!theirs || theirs.rank < mine.rank) continue;
      if (inCycle[n.index] && sccOf[p] === sccOf[n.index]) continue;
      issues.push({
        kind: 'wrong-level',
        at: n.goal.parentRef ?? n.goal.textRef,
        params: { goal: goalLabel(n.goal), level: mine.name, parent: goalLabel(nodes[p].goal), parentLevel: theirs.name },
        goal: n.index,
      });
    }
  }

  // 6. Missing parent -----------------------------------------------------------------------------
  const knownRanks = levels.filter((l) => l !== null).map((l) => l!.rank);
  const minKnown = knownRanks.length ? Math.min(...knownRanks) : Infinity;
  const missingParent = nodes.map(() => false);
  if (!implicit) {
    for (const n of nodes) {
      if (n.parents.length || hadLinkText[n.index]) continue;
      const g = n.goal;
      const byLevel = levels[n.index] !== null && levels[n.index]!.rank > minKnown;
      // Without levels: a blank link cell in a column where other goals link, in a table of
      // goals that are nobody's parents (a column mixing top goals and their children cannot
      // tell a top goal from an unlinked one, so it stays silent).
      const mates = g.parentRef
        ? nodes.filter((o) => o.goal.parentRef?.sheet === g.parentRef!.sheet && o.goal.parentRef?.c === g.parentRef!.c)
        : [];
      const byColumn =
        levels[n.index] === null &&
        mates.some((o) => o !== n && hadLinkText[o.index]) &&
        !mates.some((o) => o.children.length > 0);
      if (!byLevel && !byColumn) continue;
      missingParent[n.index] = true;
      issues.push({
        kind: 'missing-parent',
        at: g.parentRef ?? g.textRef,
        params: { goal: goalLabel(g), level: n.level ?? g.level ?? '' },
        goal: n.index,
      });
    }
  }

  // 7. Duplicate ids ------------------------------------------------------------------------------
  const firstById = new Map<string, number>();
  for (const n of nodes) {
    const id = n.goal.id?.trim();
    if (!id) continue;
    const k = `${linkKey(id)}\u0000${n.rank}`;
    const first = firstById.get(k);
    if (first === undefined) {
      firstById.set(k, n.index);
      continue;
    }
    const f = nodes[first].goal;
    issues.push({
      kind: 'duplicate-id',
      at: n.goal.idRef ?? n.goal.textRef,
      params: { id, goal: goalLabel(n.goal), first: `${f.sheet}!${cellOf(f.idRef ?? f.textRef)}` },
      goal: n.index,
    });
  }

  // 8. Indicators and activities on goals ---------------------------------------------------------
  const indicatorGoal = model.indicators.map(() => -1);
  const activityGoal = model.activities.map(() => -1);
  const withoutGoalTables = new Set(model.tablesWithoutGoal.map((t) => t.tableId));
  const seenUnknown = new Set<string>();
  const pickLowest = (cands: number[]): number =>
    cands.reduce((best, c) => (nodes[c].rank > nodes[best].rank ? c : best), cands[0]);
  // The goals a goal cell names, read once per text: a plan repeats its goals down many rows.
  const named = new Map<string, { name: string; hit: number[]; unknown: string[] }>();
  const goalsNamed = (goal: string | null | undefined) => {
    const key = goal ?? '';
    let r = named.get(key);
    if (!r) {
      const raw = goal?.trim() ?? '';
      // A goal cell holding only dashes or punctuation names no goal.
      const name = /[\p{L}\p{N}]/u.test(raw) ? raw : '';
      const whole = name ? lookup(name) : [];
      const parsed: Parsed = !name ? { matched: [], unknown: [] } : whole.length ? { matched: [whole], unknown: [] } : readLinks(cleanParts(splitLinks(name)), lookup);
      named.set(key, (r = { name, hit: parsed.matched.map(pickLowest), unknown: parsed.unknown }));
    }
    return r;
  };
  for (let k = 0; k < ordered.length; k++) {
    const it = ordered[k];
    const { name, hit, unknown: unknownNames } = goalsNamed(it.x.goal);
    const without = it.kind === 'indicator' ? 'indicator-without-goal' : 'activity-without-goal';
    if (!name) {
      if (withoutGoalTables.has(it.x.tableId)) continue; // one finding for the whole table below
      issues.push({ kind: without, at: itemRef(it), params: { name: itemName(it), table: 0 } });
      continue;
    }
    // Index loops: this runs for every row of a plan, and most rows name one goal and no unknown.
    for (let h = 0; h < hit.length; h++) {
      const g = hit[h];
      const list = it.kind === 'indicator' ? nodes[g].indicators : nodes[g].activities;
      // Only this item is being added, so it can only be the last entry already (one goal named
      // twice in its cell); a scan of the whole list would make long plans quadratic.
      if (list[list.length - 1] !== it.i) list.push(it.i);
    }
    if (hit.length) (it.kind === 'indicator' ? indicatorGoal : activityGoal)[it.i] = hit[0];
    for (let u = 0; u < unknownNames.length; u++) {
      const unknown = unknownNames[u];
      const at = it.x.goalRef ?? itemRef(it);
      const key = `${at.sheet}\u0000${cellOf(at)}\u0000${linkKey(unknown)}`;
      if (seenUnknown.has(key)) continue; // a title shared by many rows is one finding
      seenUnknown.add(key);
      issues.push({
        kind: 'unknown-goal',
        at,
        params: { item: it.kind, name: itemName(it), goal: unknown, suggestion: suggest(unknown, -1) },
      });
    }
  }
  for (const t of model.tablesWithoutGoal) {
    const rows = t.kind === 'indicators' ? model.indicators.filter((x) => x.tableId === t.tableId) : model.activities.filter((x) => x.tableId === t.tableId);
    const first = t.kind === 'indicators' ? (rows[0] as Indicator | undefined)?.nameRef : (rows[0] as Activity | undefined)?.textRef;
    issues.push({
      kind: t.kind === 'indicators' ? 'indicator-without-goal' : 'activity-without-goal',
      at: tableRef(t.sheet, t.cell, first),
      params: { name: '', table: 1, count: rows.length },
    });
  }

  // 9. Where work happens -------------------------------------------------------------------------
  const hasEdges = nodes.some((n) => n.parents.length > 0);
  const oneLevel = !hasEdges && new Set(knownRanks).size <= 1;
  for (const n of nodes) {
    const belowTop =
      n.parents.length > 0 || hadLinkText[n.index] || missingParent[n.index] || (levels[n.index] !== null && levels[n.index]!.rank > minKnown);
    n.leaf = n.children.length === 0 && (belowTop || oneLevel);
    if (!n.leaf) continue;
    const params = { goal: goalLabel(n.goal), level: n.level ?? n.goal.level ?? '' };
    if (n.indicators.length === 0) issues.push({ kind: 'goal-without-indicator', at: n.goal.textRef, params, goal: n.index });
    if (n.activities.length === 0) issues.push({ kind: 'goal-without-activity', at: n.goal.textRef, params, goal: n.index });
  }

  const roots = nodes.filter((n) => n.parents.length === 0).map((n) => n.index);
  return { nodes, roots, implicit, indicatorGoal, activityGoal, issues };
}
