import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { compositeScore, MetricInputError } from "../../src/index.js"

describe("compositeScore", () => {
  it("matches a hand calculation with unequal weights", () => {
    // weights 2, 1, 1 → normalised 0.5, 0.25, 0.25; risks 0.6, 0.2, 1
    // points lost 50 × 0.6 = 30, 25 × 0.2 = 5, 25 × 1 = 25 → score 40
    const s = compositeScore([
      { id: "a", risk: 0.6, weight: 2 },
      { id: "b", risk: 0.2, weight: 1 },
      { id: "c", risk: 1, weight: 1 }
    ])
    expect(s.score).toBeCloseTo(40, 10)
    expect(s.components.map((c) => [c.id, c.normalisedWeight])).toEqual([
      ["a", 0.5],
      ["b", 0.25],
      ["c", 0.25]
    ])
    expect(s.components.map((c) => c.pointsLost)).toEqual([30, 5, 25].map((x) => expect.closeTo(x, 10)))
  })

  it("renormalises over available components and lists the missing ones (as OpenSSF Scorecard does)", () => {
    // b missing: a 0.6 and c 0.0 with weights 1, 1 → 100 × (1 − 0.3) = 70
    const s = compositeScore([
      { id: "a", risk: 0.6, weight: 1 },
      { id: "b", risk: undefined, weight: 5 },
      { id: "c", risk: 0, weight: 1 }
    ])
    expect(s.score).toBeCloseTo(70, 10)
    expect(s.missing).toEqual(["b"])
  })

  it("refuses risks outside [0, 1], negative weights, duplicates and no usable weight", () => {
    expect(() => compositeScore([{ id: "a", risk: 1.2, weight: 1 }])).toThrow(MetricInputError)
    expect(() => compositeScore([{ id: "a", risk: Number.NaN, weight: 1 }])).toThrow(MetricInputError)
    expect(() => compositeScore([{ id: "a", risk: 0.5, weight: -1 }])).toThrow(MetricInputError)
    expect(() => compositeScore([{ id: "a", risk: 0.5, weight: 1 }, { id: "a", risk: 0.5, weight: 1 }])).toThrow(MetricInputError)
    expect(() => compositeScore([{ id: "a", risk: 0.5, weight: 0 }])).toThrow(MetricInputError)
    expect(() => compositeScore([{ id: "a", risk: undefined, weight: 1 }])).toThrow(MetricInputError)
  })

  const risks = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 })

  it("is monotone: raising any one risk never raises the score", () => {
    fc.assert(
      fc.property(risks, fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 8, maxLength: 8 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (rs, ws, which, bump) => {
        const i = which % rs.length
        const before = compositeScore(rs.map((r, j) => ({ id: `c${j}`, risk: r, weight: ws[j]! })))
        const raised = rs.map((r, j) => (j === i ? Math.min(1, r + bump) : r))
        const after = compositeScore(raised.map((r, j) => ({ id: `c${j}`, risk: r, weight: ws[j]! })))
        expect(after.score).toBeLessThanOrEqual(before.score + 1e-9)
      })
    )
  })

  it("stays in [0, 100]: 100 with no risk, 0 with full risk", () => {
    fc.assert(
      fc.property(risks, (rs) => {
        const s = compositeScore(rs.map((r, j) => ({ id: `c${j}`, risk: r, weight: 1 }))).score
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(100)
      })
    )
    expect(compositeScore([{ id: "a", risk: 0, weight: 1 }]).score).toBe(100)
    expect(compositeScore([{ id: "a", risk: 1, weight: 3 }]).score).toBe(0)
  })
})
