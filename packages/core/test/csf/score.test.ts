import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { csfCatalogue, decodeCsfAnswers, lowestSeal, resolveCsfAnswers, scoreCsf, type CsfAnswersFile } from "../../src/index.js"
import { answersText, example } from "./helpers.js"

const catalogue = csfCatalogue("1.2.1")!
const ids = [...catalogue.criteria.keys()]
const counts = ids.map((id) => catalogue.criteria.get(id)!.options.length)
const all = (pick: (n: number) => number) => Object.fromEntries(ids.map((id, i) => [id, pick(counts[i]!)]))
const decode = (answers: Record<string, number>) => decodeCsfAnswers(answersText(answers), "t.yaml", { allowIncomplete: true })

describe("scoreCsf: golden values", () => {
  it("all-best answers: 100 % with the v1.2.1 weights, 100.0756 % with the calculator's (METHODS.md §1.6/§1.9 hand calculation)", () => {
    const answers = decode(all((n) => n))
    expect(scoreCsf(answers).score).toBeCloseTo(100, 10)
    // 0.2·1000.03 + 0.1·1002 + 0.1·1000 + 0.15·1002 + 0.1·1001 + 0.15·1000 + 0.15·1001 + 0.05·1000, / 1000, in %
    // = (200.006 + 100.2 + 100 + 150.3 + 100.1 + 150 + 150.15 + 50) / 10 = 100.0756
    expect(scoreCsf(answers, { weightSet: "csf-calculator-2026-06" }).score).toBeCloseTo(100.0756, 10)
    expect(scoreCsf(answers).seal).toBe(4)
  })

  it("all-worst answers: 0 % and SEAL-0 (METHODS.md §1.9)", () => {
    const s = scoreCsf(decode(all(() => 1)))
    expect(s.score).toBe(0)
    expect(s.seal).toBe(0)
  })

  it("reproduces the Commission calculator's own example (column E, 1 Jun 2026), worked by hand", () => {
    const { file, text } = example("calculator-example")
    const answers = decodeCsfAnswers(text, file, { allowIncomplete: true })
    const calc = scoreCsf(answers, { weightSet: "csf-calculator-2026-06" })
    // Points of the chosen options, read off the published option table (SOV-1.6 is left blank by the calculator):
    // SOV-1: 125.01 + 62.5 + 41.67 + 93.75 + 62.5 + 83 + 62.5           = 530.93
    // SOV-2: 167 + 83.5 + 167 + 125.25 + 83.5 + 83.5                    = 709.75
    // SOV-3: 100 + 150 + 150 + 200 + 100                                 = 700
    // SOV-4: 83.5 + 125.25 + 125.25 + 167 + 125.25 + 83.5                = 709.75
    // SOV-5: 71.5 × 5 + 107.25 × 2                                       = 572
    // SOV-6: 100 + 100 + 100 + 150 + 50                                  = 500
    // SOV-7: 143 × 7                                                     = 1001
    // SOV-8: 187.5 + 250 + 250 + 187.5                                   = 875
    expect(calc.objectives.map((o) => o.points)).toEqual([530.93, 709.75, 700, 709.75, 572, 500, 1001, 875])
    // Calculator total cell ((D4*E4+…)/1000): (0.2·530.93 + 0.1·709.75 + 0.1·700 + 0.15·709.75 + 0.1·572 + 0.15·500
    // + 0.15·1001 + 0.05·875) / 1000 = (106.186 + 70.975 + 70 + 106.4625 + 57.2 + 75 + 150.15 + 43.75) / 1000 = 0.6797235
    expect(calc.score).toBeCloseTo(67.97235, 10)
    // v1.2.1 §5: each objective over its own maximum, weights 15/10/10/15/20/15/10/5.
    const doc = 15 * (530.93 / 1000.03) + 10 * (709.75 / 1002) + 10 * (700 / 1000) + 15 * (709.75 / 1002) + 20 * (572 / 1001) + 15 * (500 / 1000) + 10 * (1001 / 1001) + 5 * (875 / 1000)
    expect(scoreCsf(answers).score).toBeCloseTo(doc, 10)
    // SEAL: lowest option SEAL per objective; SOV-1.3 option 2 and SOV-1.8 option 3 grant SEAL-2, SOV-2.2 option 3 SEAL-2 …
    expect(calc.objectives.map((o) => o.seal)).toEqual([2, 2, 3, 3, 3, 3, 4, 4])
    expect(calc.seal).toBe(2)
    expect(calc.completeness).toEqual({ answered: 47, total: 48, missing: ["SOV-1.6"] })
  })

  it("computes each objective's contribution as ratio × weight and sums them (v1.2.1 §5)", () => {
    const s = scoreCsf(decode({ "SOV-8.1": 5, "SOV-3.4": 5 }))
    // SOV-8: 250 / 1000 × 5 = 1.25; SOV-3: 200 / 1000 × 10 = 2
    expect(s.objectives.find((o) => o.id === "SOV-8")!.contribution).toBeCloseTo(1.25, 12)
    expect(s.score).toBeCloseTo(3.25, 12)
  })
})

const arbitraryAnswers = fc.tuple(...counts.map((n) => fc.integer({ min: 1, max: n })))
const toFile = (picks: ReadonlyArray<number>): CsfAnswersFile => ({
  csf: 1,
  framework: "1.2.1",
  offer: { name: "p", hypothetical: true },
  answers: Object.fromEntries(ids.map((id, i) => [id, { option: picks[i]! }]))
})

describe("scoreCsf: properties", () => {
  it("raising any one answer never lowers the score, under either weight set", () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.nat(), (picks, k) => {
        const i = k % ids.length
        if (picks[i]! >= counts[i]!) return
        const raised = [...picks]
        raised[i] = picks[i]! + 1
        for (const weightSet of ["csf-1.2.1", "csf-calculator-2026-06"]) {
          const before = scoreCsf(resolveCsfAnswers(toFile(picks), "p"), { weightSet })
          const after = scoreCsf(resolveCsfAnswers(toFile(raised), "p"), { weightSet })
          expect(after.score).toBeGreaterThanOrEqual(before.score)
          expect(after.seal!).toBeGreaterThanOrEqual(before.seal!)
        }
      })
    )
  })

  it("the SEAL never exceeds the lowest criterion's, and equals it (a minimum, never an average)", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (picks) => {
        const s = scoreCsf(resolveCsfAnswers(toFile(picks), "p"))
        const criterionSeals = ids.map((id, i) => catalogue.criteria.get(id)!.options[picks[i]! - 1]!.seal)
        for (const seal of criterionSeals) expect(s.seal!).toBeLessThanOrEqual(seal)
        expect(s.seal).toBe(Math.min(...criterionSeals))
        for (const o of s.objectives) expect(s.seal!).toBeLessThanOrEqual(o.seal!)
      })
    )
  })

  it("lowestSeal is the minimum and ignores nothing", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>, { minLength: 1 }), (seals) => lowestSeal(seals) === Math.min(...seals)))
  })
})
