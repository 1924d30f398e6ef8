/**
 * Fuzzing of every YAML/JSON document decoder: manifest (and its resolution against the built-in knowledge
 * base), policy, CSF answers and floors, report JSON (for diff) and the trade ecosystem map.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { decodeCsfAnswers } from "../../src/csf/answers.js"
import { decodeCsfFloors } from "../../src/csf/tender.js"
import { decodeReport } from "../../src/diff/report.js"
import { builtinKnowledgeBase } from "../../src/kb/knowledge-base.js"
import { decodeManifest, resolveManifest } from "../../src/manifest/decode.js"
import { decodePolicy } from "../../src/policy/decode.js"
import { decodeEcosystemMap } from "../../src/trade/ecosystems.js"
import { checkOutcome, fuzz, fuzzTimeout, type FuzzTarget } from "./harness.js"

const root = join(import.meta.dirname, "..", "..", "..", "..")
const read = (...p: Array<string>) => readFileSync(join(root, ...p), "utf8")
const kb = builtinKnowledgeBase()

const YAML_TOKENS = ["&a [1]", "*a", "<<: *a", "? ", "|\n  x", ">-\n  y", "--- ", "...", "!!str ", "!!map {}", "%YAML 1.2\n---\n", "key: value\n", "- item\n", "{a: 1}", "\"\\u0000\""]

const manifest = read("examples", "region-nordlys", "sovmap.yaml")
const minimalManifest = "sovmap: 1\norganisation:\n  name: Fuzz\ndependencies: []\n"

const targets: ReadonlyArray<FuzzTarget> = [
  { name: "manifest", parse: (t) => resolveManifest(decodeManifest(t, "sovmap.yaml"), kb), seeds: [manifest], tokens: YAML_TOKENS },
  { name: "policy", parse: (t) => decodePolicy(t, "policy.yaml"), seeds: [read("packages", "core", "data", "policy", "default.yaml")], tokens: YAML_TOKENS },
  {
    name: "CSF answers",
    parse: (t) => decodeCsfAnswers(t, "answers.yaml", { allowIncomplete: true }),
    seeds: [read("examples", "csf", "hypothetical-eu-provider.yaml"), read("examples", "csf", "calculator-example.yaml")],
    tokens: YAML_TOKENS
  },
  { name: "CSF floors", parse: (t) => decodeCsfFloors(t, "floors.yaml"), seeds: [read("examples", "csf", "floors-seal-2.yaml")], tokens: YAML_TOKENS },
  {
    name: "report JSON",
    parse: (t) => decodeReport(t, "report.json"),
    seeds: [
      JSON.stringify({
        reportVersion: 2,
        inputs: { manifest: { file: "sovmap.yaml", sha256: "00" }, knowledgeBase: { version: "2026.11" } },
        organisation: { name: "Fuzz" },
        dependencies: [],
        metrics: {}
      })
    ]
  },
  { name: "trade ecosystem map", parse: (t) => decodeEcosystemMap(t, "ecosystems.yaml"), seeds: ['ecosystems:\n  - id: semiconductors\n    name: Semiconductors\n    products: ["8541", "8542"]\n'], tokens: YAML_TOKENS }
]

describe("fuzz: document decoders", () => {
  it.each(targets.map((t) => [t.name, t] as const))("%s: seeds decode to a value", (_, target) => {
    for (const seed of target.seeds) expect(checkOutcome(target, seed)).toBe("value")
  })
  it.each(targets.map((t) => [t.name, t] as const))("%s: random and mutated inputs give a value or a located error", (_, target) => {
    const tally = fuzz(target)
    console.info(`fuzz ${target.name}: ${tally.cases} cases, ${tally.values} values, ${tally.errors} typed errors`)
  }, fuzzTimeout())
})
