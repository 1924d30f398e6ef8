/**
 * From manifest text to a manifest whose every reference resolves, with located errors.
 *
 * @module
 */
import { KnowledgeBaseError, ManifestParseError, ManifestValidationError, UnknownReferenceError, type Diagnostic } from "../errors.js"
import { decodeDocument, type DecodeLimits, type LocatedDocument, type PathSegment } from "../internal/document.js"

export type { DecodeLimits, LocatedDocument, PathSegment } from "../internal/document.js"
export { DEFAULT_DECODE_LIMITS } from "../internal/document.js"
import { didYouMean } from "../internal/suggest.js"
import { applyOverlay, type KnowledgeBase } from "../kb/knowledge-base.js"
import type { Progress } from "../progress.js"
import { Manifest } from "./schema.js"

/**
 * A decoded manifest with the means to locate any of its values in the source text.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs"
 * import { decodeManifest, type LocatedManifest } from "@sovmap/core"
 *
 * const file = "examples/region-nordlys/sovmap.yaml"
 * const located: LocatedManifest = decodeManifest(readFileSync(file, "utf8"), file)
 * located.value.systems[2]?.dependencies[0]?.offering // "aws-ec2"
 * located.locate(["systems", 2, "dependencies", 0, "offering"]) // { line: 48, column: 19 }
 * ```
 * @category manifest
 * @since 0.1.0
 */
export type LocatedManifest = LocatedDocument<Manifest>

/**
 * Parses and validates manifest text (YAML or JSON). Throws {@link ManifestParseError} for syntax errors
 * and {@link ManifestValidationError} for shape errors — among them an input past the `limits` (size, nesting depth,
 * value length, aliases; {@link DEFAULT_DECODE_LIMITS} unless given); each diagnostic has file, line, column, what was
 * expected and a hint. `onProgress` hears the stages `parsing` (characters), `composing` and `checking`.
 *
 * @example
 * ```ts
 * import { decodeManifest } from "@sovmap/core"
 *
 * const { value } = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-cloud }] }\n",
 *   "sovmap.yaml"
 * )
 * value.home // "eu27"
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const decodeManifest = (text: string, file: string, onProgress?: Progress, limits: DecodeLimits = {}): LocatedManifest => {
  const result = decodeDocument(text, file, Manifest, limits, onProgress)
  if (result.ok) return result.located
  throw result.stage === "parse" ? new ManifestParseError(result.diagnostics) : new ManifestValidationError(result.diagnostics)
}

const parsePath = (path: string): Array<PathSegment> =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])))

/**
 * Applies the manifest's local records to the knowledge base and checks that every offering and bloc the
 * manifest names exists. Throws {@link UnknownReferenceError} with close matches, or
 * {@link KnowledgeBaseError} for broken local records, each located in the manifest.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs"
 * import { builtinKnowledgeBase, decodeManifest, resolveManifest } from "@sovmap/core"
 *
 * const file = "examples/region-nordlys/sovmap.yaml"
 * const kb = resolveManifest(decodeManifest(readFileSync(file, "utf8"), file), builtinKnowledgeBase())
 * kb.offerings.get("stackit-cloud")?.operator // "stackit"
 * kb.overlaid.offerings // []: the manifest defines no offerings of its own
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const resolveManifest = (manifest: LocatedManifest, base: KnowledgeBase): KnowledgeBase => {
  const { value, file, locate } = manifest
  const at = (path: Array<PathSegment>, d: Omit<Diagnostic, "file">): Diagnostic => ({ file, ...(locate(path) ?? {}), ...d })
  let kb: KnowledgeBase
  try {
    kb = applyOverlay(base, {
      file,
      entities: (value.entities ?? []).map((record, i) => ({ path: `entities[${i}]`, record })),
      offerings: (value.offerings ?? []).map((record, i) => ({ path: `offerings[${i}]`, record })),
      blocs: (value.blocs ?? []).map((record, i) => ({ path: `blocs[${i}]`, record })),
      laws: (value.laws ?? []).map((record, i) => ({ path: `laws[${i}]`, record }))
    })
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error
    throw new KnowledgeBaseError(
      error.diagnostics.map((d) => (d.file === file && d.path !== undefined ? { ...d, ...(locate(parsePath(d.path)) ?? {}) } : d))
    )
  }
  const problems: Array<Diagnostic> = []
  const invalid: Array<Diagnostic> = []
  if (!kb.blocs.has(value.home)) {
    problems.push(at(["home"], { path: "home", message: `unknown bloc \`${value.home}\``, expected: `a bloc id: ${[...kb.blocs.keys()].map((k) => `\`${k}\``).join(", ")}`, hint: didYouMean(value.home, kb.blocs.keys()) ?? "define it under `blocs:` in the manifest" }))
  }
  value.systems.forEach((system, s) =>
    system.dependencies.forEach((dependency, d) => {
      if (kb.offerings.has(dependency.offering)) return
      const path = ["systems", s, "dependencies", d, "offering"]
      problems.push(
        at(path, {
          path: `systems[${s}].dependencies[${d}].offering`,
          message: `unknown offering \`${dependency.offering}\``,
          expected: "the id of an offering in the knowledge base (`sovmap data offerings`) or under `offerings:` in this manifest",
          hint: didYouMean(dependency.offering, kb.offerings.keys()) ?? "declare it under `offerings:` with its brand and operator"
        })
      )
    })
  )
  value.systems.forEach((system, s) =>
    system.dependencies.forEach((dependency, d) =>
      dependency.fallback?.forEach((id, k) => {
        if (kb.offerings.has(id)) return
        problems.push(
          at(["systems", s, "dependencies", d, "fallback", k], {
            path: `systems[${s}].dependencies[${d}].fallback[${k}]`,
            message: `unknown fallback offering \`${id}\``,
            expected: "the id of an offering in the knowledge base or under `offerings:` in this manifest",
            hint: didYouMean(id, kb.offerings.keys()) ?? "declare it under `offerings:` with its brand and operator"
          })
        )
      })
    )
  )
  const seen = new Map<string, number>()
  value.systems.forEach((system, s) => {
    if (seen.has(system.id)) invalid.push(at(["systems", s, "id"], { path: `systems[${s}].id`, message: `duplicate system id \`${system.id}\``, hint: `already used by systems[${seen.get(system.id)}]` }))
    seen.set(system.id, s)
  })
  if (value.weighting !== "criticality") {
    value.systems.forEach((system, s) =>
      system.dependencies.forEach((dependency, d) => {
        if (dependency.spend === undefined) {
          invalid.push(at(["systems", s, "dependencies", d], { path: `systems[${s}].dependencies[${d}]`, message: `missing \`spend\` while \`weighting: ${value.weighting}\``, hint: "give every dependency a `spend`, or use `weighting: criticality`" }))
        }
      })
    )
  }
  if (invalid.length > 0) throw new ManifestValidationError([...invalid, ...problems])
  if (problems.length > 0) throw new UnknownReferenceError(problems)
  return kb
}
