/**
 * A byte-level scanner of delimited trade files (BACI `t,i,j,k,v,q`, or a generic CSV through a column
 * mapping), fed chunk by chunk: it never holds more than one chunk and one partial line, and hands each row to
 * a {@link TradeAggregator}. Rows that cannot be used are counted by reason, the first ones listed with their
 * line; under `strict` the first one stops the scan with a {@link TradeRowError}.
 *
 * Hand-written (rather than a general CSV parser) because it must keep up with DuckDB on 11 million rows;
 * bench/trade.mjs compares it with DuckDB and with csv-parse.
 *
 * @module
 */
import { TradeInputError, TradeRowError, type Diagnostic } from "../errors.js"
import { latin1Text, splitCsvLine } from "../internal/csv-line.js"
import { AddOutcome, type TradeAggregator } from "./aggregate.js"

/**
 * Where the scanner finds each field: header names of the year, exporter, importer, product (HS6) and value
 * columns, and the delimiter. {@link baciLayout} is BACI's.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator, TradeScanner, type TradeLayout } from "@sovmap/core"
 *
 * // A semicolon-separated export with its own header names and ISO alpha-2 country codes:
 * const layout: TradeLayout = { delimiter: ";", year: "year", exporter: "exporter", importer: "importer", product: "hs6", value: "value_kusd" }
 * const kb = builtinKnowledgeBase()
 * const scanner = new TradeScanner("trade.csv", new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb)), { layout })
 * scanner.push(new TextEncoder().encode("year;exporter;importer;hs6;value_kusd\n2022;CN;DE;854231;10.5\n"))
 * scanner.end().rowsUsed // 1
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeLayout {
  /** One character: `,` `;` `\t` or `|`. */
  readonly delimiter: string
  readonly year: string
  readonly exporter: string
  readonly importer: string
  readonly product: string
  readonly value: string
  /** When set, the header must be exactly these names (BACI: t,i,j,k,v,q). */
  readonly exactHeader?: ReadonlyArray<string> | undefined
}

/**
 * BACI's layout: `t,i,j,k,v,q` (year, exporter, importer, HS6 product, value in thousand USD, quantity in
 * tonnes). Source: CEPII, BACI description, http://www.cepii.fr/DATA_DOWNLOAD/baci/doc/DescriptionBACI.html
 * (retrieved 2026-11-22, [P]).
 *
 * @example
 * ```ts
 * import { baciLayout } from "@sovmap/core"
 *
 * baciLayout.exactHeader // ["t", "i", "j", "k", "v", "q"]
 * ```
 * @category trade
 * @since 0.2.0
 */
export const baciLayout: TradeLayout = { delimiter: ",", year: "t", exporter: "i", importer: "j", product: "k", value: "v", exactHeader: ["t", "i", "j", "k", "v", "q"] }

/**
 * Why a row was not used.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator, TradeScanner, type TradeRowProblem } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const scanner = new TradeScanner("trade.csv", new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb)))
 * scanner.push(new TextEncoder().encode("t,i,j,k,v,q\n2022,156,276,854231,-1,\n2022,156,276,854231,abc,\n"))
 * const counts = scanner.end().rejectedByProblem
 * const problems = Object.keys(counts) as Array<TradeRowProblem> // ["value-negative", "value-non-numeric"]
 * ```
 * @category trade
 * @since 0.2.0
 */
export type TradeRowProblem =
  | "column-count"
  | "year"
  | "exporter-code"
  | "importer-code"
  | "product-code"
  | "value-missing"
  | "value-non-numeric"
  | "value-negative"
  | "unknown-exporter"
  | "unknown-importer"
  | "empty-line"

const PROBLEM_TEXT: Record<TradeRowProblem, { readonly message: string; readonly hint: string }> = {
  "column-count": { message: "wrong number of columns", hint: "every row needs one value per header column" },
  year: { message: "year is not a 4-digit number", hint: "the year column must hold years such as 2022" },
  "exporter-code": { message: "exporter code is not a numeric or two-letter country code", hint: "BACI uses numeric codes; generic files may use ISO alpha-2" },
  "importer-code": { message: "importer code is not a numeric or two-letter country code", hint: "BACI uses numeric codes; generic files may use ISO alpha-2" },
  "product-code": { message: "product code is not an HS6 code", hint: "6 digits (5 when a leading zero was lost), or a legacy code such as 9999AA" },
  "value-missing": { message: "value is empty", hint: "every flow needs a value" },
  "value-non-numeric": { message: "value is not a number", hint: "values use a dot as decimal separator, e.g. 1234.567" },
  "value-negative": { message: "value is negative", hint: "trade flows are non-negative" },
  "unknown-exporter": { message: "exporter code is not in the country-code table", hint: "pass the release's country_codes_V*.csv with --country-codes" },
  "unknown-importer": { message: "importer code is not in the country-code table", hint: "pass the release's country_codes_V*.csv with --country-codes" },
  "empty-line": { message: "empty line", hint: "remove blank lines" }
}

/**
 * One rejected row as listed in a report.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator, TradeScanner } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const scanner = new TradeScanner("trade.csv", new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb)))
 * scanner.push(new TextEncoder().encode("t,i,j,k,v,q\n2022,156,276,854231,10.5,NA\n2022,156,276,854231,-1,\n"))
 * for (const row of scanner.end().rejectedExamples) console.log(`${row.file}:${row.line}: ${row.problem}: ${row.text}`)
 * // trade.csv:3: value-negative: 2022,156,276,854231,-1,
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface RejectedRow {
  readonly file: string
  readonly line: number
  readonly problem: TradeRowProblem
  /** The start of the line, as text (at most 80 characters). */
  readonly text: string
}

/**
 * Row accounting of one scanned file: rows read = used + rejected + out of scope (years not selected).
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator, TradeScanner } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const scanner = new TradeScanner("trade.csv", new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb)))
 * scanner.push(new TextEncoder().encode("t,i,j,k,v,q\n2022,156,276,854231,10.5,NA\n2022,156,276,854231,-1,\n"))
 * const summary = scanner.end()
 * summary.rowsRead // 2
 * summary.valueUsed // 10.5
 * summary.rejectedByProblem // { "value-negative": 1 }
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeScanSummary {
  readonly file: string
  readonly bytes: number
  readonly rowsRead: number
  readonly rowsUsed: number
  readonly rowsRejected: number
  readonly rowsOutOfScope: number
  /** Sum of the values of the rows used. */
  readonly valueUsed: number
  readonly rejectedByProblem: Readonly<Partial<Record<TradeRowProblem, number>>>
  /** The first rejected rows (up to `maxExamples`). */
  readonly rejectedExamples: ReadonlyArray<RejectedRow>
}

/**
 * Options of a {@link TradeScanner}.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator, TradeRowError, TradeScanner } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * const scanner = new TradeScanner("trade.csv", agg, { strict: true })
 * try {
 *   scanner.push(new TextEncoder().encode("t,i,j,k,v,q\n2022,156,276,854231,-1,\n"))
 * } catch (error) {
 *   if (error instanceof TradeRowError) console.error(error.message) // trade.csv:2:1: value is negative: …
 * }
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeScannerOptions {
  readonly layout?: TradeLayout | undefined
  /** Stop at the first row that cannot be used. */
  readonly strict?: boolean | undefined
  /** How many rejected rows to list (all are counted). Default 20. */
  readonly maxExamples?: number | undefined
}

const SKIP = 0
const YEAR = 1
const EXPORTER = 2
const IMPORTER = 3
const PRODUCT = 4
const VALUE = 5

const NL = 10
const CR = 13
const QUOTE = 34
const SPACE = 32
const DOT = 46
const COMMA = 44
const MINUS = 45
const ALPHA_BASE = 1 << 16
const MAX_LINE = 1 << 20
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i)

const isDigit = (c: number) => c >= 48 && c <= 57
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * Streams rows of one file into an aggregator. Call {@link TradeScanner.push} with each chunk of bytes in
 * order, then {@link TradeScanner.end}. Throws {@link TradeInputError} for an empty file, a wrong header or a
 * wrong delimiter; {@link TradeRowError} for a bad row under `strict`.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator, TradeScanner } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * const scanner = new TradeScanner("trade.csv", agg)
 * scanner.push(new TextEncoder().encode("t,i,j,k,v,q\n2022,156,276,854231,10.5,NA\n2022,156,276,854231,-1,\n"))
 * const summary = scanner.end()
 * summary.rowsUsed // 1
 * summary.rejectedExamples[0]?.line // 3
 * ```
 * @category trade
 * @since 0.2.0
 */
export class TradeScanner {
  private readonly layout: TradeLayout
  private readonly strict: boolean
  private readonly maxExamples: number
  private readonly delimiter: number
  /** BACI's exact layout: lines are tried on a fused fast path first. */
  private fast = false
  private roles: Uint8Array = new Uint8Array(0)
  private columns = 0
  private carry: Uint8Array | undefined
  private line = 0
  private bytes = 0
  private headerDone = false
  private rowsRead = 0
  private rowsUsed = 0
  private rowsOutOfScope = 0
  private valueUsed = 0
  private rejected = 0
  private readonly byProblem: Partial<Record<TradeRowProblem, number>> = {}
  private readonly examples: Array<RejectedRow> = []
  // Cursor of the field parsers (avoids allocating a result per field).
  private p = 0

  constructor(
    readonly file: string,
    private readonly aggregator: TradeAggregator,
    options: TradeScannerOptions = {}
  ) {
    this.layout = options.layout ?? baciLayout
    this.strict = options.strict ?? false
    this.maxExamples = options.maxExamples ?? 20
    if (this.layout.delimiter.length !== 1) {
      throw new TradeInputError([{ file: "--delimiter", message: `delimiter must be one character, got \`${this.layout.delimiter}\``, hint: "use , ; | or \\t" }])
    }
    this.delimiter = this.layout.delimiter.charCodeAt(0)
  }

  /** Data rows read so far (for progress reports). */
  get rowsSoFar(): number {
    return this.rowsRead
  }

  /** Scans the next chunk of the file's bytes. */
  push(chunk: Uint8Array): void {
    this.bytes += chunk.length
    let start = 0
    if (this.carry !== undefined) {
      const nl = chunk.indexOf(NL)
      if (nl < 0) {
        this.carry = concat(this.carry, chunk, chunk.length)
        if (this.carry.length > MAX_LINE) this.tooLong()
        return
      }
      const line = concat(this.carry, chunk, nl)
      this.carry = undefined
      this.scanLine(line, 0, line.length)
      start = nl + 1
    }
    let nl = chunk.indexOf(NL, start)
    while (nl >= 0) {
      this.scanLine(chunk, start, nl)
      start = nl + 1
      nl = chunk.indexOf(NL, start)
    }
    if (start < chunk.length) {
      this.carry = chunk.slice(start)
      if (this.carry.length > MAX_LINE) this.tooLong()
    }
  }

  /** Scans the last line (if the file does not end with a newline) and returns the accounting. */
  end(): TradeScanSummary {
    if (this.carry !== undefined) {
      const line = this.carry
      this.carry = undefined
      this.scanLine(line, 0, line.length)
    }
    if (!this.headerDone) throw new TradeInputError([{ file: this.file, line: 1, column: 1, message: "the file is empty", expected: "a header line and data rows", hint: "check that the download is complete" }])
    return {
      file: this.file,
      bytes: this.bytes,
      rowsRead: this.rowsRead,
      rowsUsed: this.rowsUsed,
      rowsRejected: this.rejected,
      rowsOutOfScope: this.rowsOutOfScope,
      valueUsed: this.valueUsed,
      rejectedByProblem: { ...this.byProblem },
      rejectedExamples: [...this.examples]
    }
  }

  private tooLong(): never {
    throw new TradeInputError([
      { file: this.file, line: this.line + 1, column: 1, message: "a line is longer than 1 MiB: this is not a delimited text file", hint: "pass the .csv file, or the .zip as published (its name must end in .zip)" }
    ])
  }

  private header(b: Uint8Array, s: number, e: number): void {
    if (e - s >= 3 && b[s] === 0xef && b[s + 1] === 0xbb && b[s + 2] === 0xbf) s += 3
    const text = latin1Text(b.subarray(s, e)).replace(/\r$/, "")
    const fail = (message: string, expected: string, hint: string): never => {
      throw new TradeInputError([{ file: this.file, line: 1, column: 1, message, expected, hint }])
    }
    if (text.trim() === "") fail("the first line is empty", "a header line", "the first line must name the columns")
    const delimiter = this.layout.delimiter
    const names = splitCsvLine(text, delimiter).map((n) => n.trim().toLowerCase())
    if (names.length === 1) {
      const other = [",", ";", "\t", "|"].find((d) => d !== delimiter && text.includes(d))
      if (other !== undefined) {
        fail(
          `wrong delimiter: the header is separated by \`${other === "\t" ? "\\t" : other}\`, not \`${delimiter === "\t" ? "\\t" : delimiter}\``,
          `columns separated by \`${delimiter === "\t" ? "\\t" : delimiter}\``,
          this.layout === baciLayout ? "BACI files are comma-separated; for other files pass --delimiter and --columns" : `pass --delimiter '${other === "\t" ? "\\t" : other}'`
        )
      }
    }
    const exact = this.layout.exactHeader
    if (exact !== undefined && (names.length !== exact.length || names.some((n, i) => n !== exact[i]))) {
      fail(`wrong header \`${text.slice(0, 80)}\``, exact.join(delimiter), "BACI files start with t,i,j,k,v,q; for other sources pass a column mapping with --columns")
    }
    const roles = new Uint8Array(names.length)
    const wanted: Array<readonly [string, number, string]> = [
      [this.layout.year, YEAR, "year"],
      [this.layout.exporter, EXPORTER, "exporter"],
      [this.layout.importer, IMPORTER, "importer"],
      [this.layout.product, PRODUCT, "product"],
      [this.layout.value, VALUE, "value"]
    ]
    for (const [name, role, what] of wanted) {
      const index = names.indexOf(name.toLowerCase())
      if (index < 0) fail(`the header has no \`${name}\` column (${what})`, `a header naming the ${what} column \`${name}\``, `columns found: ${names.join(", ")}`)
      roles[index] = role
    }
    this.roles = roles
    this.columns = names.length
    this.fast = exact !== undefined && delimiter === "," && names.join(",") === "t,i,j,k,v,q" && this.layout.year === "t" && this.layout.value === "v"
  }

  /**
   * The common BACI line, `2022,156,276,854231,1234.567,12.5`, parsed in one pass without field calls.
   * Returns false (having consumed nothing) for anything unusual: the general path then parses the line and
   * reports its problem.
   */
  private fastLine(b: Uint8Array, s: number, e: number): boolean {
    let p = s
    let c = 0
    let year = 0
    while (p < e && (c = b[p]!) >= 48 && c <= 57) {
      year = year * 10 + c - 48
      p++
    }
    if (p - s !== 4 || c !== COMMA) return false
    let start = ++p
    let exporter = 0
    while (p < e && (c = b[p]!) >= 48 && c <= 57) {
      exporter = exporter * 10 + c - 48
      p++
    }
    if (p === start || p - start > 4 || c !== COMMA) return false
    start = ++p
    let importer = 0
    while (p < e && (c = b[p]!) >= 48 && c <= 57) {
      importer = importer * 10 + c - 48
      p++
    }
    if (p === start || p - start > 4 || c !== COMMA) return false
    start = ++p
    let product = 0
    while (p < e && (c = b[p]!) >= 48 && c <= 57) {
      product = product * 10 + c - 48
      p++
    }
    if ((p - start !== 6 && p - start !== 5) || c !== COMMA) return false
    start = ++p
    let mantissa = 0
    let digits = 0
    let fraction = -1
    for (; p < e; p++) {
      c = b[p]!
      if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + c - 48
        digits++
        if (fraction >= 0) fraction++
      } else if (c === DOT && fraction < 0) fraction = 0
      else break
    }
    if (digits === 0 || digits > 15 || p >= e || c !== COMMA) return false
    // The quantity is not used: only check that no further column follows.
    for (let q = p + 1; q < e; q++) if (b[q] === COMMA || b[q] === QUOTE) return false
    const value = fraction <= 0 ? mantissa : mantissa / POW10[fraction]!
    this.rowsRead++
    const outcome = this.aggregator.add(year, exporter, importer, product, value)
    if (outcome === AddOutcome.used) {
      this.rowsUsed++
      this.valueUsed += value
    } else if (outcome === AddOutcome.yearOutOfScope) this.rowsOutOfScope++
    else this.reject(outcome === AddOutcome.unknownExporter ? "unknown-exporter" : "unknown-importer", b, s, e)
    return true
  }

  private reject(problem: TradeRowProblem, b: Uint8Array, s: number, e: number): void {
    this.rejected++
    this.byProblem[problem] = (this.byProblem[problem] ?? 0) + 1
    if (this.examples.length < this.maxExamples || this.strict) {
      const row: RejectedRow = { file: this.file, line: this.line, problem, text: latin1Text(b.subarray(s, Math.min(e, s + 80))) }
      if (this.examples.length < this.maxExamples) this.examples.push(row)
      if (this.strict) {
        const d: Diagnostic = { file: this.file, line: this.line, column: 1, message: `${PROBLEM_TEXT[problem].message}: \`${row.text}\``, hint: `${PROBLEM_TEXT[problem].hint}; without --strict such rows are counted, reported and skipped` }
        throw new TradeRowError([d])
      }
    }
  }

  private scanLine(b: Uint8Array, s: number, e: number): void {
    this.line++
    if (e > s && b[e - 1] === CR) e--
    if (!this.headerDone) {
      this.headerDone = true
      this.header(b, s, e)
      return
    }
    if (this.fast && this.fastLine(b, s, e)) return
    this.rowsRead++
    if (e === s) return this.reject("empty-line", b, s, e)
    const roles = this.roles
    const delimiter = this.delimiter
    let year = -1
    let exporter = -1
    let importer = -1
    let product = -1
    let value = -1
    let problem: TradeRowProblem | undefined
    this.p = s
    for (let col = 0; col < this.columns; col++) {
      if (col > 0) {
        if (this.p >= e || b[this.p] !== delimiter) return this.reject("column-count", b, s, e)
        this.p++
      }
      switch (roles[col]) {
        case YEAR:
          year = this.integer(b, e, delimiter)
          if ((year < 1000 || year > 9999) && problem === undefined) problem = "year"
          break
        case EXPORTER:
          exporter = this.country(b, e, delimiter)
          if (exporter < 0 && problem === undefined) problem = "exporter-code"
          break
        case IMPORTER:
          importer = this.country(b, e, delimiter)
          if (importer < 0 && problem === undefined) problem = "importer-code"
          break
        case PRODUCT:
          product = this.product(b, e, delimiter)
          if (product < 0 && problem === undefined) problem = "product-code"
          break
        case VALUE:
          value = this.value(b, e, delimiter)
          if (value < 0 && problem === undefined) problem = value === -1 ? "value-missing" : value === -2 ? "value-non-numeric" : "value-negative"
          break
        default:
          this.skip(b, e, delimiter)
      }
    }
    if (this.p !== e) return this.reject("column-count", b, s, e)
    if (problem !== undefined) return this.reject(problem, b, s, e)
    const outcome = this.aggregator.add(year, exporter, importer, product, value)
    if (outcome === AddOutcome.used) {
      this.rowsUsed++
      this.valueUsed += value
    } else if (outcome === AddOutcome.yearOutOfScope) this.rowsOutOfScope++
    else this.reject(outcome === AddOutcome.unknownExporter ? "unknown-exporter" : "unknown-importer", b, s, e)
  }

  // Field parsers: start at this.p, leave this.p at the delimiter or line end.

  private open(b: Uint8Array, e: number): boolean {
    let p = this.p
    while (p < e && b[p] === SPACE) p++
    const quoted = p < e && b[p] === QUOTE
    this.p = quoted ? p + 1 : p
    return quoted
  }

  /** Closes a field: optional quote and spaces, then it must be at the delimiter or line end. */
  private close(b: Uint8Array, e: number, delimiter: number, quoted: boolean): boolean {
    let p = this.p
    if (quoted) {
      if (p >= e || b[p] !== QUOTE) return false
      p++
    }
    while (p < e && b[p] === SPACE) p++
    this.p = p
    return p >= e || b[p] === delimiter
  }

  private skip(b: Uint8Array, e: number, delimiter: number): void {
    let p = this.p
    if (p < e && b[p] === QUOTE) {
      p++
      while (p < e) {
        if (b[p] === QUOTE) {
          if (b[p + 1] === QUOTE) p += 2
          else {
            p++
            break
          }
        } else p++
      }
    }
    while (p < e && b[p] !== delimiter) p++
    this.p = p
  }

  private integer(b: Uint8Array, e: number, delimiter: number): number {
    const quoted = this.open(b, e)
    let p = this.p
    let n = 0
    const start = p
    while (p < e && isDigit(b[p]!) && p - start < 9) n = n * 10 + (b[p++]! - 48)
    this.p = p
    if (p === start || !this.close(b, e, delimiter, quoted)) {
      this.skip(b, e, delimiter)
      return -1
    }
    return n
  }

  private country(b: Uint8Array, e: number, delimiter: number): number {
    const quoted = this.open(b, e)
    const p = this.p
    if (p + 1 < e && isLetter(b[p]!) && isLetter(b[p + 1]!)) {
      this.p = p + 2
      if (!this.close(b, e, delimiter, quoted)) {
        this.skip(b, e, delimiter)
        return -1
      }
      return ALPHA_BASE + (b[p]! & 0xdf) * 128 + (b[p + 1]! & 0xdf)
    }
    let q = p
    let n = 0
    while (q < e && isDigit(b[q]!) && q - p < 5) n = n * 10 + (b[q++]! - 48)
    this.p = q
    if (q === p || n >= ALPHA_BASE || !this.close(b, e, delimiter, quoted)) {
      this.skip(b, e, delimiter)
      return -1
    }
    return n
  }

  private product(b: Uint8Array, e: number, delimiter: number): number {
    const quoted = this.open(b, e)
    const start = this.p
    let p = start
    let n = 0
    while (p < e && isDigit(b[p]!)) n = n * 10 + (b[p++]! - 48)
    const digits = p - start
    if (p < e && isLetter(b[p]!)) {
      // Legacy non-numeric codes (BACI HS92: 9999AA): digits then letters, six characters.
      while (p < e && (isLetter(b[p]!) || isDigit(b[p]!))) p++
      const code = latin1Text(b.subarray(start, p)).toUpperCase()
      this.p = p
      if (code.length !== 6 || !this.close(b, e, delimiter, quoted)) {
        this.skip(b, e, delimiter)
        return -1
      }
      return this.aggregator.internProduct(code)
    }
    this.p = p
    // Six digits, or five when a tool stored the code as a number and dropped the leading zero.
    if ((digits !== 6 && digits !== 5) || !this.close(b, e, delimiter, quoted)) {
      this.skip(b, e, delimiter)
      return -1
    }
    return n
  }

  /** A non-negative decimal; -1 empty, -2 not a number, -3 negative. */
  private value(b: Uint8Array, e: number, delimiter: number): number {
    const quoted = this.open(b, e)
    let p = this.p
    const negative = p < e && b[p] === MINUS
    if (negative) p++
    const start = p
    let mantissa = 0
    let digits = 0
    let fraction = 0
    let dot = false
    for (; p < e; p++) {
      const c = b[p]!
      if (isDigit(c)) {
        mantissa = mantissa * 10 + (c - 48)
        digits++
        if (dot) fraction++
      } else if (c === DOT && !dot) dot = true
      else break
    }
    this.p = p
    if (digits === 0 && p === start && (p >= e || b[p] === delimiter || (quoted && b[p] === QUOTE))) {
      this.close(b, e, delimiter, quoted)
      return negative ? -2 : -1
    }
    let v: number
    if (digits > 15 || (p < e && (b[p] === 101 || b[p] === 69))) {
      // Long mantissa or exponent: let the platform's correctly rounded parser do it.
      while (p < e && b[p] !== delimiter && b[p] !== QUOTE && b[p] !== SPACE) p++
      v = Number(latin1Text(b.subarray(start, p)))
      this.p = p
    } else {
      // Mantissa < 2^53 and 10^k exact: one division, correctly rounded like strtod.
      v = fraction === 0 ? mantissa : mantissa / POW10[fraction]!
    }
    if (digits === 0 || !Number.isFinite(v) || !this.close(b, e, delimiter, quoted)) {
      this.skip(b, e, delimiter)
      return -2
    }
    return negative && v !== 0 ? -3 : v
  }
}

const concat = (a: Uint8Array, b: Uint8Array, bEnd: number): Uint8Array => {
  const out = new Uint8Array(a.length + bEnd)
  out.set(a)
  out.set(b.subarray(0, bEnd), a.length)
  return out
}
