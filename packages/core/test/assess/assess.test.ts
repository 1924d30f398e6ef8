import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { assess, builtinKnowledgeBase, decodeManifest, renderJson, resolveManifest } from "../../src/index.js"

const examplePath = join(import.meta.dirname, "..", "..", "..", "..", "examples", "region-nordlys", "sovmap.yaml")

describe("assess on the bundled example", () => {
  const located = decodeManifest(readFileSync(examplePath, "utf8"), "sovmap.yaml")
  const result = assess(located.value, resolveManifest(located, builtinKnowledgeBase()), { file: "sovmap.yaml" })

  it("resolves every dependency to its ultimate controller", () => {
    const control = Object.fromEntries(result.dependencies.map((d) => [d.offering, d.controlJurisdiction]))
    expect(control).toEqual({
      "ovhcloud-public-cloud": "FR",
      "aws-s3": "US",
      "microsoft-365": "US",
      "aws-ec2": "US",
      "stackit-cloud": "DE",
      "s3ns-premi3ns": "FR",
      "mistral-la-plateforme": "FR",
      "openai-api": "US",
      "github-com": "US",
      "atlassian-jira-cloud": "US",
      "scaleway-instances": "FR"
    })
  })

  it("computes the foreign share as a hand calculation does", () => {
    // weighting: both → weight = spend × criticality weight (critical 4, high 3, medium 2, low 1)
    // US: s3 35000×2 + m365 420000×3 + ec2 260000×3 + openai 25000×1 + github 30000×2 + jira 45000×2
    //   = 70000 + 1260000 + 780000 + 25000 + 60000 + 90000 = 2285000
    // FR: ovh 210000×4 + s3ns 150000×4 + mistral 40000×2 + scaleway 20000×2 = 840000 + 600000 + 80000 + 40000 = 1560000
    // DE: stackit 60000×2 = 120000; total = 3965000
    const fs = result.metrics.foreignShare
    expect(fs.totalWeight).toBe(3965000)
    expect(fs.foreignWeight).toBe(2285000)
    expect(fs.foreignShare).toBeCloseTo(2285000 / 3965000, 12)
    expect(fs.byJurisdiction.map((r) => [r.jurisdiction, r.weight])).toEqual([
      ["US", 2285000],
      ["FR", 1560000],
      ["DE", 120000]
    ])
  })

  it("lists the sources of the facts it used", () => {
    const records = new Set(result.sources.map((s) => s.record))
    expect(records.has("entity:amazon")).toBe(true)
    expect(records.has("offering:s3ns-premi3ns")).toBe(true)
    expect(records.has("bloc:eu27")).toBe(true)
    for (const s of result.sources) expect(s.url).toMatch(/^https?:\/\//)
  })

  it("is deterministic", () => {
    const again = assess(located.value, resolveManifest(located, builtinKnowledgeBase()), { file: "sovmap.yaml" })
    expect(renderJson(again)).toBe(renderJson(result))
  })
})
