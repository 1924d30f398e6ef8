/**
 * The sovmap programs as Effects, with typed error channels and the file system as a service. Provide
 * `NodeServices.layer` from `@effect/platform-node` (or your own `FileSystem`, e.g. in-memory).
 *
 * @module
 */
import {
  assess as assessCore,
  builtinKnowledgeBase,
  decodeManifest,
  decodeReport,
  diffAssessments,
  renderDiffHtml,
  renderDiffJson,
  renderDiffMarkdown,
  renderHtml,
  decodePolicy,
  renderJson,
  renderMarkdown,
  resolveManifest,
  SovmapError,
  type Assessment,
  type AssessmentDiff,
  type KnowledgeBase,
  type KnowledgeBaseError,
  type Manifest,
  type ManifestParseError,
  type ManifestValidationError,
  type MetricInputError,
  type Progress,
  type ReportDecodeError,
  type ReportDocument,
  type LocatedPolicy,
  type Policy,
  type PolicyParseError,
  type PolicyValidationError,
  type UnknownReferenceError
} from "@sovmap/core"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Stdio from "effect/Stdio"
import { FileReadError, FileWriteError } from "./errors.js"
import { isTextSource, readSource, sourceName, type TextSource } from "./input.js"
import { screenTradeFiles as screenTradeFilesPromise, type TradeScreenFileOptions } from "./trade/read-trade-files.js"
import { TradeInputError, TradeRowError, type TradeScreenResult } from "@sovmap/core"
import type { NetworkView } from "@sovmap/core"
import { aggregateFiles as aggregateFilesPromise, type NetworkAggregate, type ReadNetworkOptions } from "./aggregate/read-network.js"
import { exportNetwork as exportNetworkPromise, type ExportedFile, type ExportNetworkOptions } from "./aggregate/export-network.js"

export * from "./errors.js"
export { readSource, sourceName, type TextSource } from "./input.js"
export { withProgressStream, type ProgressEvent } from "./progress-stream.js"
export { scenario, singlePointsOfFailure, sweep } from "./scenarios.js"
export type { Progress, ProgressUpdate } from "@sovmap/core"

/**
 * Options of long-running SDK programs.
 *
 * @example
 * ```ts
 * import type { ProgressOptions } from "@sovmap/sdk/effect"
 *
 * const options: ProgressOptions = { onProgress: ({ stage, done, total }) => console.error(stage, done, total) }
 * ```
 * @category progress
 * @since 0.2.0
 */
export interface ProgressOptions {
  /** Hears each stage of the work (`reading`, `parsing`, `assessing` …) as it advances; see `Progress`. */
  readonly onProgress?: Progress | undefined
}

/**
 * A manifest read from somewhere, decoded, with the knowledge base its overlays produce.
 *
 * @example
 * ```ts
 * import { assess, loadManifest, sweep, type LoadedManifest } from "@sovmap/sdk"
 *
 * const loaded: LoadedManifest = await loadManifest("examples/region-nordlys/sovmap.yaml")
 * loaded.manifest.systems.length // 6
 * loaded.sha256 // SHA-256 of the text read, recorded in the report
 * // Read and resolved once, then used by several programs:
 * const result = await assess(loaded)
 * const { rows } = await sweep(loaded)
 * ```
 * @category manifest
 * @since 0.1.0
 */
export interface LoadedManifest {
  readonly file: string
  readonly sha256: string
  readonly manifest: Manifest
  readonly knowledgeBase: KnowledgeBase
}

/**
 * Errors that loading a manifest can produce.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { loadManifest, type LoadManifestError } from "@sovmap/sdk/effect"
 *
 * const describe = (error: LoadManifestError): string =>
 *   error._tag === "FileReadError" ? `no manifest to read: ${error.message}` : `the manifest needs fixing: ${error.message}`
 * const program = loadManifest("sovmap.yaml").pipe(
 *   Effect.tapError((error) => Effect.sync(() => console.error(describe(error)))),
 *   Effect.provide(NodeServices.layer)
 * )
 * ```
 * @category manifest
 * @since 0.1.0
 */
export type LoadManifestError = FileReadError | ManifestParseError | ManifestValidationError | UnknownReferenceError | KnowledgeBaseError

const describeReadFailure = (error: unknown): string => {
  const reason = (error as { reason?: { _tag?: string } }).reason?._tag
  return reason === "NotFound" ? "no such file" : reason === "PermissionDenied" ? "permission denied" : String((error as Error).message ?? error)
}

/**
 * Reads a text input: a path (`-` for standard input), text in memory or a stream; see {@link readSource}.
 *
 * @example
 * ```ts
 * import { readInput } from "@sovmap/sdk/effect"
 *
 * const program = readInput("sovmap.yaml") // Effect<string, FileReadError, FileSystem | Stdio>
 * ```
 * @category io
 * @since 0.1.0
 */
export const readInput = (path: TextSource): Effect.Effect<string, FileReadError, FileSystem.FileSystem | Stdio.Stdio> => readSource(path)

const sha256 = (text: string): Effect.Effect<string> =>
  Effect.promise(async () => {
    const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("")
  })

const catchSovmap = <A>(f: () => A) =>
  Effect.try({
    try: f,
    catch: (error) => {
      if (error instanceof SovmapError) return error
      throw error
    }
  })

/**
 * Decodes manifest text that the caller already has, applying its overlays to the shipped knowledge base.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { assess, parseManifest } from "@sovmap/sdk/effect"
 *
 * const yaml = "sovmap: 1\norganisation: { name: Example authority, country: FR }\nhome: eu27\nsystems:\n  - id: website\n    name: Public website\n    criticality: high\n    dependencies: [{ offering: ovhcloud-public-cloud, spend: 12000 }]\n"
 * // No file system needed: the text is already in memory.
 * const result = await Effect.runPromise(Effect.flatMap(parseManifest(yaml, "inline.yaml"), (loaded) => assess(loaded)))
 * result.metrics.foreignShare.foreignShare // 0: the only dependency is controlled from France
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const parseManifest = (
  text: string,
  file: string,
  options: ProgressOptions = {}
): Effect.Effect<LoadedManifest, Exclude<LoadManifestError, FileReadError>> =>
  Effect.gen(function* () {
    const { onProgress } = options
    const located = yield* catchSovmap(() => decodeManifest(text, file, onProgress))
    onProgress?.({ stage: "resolving", done: 0, unit: "references" })
    const knowledgeBase = yield* catchSovmap(() => resolveManifest(located, builtinKnowledgeBase()))
    return { file, sha256: yield* sha256(text), manifest: located.value, knowledgeBase }
  }) as Effect.Effect<LoadedManifest, Exclude<LoadManifestError, FileReadError>>

/**
 * Reads and decodes a manifest file (or `-` for standard input). `onProgress` hears `reading`, `parsing`,
 * `composing`, `checking` and `resolving`.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { loadManifest } from "@sovmap/sdk/effect"
 *
 * const program = loadManifest("sovmap.yaml").pipe(Effect.provide(NodeServices.layer))
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const loadManifest = (
  path: TextSource,
  options: ProgressOptions = {}
): Effect.Effect<LoadedManifest, LoadManifestError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.sync(() => options.onProgress?.({ stage: "reading", done: 0, unit: "bytes" })).pipe(
    Effect.andThen(readInput(path)),
    Effect.flatMap((text) => parseManifest(text, sourceName(path), options))
  )

/**
 * Errors that loading a policy file can produce.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { loadPolicy } from "@sovmap/sdk/effect"
 *
 * // Without a policy file of its own, a project falls back to the default policy (`undefined`):
 * const policy = loadPolicy("policy.yaml").pipe(
 *   Effect.catchTag("FileReadError", () => Effect.succeed(undefined)),
 *   Effect.provide(NodeServices.layer)
 * ) // PolicyParseError and PolicyValidationError still fail, located at file:line:column
 * ```
 * @category policy
 * @since 0.2.0
 */
export type LoadPolicyError = FileReadError | PolicyParseError | PolicyValidationError

/**
 * Reads and decodes a policy file (or `-` for standard input), with located errors.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { loadPolicy } from "@sovmap/sdk/effect"
 *
 * const policy = await Effect.runPromise(loadPolicy("examples/region-nordlys/policy.yaml").pipe(Effect.provide(NodeServices.layer)))
 * policy.value.id // "nordlys-ci-gate"
 * policy.value.rules?.length // 6
 * ```
 * @category policy
 * @since 0.2.0
 */
export const loadPolicy = (path: TextSource): Effect.Effect<LocatedPolicy, LoadPolicyError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.flatMap(readInput(path), (text) => catchSovmap(() => decodePolicy(text, sourceName(path)))) as Effect.Effect<
    LocatedPolicy,
    LoadPolicyError,
    FileSystem.FileSystem | Stdio.Stdio
  >

/**
 * Options of {@link assess}.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { assess, loadManifest, loadPolicy, type AssessOptions } from "@sovmap/sdk/effect"
 *
 * const program = Effect.gen(function* () {
 *   const loaded = yield* loadManifest("examples/region-nordlys/sovmap.yaml")
 *   const options: AssessOptions = { policy: yield* loadPolicy("examples/region-nordlys/policy.yaml"), asOf: "2026-01-01" }
 *   return yield* assess(loaded, options)
 * }).pipe(Effect.provide(NodeServices.layer))
 * ```
 * @category assessment
 * @since 0.2.0
 */
export interface AssessOptions extends ProgressOptions {
  /** A policy laid over the default policy: decoded by {@link loadPolicy}, or a plain object. */
  readonly policy?: LocatedPolicy | Policy | undefined
  /** Date at which laws in force and bloc memberships are read (`YYYY-MM-DD`). */
  readonly asOf?: string | undefined
}

/**
 * Assesses a loaded manifest, under the default policy or the one given. `onProgress` hears `assessing`,
 * counted in dependencies.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { assess, loadManifest } from "@sovmap/sdk/effect"
 *
 * const program = Effect.flatMap(loadManifest("examples/region-nordlys/sovmap.yaml"), (loaded) =>
 *   assess(loaded, { onProgress: ({ stage, done, total }) => console.error(stage, done, total) })
 * )
 * const result = await Effect.runPromise(program.pipe(Effect.provide(NodeServices.layer)))
 * result.metrics.score.score // composite sovereignty score, 0–100
 * ```
 * @category assessment
 * @since 0.1.0
 */
export const assess = (
  loaded: LoadedManifest,
  options: AssessOptions = {}
): Effect.Effect<Assessment, MetricInputError | UnknownReferenceError | KnowledgeBaseError | PolicyValidationError> =>
  catchSovmap(() =>
    assessCore(loaded.manifest, loaded.knowledgeBase, {
      file: loaded.file,
      sha256: loaded.sha256,
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      ...(options.policy === undefined ? {} : { policy: options.policy }),
      ...(options.asOf === undefined ? {} : { asOf: options.asOf })
    })
  ) as Effect.Effect<Assessment, MetricInputError | UnknownReferenceError | KnowledgeBaseError | PolicyValidationError>

/**
 * Output formats of reports.
 *
 * @example
 * ```ts
 * import { assess, renderReport, writeFileAtomic, type ReportFormat } from "@sovmap/sdk"
 *
 * const result = await assess("examples/region-nordlys/sovmap.yaml")
 * for (const format of ["json", "md", "html"] satisfies Array<ReportFormat>) await writeFileAtomic(`report.${format}`, renderReport(result, format))
 * ```
 * @category reports
 * @since 0.1.0
 */
export type ReportFormat = "json" | "md" | "html"

/**
 * Renders an assessment in a format: deterministic JSON, Markdown for pull requests, or one
 * self-contained HTML page with charts and a world map (since 0.2.0).
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { assess, loadManifest, renderReport, writeFileAtomic } from "@sovmap/sdk/effect"
 *
 * const program = Effect.gen(function* () {
 *   const result = yield* assess(yield* loadManifest("examples/region-nordlys/sovmap.yaml"))
 *   yield* writeFileAtomic("report.html", renderReport(result, "html")) // one self-contained page
 * }).pipe(Effect.provide(NodeServices.layer))
 * ```
 * @category reports
 * @since 0.1.0
 */
export const renderReport = (assessment: Assessment, format: ReportFormat): string => {
  if (format === "json") return renderJson(assessment)
  if (format === "html") return renderHtml(assessment)
  const names = new Map([...builtinKnowledgeBase().countries.values()].map((c) => [c.alpha2, c.name]))
  return renderMarkdown(assessment, names)
}

/**
 * Reads a JSON assessment report (as written by `renderReport(result, "json")`; `-` reads standard
 * input). Fails with `FileReadError`, or `ReportDecodeError` when the file is not a sovmap report of the
 * current format version.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { loadReport } from "@sovmap/sdk/effect"
 *
 * // A report saved earlier as `renderReport(result, "json")`:
 * const report = await Effect.runPromise(loadReport("report.json").pipe(Effect.provide(NodeServices.layer)))
 * console.log(report.organisation.name, report.inputs.knowledgeBase.version, report.dependencies.length)
 * ```
 * @category diff
 * @since 0.2.0
 */
export const loadReport = (path: TextSource): Effect.Effect<ReportDocument, FileReadError | ReportDecodeError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.flatMap(readInput(path), (text) => catchSovmap(() => decodeReport(text, sourceName(path)))) as Effect.Effect<
    ReportDocument,
    FileReadError | ReportDecodeError,
    FileSystem.FileSystem | Stdio.Stdio
  >

/**
 * Compares two JSON assessment reports read from files: metrics, dependencies, composite score.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { diffReports, renderDiff } from "@sovmap/sdk/effect"
 *
 * const program = diffReports("before.json", "after.json").pipe(
 *   Effect.tap((diff) => Effect.sync(() => console.log(`score ${diff.score?.before} → ${diff.score?.after}`))),
 *   Effect.map((diff) => renderDiff(diff, "md")),
 *   Effect.provide(NodeServices.layer)
 * )
 * ```
 * @category diff
 * @since 0.2.0
 */
export const diffReports = (
  before: TextSource | ReportDocument,
  after: TextSource | ReportDocument
): Effect.Effect<AssessmentDiff, FileReadError | ReportDecodeError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.map(Effect.all([reportOf(before), reportOf(after)]), ([b, a]) => diffAssessments(b, a))

const reportOf = (report: TextSource | ReportDocument) => (isTextSource(report) ? loadReport(report) : Effect.succeed(report))

/**
 * Renders an assessment diff in a format.
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises"
 * import { diffReports, renderDiff } from "@sovmap/sdk"
 *
 * const diff = await diffReports("before.json", "after.json")
 * await writeFile("diff.html", renderDiff(diff, "html"))
 * console.log(renderDiff(diff, "md")) // Markdown for a pull-request comment
 * ```
 * @category diff
 * @since 0.2.0
 */
export const renderDiff = (diff: AssessmentDiff, format: ReportFormat): string =>
  format === "json" ? renderDiffJson(diff) : format === "html" ? renderDiffHtml(diff) : renderDiffMarkdown(diff)

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, which is then renamed
 * over it, so a crash never leaves a half-written report.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { writeFileAtomic } from "@sovmap/sdk/effect"
 *
 * const program = writeFileAtomic("out/report.md", "# Report\n").pipe(
 *   // e.g. the directory `out` does not exist: nothing is left behind, not even the temporary file
 *   Effect.catchTag("FileWriteError", (error) => Effect.sync(() => console.error(error.message))),
 *   Effect.provide(NodeServices.layer)
 * )
 * ```
 * @category io
 * @since 0.1.0
 */
export const writeFileAtomic = (path: string, text: string): Effect.Effect<void, FileWriteError, FileSystem.FileSystem> =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const temp = `${path}.${globalThis.crypto.randomUUID().slice(0, 8)}.tmp`
    yield* fs.writeFileString(temp, text).pipe(
      Effect.flatMap(() => fs.rename(temp, path)),
      Effect.onError(() => Effect.ignore(fs.remove(temp)))
    )
  }).pipe(Effect.mapError((e) => new FileWriteError([{ file: path, message: `cannot write: ${describeReadFailure(e)}`, hint: "check that the directory exists and is writable" }])))
export * from "./csf.js"
export * from "./check.js"

/**
 * Reads trade files (CSV, `-`, BACI zips) and runs the strategic-dependency screen, as an Effect; interrupting
 * the fiber aborts the read.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { screenTradeFiles } from "@sovmap/sdk/effect"
 *
 * const program = screenTradeFiles(["BACI_HS17_V202501.zip"], { importers: "eu27" })
 * ```
 * @category trade
 * @since 0.2.0
 */
export const screenTradeFiles = (
  paths: ReadonlyArray<TextSource>,
  options: TradeScreenFileOptions = {}
): Effect.Effect<TradeScreenResult, FileReadError | TradeInputError | TradeRowError> =>
  Effect.tryPromise({
    try: (signal) => screenTradeFilesPromise(paths, { ...options, signal: options.signal ?? signal }),
    catch: (error) => {
      if (error instanceof FileReadError || error instanceof TradeInputError || error instanceof TradeRowError) return error
      throw error
    }
  })
export * from "./sbom.js"
export { renderNetwork } from "./aggregate/render-network.js"

/**
 * Reads member files and combines them into a network view, as an Effect (see the Promise `aggregateFiles`).
 *
 * @example
 * ```ts
 * import { aggregateFiles } from "@sovmap/sdk/effect"
 *
 * const program = aggregateFiles(["examples/network/members"], { k: 5 })
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const aggregateFiles = (inputs: ReadonlyArray<string>, options: ReadNetworkOptions = {}): Effect.Effect<NetworkAggregate, SovmapError> =>
  Effect.tryPromise({
    try: () => aggregateFilesPromise(inputs, options),
    catch: (error) => {
      if (error instanceof SovmapError) return error
      throw error
    }
  })

/**
 * Writes a network view's tables as Parquet and CSV, as an Effect (see the Promise `exportNetwork`).
 *
 * @example
 * ```ts
 * import { exportNetwork } from "@sovmap/sdk/effect"
 * import type { NetworkView } from "@sovmap/core"
 *
 * declare const view: NetworkView
 * const program = exportNetwork(view, "out/network")
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const exportNetwork = (view: NetworkView, dir: string, options: ExportNetworkOptions = {}): Effect.Effect<Array<ExportedFile>, SovmapError> =>
  Effect.tryPromise({
    try: () => exportNetworkPromise(view, dir, options),
    catch: (error) => {
      if (error instanceof SovmapError) return error
      throw error
    }
  })
