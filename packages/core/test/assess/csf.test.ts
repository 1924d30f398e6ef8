import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { assess, AssessmentReport, builtinKnowledgeBase, decodeManifest, renderJson, resolveManifest } from "../../src/index.js"

const root = join(import.meta.dirname, "..", "..", "..", "..")
const assessFile = (path: string) => {
  const located = decodeManifest(readFileSync(join(root, path), "utf8"), path)
  return assess(located.value, resolveManifest(located, builtinKnowledgeBase()), { file: path })
}

describe("CSF scores in an assessment", () => {
  const a = assessFile("packages/core/test/fixtures/csf-offerings.yaml")

  it("scores every offering used that carries answers, once, in order of first use, and ranks them", () => {
    expect(a.csf?.offers.map((o) => o.score.offer.offering)).toEqual(["calculator-example-cloud", "hypothetical-eu-iaas"])
    // The calculator's example under v1.2.1 §5 (each objective over its own maximum, weights 15/10/10/15/20/15/10/5),
    // points per objective from the published option table (worked in test/csf/score.test.ts):
    const calculatorExample =
      15 * (530.93 / 1000.03) + 10 * (709.75 / 1002) + 10 * (700 / 1000) + 15 * (709.75 / 1002) + 20 * (572 / 1001) + 15 * (500 / 1000) + 10 * (1001 / 1001) + 5 * (875 / 1000)
    expect(a.csf!.offers[0]!.score.score).toBeCloseTo(calculatorExample, 10) // ≈ 65.98
    expect(a.csf!.offers[0]!.score.seal).toBe(2)
    expect(a.csf!.offers[0]!.score.completeness.missing).toEqual(["SOV-1.6"])
    // ranked by score, highest first: the other offer must score above 65.98 to rank first
    const [first, second] = a.csf!.offers
    expect(first!.rank).toBe(first!.score.score > second!.score.score ? 1 : 2)
    expect(second!.rank).toBe(3 - first!.rank!)
  })

  it("cites the source of the answers", () => {
    expect(a.sources.filter((s) => s.record.startsWith("csf:")).map((s) => s.record)).toEqual(["csf:calculator-example-cloud", "csf:hypothetical-eu-iaas"])
  })

  it("fits the report schema", () => {
    expect(AssessmentReport.safeParse(JSON.parse(renderJson(a))).success).toBe(true)
  })

  it("is absent when no offering used carries answers", () => {
    const plain = assessFile("examples/region-nordlys/sovmap.yaml")
    expect("csf" in plain).toBe(false)
    expect(JSON.parse(renderJson(plain))).not.toHaveProperty("csf")
  })
})
