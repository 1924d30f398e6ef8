/**
 * Incremental per-product aggregation of bilateral trade rows, fed row by row (by the byte scanner) so that
 * a file of any size streams through bounded memory: per year, a dense product × exporter matrix of the
 * group's imports and one of world exports.
 *
 * @module
 */
import { sumOfSquaredShares } from "../internal/sum-of-squared-shares.js"
import type { TradeCountry, TradeCountryTable } from "./country-codes.js"
import type { ImporterGroup } from "./importer-group.js"

/**
 * Per-product aggregates of one year, for an importer group G (values in the file's unit, thousand USD for BACI).
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * agg.add(2022, countryCodeKey("CN")!, countryCodeKey("DE")!, 850760, 90)
 * agg.add(2022, countryCodeKey("PL")!, countryCodeKey("DE")!, 850760, 20)
 * const product = agg.snapshot().years[0]?.products[0]
 * product?.extraImports // 90
 * product?.intraImports // 20
 * product?.suppliers // [{ country: "CN", value: 90 }]
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface ProductAggregates {
  /** HS6 code, 6 characters (leading zero restored). */
  readonly product: string
  /** M^extra: imports of G from exporters outside G. */
  readonly extraImports: number
  /** M^intra: imports of G from exporters inside G. */
  readonly intraImports: number
  /** X^G: exports of G's members to every destination (inside and outside G). */
  readonly groupExports: number
  /** World exports (all rows of the product). */
  readonly worldExports: number
  /** HHI of exporters' shares of world exports, 0..1 (CEPII GeoDep's second criterion). */
  readonly worldExportHhi: number | undefined
  /** Extra-group suppliers (jurisdiction id, value), largest first, zero values left out. */
  readonly suppliers: ReadonlyArray<{ readonly country: string; readonly value: number }>
}

/**
 * Aggregates of one data year.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * agg.add(2019, countryCodeKey("CN")!, countryCodeKey("GB")!, 850760, 5)
 * agg.add(2020, countryCodeKey("CN")!, countryCodeKey("GB")!, 850760, 5)
 * for (const y of agg.snapshot().years) console.log(y.year, y.groupMembers.length, y.products[0]?.extraImports)
 * // 2019 28 5  (the United Kingdom was still a member on 31 December 2019)
 * // 2020 27 0  (GB outside the group: its imports are no longer counted)
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface YearAggregates {
  readonly year: number
  /** Members of the importer group in that year (alpha-2). */
  readonly groupMembers: ReadonlyArray<string>
  /** Rows aggregated for this year. */
  readonly rows: number
  /** Sum of the values of those rows. */
  readonly value: number
  /** Products, by code. */
  readonly products: ReadonlyArray<ProductAggregates>
}

/**
 * Everything the screen needs, as plain data: per-year product aggregates, the countries seen, and the codes
 * that could not be mapped.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, screenTrade, TradeAggregator, type TradeAggregates } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * agg.add(2022, countryCodeKey("CN")!, countryCodeKey("DE")!, 850760, 90)
 * agg.add(2022, countryCodeKey("999")!, countryCodeKey("DE")!, 850760, 10) // 999: not in the code table
 * const aggregates: TradeAggregates = agg.snapshot()
 * aggregates.unknownCodes // [{ code: "999", rows: 1 }]
 * screenTrade(aggregates).flagged.length // 1
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeAggregates {
  readonly group: { readonly id: string; readonly label: string }
  readonly countrySource: string
  readonly years: ReadonlyArray<YearAggregates>
  /** Countries that occur in aggregated rows, by jurisdiction id. */
  readonly countries: ReadonlyArray<TradeCountry>
  /** Codes absent from the code table, with the number of rows that carried them (as exporter or importer). */
  readonly unknownCodes: ReadonlyArray<{ readonly code: string; readonly rows: number }>
  /** Codes present in the table but without an ISO 3166-1 code (kept as separate suppliers), with how often they occur in used rows (as exporter plus as importer). */
  readonly unmappedCodes: ReadonlyArray<{ readonly code: string; readonly id: string; readonly name: string; readonly rows: number }>
}

/**
 * Outcome of {@link TradeAggregator.add}: the row was used, or why not.
 *
 * @example
 * ```ts
 * import { AddOutcome, builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb), new Set([2022]))
 * agg.add(2022, countryCodeKey("CN")!, countryCodeKey("DE")!, 850760, 90) === AddOutcome.used // true
 * agg.add(2022, countryCodeKey("999")!, countryCodeKey("DE")!, 850760, 90) === AddOutcome.unknownExporter // true
 * agg.add(2021, countryCodeKey("CN")!, countryCodeKey("DE")!, 850760, 90) === AddOutcome.yearOutOfScope // true
 * ```
 * @category trade
 * @since 0.2.0
 */
export const AddOutcome = { used: 0, unknownExporter: 1, unknownImporter: 2, yearOutOfScope: 3 } as const

const ALPHA_KEYS = (1 << 16) + 128 * 128
const NUMERIC_PRODUCTS = 1_000_000

interface YearState {
  readonly year: number
  readonly member: Uint8Array
  imports: Float64Array
  exports: Float64Array
  rows: number
  value: number
}

/**
 * The incremental aggregation state. Feed rows with {@link TradeAggregator.add} (integer keys from the
 * scanner), then take a {@link TradeAggregates} snapshot. Order of rows does not matter (sums only).
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * agg.add(2022, countryCodeKey("CN")!, countryCodeKey("DE")!, 854231, 10)
 * agg.snapshot().years[0]?.products[0]?.extraImports // 10
 * ```
 * @category trade
 * @since 0.2.0
 */
export class TradeAggregator {
  private readonly countryIndex = new Int32Array(ALPHA_KEYS).fill(-1)
  private readonly countries: Array<TradeCountry> = []
  private readonly productIndex = new Int32Array(NUMERIC_PRODUCTS).fill(-1)
  private readonly otherProductIndex = new Map<number, number>()
  private readonly productCodes: Array<string> = []
  private readonly internedProducts = new Map<string, number>()
  private readonly internedNames: Array<string> = []
  private readonly unknown = new Map<number, number>()
  private readonly used: Uint32Array
  private capacity = 1024
  private readonly years = new Map<number, YearState>()
  private last: YearState | undefined

  constructor(
    private readonly table: TradeCountryTable,
    private readonly group: ImporterGroup,
    private readonly yearsInScope?: ReadonlySet<number>
  ) {
    const byId = new Map<string, number>()
    for (const [key, country] of table.byKey) {
      if (key < 0 || key >= ALPHA_KEYS) continue
      let index = byId.get(country.id)
      if (index === undefined) {
        index = this.countries.length
        byId.set(country.id, index)
        this.countries.push(country)
      }
      this.countryIndex[key] = index
    }
    this.used = new Uint32Array(this.countries.length)
  }

  /**
   * Key of a product code that is not all digits (BACI HS92 legacy codes such as `9999AA`): 1,000,000 and up.
   * All-digit codes are their own key (`10121` and `010121` are the same product).
   */
  internProduct(code: string): number {
    let key = this.internedProducts.get(code)
    if (key === undefined) {
      key = NUMERIC_PRODUCTS + this.internedNames.length
      this.internedProducts.set(code, key)
      this.internedNames.push(code)
    }
    return key
  }

  private yearState(year: number): YearState {
    let state = this.years.get(year)
    if (state === undefined) {
      const members = this.group.membersIn(year)
      const member = new Uint8Array(this.countries.length)
      this.countries.forEach((c, i) => (member[i] = members.has(c.id) ? 1 : 0))
      const size = this.capacity * this.countries.length
      state = { year, member, imports: new Float64Array(size), exports: new Float64Array(size), rows: 0, value: 0 }
      this.years.set(year, state)
    }
    return state
  }

  private newProduct(key: number): number {
    const index = this.productCodes.length
    this.productCodes.push(key < NUMERIC_PRODUCTS ? String(key).padStart(6, "0") : this.internedNames[key - NUMERIC_PRODUCTS]!)
    if (key < NUMERIC_PRODUCTS) this.productIndex[key] = index
    else this.otherProductIndex.set(key, index)
    if (index >= this.capacity) {
      this.capacity *= 2
      const size = this.capacity * this.countries.length
      for (const state of this.years.values()) {
        const imports = new Float64Array(size)
        imports.set(state.imports)
        state.imports = imports
        const exports = new Float64Array(size)
        exports.set(state.exports)
        state.exports = exports
      }
    }
    return index
  }

  /**
   * Adds one flow: `value` exported by `exporter` to `importer` of `product` in `year` (keys as
   * {@link countryCodeKey} computes them; product key = the code's integer value, or an interned key).
   * Returns an {@link AddOutcome}.
   */
  add(year: number, exporter: number, importer: number, product: number, value: number): number {
    if (this.yearsInScope !== undefined && !this.yearsInScope.has(year)) return AddOutcome.yearOutOfScope
    const i = exporter < ALPHA_KEYS ? this.countryIndex[exporter]! : -1
    const j = importer < ALPHA_KEYS ? this.countryIndex[importer]! : -1
    if (i < 0 || j < 0) {
      const code = i < 0 ? exporter : importer
      this.unknown.set(code, (this.unknown.get(code) ?? 0) + 1)
      return i < 0 ? AddOutcome.unknownExporter : AddOutcome.unknownImporter
    }
    let p = product < NUMERIC_PRODUCTS ? this.productIndex[product]! : (this.otherProductIndex.get(product) ?? -1)
    if (p < 0) p = this.newProduct(product)
    let state = this.last
    if (state === undefined || state.year !== year) state = this.last = this.yearState(year)
    const nc = this.countries.length
    const cell = p * nc + i
    state.exports[cell]! += value
    if (state.member[j] === 1) state.imports[cell]! += value
    state.rows++
    state.value += value
    this.used[i]!++
    this.used[j]!++
    return AddOutcome.used
  }

  /** The aggregates so far, as plain data (products and years sorted). */
  snapshot(): TradeAggregates {
    const nc = this.countries.length
    const order = this.productCodes.map((code, index) => ({ code, index })).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    const years = [...this.years.values()]
      .sort((a, b) => a.year - b.year)
      .map((state): YearAggregates => {
        const products: Array<ProductAggregates> = []
        for (const { code, index } of order) {
          const base = index * nc
          let extra = 0
          let intra = 0
          let groupExports = 0
          let world = 0
          const suppliers: Array<{ country: string; value: number }> = []
          for (let c = 0; c < nc; c++) {
            const imported = state.imports[base + c]!
            const exported = state.exports[base + c]!
            world += exported
            if (state.member[c] === 1) {
              intra += imported
              groupExports += exported
            } else if (imported > 0) {
              extra += imported
              suppliers.push({ country: this.countries[c]!.id, value: imported })
            }
          }
          if (world === 0) continue
          suppliers.sort((a, b) => b.value - a.value || (a.country < b.country ? -1 : 1))
          products.push({
            product: code,
            extraImports: extra,
            intraImports: intra,
            groupExports,
            worldExports: world,
            worldExportHhi: sumOfSquaredShares(state.exports, base, base + nc),
            suppliers
          })
        }
        const members = this.group.membersIn(state.year)
        return { year: state.year, groupMembers: [...members].sort(), rows: state.rows, value: state.value, products }
      })
    const describe = (key: number) => (key >= 1 << 16 ? String.fromCharCode(Math.floor((key - (1 << 16)) / 128), (key - (1 << 16)) % 128) : String(key))
    return {
      group: { id: this.group.id, label: this.group.label },
      countrySource: this.table.source,
      years,
      countries: this.countries.filter((_, i) => this.used[i]! > 0),
      unknownCodes: [...this.unknown].map(([key, rows]) => ({ code: describe(key), rows })).sort((a, b) => b.rows - a.rows || (a.code < b.code ? -1 : 1)),
      unmappedCodes: this.countries
        .map((c, i) => ({ c, rows: this.used[i]! }))
        .filter(({ c, rows }) => !c.mapped && rows > 0)
        .map(({ c, rows }) => ({ code: c.code, id: c.id, name: c.name, rows }))
    }
  }
}
