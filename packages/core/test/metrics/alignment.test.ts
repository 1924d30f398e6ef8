import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { alignment, alignmentTier, MetricInputError } from "../../src/index.js"

const sets = { home: new Set(["FR", "DE"]), partners: new Set(["JP", "GB", "CN"]), restricted: new Set(["CN", "RU"]) }
const risk = { home: 0, partners: 1 / 3, other: 2 / 3, restricted: 1 }

describe("alignmentTier", () => {
  it("takes home first, then restricted over partners", () => {
    expect(alignmentTier("FR", sets)).toBe("home")
    expect(alignmentTier("CN", sets)).toBe("restricted") // listed as both partner and restricted
    expect(alignmentTier("JP", sets)).toBe("partners")
    expect(alignmentTier("US", sets)).toBe("other")
  })
})

describe("alignment", () => {
  it("matches a hand calculation", () => {
    // FR 4 + DE 2 = 6 home; JP 2 partners; US 1 other; RU 1 restricted → total 10
    // risk = 0.2 × 1/3 + 0.1 × 2/3 + 0.1 × 1 = 0.0667 + 0.0667 + 0.1 = 0.2333
    const a = alignment(
      [
        { jurisdiction: "FR", weight: 4 },
        { jurisdiction: "JP", weight: 2 },
        { jurisdiction: "US", weight: 1 },
        { jurisdiction: "DE", weight: 2 },
        { jurisdiction: "RU", weight: 1 }
      ],
      sets,
      risk
    )
    expect(a.tiers.map((t) => [t.tier, t.weight, t.jurisdictions])).toEqual([
      ["home", 6, ["DE", "FR"]],
      ["partners", 2, ["JP"]],
      ["other", 1, ["US"]],
      ["restricted", 1, ["RU"]]
    ])
    expect(a.risk).toBeCloseTo(0.2 / 3 + 0.2 / 3 + 0.1, 12)
  })

  it("refuses bad weights and tier risks outside [0, 1]", () => {
    expect(() => alignment([], sets, risk)).toThrow(MetricInputError)
    expect(() => alignment([{ jurisdiction: "FR", weight: 1 }], sets, { ...risk, other: 2 })).toThrow(MetricInputError)
  })

  it("has tier shares that sum to 1 and a risk in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ jurisdiction: fc.constantFrom("FR", "DE", "JP", "GB", "CN", "RU", "US", "BR"), weight: fc.double({ min: 1e-3, max: 1e6, noNaN: true }) }), { minLength: 1, maxLength: 30 }),
        (xs) => {
          const a = alignment(xs, sets, risk)
          expect(a.tiers.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 9)
          expect(a.risk).toBeGreaterThanOrEqual(0)
          expect(a.risk).toBeLessThanOrEqual(1)
        }
      )
    )
  })
})

describe("alignment rounding", () => {
  it("keeps every tier share at most 1 even when one tier holds everything", () => {
    const xs = [0.001, 0.1, 123.456, 0.7, 0.3, 0.6].map((weight, i) => ({ jurisdiction: ["US", "US", "BR", "US", "MX", "MX"][i]!, weight }))
    expect(alignment(xs, sets, risk).tiers[2]!.share).toBe(1)
  })
})
