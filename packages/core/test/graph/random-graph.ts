// Random small supply graphs for property tests, and brute-force reference implementations that share no
// code with the engine: a naive fixpoint over an adjacency list.
import fc from "fast-check"
import { SupplyGraphBuilder, type SupplyGraph } from "../../src/index.js"

export interface SmallGraph {
  readonly n: number
  readonly any: ReadonlyArray<boolean>
  readonly edges: ReadonlyArray<readonly [number, number]>
}

export const smallGraph = (maxNodes = 9, allowSelfLoops = true): fc.Arbitrary<SmallGraph> =>
  fc.integer({ min: 1, max: maxNodes }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      any: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      edges: fc
        .array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: n * 3 })
        .map((es) => es.filter(([a, b]) => allowSelfLoops || a !== b))
    })
  )

export const toSupplyGraph = (g: SmallGraph, weights?: ReadonlyArray<number>): SupplyGraph => {
  const b = new SupplyGraphBuilder()
  for (let v = 0; v < g.n; v++) b.addNode("system", `n${v}`, { gate: g.any[v] ? "any" : "all", weight: weights?.[v] ?? 1 })
  for (const [a, c] of g.edges) b.addEdge(a, c)
  return b.build()
}

/** Naive least fixpoint: repeat the rules over every node until nothing changes. */
export const naiveFailed = (g: SmallGraph, cut: Iterable<number>): Set<number> => {
  const failed = new Set(cut)
  const succ = Array.from({ length: g.n }, (_, v) => g.edges.filter(([a]) => a === v).map(([, b]) => b))
  for (let changed = true; changed; ) {
    changed = false
    for (let v = 0; v < g.n; v++) {
      if (failed.has(v)) continue
      const s = succ[v]!
      const fails = g.any[v] ? s.length > 0 && s.every((w) => failed.has(w)) : s.some((w) => failed.has(w))
      if (fails) {
        failed.add(v)
        changed = true
      }
    }
  }
  return failed
}

/** Nodes reachable from root without passing through `removed`. */
export const naiveReachable = (g: SmallGraph, root: number, removed = -1): Set<number> => {
  const seen = new Set<number>()
  if (root === removed) return seen
  const stack = [root]
  seen.add(root)
  while (stack.length > 0) {
    const u = stack.pop()!
    for (const [a, b] of g.edges) {
      if (a === u && b !== removed && !seen.has(b)) {
        seen.add(b)
        stack.push(b)
      }
    }
  }
  return seen
}
