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
import { readSource, sourceName, type TextSource } from "./input.js"
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
 * Assesses a loaded manifest. `onProgress` hears `assessing`, counted in dependencies.
 * Errors that loading a policy file can produce.
 *
 * @category policy
 * @since 0.2.0
 */
export type LoadPolicyError = FileReadError | PolicyParseError | PolicyValidationError

/**
 * Reads and decodes a policy file (or `-` for standard input), with located errors.
 *
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
 * @category reports
 * @since 0.1.0
 */
export type ReportFormat = "json" | "md" | "html"

/**
 * Renders an assessment in a format: deterministic JSON, Markdown for pull requests, or one
 * self-contained HTML page with charts and a world map (since 0.2.0).
 *
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
 * @category diff
 * @since 0.2.0
 */
export const diffReports = (
  before: TextSource | ReportDocument,
  after: TextSource | ReportDocument
): Effect.Effect<AssessmentDiff, FileReadError | ReportDecodeError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.map(Effect.all([reportOf(before), reportOf(after)]), ([b, a]) => diffAssessments(b, a))

const reportOf = (report: TextSource | ReportDocument) => (isReportDocument(report) ? Effect.succeed(report) : loadReport(report))
const isReportDocument = (value: TextSource | ReportDocument): value is ReportDocument =>
  typeof value === "object" && !("text" in value) && !("stream" in value)

/**
 * Renders an assessment diff in a format.
 *
 * @category diff
 * @since 0.2.0
 */
export const renderDiff = (diff: AssessmentDiff, format: ReportFormat): string =>
  format === "json" ? renderDiffJson(diff) : format === "html" ? renderDiffHtml(diff) : renderDiffMarkdown(diff)

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, which is then renamed
 * over it, so a crash never leaves a half-written report.
 *
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
  paths: ReadonlyArray<string>,
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
