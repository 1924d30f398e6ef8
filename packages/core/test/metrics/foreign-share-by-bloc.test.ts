import { describe, expect, it } from "vitest"
import { foreignShareByBloc, MetricInputError } from "../../src/index.js"

describe("foreignShareByBloc", () => {
  const fiveEyes = { id: "five-eyes", members: new Set(["AU", "CA", "GB", "NZ", "US"]) }
  const nato = { id: "nato", members: new Set(["US", "GB", "FR", "DE", "CA"]) }
  const home = new Set(["FR", "DE"])

  it("matches a hand calculation", () => {
    // US 5, GB 1, FR 3, CN 1 → total 10
    // five-eyes: US + GB = 6 → 0.6, all foreign → 0.6
    // nato: US + GB + FR = 9 → 0.9; foreign part US + GB = 6 → 0.6
    const rows = foreignShareByBloc(
      [
        { jurisdiction: "US", weight: 5 },
        { jurisdiction: "GB", weight: 1 },
        { jurisdiction: "FR", weight: 3 },
        { jurisdiction: "CN", weight: 1 }
      ],
      [fiveEyes, nato],
      home
    )
    expect(rows.map((r) => [r.bloc, r.weight, r.foreignWeight])).toEqual([
      ["five-eyes", 6, 6],
      ["nato", 9, 6]
    ])
    expect(rows[1]!.share).toBeCloseTo(0.9, 12)
    expect(rows[1]!.foreignShare).toBeCloseTo(0.6, 12)
  })

  it("refuses an empty or negative distribution", () => {
    expect(() => foreignShareByBloc([], [nato], home)).toThrow(MetricInputError)
    expect(() => foreignShareByBloc([{ jurisdiction: "US", weight: -1 }], [nato], home)).toThrow(MetricInputError)
  })
})

describe("foreignShareByBloc rounding", () => {
  it("gives exactly 1 when every jurisdiction is in the bloc and foreign", () => {
    const xs = [0.001, 0.1, 123.456, 0.7, 0.3, 0.6].map((weight, i) => ({ jurisdiction: ["US", "US", "CA", "US", "GB", "GB"][i]!, weight }))
    const [row] = foreignShareByBloc(xs, [{ id: "five-eyes", members: new Set(["AU", "CA", "GB", "NZ", "US"]) }], new Set(["FR"]))
    expect(row!.share).toBe(1)
    expect(row!.foreignShare).toBe(1)
  })
})
