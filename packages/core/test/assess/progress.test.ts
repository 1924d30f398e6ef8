import { describe, expect, it } from "vitest"
import { assess, builtinKnowledgeBase, decodeManifest, resolveManifest, type Manifest, type ProgressUpdate } from "../../src/index.js"

// A small decoded manifest, widened in memory to 1000 systems × 10 dependencies = 10000 dependencies
// (decoding that much YAML would make the test slow without testing anything more).
const located = decodeManifest("sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: s, name: S, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n", "small.yaml")
const kb = resolveManifest(located, builtinKnowledgeBase())
const manifest: Manifest = {
  ...located.value,
  systems: Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, name: `S${i}`, criticality: "high" as const, dependencies: Array.from({ length: 10 }, () => ({ offering: "aws-ec2" })) }))
}

describe("assess reports progress", () => {
  it("counts dependencies: at the start, every 4096, and at the end", () => {
    const updates: Array<ProgressUpdate> = []
    assess(manifest, kb, { onProgress: (u) => updates.push(u) })
    // 10000 dependencies: reports at 0, 4096, 8192 (multiples of 4096 below 10000) and 10000.
    expect(updates).toEqual([0, 4096, 8192, 10000].map((done) => ({ stage: "assessing", done, total: 10000, unit: "dependencies" })))
  }, 60_000) // 10,000 dependencies: the sweep and single-point analysis make this slow under load, not the progress

  it("gives the same result with and without a listener", () => {
    expect(assess(manifest, kb, { onProgress: () => {} })).toEqual(assess(manifest, kb))
  }, 30_000)
})
