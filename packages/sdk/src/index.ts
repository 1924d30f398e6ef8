/**
 * `@sovmap/sdk`: map technology dependencies onto the companies and jurisdictions that control them.
 *
 * Promise functions for everyday use; the same programs as Effects in `@sovmap/sdk/effect`. Every
 * rejection is one of the exported, tagged error classes.
 *
 * @example
 * ```ts
 * import { assess, loadManifest, renderReport } from "@sovmap/sdk"
 *
 * const manifest = await loadManifest("sovmap.yaml")
 * const result = await assess(manifest)
 * console.log(renderReport(result, "md"))
 * ```
 * @module
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodeStdio from "@effect/platform-node/NodeStdio"
import type * as FileSystem from "effect/FileSystem"
import * as Layer from "effect/Layer"
import type * as Stdio from "effect/Stdio"
import type { Assessment, AssessmentDiff, ReportDocument, LocatedPolicy, Policy, SbomAttribution, SbomDocument, CsfAnswersFile, CsfReport, Cut, ScenarioOptions, ScenarioResult, SinglePointOfFailure, SinglePointsOfFailureOptions, SweepResult } from "@sovmap/core"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Programs from "./effect.js"

export * from "./errors.js"
export { sourceName, type TextSource } from "./input.js"
import { isTextSource, type TextSource } from "./input.js"
export { renderReport, type LoadedManifest, type Progress, type ProgressOptions, type ProgressUpdate, type ReportFormat } from "./effect.js"
export type { Assessment, Manifest, Policy } from "@sovmap/core"
export { renderCsfReport, type CsfReportFormat, type ScoreCsfOptions } from "./csf.js"
import type { ScoreCsfOptions } from "./csf.js"
export type { CsfReport, CsfAnswersFile, CsfFloors } from "@sovmap/core"
export type { Cut, ScenarioOptions, ScenarioResult, SinglePointOfFailure, SinglePointsOfFailureOptions, SweepResult } from "@sovmap/core"
export { builtinKnowledgeBase, jsonSchemaNames, jsonSchemaPath, jsonSchemas, type JsonSchemaName } from "@sovmap/core"
export { renderDiff } from "./effect.js"
export { renderCheck, renderCheckAnnotations, type CheckResult } from "./check.js"
export type { PolicyCheck, PolicyBreach, PolicyRule, RuleVerdict } from "@sovmap/core"
export type { AssessmentDiff, ReportDocument } from "@sovmap/core"
export type { SbomAttribution, SbomDocument, SbomFormat } from "@sovmap/core"
export type { SbomOptions } from "./sbom.js"

/**
 * Options every Promise function takes: an `AbortSignal` that stops the work (the promise then rejects
 * with the signal's reason).
 *
 * @example
 * ```ts
 * import { assess, type RunOptions } from "@sovmap/sdk"
 *
 * const options: RunOptions = { signal: AbortSignal.timeout(10_000) }
 * await assess("sovmap.yaml", options)
 * ```
 * @category io
 * @since 0.2.0
 */
export interface RunOptions {
  /** Aborts the work; the promise rejects with `signal.reason`. */
  readonly signal?: AbortSignal | undefined
}

const isAborted = (signal: AbortSignal | undefined): boolean => signal?.aborted === true

// The programs need only the file system and standard input: provide those two, not all of NodeServices
// (process spawning, terminal, paths), which would only weigh on a consumer's bundle.
const services: Layer.Layer<FileSystem.FileSystem | Stdio.Stdio> = Layer.mergeAll(NodeFileSystem.layer, NodeStdio.layer)

const run = async <A, E>(effect: Effect.Effect<A, E, FileSystem.FileSystem | Stdio.Stdio>, options: RunOptions = {}): Promise<A> => {
  const { signal } = options
  if (isAborted(signal)) throw signal?.reason
  const exit = await Effect.runPromiseExit(Effect.provide(effect, services), { signal })
  if (Exit.isSuccess(exit)) return exit.value
  if (isAborted(signal)) throw signal?.reason
  throw Cause.squash(exit.cause)
}

// Progress callbacks double as cancellation points inside synchronous work (decoding, assessing): they
// throw the signal's reason once it is aborted.
const withSignal = (options: Programs.ProgressOptions & RunOptions): Programs.ProgressOptions => {
  const { onProgress, signal } = options
  if (signal === undefined) return onProgress === undefined ? {} : { onProgress }
  return {
    onProgress: (update) => {
      if (signal.aborted) throw signal.reason
      onProgress?.(update)
    }
  }
}

const isLoaded = (value: Programs.LoadedManifest | TextSource): value is Programs.LoadedManifest =>
  typeof value === "object" && "knowledgeBase" in value && "manifest" in value

/**
 * Reads and decodes a manifest file (`-` reads standard input). Rejects with `FileReadError`,
 * `ManifestParseError`, `ManifestValidationError`, `UnknownReferenceError` or `KnowledgeBaseError`, each
 * with file, line and column. `options.onProgress` hears the stages `reading` … `resolving`.
 *
 * @example
 * ```ts
 * import { loadManifest, scenario } from "@sovmap/sdk"
 *
 * const loaded = await loadManifest("examples/region-nordlys/sovmap.yaml", { onProgress: ({ stage }) => console.error(stage) })
 * loaded.manifest.organisation.name // "Région Nordlys (fictional regional authority)"
 * const usCut = await scenario(loaded, { kind: "jurisdiction", id: "US" }) // no second read
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const loadManifest = (path: TextSource, options: Programs.ProgressOptions & RunOptions = {}): Promise<Programs.LoadedManifest> =>
  run(Programs.loadManifest(path, withSignal(options)), options)

/**
 * Decodes manifest text you already hold (YAML or JSON), naming it `file` in messages.
 *
 * @example
 * ```ts
 * import { execFileSync } from "node:child_process"
 * import { assess, parseManifest } from "@sovmap/sdk"
 *
 * // The manifest as committed on main, to compare with the working copy:
 * const text = execFileSync("git", ["show", "main:sovmap.yaml"], { encoding: "utf8" })
 * const before = await assess(await parseManifest(text, "main:sovmap.yaml"))
 * const after = await assess("sovmap.yaml")
 * console.log(before.metrics.score.score, after.metrics.score.score)
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const parseManifest = (text: string, file = "<manifest>", options: Programs.ProgressOptions & RunOptions = {}): Promise<Programs.LoadedManifest> =>
  run(Programs.parseManifest(text, file, withSignal(options)), options)

/**
 * Assesses a manifest: a loaded manifest, or a path to one; under the default policy, or a policy given
 * as a path (YAML/JSON, decoded with located errors) or as an object laid over the default.
 * `options.onProgress` hears every stage, from `reading` to `assessing` (see `Progress`).
 *
 * @example
 * ```ts
 * import { assess } from "@sovmap/sdk"
 *
 * const result = await assess("examples/region-nordlys/sovmap.yaml", { policy: "policy.yaml" })
 * result.metrics.score.score // composite sovereignty score, 0–100
 * result.inputs.policy.version // version of the policy used
 * ```
 * @category assessment
 * @since 0.1.0
 */
export const assess = (
  manifest: Programs.LoadedManifest | TextSource,
  options: Programs.ProgressOptions & RunOptions & { readonly policy?: TextSource | Policy; readonly asOf?: string } = {}
): Promise<Assessment> =>
  run(
    Effect.gen(function* () {
      const progress = withSignal(options)
      const loaded = isLoaded(manifest) ? manifest : yield* Programs.loadManifest(manifest, progress)
      const policy = options.policy === undefined || !isTextSource(options.policy) ? options.policy : yield* Programs.loadPolicy(options.policy)
      return yield* Programs.assess(loaded, { ...progress, policy, asOf: options.asOf })
    }),
    options
  )

/**
 * Reads and decodes a policy file, rejecting with `FileReadError`, `PolicyParseError` or
 * `PolicyValidationError` (each with file, line and column).
 *
 * @example
 * ```ts
 * import { check, loadPolicy } from "@sovmap/sdk"
 *
 * // Decode the policy once, hold several manifests to it:
 * const policy = await loadPolicy("examples/region-nordlys/policy.yaml")
 * for (const manifest of ["teams/web/sovmap.yaml", "teams/data/sovmap.yaml"]) {
 *   console.log(manifest, (await check(manifest, policy)).check.passed)
 * }
 * ```
 * @category policy
 * @since 0.2.0
 */
export const loadPolicy = (path: TextSource, options: RunOptions = {}): Promise<LocatedPolicy> => run(Programs.loadPolicy(path), options)

/**
 * Writes text to a file atomically (temporary file + rename).
 *
 * @example
 * ```ts
 * import { assess, renderReport, writeFileAtomic } from "@sovmap/sdk"
 *
 * const result = await assess("examples/region-nordlys/sovmap.yaml")
 * await writeFileAtomic("report.json", renderReport(result, "json")) // readers never see a half-written file
 * ```
 * @category io
 * @since 0.1.0
 */
export const writeFileAtomic = (path: string, text: string): Promise<void> => run(Programs.writeFileAtomic(path, text))

/**
 * Scores EU Cloud Sovereignty Framework answers — file paths, `{ text }` or `{ stream }` sources, or parsed answers
 * documents — checks them against SEAL floors when given, and ranks them. Rejects with `FileReadError`, `CsfParseError`,
 * `CsfValidationError` or `CsfIncompleteError`, each located at file:line:column.
 *
 * @example
 * ```ts
 * import { renderCsfReport, scoreCsf } from "@sovmap/sdk"
 *
 * const report = await scoreCsf(["examples/csf/hypothetical-eu-provider.yaml"], { floors: "examples/csf/floors-seal-2.yaml" })
 * console.log(renderCsfReport(report, "md"))
 * ```
 * @category csf
 * @since 0.2.0
 */
export const scoreCsf = (
  inputs: ReadonlyArray<TextSource | CsfAnswersFile>,
  options: ScoreCsfOptions & RunOptions = {}
): Promise<CsfReport> => run(Programs.scoreCsf(inputs, options), options)
const loaded = (manifest: Programs.LoadedManifest | TextSource) => (isLoaded(manifest) ? Effect.succeed(manifest) : Programs.loadManifest(manifest))

/**
 * Evaluates one cut-off scenario on a manifest (loaded, or a path): which systems lose service when a
 * jurisdiction, bloc, vendor or law is cut off, the criticality-weighted loss and the broken paths.
 * Rejects with `UnknownCutTargetError` (with close matches) for an unknown id.
 *
 * @example
 * ```ts
 * import { scenario } from "@sovmap/sdk"
 *
 * const r = await scenario("examples/region-nordlys/sovmap.yaml", { kind: "jurisdiction", id: "US" })
 * r.loss // criticality weight of the systems lost
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const scenario = (manifest: Programs.LoadedManifest | TextSource, cut: Cut, options: ScenarioOptions & RunOptions = {}): Promise<ScenarioResult> =>
  run(Effect.flatMap(loaded(manifest), (m) => Programs.scenario(m, cut, options)), options)

/**
 * Ranks every jurisdiction, vendor, bloc and law by the loss its cut-off would cause.
 *
 * @example
 * ```ts
 * import { sweep } from "@sovmap/sdk"
 *
 * const { rows } = await sweep("examples/region-nordlys/sovmap.yaml")
 * rows[0]?.label // the most damaging cut
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const sweep = (manifest: Programs.LoadedManifest | TextSource, options: ScenarioOptions & RunOptions = {}): Promise<SweepResult> =>
  run(Effect.flatMap(loaded(manifest), (m) => Programs.sweep(m, options)), options)

/**
 * The offerings, vendors and jurisdictions whose loss alone takes down a critical system.
 *
 * @example
 * ```ts
 * import { singlePointsOfFailure } from "@sovmap/sdk"
 *
 * const spofs = await singlePointsOfFailure("examples/region-nordlys/sovmap.yaml")
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const singlePointsOfFailure = (
  manifest: Programs.LoadedManifest | TextSource,
  options: SinglePointsOfFailureOptions & RunOptions = {}
): Promise<ReadonlyArray<SinglePointOfFailure>> => run(Effect.flatMap(loaded(manifest), (m) => Programs.singlePointsOfFailure(m, options)), options)

/**
 * Compares two JSON assessment reports (paths; `-` reads standard input): every numeric metric, the
 * dependencies added, removed or changed, and the composite score when present. Rejects with
 * `FileReadError`, or `ReportDecodeError` for a file that is not a sovmap report of this format version.
 *
 * @example
 * ```ts
 * import { diffReports, renderDiff } from "@sovmap/sdk"
 *
 * const diff = await diffReports("before.json", "after.json")
 * console.log(renderDiff(diff, "md"))
 * ```
 * @category diff
 * @since 0.2.0
 */
export const diffReports = (before: TextSource | ReportDocument, after: TextSource | ReportDocument, options: RunOptions = {}): Promise<AssessmentDiff> =>
  run(Programs.diffReports(before, after), options)
export { aggregateTradeFiles, screenTradeFiles, type TradeProgress, type TradeReadOptions, type TradeScreenFileOptions } from "./trade/read-trade-files.js"
export { renderTradeHtml, renderTradeJson, renderTradeMarkdown, type TradeScreenResult } from "@sovmap/core"

/**
 * Reads an SBOM: a file path (`-` for standard input), `{ text }` already in memory, or `{ stream }` of bytes
 * (a Node `Readable`, a web `ReadableStream`); CycloneDX and SPDX JSON are read as a stream. Rejects with
 * `FileReadError`, `SbomParseError`, `SbomValidationError` or `UnsupportedSbomError`, located by line and
 * column; `signal` aborts the read.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs"
 * import { readSbom } from "@sovmap/sdk"
 *
 * const doc = await readSbom("bom.json")
 * const same = await readSbom({ stream: createReadStream("bom.json"), file: "bom.json" }, { signal: AbortSignal.timeout(60_000) })
 * doc.components.length === same.components.length // true
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const readSbom = (source: TextSource, options?: Programs.SbomOptions & RunOptions): Promise<SbomDocument> => run(Programs.readSbom(source, options), options)

/**
 * Reads an SBOM (a path, `-`, `{ text }` or `{ stream }`, as {@link readSbom}) and attributes every component
 * to its maintaining organisation and jurisdiction. Components are attributed as they are read, so a large
 * streamed SBOM is never held whole in memory: only the attributions are kept.
 *
 * @example
 * ```ts
 * import { attributeSbomFile } from "@sovmap/sdk"
 *
 * const result = await attributeSbomFile("bom.json")
 * result.summary.byJurisdiction // [{ jurisdiction: "US", count: 120, share: 0.6, home: false }, …]
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const attributeSbomFile = (source: TextSource, options?: Programs.SbomOptions & RunOptions): Promise<SbomAttribution> => run(Programs.attributeSbomFile(source, options), options)

/**
 * Attributes a CycloneDX JSON SBOM and writes it to `out` with sovmap properties on every component.
 *
 * @example
 * ```ts
 * import { enrichSbomFile } from "@sovmap/sdk"
 *
 * await enrichSbomFile("bom.json", "bom.sovmap.cdx.json")
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const enrichSbomFile = (source: TextSource, out: string, options?: Programs.SbomOptions & RunOptions): Promise<SbomAttribution> => run(Programs.enrichSbomFile(source, out, options), options)
export { aggregateFiles, listMemberFiles, readNetwork, type NetworkAggregate, type NetworkRead, type ReadNetworkOptions, type SkippedMember } from "./aggregate/read-network.js"
export { exportNetwork, networkTables, tableToCsv, tableToParquet, type ExportedFile, type ExportNetworkOptions, type ExportTable } from "./aggregate/export-network.js"
export { renderNetwork } from "./aggregate/render-network.js"
export type { NetworkMember, NetworkView } from "@sovmap/core"

/**
 * The CI gate: assesses a manifest (loaded, or a path, `{ text }` or `{ stream }`) under a policy (the same
 * kinds of source, decoded with located errors, or a policy already decoded by `loadPolicy`) and holds it to
 * the policy's `rules:`. Resolves with the verdict and the
 * assessment; a broken rule is a result (`check.passed === false`), not a rejection. Rejects with
 * `FileReadError`, `PolicyParseError`, `PolicyValidationError` and the errors of `loadManifest`.
 *
 * @example
 * ```ts
 * import { check, renderCheck } from "@sovmap/sdk"
 *
 * const { check: result } = await check("examples/region-nordlys/sovmap.yaml", "examples/region-nordlys/policy.yaml")
 * if (!result.passed) console.log(renderCheck(result, "md"))
 * ```
 * @category policy
 * @since 0.2.0
 */
export const check = (
  manifest: Programs.LoadedManifest | TextSource,
  policy: TextSource | LocatedPolicy,
  options: { readonly asOf?: string } & RunOptions = {}
): Promise<Programs.CheckResult> =>
  run(
    Effect.gen(function* () {
      const loadedManifest = isLoaded(manifest) ? manifest : yield* Programs.loadManifest(manifest)
      const located = isTextSource(policy) ? yield* Programs.loadPolicy(policy) : policy
      return yield* Programs.check(loadedManifest, located, options)
    }),
    options
  )
