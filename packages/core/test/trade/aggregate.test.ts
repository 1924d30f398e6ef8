import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, screenTrade, TradeAggregator } from "../../src/index.js"

const kb = builtinKnowledgeBase()
const table = countryTableFromKnowledgeBase(kb)
const eu = resolveImporterGroup("eu27", kb)
const COUNTRIES = ["DE", "FR", "PL", "IT", "CN", "US", "KR", "JP", "VN", "TW"]
const PRODUCTS = [854231, 850760, 10121, 300490]

interface Row {
  readonly year: number
  readonly exporter: string
  readonly importer: string
  readonly product: number
  readonly value: number
}

// Integer values keep every sum exact, so results can be compared for equality whatever the order.
const row = fc.record({
  year: fc.constantFrom(2021, 2022),
  exporter: fc.constantFrom(...COUNTRIES),
  importer: fc.constantFrom(...COUNTRIES),
  product: fc.constantFrom(...PRODUCTS),
  value: fc.integer({ min: 1, max: 1_000_000 })
})

const aggregate = (rows: ReadonlyArray<Row>) => {
  const agg = new TradeAggregator(table, eu)
  for (const r of rows) agg.add(r.year, countryCodeKey(r.exporter)!, countryCodeKey(r.importer)!, r.product, r.value)
  return agg.snapshot()
}

describe("TradeAggregator and the screen: properties", { timeout: 60_000 }, () => {
  it("supplier HHI lies in [1/n, 1] for n extra-group suppliers", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 200 }), (rows) => {
        const snapshot = aggregate(rows)
        for (const year of snapshot.years) {
          for (const p of screenTrade(snapshot, { year: year.year }).products) {
            if (p.supplierHhi === undefined) continue
            const n = year.products.find((x) => x.product === p.product)!.suppliers.length
            expect(p.supplierHhi).toBeGreaterThanOrEqual(1 / n - 1e-12)
            expect(p.supplierHhi).toBeLessThanOrEqual(1 + 1e-12)
          }
        }
      })
    )
  })

  it("merging two suppliers never lowers the supplier HHI", () => {
    const outside = COUNTRIES.filter((c) => !eu.membersIn(2022).has(c))
    fc.assert(
      fc.property(fc.array(row.map((r) => ({ ...r, year: 2022 })), { minLength: 1, maxLength: 200 }), fc.constantFrom(...outside), fc.constantFrom(...outside), (rows, a, b) => {
        const before = screenTrade(aggregate(rows), { year: 2022 }).products
        const merged = rows.map((r) => (r.exporter === b ? { ...r, exporter: a } : r))
        const after = new Map(screenTrade(aggregate(merged), { year: 2022 }).products.map((p) => [p.product, p.supplierHhi]))
        for (const p of before) if (p.supplierHhi !== undefined) expect(after.get(p.product)!).toBeGreaterThanOrEqual(p.supplierHhi - 1e-12)
      })
    )
  })

  it("totals equal the sum of the rows used", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 200 }), (rows) => {
        const snapshot = aggregate(rows)
        for (const y of snapshot.years) {
          const yearRows = rows.filter((r) => r.year === y.year)
          expect(y.rows).toBe(yearRows.length)
          expect(y.value).toBe(yearRows.reduce((n, r) => n + r.value, 0))
          for (const p of y.products) {
            const pr = yearRows.filter((r) => String(r.product).padStart(6, "0") === p.product)
            const members = eu.membersIn(y.year)
            expect(p.worldExports).toBe(pr.reduce((n, r) => n + r.value, 0))
            expect(p.extraImports + p.intraImports).toBe(pr.filter((r) => members.has(r.importer)).reduce((n, r) => n + r.value, 0))
            expect(p.groupExports).toBe(pr.filter((r) => members.has(r.exporter)).reduce((n, r) => n + r.value, 0))
            expect(p.suppliers.reduce((n, s) => n + s.value, 0)).toBe(p.extraImports)
          }
        }
      })
    )
  })

  it("does not depend on row order", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 200 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          expect(aggregate(shuffled)).toEqual(aggregate(rows))
        }
      )
    )
  })
})
