import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { lockIn, MetricInputError, type AlignmentTier } from "../../src/index.js"

const risk = { home: 0, partners: 1 / 3, other: 2 / 3, restricted: 1 }

describe("lockIn", () => {
  it("matches a hand calculation", () => {
    // m365: other, no option → 2/3, weight 6 → 4
    // ec2: other, home alternative (market) → 0, weight 3 → 0
    // openai: other, partner fallback → 1/3, weight 3 → 1
    // ovh: home → 0, weight 4 → 0
    // index = (4 + 0 + 1 + 0) / 16 = 0.3125; outside home without a home option: m365 6 + openai 3 = 9 / 16
    const r = lockIn(
      [
        { id: "m365", weight: 6, tier: "other", options: [], switchingCost: 500000, switchingMonths: 18 },
        { id: "ec2", weight: 3, tier: "other", options: [{ offering: "ovh", tier: "home", via: "market" }, { offering: "gcp", tier: "other", via: "market" }], switchingMonths: 6 },
        { id: "openai", weight: 3, tier: "other", options: [{ offering: "cohere", tier: "partners", via: "fallback" }], switchingCost: 10000 },
        { id: "ovh", weight: 4, tier: "home", options: [] }
      ],
      risk
    )
    expect(r.index).toBeCloseTo(0.3125, 12)
    expect(r.withoutHomeOption).toBeCloseTo(9 / 16, 12)
    expect(r.declaredSwitchingCost).toBe(510000)
    expect(r.longestSwitchingMonths).toBe(18)
    expect(r.dependencies.map((d) => [d.id, d.bestTier])).toEqual([
      ["m365", "other"],
      ["openai", "partners"],
      ["ec2", "home"],
      ["ovh", "home"]
    ])
    expect(r.dependencies[2]!.homeOptions).toEqual(["ovh"])
  })

  it("reports no switching time when none is declared, and refuses bad input", () => {
    expect(lockIn([{ id: "a", weight: 1, tier: "home", options: [] }], risk).longestSwitchingMonths).toBeNull()
    expect(() => lockIn([], risk)).toThrow(MetricInputError)
    expect(() => lockIn([{ id: "a", weight: Number.NaN, tier: "home", options: [] }], risk)).toThrow(MetricInputError)
  })

  it("never rises when an option is added", () => {
    const tier = fc.constantFrom<AlignmentTier>("home", "partners", "other", "restricted")
    fc.assert(
      fc.property(tier, fc.array(tier, { maxLength: 4 }), tier, (own, options, extra) => {
        const base = lockIn([{ id: "d", weight: 1, tier: own, options: options.map((t, i) => ({ offering: `o${i}`, tier: t, via: "market" as const })) }], risk)
        const more = lockIn([{ id: "d", weight: 1, tier: own, options: [...options, extra].map((t, i) => ({ offering: `o${i}`, tier: t, via: "market" as const })) }], risk)
        expect(more.index).toBeLessThanOrEqual(base.index)
      })
    )
  })
})
