import { describe, expect, it } from "vitest"
import { renderCheckAnnotations, renderCheckJson, renderCheckMarkdown, type PolicyCheck } from "../../src/index.js"

const check: PolicyCheck = {
  policy: { id: "gate", version: "1", file: "ci/policy,v2.yaml" },
  manifest: "sovmap.yaml",
  passed: false,
  rules: [],
  breaches: [
    { index: 0, rule: "max-foreign-share", ruleId: "cap", file: "ci/policy,v2.yaml", line: 7, column: 12, subject: null, message: "share 57.6 %, limit 40 %\nsecond line" },
    { index: 1, rule: "no-spof", ruleId: "rules[1]", file: "ci/policy,v2.yaml", subject: "offering:x", message: "x [link](http://e) is a SPOF" }
  ]
}

describe("renderCheckAnnotations", () => {
  it("writes one ::error command per breach, escaped as the Actions toolkit escapes", () => {
    // By hand: `%` → %25, LF → %0A in the message; `,` → %2C and `:` → %3A in property values.
    expect(renderCheckAnnotations(check)).toBe(
      "::error file=ci/policy%2Cv2.yaml,line=7,col=12,title=sovmap check%3A cap (max-foreign-share)::share 57.6 %25, limit 40 %25%0Asecond line\n" +
        "::error file=ci/policy%2Cv2.yaml,title=sovmap check%3A rules[1] (no-spof)::x [link](http://e) is a SPOF\n"
    )
  })
})

describe("renderCheckMarkdown / renderCheckJson", () => {
  it("lists breaches with their location and keeps input text inert", () => {
    const md = renderCheckMarkdown({ ...check, rules: [{ index: 1, rule: "no-spof", ruleId: "rules[1]", passed: false, breaches: [check.breaches[1]!] }] })
    expect(md).toContain("# Policy check: failed")
    expect(md).toContain("  - `ci/policy,v2.yaml`: x \\[link\\](http://e) is a SPOF")
    expect(JSON.parse(renderCheckJson(check))).toEqual(check)
  })
})
