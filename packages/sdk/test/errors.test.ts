// The error classes of the public API: every one exported from both entries, named by a stable `_tag`
// equal to its class name, and carrying file, line, column and hint into its message.
import { describe, expect, it } from "vitest"
import * as Promises from "../src/index.js"
import * as Effects from "../src/effect.js"

type ErrorClass = new (diagnostics: ReadonlyArray<Promises.Diagnostic>) => Promises.SovmapError
const errorClasses = (Object.entries(Promises) as Array<[string, unknown]>).filter(
  (entry): entry is [string, ErrorClass] => typeof entry[1] === "function" && entry[1].prototype instanceof Promises.SovmapError
)

describe("error classes", () => {
  it("are exported (the 19 of the domain and I/O, from both entries)", () => {
    // 17 from core's errors.ts + FileReadError, FileWriteError from the SDK; a new class must be added here.
    expect(errorClasses.map(([name]) => name).sort()).toEqual(
      [
        "CsfIncompleteError",
        "CsfParseError",
        "CsfValidationError",
        "FileReadError",
        "FileWriteError",
        "KnowledgeBaseError",
        "ManifestParseError",
        "ManifestValidationError",
        "MetricInputError",
        "PolicyParseError",
        "PolicyValidationError",
        "ReportDecodeError",
        "SbomParseError",
        "SbomValidationError",
        "TradeInputError",
        "TradeRowError",
        "UnknownCutTargetError",
        "UnknownReferenceError",
        "UnsupportedSbomError"
      ].sort()
    )
    for (const [name, cls] of errorClasses) expect((Effects as Record<string, unknown>)[name]).toBe(cls)
  })

  it("have a _tag equal to the class name and put location and hint in the message", () => {
    for (const [name, cls] of errorClasses) {
      const error = new cls([{ file: "in.yaml", line: 3, column: 7, message: "bad value", hint: "write a number" }])
      expect(error._tag).toBe(name)
      expect(error.name).toBe(name)
      expect(error).toBeInstanceOf(Error)
      expect(error.message).toBe("in.yaml:3:7: bad value\n  hint: write a number")
    }
  })
})
