import { describe, expect, it } from 'vitest';
import type { GoalGraph, GoalNode } from './types';
import { hierarchyOrder } from './order';

/** A graph from child lists: node i's children, and the roots in document order. */
function graph(children: number[][], roots: number[]): GoalGraph {
  const nodes = children.map((c, index) => ({ index, children: c }) as unknown as GoalNode);
  return { nodes, roots, implicit: false, indicatorGoal: [], activityGoal: [], issues: [] };
}
const order = (children: number[][], roots: number[]) => hierarchyOrder(graph(children, roots)).map(({ node, depth }) => [node, depth]);

describe('hierarchyOrder: goals depth-first from the roots', () => {
  it('a vision, two målområden and their nämndmål, each under its parent', () => {
    // 0 Vision; 1, 2 målområden; 3, 4 under 1; 5 under 2.
    expect(order([[1, 2], [3, 4], [5], [], [], []], [0])).toEqual([[0, 0], [1, 1], [3, 2], [4, 2], [2, 1], [5, 2]]);
  });

  it('roots in document order, not index order', () => {
    expect(order([[], [], [0]], [2, 1])).toEqual([[2, 0], [0, 1], [1, 0]]);
  });

  it('a goal serving two parents is listed once, under the first', () => {
    expect(order([[2], [2], []], [0, 1])).toEqual([[0, 0], [2, 1], [1, 0]]);
  });

  it('goals only reachable through a cycle come last, at depth 0, none lost', () => {
    // 0 is a root; 1 ⇄ 2 is a cycle nobody reaches; 3 hangs under 2.
    expect(order([[], [2], [1, 3], []], [0])).toEqual([[0, 0], [1, 0], [2, 1], [3, 2]]);
  });

  it('an empty graph lists nothing', () => {
    expect(order([], [])).toEqual([]);
  });
});
