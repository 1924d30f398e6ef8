import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { foreignShareByJurisdiction, MetricInputError } from "../../src/index.js"

const eu = new Set(["DE", "FR", "NL"])

describe("foreignShareByJurisdiction", () => {
  it("matches a hand calculation", () => {
    // US 5 + 1 = 6, FR 3, CN 1 → total 10; foreign = US + CN = 7 → 0.7
    const r = foreignShareByJurisdiction(
      [
        { jurisdiction: "US", weight: 5 },
        { jurisdiction: "FR", weight: 3 },
        { jurisdiction: "US", weight: 1 },
        { jurisdiction: "CN", weight: 1 }
      ],
      eu
    )
    expect(r.totalWeight).toBe(10)
    expect(r.foreignWeight).toBe(7)
    expect(r.foreignShare).toBeCloseTo(0.7, 12)
    expect(r.byJurisdiction.map((row) => [row.jurisdiction, row.weight, row.home])).toEqual([
      ["US", 6, false],
      ["FR", 3, true],
      ["CN", 1, false]
    ])
    expect(r.byJurisdiction[0]!.share).toBeCloseTo(0.6, 12)
  })

  it("is 0 when everything is at home and 1 when nothing is", () => {
    expect(foreignShareByJurisdiction([{ jurisdiction: "DE", weight: 2 }], eu).foreignShare).toBe(0)
    expect(foreignShareByJurisdiction([{ jurisdiction: "US", weight: 2 }], eu).foreignShare).toBe(1)
  })

  it("refuses empty, all-zero, negative and non-finite input with a typed error", () => {
    expect(() => foreignShareByJurisdiction([], eu)).toThrow(MetricInputError)
    expect(() => foreignShareByJurisdiction([{ jurisdiction: "US", weight: 0 }], eu)).toThrow(MetricInputError)
    expect(() => foreignShareByJurisdiction([{ jurisdiction: "US", weight: -1 }], eu)).toThrow(MetricInputError)
    expect(() => foreignShareByJurisdiction([{ jurisdiction: "US", weight: Number.NaN }], eu)).toThrow(MetricInputError)
    expect(() => foreignShareByJurisdiction([{ jurisdiction: "US", weight: Infinity }], eu)).toThrow(MetricInputError)
  })

  const items = fc.array(
    fc.record({ jurisdiction: fc.constantFrom("US", "FR", "DE", "CN", "GB", "NL"), weight: fc.double({ min: 0.001, max: 1e6, noNaN: true }) }),
    { minLength: 1, maxLength: 40 }
  )

  it("has shares that sum to 1 and a foreign share in [0, 1]", () => {
    fc.assert(
      fc.property(items, (xs) => {
        const r = foreignShareByJurisdiction(xs, eu)
        const sum = r.byJurisdiction.reduce((s, row) => s + row.share, 0)
        expect(sum).toBeCloseTo(1, 9)
        expect(r.foreignShare).toBeGreaterThanOrEqual(0)
        expect(r.foreignShare).toBeLessThanOrEqual(1)
      })
    )
  })

  it("does not depend on the order of its input", () => {
    fc.assert(
      fc.property(items, fc.nat(), (xs, seed) => {
        const shuffled = [...xs].sort((a, b) => ((a.weight * 7919 + seed) % 13) - ((b.weight * 7919 + seed) % 13))
        expect(foreignShareByJurisdiction(shuffled, eu).foreignShare).toBeCloseTo(foreignShareByJurisdiction(xs, eu).foreignShare, 9)
      })
    )
  })
})

describe("foreignShareByJurisdiction rounding", () => {
  it("never exceeds 1 when everything is foreign (regression: input-order and per-jurisdiction sums differed by an ulp)", () => {
    // Found by search: summing these in input order and per jurisdiction gave 1.0000000000000002.
    const xs = [
      { jurisdiction: "US", weight: 0.001 },
      { jurisdiction: "US", weight: 0.1 },
      { jurisdiction: "CN", weight: 123.456 },
      { jurisdiction: "US", weight: 0.7 },
      { jurisdiction: "GB", weight: 0.3 },
      { jurisdiction: "GB", weight: 0.6 }
    ]
    expect(foreignShareByJurisdiction(xs, eu).foreignShare).toBe(1)
  })

  it("keeps every share at most 1, exactly", () => {
    const items = fc.array(
      fc.record({ jurisdiction: fc.constantFrom("US", "FR", "DE", "CN", "GB", "NL"), weight: fc.double({ min: 0.001, max: 1e6, noNaN: true }) }),
      { minLength: 1, maxLength: 40 }
    )
    fc.assert(
      fc.property(items, (xs) => {
        const r = foreignShareByJurisdiction(xs, eu)
        expect(r.foreignShare).toBeLessThanOrEqual(1)
        for (const row of r.byJurisdiction) expect(row.share).toBeLessThanOrEqual(1)
      }),
      { numRuns: 1000 }
    )
  })
})
