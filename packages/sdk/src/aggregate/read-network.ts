/**
 * Reads many members' manifests or JSON assessment reports into a network view, with bounded concurrency,
 * progress, and malformed members reported with their path and skipped (or failing the run under `strict`).
 *
 * @module
 */
import { glob, readdir, readFile, stat } from "node:fs/promises"
import { join } from "node:path"
import {
  aggregateNetwork,
  assess,
  AssessmentReport,
  builtinKnowledgeBase,
  decodeManifest,
  decodeReport,
  networkMember,
  ReportDecodeError,
  resolveManifest,
  SovmapError,
  type AggregateNetworkOptions,
  type Diagnostic,
  type NetworkMember,
  type NetworkView,
  type Progress
} from "@sovmap/core"
import { FileReadError } from "../errors.js"
import { collect, sourceName, type TextSource } from "../input.js"

/**
 * A member file that could not be used, with why.
 *
 * @example
 * ```ts
 * import { readNetwork } from "@sovmap/sdk"
 *
 * const { skipped } = await readNetwork(["members/"])
 * for (const { file, error } of skipped) console.error(`${file}: ${error._tag}: ${error.message}`)
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface SkippedMember {
  readonly file: string
  readonly error: SovmapError
}

/**
 * Options of {@link readNetwork} and {@link aggregateFiles}.
 *
 * @example
 * ```ts
 * import { aggregateFiles, type ReadNetworkOptions } from "@sovmap/sdk"
 *
 * const options: ReadNetworkOptions = {
 *   k: 5, // at least 5 members behind every published cell
 *   concurrency: 8,
 *   strict: true, // reject at the first member file that cannot be used
 *   onProgress: ({ done, total }) => console.error(`${done}/${total} files`)
 * }
 * const { view } = await aggregateFiles(["examples/network/members"], options)
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface ReadNetworkOptions extends AggregateNetworkOptions {
  /** Fail at the first member that cannot be used (default: report it and go on). */
  readonly strict?: boolean
  /** Files read at once (default 4). */
  readonly concurrency?: number
  /** Hears the stage `reading members`, counted in files. */
  readonly onProgress?: Progress
}

/**
 * The members read, the files skipped, and the files considered.
 *
 * @example
 * ```ts
 * import { readNetwork } from "@sovmap/sdk"
 *
 * const { files, members, skipped } = await readNetwork(["examples/network/members"])
 * files.length // 13
 * members.length // 13
 * skipped.length // 0
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface NetworkRead {
  readonly files: ReadonlyArray<string>
  readonly members: ReadonlyArray<NetworkMember>
  readonly skipped: ReadonlyArray<SkippedMember>
}

const MEMBER_FILE = /\.(ya?ml|json)$/i
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Expands directories (recursively, `.yaml`/`.yml`/`.json` files) and glob patterns into a sorted list of files.
 *
 * @example
 * ```ts
 * import { listMemberFiles } from "@sovmap/sdk"
 *
 * const files = await listMemberFiles(["examples/network/members"])
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const listMemberFiles = async (inputs: ReadonlyArray<string>): Promise<Array<string>> => {
  const files = new Set<string>()
  for (const input of inputs) {
    if (/[*?[{]/.test(input)) {
      for await (const f of glob(input)) if (MEMBER_FILE.test(f)) files.add(f)
      continue
    }
    const info = await stat(input).catch(() => undefined)
    if (info === undefined) throw new FileReadError([{ file: input, message: "cannot read: no such file or directory", hint: "give member manifests, JSON reports, directories or glob patterns" }])
    if (info.isDirectory()) {
      for (const entry of await readdir(input, { recursive: true })) if (MEMBER_FILE.test(entry)) files.add(join(input, entry))
    } else files.add(input)
  }
  return [...files].sort(byString)
}

const readMember = async (source: string | Exclude<TextSource, string>): Promise<NetworkMember> => {
  const file = sourceName(source)
  const text =
    typeof source === "string"
      ? await readFile(source, "utf8").catch((e: unknown) => {
          throw new FileReadError([{ file, message: `cannot read: ${(e as Error).message}` }])
        })
      : "text" in source
        ? source.text
        : await collect(source.stream).catch((e: unknown) => {
            throw new FileReadError([{ file, message: `cannot read the stream: ${(e as Error).message}` }])
          })
  // A JSON document with `reportVersion` is an assessment report; anything else is a manifest. A member
  // given as text or a stream is a report when it is JSON with that field, whatever its name.
  if ((typeof source !== "string" || /\.json$/i.test(file)) && /^\s*\{/.test(text) && /"reportVersion"\s*:/.test(text)) {
    decodeReport(text, file)
    const checked = AssessmentReport.safeParse(JSON.parse(text))
    if (!checked.success) {
      const issue = checked.error.issues[0]
      const d: Diagnostic = {
        file,
        path: issue?.path.join(".") ?? "",
        message: `not a complete sovmap assessment report: ${issue?.message ?? "invalid"}`,
        hint: "produce it with `sovmap assess --format json`"
      }
      throw new ReportDecodeError([d])
    }
    return networkMember(checked.data)
  }
  const located = decodeManifest(text, file)
  return networkMember(assess(located.value, resolveManifest(located, builtinKnowledgeBase()), { file }))
}

/**
 * Reads member files (manifests are assessed with the shipped knowledge base; JSON reports are checked against
 * the report schema) with bounded concurrency. Inputs are paths, directories and glob patterns, or members
 * given as `{ text, file }` or `{ stream, file }` (a JSON text with `reportVersion` is a report). A member that cannot be used is reported with its path and
 * skipped, or, under `strict`, rejects the whole read with its error.
 *
 * @example
 * ```ts
 * import { readNetwork } from "@sovmap/sdk"
 *
 * const { members, skipped } = await readNetwork(["examples/network/members"])
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const readNetwork = async (inputs: ReadonlyArray<TextSource>, options: ReadNetworkOptions = {}): Promise<NetworkRead> => {
  // Paths (directories, globs) are expanded; members given as text or streams are read as they are.
  const sources: Array<string | Exclude<TextSource, string>> = [...(await listMemberFiles(inputs.filter((i): i is string => typeof i === "string"))), ...inputs.filter((i): i is Exclude<TextSource, string> => typeof i !== "string")]
  const files = sources.map(sourceName)
  if (files.length === 0) throw new FileReadError([{ file: inputs.map(sourceName).join(" ") || "<no input>", message: "no member file found", hint: "members are .yaml, .yml or .json files" }])
  const results: Array<NetworkMember | SkippedMember> = new Array(files.length)
  const { onProgress } = options
  let next = 0
  let done = 0
  let failure: SovmapError | undefined
  onProgress?.({ stage: "reading members", done: 0, total: files.length, unit: "files" })
  const worker = async () => {
    while (next < files.length && failure === undefined) {
      const i = next++
      const file = files[i]!
      try {
        results[i] = await readMember(sources[i]!)
      } catch (error) {
        if (!(error instanceof SovmapError)) throw error
        if (options.strict === true) failure ??= error
        results[i] = { file, error }
      }
      done += 1
      onProgress?.({ stage: "reading members", done, total: files.length, unit: "files" })
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, files.length)) }, worker))
  if (failure !== undefined) throw failure
  const members: Array<NetworkMember> = []
  const skipped: Array<SkippedMember> = []
  for (const r of results) {
    if ("error" in r) skipped.push(r)
    else members.push(r)
  }
  return { files, members, skipped }
}

/**
 * A network view with the read that produced it.
 *
 * @example
 * ```ts
 * import { aggregateFiles, renderNetwork } from "@sovmap/sdk"
 *
 * const { view, members, skipped } = await aggregateFiles(["examples/network/members"], { k: 5 })
 * members.length // 13 (assessments: some organisations have a 2025 and a 2026 file)
 * view.members.used // 8 (organisations, the latest assessment of each)
 * console.log(renderNetwork(view, "md"), skipped.length)
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface NetworkAggregate extends NetworkRead {
  readonly view: NetworkView
}

/**
 * Reads member files and combines them into a network view (k-anonymity suppression, members anonymous
 * unless `nameMembers`).
 *
 * @example
 * ```ts
 * import { aggregateFiles, renderNetwork } from "@sovmap/sdk"
 *
 * const { view, skipped } = await aggregateFiles(["examples/network/members"], { k: 5 })
 * console.log(renderNetwork(view, "md"), skipped.length)
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const aggregateFiles = async (inputs: ReadonlyArray<TextSource>, options: ReadNetworkOptions = {}): Promise<NetworkAggregate> => {
  const read = await readNetwork(inputs, options)
  const view = aggregateNetwork(read.members, {
    ...(options.k === undefined ? {} : { k: options.k }),
    ...(options.nameMembers === undefined ? {} : { nameMembers: options.nameMembers })
  })
  return { ...read, view }
}
