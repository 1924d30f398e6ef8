import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { concentrationRatio, MetricInputError } from "../../src/index.js"

describe("concentrationRatio", () => {
  it("matches METHODS.md §3.4 (30/30/20/20: CR1 0.30, CR2 0.60)", () => {
    expect(concentrationRatio([20, 30, 20, 30], 1)).toBeCloseTo(0.3, 12)
    expect(concentrationRatio([20, 30, 20, 30], 2)).toBeCloseTo(0.6, 12)
    expect(concentrationRatio([20, 30, 20, 30], 4)).toBe(1)
    expect(concentrationRatio([20, 30, 20, 30], 9)).toBe(1)
  })

  it("refuses a k that is not a positive whole number, and bad weights", () => {
    expect(() => concentrationRatio([1], 0)).toThrow(MetricInputError)
    expect(() => concentrationRatio([1], 1.5)).toThrow(MetricInputError)
    expect(() => concentrationRatio([], 1)).toThrow(MetricInputError)
    expect(() => concentrationRatio([1, -2], 1)).toThrow(MetricInputError)
  })

  it("lies in [k/N, 1] and grows with k", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 30 }), (ws, k) => {
        const cr = concentrationRatio(ws, k)
        expect(cr).toBeGreaterThanOrEqual(Math.min(1, k / ws.length) - 1e-9)
        expect(cr).toBeLessThanOrEqual(1 + 1e-12)
        expect(concentrationRatio(ws, k + 1)).toBeGreaterThanOrEqual(cr - 1e-12)
      })
    )
  })
})
