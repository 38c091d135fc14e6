/**
 * The order in which calculated measures can be worked out for a period, and the circles that stop
 * some of them (A is calculated from B, and B from A).
 *
 * Only references to the same period make a measure wait for another: `previous(A)` or
 * `previous_year(A)` read a figure that was settled earlier, so `A = previous(A) + B` (a running
 * total) is not a circle. `ytd(A)` includes this period, so it does wait for A.
 */
import type { Formula } from './ast.js';
import { referenceNodes } from './references.js';

export interface FormulaEvaluationPlan {
  /** Each circle as the codes along it, back to the first: ['A', 'B', 'A']. One per tangle. */
  cycles: string[][];
  /** Calculated measures in an order where each comes after those it is calculated from. */
  order: string[];
  /** Calculated measures that depend on a circle without being in one: they cannot be worked out. */
  blocked: string[];
}

/** For each calculated measure, the calculated measures it needs for the same period, sorted. */
function samePeriodNeeds(definitions: ReadonlyMap<string, Formula>): Map<string, string[]> {
  const needs = new Map<string, string[]>();
  for (const [code, formula] of definitions) {
    const codes = referenceNodes(formula)
      .filter((ref) => ref.periodsBack === 0 && ref.yearsBack === 0 && definitions.has(ref.code))
      .map((ref) => ref.code);
    needs.set(code, [...new Set(codes)].sort());
  }
  return needs;
}

export function findFormulaCycles(definitions: ReadonlyMap<string, Formula>): FormulaEvaluationPlan {
  const needs = samePeriodNeeds(definitions);
  const order = evaluationOrder(needs);
  const settled = new Set(order);
  const unsettled = [...needs.keys()].filter((code) => !settled.has(code)).sort();
  const inCycle = new Set<string>();
  const cycles: string[][] = [];
  for (const component of stronglyConnected(unsettled, needs)) {
    const first = component[0]!;
    const isCircle = component.length > 1 || needs.get(first)!.includes(first);
    if (!isCircle) continue;
    component.forEach((code) => inCycle.add(code));
    cycles.push(shortestCircle(first, new Set(component), needs));
  }
  cycles.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  return { cycles, order, blocked: unsettled.filter((code) => !inCycle.has(code)) };
}

/**
 * Kahn's method, always taking the ready measure with the first code, so that the order is the
 * same every time.
 */
function evaluationOrder(needs: Map<string, string[]>): string[] {
  const waitingFor = new Map<string, number>();
  const neededBy = new Map<string, string[]>();
  for (const [code, codes] of needs) {
    waitingFor.set(code, codes.length);
    for (const need of codes) {
      const users = neededBy.get(need);
      if (users) users.push(code);
      else neededBy.set(need, [code]);
    }
  }
  const ready = [...waitingFor].filter(([, count]) => count === 0).map(([code]) => code);
  ready.sort().reverse();
  const order: string[] = [];
  while (ready.length > 0) {
    const code = ready.pop()!;
    order.push(code);
    for (const user of neededBy.get(code) ?? []) {
      const left = waitingFor.get(user)! - 1;
      waitingFor.set(user, left);
      if (left === 0) insertDescending(ready, user);
    }
  }
  return order;
}

/** Keeps `list` sorted last-first, so that `pop()` gives the first code. */
function insertDescending(list: string[], code: string): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! > code) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, code);
}

/** Kosaraju's method, without recursion so that long chains cannot overflow the stack. */
function stronglyConnected(nodes: string[], needs: Map<string, string[]>): string[][] {
  const inside = new Set(nodes);
  const edges = (code: string): string[] => needs.get(code)!.filter((next) => inside.has(next));
  const reverse = new Map<string, string[]>(nodes.map((code) => [code, []]));
  for (const code of nodes) for (const next of edges(code)) reverse.get(next)!.push(code);

  const finished: string[] = [];
  const seen = new Set<string>();
  for (const root of nodes) {
    if (seen.has(root)) continue;
    seen.add(root);
    const stack: [string, number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = edges(top[0])[top[1]++];
      if (next === undefined) {
        finished.push(top[0]);
        stack.pop();
      } else if (!seen.has(next)) {
        seen.add(next);
        stack.push([next, 0]);
      }
    }
  }

  const assigned = new Set<string>();
  const components: string[][] = [];
  for (const root of finished.reverse()) {
    if (assigned.has(root)) continue;
    assigned.add(root);
    const component: string[] = [];
    const stack = [root];
    while (stack.length > 0) {
      const code = stack.pop()!;
      component.push(code);
      for (const prior of reverse.get(code)!) {
        if (!assigned.has(prior)) {
          assigned.add(prior);
          stack.push(prior);
        }
      }
    }
    components.push(component.sort());
  }
  return components;
}

/** The shortest way round from `start` back to itself, within one tangle: breadth first. */
function shortestCircle(start: string, tangle: Set<string>, needs: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const code = queue[i]!;
    for (const next of needs.get(code)!) {
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = code; at !== start && at !== undefined; at = cameFrom.get(at)) {
          path.push(at);
        }
        path.push(start);
        return [start, ...path.slice(1, -1).reverse(), start];
      }
      if (tangle.has(next) && !cameFrom.has(next)) {
        cameFrom.set(next, code);
        queue.push(next);
      }
    }
  }
  return [start, start];
}
