import { describe, expect, it } from "vitest"
import { csfCatalogue, csfFrameworkVersions } from "../../src/index.js"

const catalogue = csfCatalogue("1.2.1")!

describe("CSF catalogue 1.2.1", () => {
  it("ships framework 1.2.1 only", () => {
    expect(csfFrameworkVersions()).toEqual(["1.2.1"])
    expect(csfCatalogue("9.9")).toBeUndefined()
  })

  it("has 48 criteria, 8/6/5/6/7/5/7/4 per objective (EC news 1 Jun 2026: 48 criteria; METHODS.md §1.4)", () => {
    expect(catalogue.criteria.size).toBe(48)
    expect(catalogue.objectives.map((o) => o.criteria.length)).toEqual([8, 6, 5, 6, 7, 5, 7, 4])
  })

  it("has 233 labelled options (the mechanical XLSX extraction's count: 240 rows less 7 without text)", () => {
    expect([...catalogue.criteria.values()].reduce((n, c) => n + c.options.length, 0)).toBe(233)
  })

  it("has the objective maxima of the calculator (METHODS.md §1.4: 1000.03 / 1002 / 1000 / 1002 / 1001 / 1000 / 1001 / 1000)", () => {
    expect(catalogue.objectives.map((o) => o.maxPoints)).toEqual([1000.03, 1002, 1000, 1002, 1001, 1000, 1001, 1000])
  })

  it("ships both weight sets, the document's first (v1.2.1 §5 p. 6; calculator header cells)", () => {
    expect(catalogue.defaultWeightSet).toBe("csf-1.2.1")
    const byId = Object.fromEntries(catalogue.weightSets.map((w) => [w.id, w]))
    expect(Object.values(byId["csf-1.2.1"]!.weights)).toEqual([15, 10, 10, 15, 20, 15, 10, 5])
    expect(byId["csf-1.2.1"]!.normalisation).toBe("objective-max")
    expect(Object.values(byId["csf-calculator-2026-06"]!.weights)).toEqual([20, 10, 10, 15, 10, 15, 15, 5])
    expect(byId["csf-calculator-2026-06"]!.normalisation).toBe("nominal-1000")
  })

  it("never lowers points or SEAL going up an option list (both transcriptions of the XLSX are monotone)", () => {
    for (const c of catalogue.criteria.values()) {
      for (let i = 1; i < c.options.length; i++) {
        expect(c.options[i]!.points, c.id).toBeGreaterThanOrEqual(c.options[i - 1]!.points)
        expect(c.options[i]!.seal, c.id).toBeGreaterThanOrEqual(c.options[i - 1]!.seal)
      }
    }
  })

  it("matches the option cells METHODS.md §1.5 quotes", () => {
    const seals = (id: string) => catalogue.criteria.get(id)!.options.map((o) => o.seal)
    const points = (id: string) => catalogue.criteria.get(id)!.options.map((o) => o.points)
    expect(points("SOV-1.2")).toEqual([0, 31.25, 62.5, 93.75, 125])
    expect(points("SOV-1.1")).toEqual([0, 41.67, 83.34, 125.01])
    expect(points("SOV-2.1")).toEqual([0, 84, 167])
    expect(points("SOV-1.7")[2]).toBe(83)
    expect(seals("SOV-2.3")).toEqual([1, 1, 1, 1, 4])
    expect(seals("SOV-4.1")).toEqual([1, 1, 4, 4, 4])
  })

  it("has the inert criteria (every option SEAL-4) of METHODS.md §1.5", () => {
    const inert = [...catalogue.criteria.values()].filter((c) => c.options.every((o) => o.seal === 4)).map((c) => c.id)
    expect(inert).toEqual(["SOV-1.2", "SOV-1.4", "SOV-1.5", "SOV-1.6", "SOV-1.7", "SOV-2.5", "SOV-5.3", "SOV-7.2", "SOV-8.4"])
  })

  it("cites a source with URL, retrieval date and evidence level for every criterion", () => {
    for (const c of catalogue.criteria.values()) {
      expect(c.source.url).toMatch(/^https:\/\/commission\.europa\.eu\//)
      expect(c.source.retrieved).toMatch(/^2026-11-2[23]$/)
      expect(["P", "S", "S1", "UNVERIFIED"]).toContain(c.source.evidence)
      if (c.source.evidence !== "S") expect(c.source.note, c.id).toBeDefined()
    }
  })
})
