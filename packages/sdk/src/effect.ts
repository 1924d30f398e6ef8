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
  renderJson,
  renderMarkdown,
  resolveManifest,
  SovmapError,
  type Assessment,
  type KnowledgeBase,
  type KnowledgeBaseError,
  type Manifest,
  type ManifestParseError,
  type ManifestValidationError,
  type MetricInputError,
  type UnknownReferenceError
} from "@sovmap/core"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Stream from "effect/Stream"
import * as Stdio from "effect/Stdio"
import { FileReadError, FileWriteError } from "./errors.js"

export * from "./errors.js"

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
 * Reads a text input: a path, or `-` for standard input.
 *
 * @category io
 * @since 0.1.0
 */
export const readInput = (path: string): Effect.Effect<string, FileReadError, FileSystem.FileSystem | Stdio.Stdio> =>
  path === "-"
    ? Effect.gen(function* () {
        const stdio = yield* Stdio.Stdio
        const chunks = Array.from(yield* Stream.runCollect(stdio.stdin))
        const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
        let offset = 0
        for (const chunk of chunks) {
          bytes.set(chunk, offset)
          offset += chunk.length
        }
        return new TextDecoder().decode(bytes)
      }).pipe(Effect.mapError((e) => new FileReadError([{ file: "<stdin>", message: `cannot read standard input: ${describeReadFailure(e)}` }])))
    : Effect.gen(function* () {
        const fs = yield* FileSystem.FileSystem
        return yield* fs.readFileString(path)
      }).pipe(
        Effect.mapError(
          (e) =>
            new FileReadError([
              { file: path, message: `cannot read: ${describeReadFailure(e)}`, hint: "check the path; use `-` to read standard input" }
            ])
        )
      )

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
  file: string
): Effect.Effect<LoadedManifest, Exclude<LoadManifestError, FileReadError>> =>
  Effect.gen(function* () {
    const located = yield* catchSovmap(() => decodeManifest(text, file))
    const knowledgeBase = yield* catchSovmap(() => resolveManifest(located, builtinKnowledgeBase()))
    return { file, sha256: yield* sha256(text), manifest: located.value, knowledgeBase }
  }) as Effect.Effect<LoadedManifest, Exclude<LoadManifestError, FileReadError>>

/**
 * Reads and decodes a manifest file (or `-` for standard input).
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
export const loadManifest = (path: string): Effect.Effect<LoadedManifest, LoadManifestError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.flatMap(readInput(path), (text) => parseManifest(text, path === "-" ? "<stdin>" : path))

/**
 * Assesses a loaded manifest.
 *
 * @category assessment
 * @since 0.1.0
 */
export const assess = (loaded: LoadedManifest): Effect.Effect<Assessment, MetricInputError | UnknownReferenceError | KnowledgeBaseError> =>
  catchSovmap(() => assessCore(loaded.manifest, loaded.knowledgeBase, { file: loaded.file, sha256: loaded.sha256 })) as Effect.Effect<
    Assessment,
    MetricInputError | UnknownReferenceError | KnowledgeBaseError
  >

/**
 * Output formats of reports.
 *
 * @category reports
 * @since 0.1.0
 */
export type ReportFormat = "json" | "md"

/**
 * Renders an assessment in a format.
 *
 * @category reports
 * @since 0.1.0
 */
export const renderReport = (assessment: Assessment, format: ReportFormat): string => {
  if (format === "json") return renderJson(assessment)
  const names = new Map([...builtinKnowledgeBase().countries.values()].map((c) => [c.alpha2, c.name]))
  return renderMarkdown(assessment, names)
}

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
export * from "./sbom.js"
