/**
 * Resource limits of the YAML/JSON decoder: alias bombs, deep nesting, gigantic values and oversized inputs are
 * refused quickly, each with a located error that names the limit; real inputs stay well inside them.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { z } from "zod"
import { PolicyParseError } from "../../src/errors.js"
import { DEFAULT_DECODE_LIMITS, decodeDocument } from "../../src/internal/document.js"
import { decodeManifest } from "../../src/manifest/decode.js"
import { decodePolicy } from "../../src/policy/decode.js"

const any = z.unknown()

/** Runs f and returns its result with the wall-clock time it took. */
const timed = <A>(f: () => A): { value: A; ms: number } => {
  const started = performance.now()
  const value = f()
  return { value, ms: performance.now() - started }
}

const refused = (text: string, limits = {}) => {
  const { value, ms } = timed(() => decodeDocument(text, "hostile.yaml", any, limits))
  expect(value.ok).toBe(false)
  if (value.ok) throw new Error("unreachable")
  expect(value.stage).toBe("parse")
  // "Quickly": generous for a loaded CI machine, orders of magnitude below an exhausted heap or a hang.
  expect(ms).toBeLessThan(3000)
  return value.diagnostics[0]!
}

describe("decode limits", () => {
  it("refuses a YAML alias bomb (9 levels of 9 aliases: 9^9 ≈ 387 million nodes if expanded)", () => {
    const names = "abcdefghij"
    const lines = [`a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`]
    for (let i = 1; i < 10; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(",")}]`)
    const d = refused(lines.join("\n"))
    expect(d.message).toMatch(/alias/i)
    expect(() => decodePolicy(lines.join("\n"), "policy.yaml")).toThrow(PolicyParseError)
  })

  it("refuses 100 000 nested flow lists as soon as the limit is crossed, with its position", () => {
    const d = refused(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)
    expect(d.message).toBe("the document is nested more than 128 levels deep")
    expect(d.line).toBe(1)
    // The parser's stack holds the document token plus one entry per open list: the 128th `[` (column 128)
    // brings it to 129 entries, and the error points just after it.
    expect(d.column).toBe(129)
  })

  it("refuses deep block nesting, located on the line that crosses the limit", () => {
    const text = Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n")
    const d = refused(text)
    expect(d.message).toMatch(/nested more than 128 levels/)
    expect(d.line).toBeGreaterThan(100)
    expect(d.line).toBeLessThan(140)
  })

  it("accepts nesting within the limit", () => {
    expect(decodeDocument(`${"[".repeat(100)}${"]".repeat(100)}`, "ok.yaml", any).ok).toBe(true)
  })

  it("refuses a value longer than 1 Mi characters, and accepts it when the limit is raised", () => {
    const text = `note: "${"x".repeat(2 * 1024 * 1024)}"\n`
    const d = refused(text)
    expect(d.message).toMatch(/characters is longer than the limit of 1048576/)
    expect(d.line).toBe(1)
    expect(decodeDocument(text, "ok.yaml", any, { maxStringChars: 3 * 1024 * 1024 }).ok).toBe(true)
  })

  it("refuses an input over 64 Mi characters before parsing it", () => {
    const d = refused(`# ${"x".repeat(64 * 1024 * 1024)}`)
    expect(d.message).toBe(`the input has ${64 * 1024 * 1024 + 2} characters, more than the limit of 67108864`)
    expect(d.hint).toMatch(/maxInputChars/)
  })

  it("applies limits given to the public decoders", () => {
    expect(() => decodeManifest("a: [[[1]]]", "sovmap.yaml", undefined, { maxDepth: 3 })).toThrow(/nested more than 3 levels/)
    expect(() => decodePolicy("x".repeat(100), "policy.yaml", { maxInputChars: 10 })).toThrow(/more than the limit of 10/)
  })

  it("keeps every example input well inside the default limits", () => {
    const root = join(import.meta.dirname, "..", "..", "..", "..")
    for (const file of ["examples/region-nordlys/sovmap.yaml", "examples/csf/calculator-example.yaml", "packages/core/data/policy/default.yaml"]) {
      const text = readFileSync(join(root, file), "utf8")
      expect(text.length).toBeLessThan(DEFAULT_DECODE_LIMITS.maxInputChars / 1000)
      expect(decodeDocument(text, file, any).ok).toBe(true)
    }
  })
})
