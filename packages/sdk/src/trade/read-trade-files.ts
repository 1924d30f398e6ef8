/**
 * Streaming reader of trade files for the screen: plain CSV files, standard input, or BACI `.zip` archives
 * as published (entries streamed one after the other, never extracted to disk or held whole in memory).
 *
 * Zip archives are read with yauzl, which locates entries through the central directory (ZIP64 included;
 * BACI archives hold several gigabytes) and inflates each entry as a stream with Node's zlib. Reading the
 * local headers alone is not robust (sizes may be deferred to data descriptors), hence the library.
 *
 * @module
 */
import { createReadStream } from "node:fs"
import { readdir, readFile, stat } from "node:fs/promises"
import { basename, dirname, join } from "node:path"
import { Readable } from "node:stream"
import {
  builtinKnowledgeBase,
  countryTableFromKnowledgeBase,
  decodeEcosystemMap,
  parseCountryCodeFile,
  resolveImporterGroup,
  screenTrade,
  TradeAggregator,
  TradeInputError,
  TradeScanner,
  type KnowledgeBase,
  type TradeAggregates,
  type TradeCountryTable,
  type TradeLayout,
  type TradeScanSummary,
  type TradeScreenResult,
  type TradeScreenThresholds,
  type TradeScreenVariant
} from "@sovmap/core"
import yauzl from "yauzl"
import { FileReadError } from "../errors.js"
import { chunksOf, sourceName, type TextSource } from "../input.js"

/**
 * Progress of a trade read, reported after each chunk (about every megabyte).
 *
 * @example
 * ```ts
 * import { screenTradeFiles, type TradeProgress } from "@sovmap/sdk"
 *
 * const report = (p: TradeProgress) => {
 *   const percent = p.bytesTotal === undefined ? "" : ` (${((100 * p.bytesRead) / p.bytesTotal).toFixed(0)} %)`
 *   process.stderr.write(`\r${p.file}: ${p.rows} rows${percent}`)
 * }
 * const result = await screenTradeFiles(["BACI_HS17_V202501.zip"], { years: [2023], onProgress: report })
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeProgress {
  /** File (or `archive.zip!entry.csv`) being read. */
  readonly file: string
  /** Bytes (uncompressed) read so far, over all inputs. */
  readonly bytesRead: number
  /** Total bytes (uncompressed) of all inputs, when known. */
  readonly bytesTotal: number | undefined
  /** Data rows read so far in the current input. */
  readonly rows: number
}

/**
 * Options for reading trade files.
 *
 * @example
 * ```ts
 * import { aggregateTradeFiles, type TradeReadOptions } from "@sovmap/sdk"
 *
 * const options: TradeReadOptions = {
 *   importers: "DE,FR,IT", // or a bloc id such as eu27 (the default)
 *   years: [2022, 2023], // other years' entries of the zip are skipped unread
 *   strict: true, // reject at the first row that cannot be used
 *   signal: AbortSignal.timeout(600_000)
 * }
 * const { aggregates, files } = await aggregateTradeFiles(["BACI_HS17_V202501.zip"], options)
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeReadOptions {
  /** Importer group: a bloc id (default `eu27`) or a comma list of alpha-2 codes. */
  readonly importers?: string | undefined
  /** Years to keep (entries of zips named `_Y{year}_` for other years are skipped unread). */
  readonly years?: ReadonlyArray<number> | undefined
  /** A BACI country-code file (or a zip holding one). Default: the one inside the zip, or beside the CSV, else the knowledge base's ISO codes. */
  readonly countryCodes?: string | undefined
  /** Column layout for non-BACI files (default BACI's t,i,j,k,v,q). */
  readonly layout?: TradeLayout | undefined
  /** Stop at the first row that cannot be used. */
  readonly strict?: boolean | undefined
  /** Rejected rows listed per file (all are counted). Default 20. */
  readonly maxExamples?: number | undefined
  readonly knowledgeBase?: KnowledgeBase | undefined
  readonly onProgress?: ((progress: TradeProgress) => void) | undefined
  readonly signal?: AbortSignal | undefined
}

/**
 * Options of {@link screenTradeFiles}: reading plus the screen's options.
 *
 * @example
 * ```ts
 * import { screenTradeFiles, type TradeScreenFileOptions } from "@sovmap/sdk"
 *
 * const options: TradeScreenFileOptions = {
 *   variant: "geodep",
 *   years: [2021, 2022, 2023], // GeoDep's persistence test looks at a 3-year window
 *   ecosystems: "ecosystems.yaml", // e.g. batteries: HS heading 8507 (electric accumulators)
 *   topSuppliers: 3
 * }
 * const result = await screenTradeFiles(["BACI_HS17_V202501.zip"], options)
 * result.ecosystems.map((e) => `${e.name}: ${e.flagged} flagged`)
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeScreenFileOptions extends TradeReadOptions {
  readonly variant?: TradeScreenVariant | undefined
  readonly thresholds?: Partial<TradeScreenThresholds> | undefined
  /** Year to screen (default: latest in the data). */
  readonly year?: number | undefined
  readonly topSuppliers?: number | undefined
  /** Path of an ecosystem mapping (YAML/JSON). */
  readonly ecosystems?: string | undefined
}

const CHUNK = 1 << 20
const COUNTRY_FILE = /(^|\/)country_codes[^/]*\.csv$/i
const PRODUCT_FILE = /(^|\/)product_codes[^/]*\.csv$/i
const YEAR_IN_NAME = /_Y(\d{4})[_.]/i

const readError = (file: string, error: unknown): FileReadError => {
  const code = (error as { code?: string }).code
  const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : String((error as Error).message ?? error)
  return new FileReadError([{ file, message: `cannot read: ${why}`, hint: "check the path; BACI files are .csv or the .zip as published; use - for standard input" }])
}

const isZip = (path: string) => /\.zip$/i.test(path)

interface ZipEntry {
  readonly name: string
  readonly size: number
  readonly open: () => Promise<Readable>
}

interface OpenZip {
  readonly entries: ReadonlyArray<ZipEntry>
  readonly close: () => void
}

const openZip = (path: string): Promise<OpenZip> =>
  new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true }, (error, zip) => {
      if (error !== null || zip === undefined) {
        const code = (error as { code?: string } | null)?.code
        reject(code !== undefined ? readError(path, error) : new TradeInputError([{ file: path, message: `not a readable zip archive: ${error?.message ?? "unknown error"}`, hint: "download the archive again; BACI zips can be checked with `unzip -t`" }]))
        return
      }
      const entries: Array<ZipEntry> = []
      zip.on("entry", (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith("/")) {
          entries.push({
            name: entry.fileName,
            size: entry.uncompressedSize,
            open: () =>
              new Promise((res, rej) => zip.openReadStream(entry, (e, stream) => (e !== null || stream === undefined ? rej(new TradeInputError([{ file: `${path}!${entry.fileName}`, message: `cannot inflate: ${e?.message}` }])) : res(stream))))
          })
        }
        zip.readEntry()
      })
      zip.on("end", () => resolve({ entries, close: () => zip.close() }))
      zip.on("error", (e: Error) => reject(new TradeInputError([{ file: path, message: `corrupt zip archive: ${e.message}` }])))
      zip.readEntry()
    })
  })

const collect = async (stream: Readable): Promise<Uint8Array> => {
  const chunks: Array<Buffer> = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

// A stream source's chunks as bytes (the scanner reads bytes; a stream may carry strings).
async function* bytesOf(stream: ReadableStream<Uint8Array | string> | AsyncIterable<Uint8Array | string>): AsyncIterable<Uint8Array> {
  for await (const chunk of chunksOf(stream)) yield typeof chunk === "string" ? Buffer.from(chunk) : chunk
}

interface Input {
  readonly label: string
  readonly size: number | undefined
  readonly open: () => Promise<Readable>
}

const aborted = (signal: AbortSignal | undefined) => {
  if (signal?.aborted === true) throw signal.reason ?? new DOMException("The trade read was aborted", "AbortError")
}

/**
 * Reads trade files into per-product aggregates, streaming: plain CSV, `-` (standard input) or BACI zips.
 * Returns the aggregates and each input's row accounting. Rejects with `FileReadError`,
 * `TradeInputError` (empty file, wrong header or delimiter, bad code file) or, under `strict`,
 * `TradeRowError`; with the signal's reason when aborted.
 *
 * @example
 * ```ts
 * import { aggregateTradeFiles } from "@sovmap/sdk"
 *
 * const { aggregates, files } = await aggregateTradeFiles(["BACI_HS17_V202501.zip"], { years: [2022, 2023] })
 * ```
 * @category trade
 * @since 0.2.0
 */
export const aggregateTradeFiles = async (
  paths: ReadonlyArray<TextSource>,
  options: TradeReadOptions = {}
): Promise<{ readonly aggregates: TradeAggregates; readonly files: ReadonlyArray<TradeScanSummary> }> => {
  if (paths.length === 0) throw new TradeInputError([{ file: "<arguments>", message: "no trade file given", hint: "pass one or more BACI .csv or .zip files" }])
  const kb = options.knowledgeBase ?? builtinKnowledgeBase()
  const years = options.years === undefined || options.years.length === 0 ? undefined : new Set(options.years)
  const inputs: Array<Input> = []
  const zips: Array<OpenZip> = []
  const codeFiles: Array<{ readonly label: string; readonly bytes: () => Promise<Uint8Array> }> = []
  try {
    for (const path of paths) {
      if (typeof path !== "string") {
        // CSV text or a stream of it (a zip needs a file: its directory is at its end).
        const label = sourceName(path)
        inputs.push({ label, size: "text" in path ? Buffer.byteLength(path.text) : undefined, open: async () => ("text" in path ? Readable.from([Buffer.from(path.text)]) : Readable.from(bytesOf(path.stream))) })
      } else if (path === "-") {
        inputs.push({ label: "<stdin>", size: undefined, open: async () => process.stdin })
      } else if (isZip(path)) {
        const zip = await openZip(path)
        zips.push(zip)
        for (const entry of zip.entries) {
          if (COUNTRY_FILE.test(entry.name)) codeFiles.push({ label: `${basename(path)}!${entry.name}`, bytes: async () => collect(await entry.open()) })
          else if (PRODUCT_FILE.test(entry.name) || !/\.csv$/i.test(entry.name)) continue
          else {
            const year = YEAR_IN_NAME.exec(basename(entry.name))?.[1]
            if (years !== undefined && year !== undefined && !years.has(Number(year))) continue
            inputs.push({ label: `${path}!${entry.name}`, size: entry.size, open: entry.open })
          }
        }
      } else {
        const info = await stat(path).catch((e: unknown) => {
          throw readError(path, e)
        })
        if (info.isDirectory()) throw readError(path, { code: "EISDIR" })
        inputs.push({ label: path, size: info.size, open: async () => createReadStream(path, { highWaterMark: CHUNK }) })
        if (options.countryCodes === undefined) {
          const sibling = (await readdir(dirname(path)).catch(() => [] as Array<string>)).filter((n) => COUNTRY_FILE.test(n)).sort().at(-1)
          if (sibling !== undefined) codeFiles.push({ label: join(dirname(path), sibling), bytes: () => readFile(join(dirname(path), sibling)) })
        }
      }
    }
    if (inputs.length === 0) {
      throw new TradeInputError([{ file: paths.map(sourceName).join(", "), message: `no trade data file${years === undefined ? "" : ` for ${[...years].join(", ")}`} in the inputs`, hint: "BACI zips hold BACI_HS*_Y{year}_V*.csv entries; check --years" }])
    }
    const table = await countryTable(options.countryCodes, codeFiles, kb)
    const group = resolveImporterGroup(options.importers ?? "eu27", kb)
    const aggregator = new TradeAggregator(table, group, years)
    const files: Array<TradeScanSummary> = []
    const bytesTotal = inputs.every((i) => i.size !== undefined) ? inputs.reduce((n, i) => n + (i.size ?? 0), 0) : undefined
    let bytesBefore = 0
    for (const input of inputs) {
      aborted(options.signal)
      const scanner = new TradeScanner(input.label, aggregator, { layout: options.layout, strict: options.strict, maxExamples: options.maxExamples })
      const stream = await input.open().catch((e: unknown) => {
        throw e instanceof TradeInputError ? e : readError(input.label, e)
      })
      let bytes = 0
      try {
        for await (const chunk of stream) {
          const data = chunk as Buffer
          scanner.push(data)
          bytes += data.length
          if (options.onProgress !== undefined) {
            options.onProgress({ file: input.label, bytesRead: bytesBefore + bytes, bytesTotal, rows: scanner.rowsSoFar })
          }
          if (options.signal?.aborted === true) {
            stream.destroy()
            aborted(options.signal)
          }
        }
      } catch (error) {
        stream.destroy()
        if (error instanceof Error && "code" in error && !(error instanceof TradeInputError)) throw readError(input.label, error)
        throw error
      }
      bytesBefore += bytes
      files.push(scanner.end())
    }
    return { aggregates: aggregator.snapshot(), files }
  } finally {
    for (const zip of zips) zip.close()
  }
}

const countryTable = async (
  explicit: string | undefined,
  found: ReadonlyArray<{ readonly label: string; readonly bytes: () => Promise<Uint8Array> }>,
  kb: KnowledgeBase
): Promise<TradeCountryTable> => {
  if (explicit !== undefined) {
    if (isZip(explicit)) {
      const zip = await openZip(explicit)
      try {
        const entry = zip.entries.find((e) => COUNTRY_FILE.test(e.name))
        if (entry === undefined) throw new TradeInputError([{ file: explicit, message: "the archive holds no country_codes_*.csv", hint: "pass the country-code CSV itself" }])
        return parseCountryCodeFile(await collect(await entry.open()), `${basename(explicit)}!${entry.name}`, kb)
      } finally {
        zip.close()
      }
    }
    const bytes = await readFile(explicit).catch((e: unknown) => {
      throw readError(explicit, e)
    })
    return parseCountryCodeFile(bytes, explicit, kb)
  }
  if (found.length === 0) return countryTableFromKnowledgeBase(kb)
  const tables = await Promise.all(found.map(async (f) => parseCountryCodeFile(await f.bytes(), f.label, kb)))
  if (tables.length === 1) return tables[0]!
  // Several releases: their code lists must agree wherever they overlap.
  const byKey = new Map(tables[0]!.byKey)
  for (const t of tables.slice(1)) {
    for (const [key, country] of t.byKey) {
      const seen = byKey.get(key)
      if (seen !== undefined && seen.id !== country.id) {
        throw new TradeInputError([
          { file: t.source, message: `code ${country.code} means ${country.id} here but ${seen.id} in ${tables[0]!.source}`, hint: "screen files of different BACI releases separately, or pass --country-codes" }
        ])
      }
      byKey.set(key, country)
    }
  }
  return { source: tables.map((t) => t.source).join(" + "), encoding: tables[0]!.encoding, byKey }
}

/**
 * Reads trade files and runs the strategic-dependency screen on them, in one call.
 *
 * @example
 * ```ts
 * import { screenTradeFiles } from "@sovmap/sdk"
 *
 * const result = await screenTradeFiles(["BACI_HS17_V202501.zip"], {
 *   importers: "eu27",
 *   years: [2023],
 *   onProgress: (p) => console.error(`${p.file}: ${p.bytesRead} bytes`)
 * })
 * result.flagged.slice(0, 10).map((p) => p.product)
 * ```
 * @category trade
 * @since 0.2.0
 */
export const screenTradeFiles = async (paths: ReadonlyArray<TextSource>, options: TradeScreenFileOptions = {}): Promise<TradeScreenResult> => {
  const ecosystems =
    options.ecosystems === undefined
      ? undefined
      : decodeEcosystemMap(
          await readFile(options.ecosystems, "utf8").catch((e: unknown) => {
            throw readError(options.ecosystems!, e)
          }),
          options.ecosystems
        )
  const { aggregates, files } = await aggregateTradeFiles(paths, options)
  return screenTrade(aggregates, { variant: options.variant, thresholds: options.thresholds, year: options.year, topSuppliers: options.topSuppliers, ecosystems, files })
}
