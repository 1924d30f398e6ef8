import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { assess, builtinKnowledgeBase, decodeManifest, renderMarkdown, resolveManifest } from "../../src/index.js"

const examplePath = join(import.meta.dirname, "..", "..", "..", "..", "examples", "region-nordlys", "sovmap.yaml")

describe("scenario and SPOF sections of the assessment", () => {
  const located = decodeManifest(readFileSync(examplePath, "utf8"), "sovmap.yaml")
  const result = assess(located.value, resolveManifest(located, builtinKnowledgeBase()), { file: "sovmap.yaml" })

  it("the assessment carries the sweep ranking and the SPOFs (hand calculation in test/graph/scenario.test.ts)", () => {
    expect(result.scenarios.top.slice(0, 7).map((r) => [r.cut.id, r.loss])).toEqual([
      ["g7", 18],
      ["nato", 18],
      ["oecd", 18],
      ["eea", 15],
      ["eu27", 15],
      ["FR", 12],
      ["US", 9]
    ])
    expect(result.scenarios.top.every((r) => r.loss > 0)).toBe(true)
    expect(result.spofs[0]).toMatchObject({ node: "jurisdiction:FR", weight: 8 })
  })

  it("the Markdown report has both sections", () => {
    const md = renderMarkdown(result)
    expect(md).toContain("## Cut-off scenarios")
    expect(md).toContain("| European Union (27 member states) (bloc eu27) | bloc | 5 | 15 | 83.3 % |")
    expect(md).toContain("## Single points of failure")
  })
})
