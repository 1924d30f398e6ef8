import { describe, expect, it } from "vitest"
import { CsfIncompleteError, CsfParseError, CsfValidationError, decodeCsfAnswers, formatDiagnostic } from "../../src/index.js"
import { answersText } from "./helpers.js"

const failure = (text: string, allowIncomplete = false) => {
  try {
    decodeCsfAnswers(text, "offer.yaml", { allowIncomplete })
  } catch (error) {
    return error as CsfValidationError
  }
  throw new Error("expected a failure")
}

describe("decodeCsfAnswers: bad input is located and explained", () => {
  it("names an unknown criterion id at its line and column, with a close match", () => {
    const e = failure(answersText({ "SOV-1.1": 4, "SOV-1.9": 2 }), true)
    expect(e).toBeInstanceOf(CsfValidationError)
    // line 6: after csf, framework, offer, answers:, SOV-1.1
    expect(e.diagnostics[0]).toMatchObject({ file: "offer.yaml", line: 6, column: 3, message: "unknown criterion `SOV-1.9` in framework 1.2.1" })
    expect(e.diagnostics[0]!.hint).toMatch(/^did you mean `SOV-1\.\d`/)
  })

  it("refuses an option the criterion does not have, listing the options", () => {
    const e = failure(answersText({ "SOV-2.1": 4 }), true)
    expect(e.diagnostics[0]).toMatchObject({ line: 5, message: "SOV-2.1 has no option 4" })
    expect(e.diagnostics[0]!.expected).toContain("1 … 3 (1: Non-EU only; 2: Mixed EU/non-EU; 3: Exclusively EU law)")
  })

  it("refuses a label that does not match the option number", () => {
    const text = "csf: 1\nframework: '1.2.1'\noffer: { name: X }\nanswers:\n  SOV-2.1: { option: 2, label: Exclusively EU law }\n"
    expect(failure(text, true).diagnostics[0]).toMatchObject({ line: 5, message: 'SOV-2.1 option 2 is "Mixed EU/non-EU", not "Exclusively EU law"' })
  })

  it("refuses answers written for another framework version, at the `framework` line", () => {
    const e = failure(answersText({ "SOV-1.1": 1 }, "1.3"), true)
    expect(e).toBeInstanceOf(CsfValidationError)
    expect(formatDiagnostic(e.diagnostics[0]!)).toMatch(/^offer\.yaml:2:12: answers are for framework version `1\.3`, which this sovmap does not ship\n {2}expected: one of `1\.2\.1`/)
  })

  it("refuses an incomplete questionnaire by default and lists every unanswered criterion", () => {
    const e = failure(answersText({ "SOV-1.1": 1 }))
    expect(e).toBeInstanceOf(CsfIncompleteError)
    expect(e.diagnostics[0]!.message).toMatch(/^47 of 48 criteria unanswered: SOV-1\.2, SOV-1\.3, .*SOV-8\.4$/)
    expect(e.diagnostics[0]!.hint).toContain("--allow-incomplete")
  })

  it("reports YAML syntax errors as CsfParseError and unknown fields with the known ones", () => {
    expect(failure("csf: 1\nframework: [\n")).toBeInstanceOf(CsfParseError)
    const e = failure("csf: 1\nframework: '1.2.1'\noffer: { name: X }\nanswer: {}\n")
    expect(e.diagnostics.map((d) => d.message)).toContain("unknown field `answer`")
  })
})
