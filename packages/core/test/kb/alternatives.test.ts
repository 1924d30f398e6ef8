import { describe, expect, it } from "vitest"
import { applyOverlay, blocMembers, builtinKnowledgeBase, offeringAlternatives, type Entity, type Offering } from "../../src/index.js"

const source = [{ url: "https://example.org/x", retrieved: "2026-11-23", evidence: "S1" as const }]
const entity = (id: string, hq: string, parent?: Entity["parent"]): Entity => ({ id, name: id, kind: "company", hq, ...(parent ? { parent } : {}), sources: source })
const offering = (id: string, operator: string, market?: string): Offering => ({ id, name: id, category: "cloud", brand: operator, operator, ...(market ? { market } : {}), sources: source })

describe("offeringAlternatives", () => {
  // Hand-built market: x-us (US), x-fr (FR), x-fr-but-us (FR operator, 60% US parent), x-de-minority (DE, 40% US parent).
  const kb = applyOverlay(builtinKnowledgeBase(), {
    file: "test.yaml",
    entities: [entity("t-us", "US"), entity("t-fr", "FR"), entity("t-fr-sub", "FR", { id: "t-us", share: 0.6 }), entity("t-de", "DE", { id: "t-us", share: 0.4 })].map((record, i) => ({ path: `entities[${i}]`, record })),
    offerings: [offering("x-us", "t-us", "test-market"), offering("x-fr", "t-fr", "test-market"), offering("x-fr-but-us", "t-fr-sub", "test-market"), offering("x-de-minority", "t-de", "test-market"), offering("x-none", "t-fr")].map((record, i) => ({ path: `offerings[${i}]`, record }))
  })
  const eu = blocMembers(kb.blocs.get("eu27")!)

  it("keeps offerings of the same market whose operator is controlled from inside the set", () => {
    expect(offeringAlternatives(kb, "x-us", eu).map((a) => a.offering.id)).toEqual(["x-de-minority", "x-fr"])
  })

  it("follows the threshold: at 30% the 40% US parent controls", () => {
    expect(offeringAlternatives(kb, "x-us", eu, 0.3).map((a) => a.offering.id)).toEqual(["x-fr"])
  })

  it("has none for an offering without a market", () => {
    expect(offeringAlternatives(kb, "x-none", eu)).toEqual([])
  })
})
