/** The goal hierarchy in reading order, for every listing of goals (sheets, report, pane). */
import type { GoalGraph } from './types';

/** Goals depth-first from the roots; a goal serving several parents is listed once, under the first. */
export function hierarchyOrder(graph: GoalGraph): { node: number; depth: number }[] {
  const { nodes, roots } = graph;
  const seen = new Set<number>();
  const out: { node: number; depth: number }[] = [];
  const visit = (n: number, depth: number) => {
    if (seen.has(n)) return;
    seen.add(n);
    out.push({ node: n, depth });
    for (const c of nodes[n].children) visit(c, depth + 1);
  };
  for (const r of roots) visit(r, 0);
  // Goals only reachable through a cycle have no root; list them last so none is lost.
  for (const n of nodes) visit(n.index, 0);
  return out;
}
