/**
 * Where an input document comes from: a file path (`-` for standard input), text already in memory, or a
 * stream of bytes (a web `ReadableStream`, a Node `Readable`, any async iterable of chunks).
 *
 * @module
 */
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Stream from "effect/Stream"
import * as Stdio from "effect/Stdio"
import { FileReadError } from "./errors.js"

/**
 * An input document: a path (`-` reads standard input), `{ text, file? }` for text in memory, or a stream
 * of bytes or strings. `file` names the input in error messages (default `<text>` or `<stream>`).
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream"
 * import type { TextSource } from "@sovmap/sdk"
 *
 * const fromPath: TextSource = "sovmap.yaml"
 * const fromText: TextSource = { text: "sovmap: 1\n", file: "inline.yaml" }
 * const fromStream: TextSource = { stream: Readable.from(["sovmap: 1\n"]), file: "upload.yaml" }
 * ```
 * @category io
 * @since 0.2.0
 */
export type TextSource =
  | string
  | { readonly text: string; readonly file?: string | undefined }
  | { readonly stream: ReadableStream<Uint8Array | string> | AsyncIterable<Uint8Array | string>; readonly file?: string | undefined }

/** Whether an argument is a source to read (a path, `{ text }`, `{ stream }`) rather than a document already decoded. Internal. */
export const isTextSource = <A extends object>(input: TextSource | A): input is TextSource => typeof input === "string" || "text" in input || "stream" in input

/**
 * The name a source goes by in messages: its path (`<stdin>` for `-`), or the `file` it was given.
 *
 * @example
 * ```ts
 * import { sourceName } from "@sovmap/sdk"
 *
 * sourceName("-") // "<stdin>"
 * sourceName({ text: "sovmap: 1\n" }) // "<text>"
 * ```
 * @category io
 * @since 0.2.0
 */
export const sourceName = (source: TextSource): string =>
  typeof source === "string" ? (source === "-" ? "<stdin>" : source) : (source.file ?? ("text" in source ? "<text>" : "<stream>"))

const describeReadFailure = (error: unknown): string => {
  const reason = (error as { reason?: { _tag?: string } }).reason?._tag
  return reason === "NotFound" ? "no such file" : reason === "PermissionDenied" ? "permission denied" : String((error as Error).message ?? error)
}

/** The chunks of a stream source, web `ReadableStream`s included (not async-iterable in every browser). Internal. */
export const chunksOf = (stream: ReadableStream<Uint8Array | string> | AsyncIterable<Uint8Array | string>): AsyncIterable<Uint8Array | string> =>
  Symbol.asyncIterator in stream
    ? stream
    : {
        async *[Symbol.asyncIterator]() {
          // Browsers' ReadableStream is not always async-iterable; read it through its reader.
          const reader = (stream as ReadableStream<Uint8Array | string>).getReader()
          try {
            for (;;) {
              const { done, value } = await reader.read()
              if (done) return
              yield value
            }
          } finally {
            reader.releaseLock()
          }
        }
      }

/** The whole text of a stream source; stops when `signal` aborts. Internal. */
export const collect = async (stream: ReadableStream<Uint8Array | string> | AsyncIterable<Uint8Array | string>, signal?: AbortSignal): Promise<string> => {
  const decoder = new TextDecoder()
  let text = ""
  for await (const chunk of chunksOf(stream)) {
    if (signal?.aborted === true) throw signal.reason
    text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true })
  }
  return text + decoder.decode()
}

const readStdin = Effect.gen(function* () {
  const stdio = yield* Stdio.Stdio
  const chunks = Array.from(yield* Stream.runCollect(stdio.stdin))
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return new TextDecoder().decode(bytes)
})

/**
 * Reads a source's text. A path is read through the `FileSystem` service (so any implementation can be
 * provided: Node's, in-memory, a browser's), `-` through `Stdio`; a stream is read to its end (and stops
 * when the fiber is interrupted). Fails with `FileReadError` naming the source.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { readSource } from "@sovmap/sdk/effect"
 *
 * const text = readSource({ text: "sovmap: 1\n" }) // Effect<string, FileReadError, FileSystem | Stdio>
 * ```
 * @category io
 * @since 0.2.0
 */
export const readSource = (source: TextSource): Effect.Effect<string, FileReadError, FileSystem.FileSystem | Stdio.Stdio> => {
  if (typeof source !== "string") {
    if ("text" in source) return Effect.succeed(source.text)
    return Effect.tryPromise({
      try: (signal) => collect(source.stream, signal),
      catch: (e) => new FileReadError([{ file: sourceName(source), message: `cannot read the stream: ${describeReadFailure(e)}` }])
    })
  }
  if (source === "-") return readStdin.pipe(Effect.mapError((e) => new FileReadError([{ file: "<stdin>", message: `cannot read standard input: ${describeReadFailure(e)}` }])))
  return Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    return yield* fs.readFileString(source)
  }).pipe(
    Effect.mapError(
      (e) => new FileReadError([{ file: source, message: `cannot read: ${describeReadFailure(e)}`, hint: "check the path; use `-` to read standard input" }])
    )
  )
}
