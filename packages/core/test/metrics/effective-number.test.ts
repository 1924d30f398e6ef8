import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { effectiveNumber, entropyEquivalent, MetricInputError } from "../../src/index.js"

describe("effectiveNumber", () => {
  it("matches METHODS.md §3.4 (30/30/20/20: N_eff = 1 / 0.26 = 3.8462)", () => {
    expect(effectiveNumber([30, 30, 20, 20])).toBeCloseTo(3.8462, 4)
  })

  it("refuses an empty distribution", () => {
    expect(() => effectiveNumber([])).toThrow(MetricInputError)
  })

  it("lies in [1, N] and never exceeds the entropy equivalent (Hill numbers decrease with order)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (ws) => {
        const n = effectiveNumber(ws)
        expect(n).toBeGreaterThanOrEqual(1 - 1e-9)
        expect(n).toBeLessThanOrEqual(ws.length + 1e-9)
        expect(n).toBeLessThanOrEqual(entropyEquivalent(ws) + 1e-9)
      })
    )
  })
})
