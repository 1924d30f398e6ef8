import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { concentration, MetricInputError } from "../../src/index.js"

describe("concentration", () => {
  it("aggregates by key before squaring (METHODS.md §3.3) and matches a hand calculation", () => {
    // aws 20 + 10 = 30, ovh 30, scaleway 20, stackit 20 → the §3.4 fixture again
    const c = concentration([
      { key: "aws", weight: 20 },
      { key: "ovh", weight: 30 },
      { key: "scaleway", weight: 20 },
      { key: "aws", weight: 10 },
      { key: "stackit", weight: 20 }
    ])
    expect(c.groups).toBe(4)
    expect(c.totalWeight).toBe(100)
    expect(c.hhi).toBeCloseTo(0.26, 12)
    expect(c.hhiPoints).toBeCloseTo(2600, 8)
    expect(c.band).toBe("highly concentrated")
    expect(c.cr1).toBeCloseTo(0.3, 12)
    expect(c.cr4).toBe(1)
    expect(c.effectiveNumber).toBeCloseTo(3.8462, 4)
    expect(c.entropy).toBeCloseTo(1.36616, 5)
    expect(c.normalisedEntropy).toBeCloseTo(0.98548, 5)
    expect(c.shares.map((s) => s.key)).toEqual(["aws", "ovh", "scaleway", "stackit"])
  })

  it("reports no evenness for a single group, and refuses bad weights", () => {
    expect(concentration([{ key: "a", weight: 2 }]).normalisedEntropy).toBeNull()
    expect(() => concentration([])).toThrow(MetricInputError)
    expect(() => concentration([{ key: "a", weight: Number.NaN }])).toThrow(MetricInputError)
  })

  it("has shares that sum to 1", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.constantFrom("a", "b", "c", "d", "e"), weight: fc.double({ min: 1e-3, max: 1e6, noNaN: true }) }), { minLength: 1, maxLength: 40 }), (xs) => {
        const c = concentration(xs)
        expect(c.shares.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 9)
      })
    )
  })
})
