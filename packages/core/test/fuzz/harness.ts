/**
 * A generic fuzz harness: feeds a parser random text and mutations of valid seed inputs, and accepts only two
 * outcomes — a value, or a typed {@link SovmapError} whose diagnostics carry a file and a line. Any other
 * exception, or a case slower than the per-case budget (a near-hang), fails with the shrunk input.
 *
 * Case counts: `SOVMAP_FUZZ_RUNS` per parser and input kind (default 500, so 1000 cases per parser in CI);
 * `pnpm fuzz --long` sets it to 25 000.
 */
import fc from "fast-check"
import { expect } from "vitest"
import { SovmapError } from "../../src/errors.js"

/** One parser under test. */
export interface FuzzTarget {
  readonly name: string
  /** Parses the input; may return anything, may throw only a located SovmapError. */
  readonly parse: (input: string) => unknown
  /** Valid inputs that mutations start from. */
  readonly seeds: ReadonlyArray<string>
  /** Extra tokens worth splicing in (format syntax: brackets, quotes, delimiters, aliases…). */
  readonly tokens?: ReadonlyArray<string>
}

/** Cases per input kind (random, mutated): env `SOVMAP_FUZZ_RUNS`, default 500. */
export const fuzzRuns = (): number => {
  const n = Number(process.env["SOVMAP_FUZZ_RUNS"] ?? "")
  return Number.isInteger(n) && n > 0 ? n : 500
}

/** Vitest timeout for one fuzz test: generous, as the per-case budget is what catches hangs. */
export const fuzzTimeout = (): number => Math.max(60_000, fuzzRuns() * 100)

/** Wall-clock budget of one case; a parser that takes longer on a small input is treated as hanging. */
export const CASE_BUDGET_MS = 2000

const COMMON_TOKENS = ["\n", "\r\n", "\t", " ", "\"", "'", "{", "}", "[", "]", ",", ":", "-", "#", "\\", "\u0000", "\uFEFF", "\uD800", "é", "1e309", "-0", "NaN", "null", "true", "&a", "*a", "!!binary", "<", ">", "</", "<!--", "<![CDATA[", "<!DOCTYPE x [<!ENTITY e \"x\">]>", "&e;", "&amp;", "__proto__", "constructor", "%", "@"]

/** A mutation of one seed: insert, delete, duplicate, replace or truncate a slice, possibly several times. */
const mutated = (seeds: ReadonlyArray<string>, tokens: ReadonlyArray<string>): fc.Arbitrary<string> => {
  const token = fc.oneof(fc.constantFrom(...COMMON_TOKENS, ...tokens), fc.string({ maxLength: 8, unit: "binary" }))
  const op = fc.tuple(fc.nat(), fc.nat({ max: 64 }), fc.integer({ min: 0, max: 4 }), token)
  return fc.tuple(fc.constantFrom(...seeds), fc.array(op, { minLength: 1, maxLength: 6 })).map(([seed, ops]) => {
    let s = seed
    for (const [at, len, kind, t] of ops) {
      const i = s.length === 0 ? 0 : at % (s.length + 1)
      if (kind === 0) s = s.slice(0, i) + t + s.slice(i)
      else if (kind === 1) s = s.slice(0, i) + s.slice(i + len)
      else if (kind === 2) s = s.slice(0, i) + s.slice(i, i + len) + s.slice(i)
      else if (kind === 3) s = s.slice(0, i) + t + s.slice(i + Math.max(1, t.length))
      else s = s.slice(0, i)
    }
    return s
  })
}

const random = (tokens: ReadonlyArray<string>): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 200, unit: "binary" }),
    fc.array(fc.constantFrom(...COMMON_TOKENS, ...tokens), { maxLength: 60 }).map((a) => a.join("")),
    fc.json({ maxDepth: 4 })
  )

/** What one case did: a value, or a typed error; anything else throws. */
export const checkOutcome = (target: FuzzTarget, input: string): "value" | "error" => {
  const started = performance.now()
  let outcome: "value" | "error"
  try {
    target.parse(input)
    outcome = "value"
  } catch (error) {
    if (!(error instanceof SovmapError)) {
      throw new Error(`${target.name} threw a non-sovmap error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`)
    }
    if (error.diagnostics.length === 0) throw new Error(`${target.name} threw ${error._tag} with no diagnostics`)
    for (const d of error.diagnostics) {
      if (d.file === "" || d.line === undefined || !(d.line >= 1)) throw new Error(`${target.name} threw ${error._tag} without a location: ${JSON.stringify(d)}`)
    }
    outcome = "error"
  }
  const took = performance.now() - started
  if (took > CASE_BUDGET_MS) throw new Error(`${target.name} took ${Math.round(took)} ms on a ${input.length}-character input`)
  return outcome
}

/** Counts of one fuzz run, for the Reliability page. */
export interface FuzzTally {
  readonly cases: number
  readonly values: number
  readonly errors: number
}

/** Runs random and mutated inputs through the target and returns how the cases ended. */
export const fuzz = (target: FuzzTarget, numRuns = fuzzRuns()): FuzzTally => {
  let values = 0
  let errors = 0
  const prop = (input: string) => {
    if (checkOutcome(target, input) === "value") values++
    else errors++
  }
  fc.assert(fc.property(random(target.tokens ?? []), prop), { numRuns })
  fc.assert(fc.property(mutated(target.seeds, target.tokens ?? []), prop), { numRuns })
  // Mutations leave many inputs valid: a parser that rejects every one of them is broken too.
  expect(values).toBeGreaterThan(0)
  return { cases: values + errors, values, errors }
}
