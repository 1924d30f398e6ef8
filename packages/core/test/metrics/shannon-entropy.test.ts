import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { entropyEquivalent, MetricInputError, normalisedEntropy, shannonEntropy } from "../../src/index.js"

describe("shannonEntropy", () => {
  it("matches METHODS.md §3.4 (30/30/20/20)", () => {
    // H = −(2 × 0.3 ln 0.3 + 2 × 0.2 ln 0.2) = 0.722392 + 0.643775 = 1.366167 nats
    expect(shannonEntropy([30, 30, 20, 20])).toBeCloseTo(1.36616, 5)
    expect(normalisedEntropy([30, 30, 20, 20])).toBeCloseTo(0.98548, 5) // 1.36616 / ln 4
    expect(entropyEquivalent([30, 30, 20, 20])).toBeCloseTo(3.92026, 5) // exp(1.36616)
  })

  it("is 0 for a monopoly, ln N for N equal weights", () => {
    expect(shannonEntropy([5, 0])).toBe(0)
    expect(shannonEntropy([1, 1])).toBeCloseTo(Math.LN2, 12)
    fc.assert(fc.property(fc.integer({ min: 1, max: 100 }), (n) => { expect(shannonEntropy(Array(n).fill(3))).toBeCloseTo(Math.log(n), 10) }))
  })

  it("refuses bad input; normalised entropy needs two positive weights", () => {
    expect(() => shannonEntropy([])).toThrow(MetricInputError)
    expect(() => shannonEntropy([-1, 2])).toThrow(MetricInputError)
    expect(() => normalisedEntropy([4])).toThrow(MetricInputError)
    expect(() => normalisedEntropy([4, 0])).toThrow(MetricInputError)
  })

  it("keeps H in [0, ln N] and J in [0, 1], whatever the order", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 30 }), (ws) => {
        const h = shannonEntropy(ws)
        expect(h).toBeGreaterThanOrEqual(0)
        expect(h).toBeLessThanOrEqual(Math.log(ws.length) + 1e-9)
        const j = normalisedEntropy(ws)
        expect(j).toBeGreaterThanOrEqual(0)
        expect(j).toBeLessThanOrEqual(1)
        expect(shannonEntropy([...ws].reverse())).toBeCloseTo(h, 10)
      })
    )
  })
})
