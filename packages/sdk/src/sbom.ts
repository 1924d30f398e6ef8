/**
 * SBOM programs: streaming import from a file or standard input, attribution, enrichment written
 * atomically, and the SBOMs a manifest references.
 *
 * @module
 */
import {
  attributeSbom,
  attributeSbomText,
  builtinKnowledgeBase,
  createSbomAttributor,
  createSbomReader,
  decodeSbom,
  enrichCycloneDx,
  SovmapError,
  UnsupportedSbomError,
  type KnowledgeBase,
  type SbomAttribution,
  type SbomAttributor,
  type SbomComponent,
  type SbomDocument,
  type SbomFormat,
  type SbomParseError,
  type SbomReader,
  type SbomValidationError,
  type UnknownReferenceError
} from "@sovmap/core"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Path from "effect/Path"
import * as Stdio from "effect/Stdio"
import * as Stream from "effect/Stream"
import { FileReadError, type FileWriteError } from "./errors.js"
import { readInput, writeFileAtomic, type LoadedManifest } from "./effect.js"
import { chunksOf, sourceName, type TextSource } from "./input.js"

/**
 * Errors reading an SBOM can produce.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { readSbom } from "@sovmap/sdk/effect"
 *
 * const program = readSbom("bom.json").pipe(
 *   // e.g. a CycloneDX 1.1 document, or a file in no SBOM format at all
 *   Effect.catchTag("UnsupportedSbomError", (error) => Effect.fail(`convert the SBOM first: ${error.message}`)),
 *   Effect.provide(NodeServices.layer)
 * ) // SbomParseError, SbomValidationError and FileReadError still carry file:line:column
 * ```
 * @category sbom
 * @since 0.2.0
 */
export type ReadSbomError = FileReadError | SbomParseError | SbomValidationError | UnsupportedSbomError

/**
 * Options of the SBOM programs.
 *
 * @example
 * ```ts
 * import { attributeSbomFile, type SbomOptions } from "@sovmap/sdk"
 *
 * // Name the format instead of detecting it, and count G7 countries as home:
 * const options: SbomOptions = { format: "spdx-tag-value", home: "g7" }
 * const result = await attributeSbomFile("sbom.txt", options)
 * result.summary.homeShare // share of the components controlled from a G7 country
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface SbomOptions {
  /** Force the input format instead of detecting it. */
  readonly format?: SbomFormat | undefined
  /** Home bloc id (default `eu27`). */
  readonly home?: string | undefined
  /** Knowledge base to attribute with (default: the shipped one). */
  readonly knowledgeBase?: KnowledgeBase | undefined
  /**
   * Components accepted before reading stops with `UnsupportedSbomError` at the next one (default
   * `DEFAULT_MAX_SBOM_COMPONENTS`, one million): what keeps memory bounded for a file of any size.
   */
  readonly maxComponents?: number | undefined
}

// Detection needs a few kilobytes; standard input can arrive a byte at a time.
const DETECT_BYTES = 4096
const CHUNK_BYTES = 1 << 15
const IN_MEMORY_BYTES = 64 * (1 << 20)

const sovmapOnly = (error: unknown) => {
  if (error instanceof SovmapError) return error
  if (error instanceof RangeError) {
    // A buffered format (XML, tag-value) larger than the longest string the engine can hold.
    return new UnsupportedSbomError([{ file: "<input>", message: `the input is too large for its format: ${error.message}`, hint: "CycloneDX JSON and SPDX JSON are read as a stream and have no such limit" }])
  }
  throw error
}

const describe = (error: unknown): string => {
  const reason = (error as { reason?: { _tag?: string } }).reason?._tag
  return reason === "NotFound" ? "no such file" : reason === "PermissionDenied" ? "permission denied" : String((error as Error).message ?? error)
}

/**
 * Reads an SBOM from a file, from standard input with `-`, from `{ text }` or from `{ stream }`. Text, and a
 * file up to 64 MiB, are parsed at once; a larger file, standard input and streams are read in 32 KiB
 * chunks: CycloneDX JSON and SPDX JSON are then parsed element by element, so a file of hundreds of
 * megabytes needs memory for the model only; XML and tag-value are buffered. The format is detected unless
 * given.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { readSbom } from "@sovmap/sdk/effect"
 *
 * const doc = await Effect.runPromise(readSbom("bom.json").pipe(Effect.provide(NodeServices.layer)))
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const readSbom = (source: TextSource, options: SbomOptions = {}): Effect.Effect<SbomDocument, ReadSbomError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.gen(function* () {
    const text = yield* wholeText(source)
    if (text === undefined) return yield* streamDocument(source, options)
    return yield* Effect.try({ try: () => decodeSbom(text, sourceName(source), options.format, options), catch: sovmapOnly })
  }) as Effect.Effect<SbomDocument, ReadSbomError, FileSystem.FileSystem | Stdio.Stdio>

// The text of a source that is read whole — text in memory, and files up to IN_MEMORY_BYTES (one parse is
// faster) — or undefined for one to stream: standard input, streams and larger files.
const wholeText = (source: TextSource): Effect.Effect<string | undefined, FileReadError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.gen(function* () {
    if (typeof source !== "string") return "text" in source ? source.text.replace(/^\uFEFF/, "") : undefined
    if (source === "-") return undefined
    const fs = yield* FileSystem.FileSystem
    const info = yield* fs.stat(source).pipe(Effect.mapError((e) => new FileReadError([{ file: source, message: `cannot read: ${describe(e)}`, hint: "check the path; use `-` to read standard input" }])))
    if (info.type !== "File" || Number(info.size) > IN_MEMORY_BYTES) return undefined
    return (yield* readInput(source)).replace(/^\uFEFF/, "")
  })

// Reads a source chunk by chunk, each component handed to `onComponent` when it is given (so that a
// streaming attribution keeps no component).
const streamDocument = (
  source: TextSource,
  options: SbomOptions,
  onComponent?: (component: SbomComponent) => void
): Effect.Effect<SbomDocument, ReadSbomError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.gen(function* () {
    const file = sourceName(source)
    const bytes: Stream.Stream<Uint8Array | string, unknown> =
      typeof source !== "string"
        ? "text" in source
          ? Stream.succeed(source.text)
          : Stream.fromAsyncIterable(chunksOf(source.stream), (e) => e)
        : source === "-"
          ? (yield* Stdio.Stdio).stdin
          : (yield* FileSystem.FileSystem).stream(source, { chunkSize: CHUNK_BYTES })
    const decoder = new TextDecoder("utf-8")
    let reader: SbomReader | undefined
    let pending = ""
    let first = true
    const feed = (text: string, final: boolean) => {
      if (first && text !== "") {
        text = text.replace(/^\uFEFF/, "")
        first = false
      }
      if (reader === undefined) {
        pending += text
        if (pending.length < DETECT_BYTES && !final) return
        reader = createSbomReader(file, pending, options.format, { onComponent, maxComponents: options.maxComponents })
        text = pending
        pending = ""
      }
      if (text !== "") reader.push(text)
    }
    const what = typeof source !== "string" ? "cannot read the stream" : source === "-" ? "cannot read standard input" : "cannot read"
    yield* Stream.runForEach(bytes, (chunk) => Effect.try({ try: () => feed(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }), false), catch: sovmapOnly })).pipe(
      Effect.mapError((e) => (e instanceof SovmapError ? e : new FileReadError([{ file, message: `${what}: ${describe(e)}`, hint: typeof source === "string" ? "check the path; use `-` to read standard input" : undefined }])))
    )
    return yield* Effect.try({
      try: () => {
        feed(decoder.decode(), true)
        return reader!.end()
      },
      catch: sovmapOnly
    })
  }) as Effect.Effect<SbomDocument, ReadSbomError, FileSystem.FileSystem | Stdio.Stdio>

/**
 * Reads an SBOM and attributes every component (see `attributeSbom` in `@sovmap/core`).
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { attributeSbomFile } from "@sovmap/sdk/effect"
 *
 * const result = await Effect.runPromise(attributeSbomFile("bom.json").pipe(Effect.provide(NodeServices.layer)))
 * for (const row of result.summary.byJurisdiction) console.log(row.jurisdiction, row.count, row.share)
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const attributeSbomFile = (source: TextSource, options: SbomOptions = {}): Effect.Effect<SbomAttribution, ReadSbomError | UnknownReferenceError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.gen(function* () {
    // Components are attributed as they are read and only their attributions kept: an SBOM is never held
    // as a model as well.
    const kb = options.knowledgeBase ?? builtinKnowledgeBase()
    const text = yield* wholeText(source)
    if (text !== undefined) {
      return yield* (Effect.try({ try: () => attributeSbomText(text, sourceName(source), kb, { home: options.home }, options.format, options), catch: sovmapOnly }) as Effect.Effect<SbomAttribution, ReadSbomError | UnknownReferenceError>)
    }
    const attributor = yield* (Effect.try({ try: () => createSbomAttributor(sourceName(source), kb, { home: options.home }), catch: sovmapOnly }) as Effect.Effect<SbomAttributor, UnknownReferenceError>)
    const doc = yield* streamDocument(source, options, attributor.add)
    return yield* (Effect.try({ try: () => attributor.finish(doc), catch: sovmapOnly }) as Effect.Effect<SbomAttribution, UnknownReferenceError>)
  })

/**
 * Reads a CycloneDX JSON SBOM (path, `-`, `{ text }` or `{ stream }`), attributes it, and writes it back to `out` as CycloneDX JSON
 * with sovmap properties on every component, atomically. The whole document is held in memory, since
 * every part of it is written back. Other input formats are refused with {@link UnsupportedSbomError}.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { enrichSbomFile } from "@sovmap/sdk/effect"
 *
 * const program = enrichSbomFile("bom.cdx.json", "bom.sovmap.cdx.json").pipe(
 *   Effect.map((attribution) => attribution.summary.unattributedShare),
 *   Effect.provide(NodeServices.layer)
 * )
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const enrichSbomFile = (
  path: TextSource,
  out: string,
  options: SbomOptions = {}
): Effect.Effect<SbomAttribution, ReadSbomError | UnknownReferenceError | FileWriteError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.gen(function* () {
    const file = sourceName(path)
    const text = yield* readInput(path)
    const attribution = yield* Effect.try({
      try: () => {
        const doc = decodeSbom(text, file, options.format, options)
        if (doc.format !== "cyclonedx-json") {
          throw new UnsupportedSbomError([{ file, message: `enrichment writes CycloneDX JSON and needs CycloneDX JSON input; this is ${doc.format}`, hint: "convert the SBOM to CycloneDX JSON first (CycloneDX CLI: `cyclonedx convert`)" }])
        }
        return attributeSbom(doc, options.knowledgeBase ?? builtinKnowledgeBase(), { home: options.home })
      },
      catch: sovmapOnly
    })
    const enriched = enrichCycloneDx(JSON.parse(text), attribution)
    yield* writeFileAtomic(out, `${JSON.stringify(enriched, null, 2)}\n`)
    return attribution
  }) as Effect.Effect<SbomAttribution, ReadSbomError | UnknownReferenceError | FileWriteError, FileSystem.FileSystem | Stdio.Stdio>

/**
 * The SBOMs a manifest references (`sboms:`), each read and attributed with the manifest's knowledge base
 * and home bloc. Paths are resolved relative to the manifest's directory.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { attributeManifestSboms, loadManifest } from "@sovmap/sdk/effect"
 *
 * // sovmap.yaml lists its SBOMs, e.g. `sboms: [{ path: sbom/portal.cdx.json, system: citizen-portal }]`
 * const program = Effect.flatMap(loadManifest("sovmap.yaml"), attributeManifestSboms)
 * for (const { path, system, attribution } of await Effect.runPromise(program.pipe(Effect.provide(NodeServices.layer)))) {
 *   console.log(path, system, attribution.summary.foreignShare)
 * }
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const attributeManifestSboms = (
  loaded: LoadedManifest
): Effect.Effect<
  ReadonlyArray<{ readonly path: string; readonly system?: string | undefined; readonly criticality?: string | undefined; readonly attribution: SbomAttribution }>,
  ReadSbomError | UnknownReferenceError,
  FileSystem.FileSystem | Stdio.Stdio | Path.Path
> =>
  Effect.gen(function* () {
    const path = yield* Path.Path
    const base = loaded.file === "<stdin>" ? "." : path.dirname(loaded.file)
    const out = []
    for (const ref of loaded.manifest.sboms ?? []) {
      const resolved = path.isAbsolute(ref.path) ? ref.path : path.join(base, ref.path)
      const attribution = yield* attributeSbomFile(resolved, { knowledgeBase: loaded.knowledgeBase, home: loaded.manifest.home })
      out.push({ path: resolved, system: ref.system, criticality: ref.criticality, attribution })
    }
    return out
  })
