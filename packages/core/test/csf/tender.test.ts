import { describe, expect, it } from "vitest"
import { buildCsfReport, checkCsfTender, csfFloors, CsfValidationError, decodeCsfAnswers, decodeCsfFloors, renderCsfHtmlSection, renderCsfMarkdown, scoreCsf } from "../../src/index.js"
import { answersText, example } from "./helpers.js"

const calculatorExample = () => {
  const { file, text } = example("calculator-example")
  return scoreCsf(decodeCsfAnswers(text, file, { allowIncomplete: true }), { weightSet: "csf-calculator-2026-06" })
}

describe("checkCsfTender", () => {
  it("passes the calculator example at SEAL-2 everywhere (its lowest objective SEAL is 2)", () => {
    expect(checkCsfTender(calculatorExample(), csfFloors("SEAL-2", 2)).pass).toBe(true)
  })

  it("rejects it at SEAL-3 and names the answers below the floor (SOV-1.3 option 2, SOV-1.8 option 3, SOV-2.2 option 3 grant SEAL-2)", () => {
    const check = checkCsfTender(calculatorExample(), csfFloors("SEAL-3", 3))
    expect(check.pass).toBe(false)
    expect(check.objectives.filter((o) => !o.pass).map((o) => o.id)).toEqual(["SOV-1", "SOV-2"])
    expect(check.objectives[0]!.below).toEqual([
      { criterion: "SOV-1.3", option: 2, seal: 2 },
      { criterion: "SOV-1.8", option: 3, seal: 2 }
    ])
    expect(check.objectives[1]!.reason).toBe("SEAL-2 is below the floor SEAL-3: SOV-2.2 option 3 grants SEAL-2")
  })

  it("fails an objective with no answered criterion", () => {
    const s = scoreCsf(decodeCsfAnswers(answersText({ "SOV-1.1": 4 }), "t.yaml", { allowIncomplete: true }))
    const check = checkCsfTender(s, csfFloors("SOV-2 floor", undefined, { "SOV-2": 1 }))
    expect(check.pass).toBe(false)
    expect(check.objectives[1]!.reason).toMatch(/^no answered criterion/)
  })

  it("decodes floors files and refuses an empty one", () => {
    expect(decodeCsfFloors("csfFloors: 1\nname: x\ndefault: 2\nobjectives: { SOV-3: 3 }\n", "f.yaml").floors).toMatchObject({ "SOV-1": 2, "SOV-3": 3 })
    expect(() => decodeCsfFloors("csfFloors: 1\nname: x\n", "f.yaml")).toThrow(CsfValidationError)
    expect(() => decodeCsfFloors("csfFloors: 1\nname: x\ndefault: 5\n", "f.yaml")).toThrow(CsfValidationError)
  })
})

describe("CSF report", () => {
  const offers = ["hypothetical-eu-provider", "hypothetical-non-eu-provider-eu-region"].map((name) => {
    const { file, text } = example(name)
    return scoreCsf(decodeCsfAnswers(text, file))
  })

  it("rejects offers below the floors and ranks the rest by score (v1.2.1 §1)", () => {
    const report = buildCsfReport(offers, csfFloors("SEAL-2", 2))
    expect(report.offers.map((o) => o.tender?.pass)).toEqual([true, false])
    expect(report.offers.map((o) => o.rank)).toEqual([1, undefined])
    expect(buildCsfReport([...offers].reverse()).offers.map((o) => o.rank)).toEqual([2, 1])
  })

  it("renders offer names from input as inert text in HTML", () => {
    const hostile = scoreCsf(decodeCsfAnswers("csf: 1\nframework: '1.2.1'\noffer: { name: '<script>alert(1)</script>' }\nanswers: {}\n", "h.yaml", { allowIncomplete: true }))
    const html = renderCsfHtmlSection(buildCsfReport([hostile]))
    expect(html).not.toContain("<script>")
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
  })

  it("shows the comparison in Markdown with two-decimal figures", () => {
    const md = renderCsfMarkdown(buildCsfReport(offers, csfFloors("SEAL-2", 2)))
    expect(md).toContain("## Comparison")
    expect(md).toContain("| Tender | | pass | **rejected** |")
  })
})
