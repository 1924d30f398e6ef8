import { describe, expect, it } from "vitest"
import { assess, builtinKnowledgeBase, decodeManifest, resolveManifest, type ProgressUpdate } from "../../src/index.js"

// 1000 systems × 10 dependencies = 10000 dependencies.
const manifest = [
  "sovmap: 1",
  "organisation: { name: Example, country: FR }",
  "systems:",
  ...Array.from({ length: 1000 }, (_, i) => `  - { id: s${i}, name: S${i}, criticality: high, dependencies: [${Array(10).fill("{ offering: aws-ec2 }").join(", ")}] }`)
].join("\n")

describe("assess reports progress", () => {
  it("counts dependencies: at the start, every 4096, and at the end", () => {
    const located = decodeManifest(manifest, "big.yaml")
    const updates: Array<ProgressUpdate> = []
    assess(located.value, resolveManifest(located, builtinKnowledgeBase()), { onProgress: (u) => updates.push(u) })
    // 10000 dependencies: reports at 0, 4096, 8192 (multiples of 4096 below 10000) and 10000.
    expect(updates).toEqual([0, 4096, 8192, 10000].map((done) => ({ stage: "assessing", done, total: 10000, unit: "dependencies" })))
  })

  it("gives the same result with and without a listener", () => {
    const located = decodeManifest(manifest, "big.yaml")
    const kb = resolveManifest(located, builtinKnowledgeBase())
    expect(assess(located.value, kb, { onProgress: () => {} })).toEqual(assess(located.value, kb))
  })
})
