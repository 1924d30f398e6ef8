/**
 * Country codes of trade files mapped to sovmap jurisdictions.
 *
 * BACI identifies countries by its own numeric codes, close to UN Comtrade / ISO 3166-1 numeric codes but
 * not identical (e.g. 490 "Other Asia, nes" with ISO3 `S19`), and the code list changes between releases;
 * each release ships `country_codes_V{release}.csv`. Source: CEPII, BACI description,
 * http://www.cepii.fr/DATA_DOWNLOAD/baci/doc/DescriptionBACI.html (retrieved 2026-11-22, [P]).
 *
 * @module
 */
import { TradeInputError } from "../errors.js"
import { decodeTextBytes, splitCsvLine } from "../internal/csv-line.js"
import type { KnowledgeBase } from "../kb/knowledge-base.js"

/**
 * A country (or statistical territory) of a trade file.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, type TradeCountry } from "@sovmap/core"
 *
 * const table = countryTableFromKnowledgeBase(builtinKnowledgeBase())
 * const germany: TradeCountry | undefined = table.byKey.get(countryCodeKey("276")!)
 * // { code: "276", name: "Germany", id: "DE", mapped: true }
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeCountry {
  /** The code as the trade file writes it, e.g. `251` or `FR`. */
  readonly code: string
  /** Name from the code file (or the knowledge base). */
  readonly name: string
  /**
   * Jurisdiction id used everywhere in results: the ISO 3166-1 alpha-2 code when the code file gives one,
   * else `code:<code>` (e.g. `code:490` for "Other Asia, nes"), so that territories without an ISO code stay
   * separate suppliers and are listed as unmapped instead of being merged into another country.
   */
  readonly id: string
  /** Whether `id` is an ISO 3166-1 alpha-2 code. */
  readonly mapped: boolean
}

/**
 * The code table a screen uses: trade-file code key → country.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises"
 * import { builtinKnowledgeBase, parseCountryCodeFile, type TradeCountryTable } from "@sovmap/core"
 *
 * const file = "country_codes_V202501.csv" // shipped with each BACI release
 * const table: TradeCountryTable = parseCountryCodeFile(await readFile(file), file, builtinKnowledgeBase())
 * const unmapped = [...table.byKey.values()].filter((c) => !c.mapped) // territories without an ISO 3166-1 code
 * console.log(`${table.byKey.size} codes from ${table.source} (${table.encoding}), ${unmapped.length} unmapped`)
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeCountryTable {
  /** Where the table came from: a code file name, or `knowledge base (ISO 3166-1 numeric)`. */
  readonly source: string
  /** Text encoding the code file was read with. */
  readonly encoding?: "utf-8" | "windows-1252" | undefined
  /** Countries by {@link countryCodeKey}. */
  readonly byKey: ReadonlyMap<number, TradeCountry>
}

const ALPHA_BASE = 1 << 16

/**
 * The integer key of a country code as the byte scanner computes it: numeric codes (`251`, `0251`) are their
 * value (below 65,536); two-letter codes (`FR`, case-insensitive) are 65,536 + 128·c₁ + c₂ of their upper-case
 * ASCII letters. Returns `undefined` for anything else.
 *
 * @example
 * ```ts
 * import { countryCodeKey } from "@sovmap/core"
 *
 * countryCodeKey("251") // 251
 * countryCodeKey("fr") === countryCodeKey("FR") // true
 * ```
 * @category trade
 * @since 0.2.0
 */
export const countryCodeKey = (code: string): number | undefined => {
  const trimmed = code.trim()
  if (/^[0-9]{1,5}$/.test(trimmed)) {
    const n = Number(trimmed)
    return n < ALPHA_BASE ? n : undefined
  }
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const up = trimmed.toUpperCase()
    return ALPHA_BASE + up.charCodeAt(0) * 128 + up.charCodeAt(1)
  }
  return undefined
}

const HEADER_VARIANTS = {
  code: ["country_code"],
  name: ["country_name", "country_name_abbreviation"],
  iso2: ["country_iso2", "iso_2digit_alpha"],
  iso3: ["country_iso3", "iso_3digit_alpha"]
} as const

/**
 * Reads a BACI country-code file (`country_codes_V202501.csv`: `country_code,country_name,country_iso2,country_iso3`;
 * releases up to about 2023 use `country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha`).
 * The bytes may be UTF-8 or Windows-1252 (older releases). An ISO2 that is empty, `N/A`, or not an ISO 3166-1
 * alpha-2 code of the knowledge base leaves the territory unmapped (`code:<code>`).
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, parseCountryCodeFile } from "@sovmap/core"
 *
 * const bytes = new TextEncoder().encode('country_code,country_name,country_iso2,country_iso3\n251,France,FR,FRA\n490,"Other Asia, nes",,S19\n')
 * const table = parseCountryCodeFile(bytes, "country_codes_V202501.csv", builtinKnowledgeBase())
 * table.byKey.get(251)?.id // "FR"
 * table.byKey.get(490)?.id // "code:490"
 * ```
 * @category trade
 * @since 0.2.0
 */
export const parseCountryCodeFile = (bytes: Uint8Array, file: string, kb: KnowledgeBase): TradeCountryTable => {
  const { text, encoding } = decodeTextBytes(bytes)
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/)
  const header = splitCsvLine(lines[0] ?? "").map((h) => h.trim().toLowerCase())
  const column = (names: ReadonlyArray<string>) => header.findIndex((h) => names.includes(h))
  const at = { code: column(HEADER_VARIANTS.code), name: column(HEADER_VARIANTS.name), iso2: column(HEADER_VARIANTS.iso2), iso3: column(HEADER_VARIANTS.iso3) }
  if (text.trim() === "") throw new TradeInputError([{ file, line: 1, column: 1, message: "the country-code file is empty", hint: "pass the country_codes_V*.csv file shipped with the BACI release" }])
  if (at.code < 0 || at.iso2 < 0) {
    throw new TradeInputError([
      {
        file,
        line: 1,
        column: 1,
        message: `not a BACI country-code file: header is \`${lines[0]?.slice(0, 80)}\``,
        expected: "country_code,country_name,country_iso2,country_iso3",
        hint: "pass the country_codes_V*.csv file shipped with the BACI release"
      }
    ])
  }
  const byKey = new Map<number, TradeCountry>()
  const problems = []
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!
    if (line.trim() === "") continue
    const fields = splitCsvLine(line)
    const code = (fields[at.code] ?? "").trim()
    const key = countryCodeKey(code)
    if (key === undefined) {
      problems.push({ file, line: n + 1, column: 1, message: `country code \`${code}\` is not a number`, expected: "a numeric BACI country code" })
      continue
    }
    const iso2 = (fields[at.iso2] ?? "").trim().toUpperCase()
    const mapped = kb.countries.has(iso2)
    const name = (fields[at.name] ?? "").trim() || (mapped ? kb.countries.get(iso2)!.name : code)
    byKey.set(key, { code, name, id: mapped ? iso2 : `code:${code}`, mapped })
  }
  if (problems.length > 0) throw new TradeInputError(problems)
  return { source: file, encoding, byKey }
}

/**
 * A code table from the knowledge base's ISO 3166-1 list, for trade files that use ISO numeric codes or
 * alpha-2 codes. BACI codes that differ from ISO numeric codes are then unknown and reported; prefer the
 * release's own code file.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase } from "@sovmap/core"
 *
 * const table = countryTableFromKnowledgeBase(builtinKnowledgeBase())
 * table.byKey.get(countryCodeKey("276")!)?.id // "DE"
 * table.byKey.get(countryCodeKey("DE")!)?.id // "DE"
 * ```
 * @category trade
 * @since 0.2.0
 */
export const countryTableFromKnowledgeBase = (kb: KnowledgeBase): TradeCountryTable => {
  const byKey = new Map<number, TradeCountry>()
  for (const c of kb.countries.values()) {
    const numeric = countryCodeKey(c.numeric)
    if (numeric !== undefined) byKey.set(numeric, { code: c.numeric, name: c.name, id: c.alpha2, mapped: true })
    byKey.set(countryCodeKey(c.alpha2)!, { code: c.alpha2, name: c.name, id: c.alpha2, mapped: true })
  }
  return { source: "knowledge base (ISO 3166-1 numeric and alpha-2)", byKey }
}
