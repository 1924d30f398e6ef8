import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { parse as yamlParse, parseDocument, stringify } from "yaml"
import * as z from "zod"
import { decodeDocument } from "../../src/internal/document.js"
import type { ProgressUpdate } from "../../src/progress.js"

const decodeAny = (text: string, onProgress?: (u: ProgressUpdate) => void) => decodeDocument(text, "doc.yaml", z.unknown(), {}, onProgress)

describe("decodeDocument drives yaml lexeme by lexeme", () => {
  it("reads the same value as yaml's own parse (another implementation) for any JSON-like data", () => {
    const jsonish = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown)
    fc.assert(
      fc.property(jsonish, fc.boolean(), (value, asJson) => {
        const text = asJson ? JSON.stringify(value) : stringify(value)
        const result = decodeAny(text)
        expect(result.ok).toBe(true)
        if (result.ok) expect(result.located.value).toEqual(yamlParse(text))
      }),
      { numRuns: 100 }
    )
  }, 30_000)

  it("reports the same syntax errors as yaml's parseDocument, at the same place", () => {
    const cases = ["a: 1\na: 2\n", "a: [1, 2\n", "a: 1\n---\nb: 2\n", "key: value\n  bad: indent\n", "\"unterminated\n"]
    for (const text of cases) {
      const ours = decodeAny(text)
      const theirs = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true }).errors
      expect(ours.ok).toBe(false)
      if (!ours.ok) {
        expect(ours.stage).toBe("parse")
        expect(ours.diagnostics.map((d) => d.message)).toEqual(theirs.map((e) => `not valid YAML: ${e.message.split("\n")[0]}`))
      }
    }
  })

  it("reports parsing progress from 0 to the length of the text, never backwards, then composing and checking", () => {
    // 20000 list items of ~10 characters: far more than the 65536 lexemes between two reports.
    const text = Array.from({ length: 20000 }, (_, i) => `- item-${i}`).join("\n")
    const updates: Array<ProgressUpdate> = []
    const result = decodeAny(text, (u) => updates.push(u))
    expect(result.ok).toBe(true)
    const parsing = updates.filter((u) => u.stage === "parsing")
    expect(parsing[0]).toEqual({ stage: "parsing", done: 0, total: text.length, unit: "characters" })
    expect(parsing.at(-1)).toEqual({ stage: "parsing", done: text.length, total: text.length, unit: "characters" })
    expect(parsing.length).toBeGreaterThan(2)
    for (let i = 1; i < parsing.length; i++) expect(parsing[i]!.done).toBeGreaterThanOrEqual(parsing[i - 1]!.done)
    expect(updates.map((u) => u.stage).filter((s, i, all) => s !== all[i - 1])).toEqual(["parsing", "composing", "checking"])
  }, 30_000)
})
