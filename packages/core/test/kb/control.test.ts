import { describe, expect, it } from "vitest"
import { applyOverlay, builtinKnowledgeBase, KnowledgeBaseError, resolveControl, type Entity } from "../../src/index.js"

const source = [{ url: "https://example.org/registry", retrieved: "2026-11-22", evidence: "S1" as const }]
const entity = (id: string, hq: string, parent?: Entity["parent"]): Entity => ({ id, name: id, kind: "company", hq, ...(parent ? { parent } : {}), sources: source })
const withEntities = (...entities: Array<Entity>) =>
  applyOverlay(builtinKnowledgeBase(), { file: "test.yaml", entities: entities.map((record, i) => ({ path: `entities[${i}]`, record })) })

describe("resolveControl", () => {
  it("follows majority owners up the chain and stops at a minority owner", () => {
    // sub (NL) ← 60% mid (DE) ← 51% top (US) ← 30% fund (JP): control stops at top.
    const kb = withEntities(
      entity("fund", "JP"),
      entity("top", "US", { id: "fund", share: 0.3 }),
      entity("mid", "DE", { id: "top", share: 0.51 }),
      entity("sub", "NL", { id: "mid", share: 0.6 })
    )
    const r = resolveControl(kb, "sub")
    expect(r.controller).toBe("top")
    expect(r.jurisdiction).toBe("US")
    expect(r.chain.map((l) => l.entity)).toEqual(["sub", "mid", "top"])
  })

  it("treats exactly the threshold as not controlling, and honours the threshold option", () => {
    const kb = withEntities(entity("parent-x", "US"), entity("child-x", "FR", { id: "parent-x", share: 0.5 }))
    expect(resolveControl(kb, "child-x").jurisdiction).toBe("FR")
    expect(resolveControl(kb, "child-x", 0.4).jurisdiction).toBe("US")
  })

  it("lets an explicit controls flag override the share", () => {
    const kb = withEntities(
      entity("p1", "US"),
      entity("minority-but-controls", "FR", { id: "p1", share: 0.2, controls: true }),
      entity("majority-but-not", "FR", { id: "p1", share: 0.9, controls: false })
    )
    expect(resolveControl(kb, "minority-but-controls").jurisdiction).toBe("US")
    expect(resolveControl(kb, "majority-but-not").jurisdiction).toBe("FR")
  })

  it("resolves the shipped records as the reference document says", () => {
    const kb = builtinKnowledgeBase()
    // JURISDICTIONS.md §4: AWS → Amazon (US); S3NS controlled by Thales (FR); Scaleway → Iliad (FR).
    expect(resolveControl(kb, "aws")).toMatchObject({ controller: "amazon", jurisdiction: "US" })
    expect(resolveControl(kb, "s3ns")).toMatchObject({ controller: "thales", jurisdiction: "FR" })
    expect(resolveControl(kb, "scaleway")).toMatchObject({ controller: "iliad", jurisdiction: "FR" })
    expect(resolveControl(kb, "github")).toMatchObject({ controller: "microsoft", jurisdiction: "US" })
  })

  it("reports an ownership cycle naming the records instead of looping", () => {
    let error: unknown
    try {
      withEntities(entity("a1", "US", { id: "b1", share: 1 }), entity("b1", "US", { id: "a1", share: 1 }))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(KnowledgeBaseError)
    const text = (error as KnowledgeBaseError).message
    expect(text).toContain("ownership cycle")
    expect(text).toContain("a1 → b1 → a1")
    expect(text).toContain("test.yaml")
  })

  it("reports a missing parent naming the record", () => {
    expect(() => withEntities(entity("orphan", "US", { id: "nobody", share: 1 }))).toThrow(/parent `nobody` is not a known entity/)
  })

  it("reports an unknown entity", () => {
    expect(() => resolveControl(builtinKnowledgeBase(), "no-such-entity")).toThrow(KnowledgeBaseError)
  })
})
