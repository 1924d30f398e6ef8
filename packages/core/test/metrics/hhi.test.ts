import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { hhi, hhiBand, hhiPoints, MetricInputError } from "../../src/index.js"

const weights = fc.array(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 })

describe("hhi", () => {
  it("matches the DOJ worked example (shares 30/30/20/20 → 2,600 points)", () => {
    // METHODS.md §3.4, from the DOJ HHI explainer: 30² + 30² + 20² + 20² = 900 + 900 + 400 + 400 = 2,600
    expect(hhi([30, 30, 20, 20])).toBeCloseTo(0.26, 12)
    expect(hhiPoints(hhi([30, 30, 20, 20]))).toBeCloseTo(2600, 8)
  })

  it("normalises weights and drops zeros", () => {
    // weights 3, 1, 0 → shares 0.75, 0.25 → 0.5625 + 0.0625 = 0.625
    expect(hhi([3, 1, 0])).toBeCloseTo(0.625, 12)
  })

  it("refuses empty, all-zero, negative and non-finite input", () => {
    for (const bad of [[], [0, 0], [1, -1], [1, Number.NaN], [Infinity]]) expect(() => hhi(bad)).toThrow(MetricInputError)
  })

  it("lies in [1/N, 1]", () => {
    fc.assert(
      fc.property(weights, (ws) => {
        const h = hhi(ws)
        expect(h).toBeGreaterThanOrEqual(1 / ws.length - 1e-12)
        expect(h).toBeLessThanOrEqual(1 + 1e-12)
      })
    )
  })

  it("is 1 for a monopoly and 1/N for N equal weights", () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 20 }), (w, zeros) => { expect(hhi([w, ...Array(zeros).fill(0)])).toBeCloseTo(1, 12) }))
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), (n) => { expect(hhi(Array(n).fill(7))).toBeCloseTo(1 / n, 12) }))
  })

  it("does not depend on the order of the weights", () => {
    fc.assert(fc.property(weights, (ws) => { expect(hhi([...ws].reverse())).toBeCloseTo(hhi(ws), 12) }))
    fc.assert(fc.property(weights, fc.integer({ min: 0, max: 49 }), (ws, k) => {
      const rotated = [...ws.slice(k % ws.length), ...ws.slice(0, k % ws.length)]
      expect(hhi(rotated)).toBeCloseTo(hhi(ws), 12)
    }))
  })
})

describe("hhiBand", () => {
  it("uses the DOJ bands: < 1,000, 1,000–1,800, > 1,800 points", () => {
    expect(hhiBand(0.0999)).toBe("unconcentrated")
    expect(hhiBand(0.1)).toBe("moderately concentrated")
    expect(hhiBand(0.18)).toBe("moderately concentrated")
    expect(hhiBand(0.1801)).toBe("highly concentrated")
    // 0.3² + 0.3² = 0.18 exactly in decimal but 0.18000000000000002 in binary: still 1,800 → moderate
    expect(hhiBand(0.3 * 0.3 + 0.3 * 0.3)).toBe("moderately concentrated")
  })

  it("refuses an HHI outside [0, 1]", () => {
    expect(() => hhiBand(2600)).toThrow(MetricInputError)
    expect(() => hhiPoints(Number.NaN)).toThrow(MetricInputError)
  })
})
