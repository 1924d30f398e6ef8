import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase, countryTableFromKnowledgeBase, resolveImporterGroup, screenTrade, TradeAggregator, TradeInputError, TradeScanner } from "../../src/index.js"

const kb = builtinKnowledgeBase()

/** Aggregates a BACI-shaped CSV text (ISO numeric codes) for the EU27. */
const aggregate = (csv: string) => {
  const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
  const scanner = new TradeScanner("golden.csv", agg)
  scanner.push(new TextEncoder().encode(csv))
  const summary = scanner.end()
  return { aggregates: agg.snapshot(), summary }
}

// ISO 3166-1 numeric: DE 276, FR 250, PL 616 (EU); CN 156, KR 410, US 840, JP 392 (outside).
const GOLDEN = `t,i,j,k,v,q
2022,156,276,850760,60,1
2022,156,250,850760,20,1
2022,410,276,850760,20,1
2022,616,276,850760,10,1
2022,276,840,850760,5,1
2022,840,276,300490,30,1
2022,156,276,300490,30,1
2022,392,250,300490,40,1
2022,276,250,300490,50,1
2022,250,840,300490,100,1
2022,840,250,10121,9,1
2022,276,250,10121,1,1
`

describe("screenTrade (EC method) on a hand-computed table", () => {
  const { aggregates, summary } = aggregate(GOLDEN)
  const result = screenTrade(aggregates, { files: [summary] })
  const product = (code: string) => result.products.find((p) => p.product === code)!

  it("computes the three indicators of 850760 as worked by hand", () => {
    // Extra-EU imports: CN 60 + 20 = 80, KR 20 → 100. HHI = 0.8² + 0.2² = 0.68.
    // Intra-EU imports: PL→DE 10. C2 = 100 / 110 = 0.909090…
    // EU exports: PL→DE 10 + DE→US 5 = 15. C3 = 100 / 15 = 6.666…
    const p = product("850760")
    expect(p.extraImports).toBe(100)
    expect(p.intraImports).toBe(10)
    expect(p.groupExports).toBe(15)
    expect(p.supplierHhi).toBeCloseTo(0.68, 12)
    expect(p.extraShare).toBeCloseTo(100 / 110, 12)
    expect(p.importsToExports).toBeCloseTo(100 / 15, 12)
    // World exports CN 80, KR 20, PL 10, DE 5 (115): (6400 + 400 + 100 + 25) / 13225.
    expect(p.worldExportHhi).toBeCloseTo(6925 / 13225, 12)
    expect(p.topSuppliers).toEqual([
      { country: "CN", value: 80, share: 0.8 },
      { country: "KR", value: 20, share: 0.2 }
    ])
    expect(p.flagged).toBe(true)
  })

  it("does not flag 300490: concentration 0.34 and imports/exports 0.67 fail", () => {
    // Extra: US 30, CN 30, JP 40 → HHI = 0.09 + 0.09 + 0.16 = 0.34 ≤ 0.4.
    // Intra DE→FR 50 → C2 = 100/150 ✓. Exports DE→FR 50 + FR→US 100 = 150 → C3 = 0.667 ✗.
    const p = product("300490")
    expect(p.supplierHhi).toBeCloseTo(0.34, 12)
    expect(p.criteria).toEqual({ c1: false, c2: true, c3: false })
    expect(p.flagged).toBe(false)
  })

  it("restores the lost leading zero of 010121 and flags it", () => {
    // US→FR 9 (HHI 1), DE→FR 1 intra (C2 0.9), exports 1 (C3 9).
    const p = product("010121")
    expect(p.name).toMatch(/^Horses; live, pure-bred/)
    expect(p.criteria).toEqual({ c1: true, c2: true, c3: true })
  })

  it("summarises: 2 flagged, 109 of 209 extra-EU imports, 109 of 270 EU imports", () => {
    expect(result.flagged.map((p) => p.product)).toEqual(["850760", "010121"])
    expect(result.summary.flaggedExtraImports).toBe(109)
    expect(result.summary.flaggedShareOfExtraImports).toBeCloseTo(109 / 209, 12)
    expect(result.summary.flaggedShareOfImports).toBeCloseTo(109 / 270, 12)
    expect(result.byMainSupplier).toEqual([
      { country: "CN", flagged: 1, flaggedExtraImports: 100 },
      { country: "US", flagged: 1, flaggedExtraImports: 9 }
    ])
    expect(result.bySection.map((s) => s.id)).toEqual(["XVI", "I"])
  })

  it("uses strict inequalities: a share of exactly 0.5 is not dependent", () => {
    const { aggregates: a } = aggregate("t,i,j,k,v,q\n2022,156,276,850760,50,\n2022,616,276,850760,50,\n")
    const p = screenTrade(a).products[0]!
    expect(p.extraShare).toBe(0.5)
    expect(p.criteria.c2).toBe(false)
  })

  it("honours user thresholds and ranks ecosystems", () => {
    const r = screenTrade(aggregates, {
      thresholds: { supplierHhi: 0.3, importsToExports: 0.5 },
      ecosystems: { ecosystems: [{ id: "batteries", name: "Batteries", products: ["8507"] }, { id: "health", name: "Health", products: ["30"] }] }
    })
    expect(r.flagged.map((p) => p.product)).toEqual(["300490", "850760", "010121"])
    expect(r.ecosystems.map((e) => [e.id, e.flagged, e.flaggedExtraImports])).toEqual([
      ["batteries", 1, 100],
      ["health", 1, 100]
    ])
  })

  it("rejects a negative threshold with a TradeInputError", () => {
    expect(() => screenTrade(aggregates, { thresholds: { supplierHhi: -1 } })).toThrow(TradeInputError)
  })
})

describe("screenTrade (CEPII GeoDep variant)", () => {
  // One product, CN the only supplier of DE; DE exports 10 to the US in 2020 and 2022 (C3 = 10), 200 in 2021 (C3 = 0.5).
  // World-export HHI 2020/2022: (100² + 10²) / 110² = 0.8347 > 0.4.
  const rows = (year: number, exports: number) => `${year},156,276,854231,100,\n${year},276,840,854231,${exports},\n`
  it("flags a product meeting C1–C3 in 2 of the 3 years 2020–2022", () => {
    const { aggregates } = aggregate(`t,i,j,k,v,q\n${rows(2020, 10)}${rows(2021, 200)}${rows(2022, 10)}`)
    const r = screenTrade(aggregates, { variant: "geodep" })
    const p = r.products[0]!
    expect(r.year).toBe(2022)
    expect(p.worldExportHhi).toBeCloseTo((100 ** 2 + 10 ** 2) / 110 ** 2, 12)
    expect(p.persistence).toEqual({ years: [2020, 2022], available: 3 })
    expect(p.flagged).toBe(true)
    // Screening 2021 instead: the window 2019–2021 has C1–C3 only in 2020.
    expect(screenTrade(aggregates, { variant: "geodep", year: 2021 }).products[0]!.flagged).toBe(false)
  })

  it("does not flag on one year alone and says why", () => {
    const { aggregates } = aggregate(`t,i,j,k,v,q\n${rows(2022, 10)}`)
    const r = screenTrade(aggregates, { variant: "geodep" })
    expect(r.products[0]!.criteria).toEqual({ c1: true, c2: true, c3: true, c4: false })
    expect(r.warnings.join(" ")).toMatch(/cover 1 of the 3 years/)
  })

  it("sets the imports/exports ratio to 9999 when the group exports nothing", () => {
    const { aggregates } = aggregate("t,i,j,k,v,q\n2022,156,276,854231,100,\n")
    expect(screenTrade(aggregates, { variant: "geodep" }).products[0]!.importsToExports).toBe(9999)
    expect(screenTrade(aggregates).products[0]!.importsToExports).toBe(Number.POSITIVE_INFINITY)
  })
})
