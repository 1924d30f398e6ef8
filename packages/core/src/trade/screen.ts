/**
 * The strategic-dependency screen: a pure function of per-product aggregates and thresholds.
 *
 * European Commission (SWD(2021) 352 final, 5 May 2021, https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52021SC0352),
 * per HS6 product k, importer group G, one year; k is flagged when all three hold:
 * - C1 concentration of extra-G imports: HHI_k = Σ_{c∉G} (M_{c,k} / Σ_{c'∉G} M_{c',k})² > 0.4;
 * - C2 importance of extra-G imports in G's imports: M^extra_k / (M^extra_k + M^intra_k) > 0.5;
 * - C3 substitutability by G's production (proxy): M^extra_k / X^G_k > 1, X = G's exports (intra + extra).
 *
 * CEPII GeoDep variant (https://cepii.fr/cepii/en/bdd_modele/bdd_modele_item.asp?id=41; Lefebvre & Wibaux,
 * CEPII Policy Brief 47, 2024): C1 as above; C2' world-export HHI of the product > 0.4 (replaces C2);
 * C3 as above with the ratio set to 9999 when exports are 0; C4 persistence: C1–C3 hold in at least 2 years
 * of a 3-year window ending in the screened year.
 *
 * @module
 */
import { TradeInputError } from "../errors.js"
import type { Source } from "../kb/schema.js"
import type { ProductAggregates, TradeAggregates } from "./aggregate.js"
import type { EcosystemMap } from "./ecosystems.js"
import { describeHsProduct } from "./hs-nomenclature.js"
import type { TradeScanSummary } from "./scanner.js"

/**
 * Thresholds of the screen. All ratios on 0..1 scales except `importsToExports`.
 *
 * @example
 * ```ts
 * import { screenTrade, tradeScreenDefaults, type TradeScreenThresholds } from "@sovmap/core"
 * import { aggregateTradeFiles } from "@sovmap/sdk"
 *
 * const { aggregates } = await aggregateTradeFiles(["BACI_HS17_V202501.zip"], { years: [2023] })
 * // A stricter concentration criterion, the other thresholds as published:
 * const thresholds: TradeScreenThresholds = { ...tradeScreenDefaults.thresholds, supplierHhi: 0.6 }
 * const result = screenTrade(aggregates, { thresholds })
 * result.thresholds.extraShare // 0.5
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeScreenThresholds {
  /** C1: extra-group supplier HHI must exceed this. */
  readonly supplierHhi: number
  /** C2 (EC): extra-group share of the group's imports must exceed this. */
  readonly extraShare: number
  /** C3: extra-group imports / group exports must exceed this. */
  readonly importsToExports: number
  /** C2' (GeoDep): world-export HHI must exceed this. */
  readonly worldExportHhi: number
  /** C3 (GeoDep): ratio used when the group exports nothing. */
  readonly ratioWhenNoExports: number
  /** C4 (GeoDep): window length in years. */
  readonly persistenceWindow: number
  /** C4 (GeoDep): years of the window in which C1–C3 must hold. */
  readonly persistenceMinYears: number
}

/**
 * The published default thresholds, with their sources.
 *
 * @example
 * ```ts
 * import { tradeScreenDefaults } from "@sovmap/core"
 *
 * tradeScreenDefaults.thresholds.supplierHhi // 0.4
 * ```
 * @category trade
 * @since 0.2.0
 */
export const tradeScreenDefaults: { readonly thresholds: TradeScreenThresholds; readonly sources: Readonly<Record<keyof TradeScreenThresholds, ReadonlyArray<Source>>> } = (() => {
  const swd: Source = {
    url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52021SC0352",
    retrieved: "2026-11-22",
    evidence: "S",
    note: "SWD(2021) 352 final; thresholds as reproduced by CEPII GeoDep and CEPII Policy Brief 2023-41 (the SWD text itself was not readable; page number unconfirmed)"
  }
  const cepiiPb: Source = { url: "http://cepii.fr/CEPII/fr/publications/pb/abstract.asp?NoDoc=13825", retrieved: "2026-11-22", evidence: "P", note: "Vicard & Wibaux, CEPII Policy Brief 2023-41: applies the EC's bottom-up approach" }
  const geodep: Source = { url: "https://cepii.fr/cepii/en/bdd_modele/bdd_modele_item.asp?id=41", retrieved: "2026-11-22", evidence: "P", note: "CEPII GeoDep database page: criteria and thresholds" }
  return {
    thresholds: { supplierHhi: 0.4, extraShare: 0.5, importsToExports: 1, worldExportHhi: 0.4, ratioWhenNoExports: 9999, persistenceWindow: 3, persistenceMinYears: 2 },
    sources: {
      supplierHhi: [swd, geodep],
      extraShare: [swd, cepiiPb],
      importsToExports: [swd, geodep],
      worldExportHhi: [geodep],
      ratioWhenNoExports: [geodep],
      persistenceWindow: [geodep],
      persistenceMinYears: [geodep]
    }
  }
})()

/**
 * Which published method to apply.
 *
 * @example
 * ```ts
 * import { screenTrade, type TradeScreenVariant } from "@sovmap/core"
 * import { aggregateTradeFiles } from "@sovmap/sdk"
 *
 * // Read the files once, screen them with both methods (GeoDep's persistence test looks at a 3-year window):
 * const { aggregates } = await aggregateTradeFiles(["BACI_HS17_V202501.zip"], { years: [2021, 2022, 2023] })
 * for (const variant of ["ec", "geodep"] satisfies Array<TradeScreenVariant>) {
 *   console.log(variant, screenTrade(aggregates, { variant }).summary.flagged)
 * }
 * ```
 * @category trade
 * @since 0.2.0
 */
export type TradeScreenVariant = "ec" | "geodep"

/**
 * Options of {@link screenTrade}.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, screenTrade, TradeAggregator, type TradeScreenOptions } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * agg.add(2022, countryCodeKey("CN")!, countryCodeKey("DE")!, 850760, 90)
 * const options: TradeScreenOptions = { variant: "geodep", year: 2022, topSuppliers: 3 }
 * const result = screenTrade(agg.snapshot(), options)
 * result.flagged.length // 0: GeoDep also needs the criteria in 2 of 3 years, and the data hold one
 * result.warnings[0] // "GeoDep persistence: the data cover 1 of the 3 years 2020–2022; a product needs C1–C3 in 2 of them"
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeScreenOptions {
  readonly variant?: TradeScreenVariant | undefined
  readonly thresholds?: Partial<TradeScreenThresholds> | undefined
  /** Year to screen (default: the latest year in the data). */
  readonly year?: number | undefined
  /** Suppliers listed per flagged product (default 5). */
  readonly topSuppliers?: number | undefined
  readonly ecosystems?: EcosystemMap | undefined
  /** Row accounting of the files that produced the aggregates (copied into the result). */
  readonly files?: ReadonlyArray<TradeScanSummary> | undefined
}

/**
 * Indicators and criteria of one product in the screened year.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, screenTrade, TradeAggregator } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * agg.add(2022, countryCodeKey("CN")!, countryCodeKey("DE")!, 850760, 90)
 * agg.add(2022, countryCodeKey("KR")!, countryCodeKey("DE")!, 850760, 10)
 * agg.add(2022, countryCodeKey("PL")!, countryCodeKey("DE")!, 850760, 20)
 * const [batteries] = screenTrade(agg.snapshot()).flagged
 * batteries?.criteria // { c1: true, c2: true, c3: true }
 * batteries?.importsToExports // 5 (100 extra-EU imports / 20 EU exports)
 * batteries?.topSuppliers[0] // { country: "CN", value: 90, share: 0.9 }
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface ProductScreen {
  readonly product: string
  readonly name: string | undefined
  readonly chapter: string
  readonly section: string | undefined
  readonly extraImports: number
  readonly intraImports: number
  readonly groupExports: number
  /** C1 indicator; undefined when there are no extra-group imports. */
  readonly supplierHhi: number | undefined
  /** C2 indicator; undefined when the group imports nothing. */
  readonly extraShare: number | undefined
  /** C3 indicator (Infinity, or the GeoDep cap, when the group exports nothing). */
  readonly importsToExports: number
  readonly worldExportHhi: number | undefined
  readonly criteria: { readonly c1: boolean; readonly c2: boolean; readonly c3: boolean; readonly c4?: boolean | undefined }
  /** GeoDep: years of the persistence window in which C1–C3 held, of those available. */
  readonly persistence?: { readonly years: ReadonlyArray<number>; readonly available: number } | undefined
  readonly flagged: boolean
  /** Largest extra-group suppliers with their share of extra-group imports. */
  readonly topSuppliers: ReadonlyArray<{ readonly country: string; readonly value: number; readonly share: number }>
}

/**
 * A group of flagged products (HS section, HS chapter or user ecosystem).
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, screenTrade, TradeAggregator } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * agg.add(2022, countryCodeKey("CN")!, countryCodeKey("DE")!, 850760, 90)
 * for (const group of screenTrade(agg.snapshot()).byChapter) console.log(group.id, group.flagged, group.products)
 * // 85 1 ["850760"]
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface FlaggedGroup {
  readonly id: string
  readonly name: string | undefined
  readonly flagged: number
  readonly flaggedExtraImports: number
  /** Flagged products in the group, largest extra-group imports first. */
  readonly products: ReadonlyArray<string>
  readonly source?: string | undefined
}

/**
 * Result of a screen: plain data for the renderers.
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises"
 * import { renderTradeMarkdown, screenTradeFiles, type TradeScreenResult } from "@sovmap/sdk"
 *
 * const result: TradeScreenResult = await screenTradeFiles(["BACI_HS17_V202501.zip"], { years: [2023] })
 * console.log(`${result.year}: ${result.summary.flagged} of ${result.summary.products} products flagged`)
 * for (const p of result.flagged.slice(0, 5)) console.log(p.product, p.name, p.topSuppliers[0]?.country)
 * await writeFile("trade-screen.md", renderTradeMarkdown(result))
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface TradeScreenResult {
  readonly variant: TradeScreenVariant
  readonly thresholds: TradeScreenThresholds
  readonly thresholdSources: typeof tradeScreenDefaults.sources
  readonly group: { readonly id: string; readonly label: string; readonly members: ReadonlyArray<string> }
  readonly year: number
  readonly yearsInData: ReadonlyArray<number>
  readonly countrySource: string
  readonly countryNames: Readonly<Record<string, string>>
  readonly summary: {
    readonly products: number
    readonly flagged: number
    readonly extraImports: number
    readonly flaggedExtraImports: number
    /** Flagged extra-group imports / all extra-group imports of the year. */
    readonly flaggedShareOfExtraImports: number
    /** Flagged extra-group imports / all imports of the group (extra + intra). */
    readonly flaggedShareOfImports: number
  }
  /** Flagged products, largest extra-group imports first. */
  readonly flagged: ReadonlyArray<ProductScreen>
  /** Every product of the screened year, by code. */
  readonly products: ReadonlyArray<ProductScreen>
  /** Flagged products by country of the largest supplier. */
  readonly byMainSupplier: ReadonlyArray<{ readonly country: string; readonly flagged: number; readonly flaggedExtraImports: number }>
  readonly bySection: ReadonlyArray<FlaggedGroup>
  readonly byChapter: ReadonlyArray<FlaggedGroup>
  readonly ecosystems: ReadonlyArray<FlaggedGroup>
  readonly files: ReadonlyArray<TradeScanSummary>
  readonly rows: { readonly read: number; readonly used: number; readonly rejected: number; readonly outOfScope: number }
  readonly unknownCodes: TradeAggregates["unknownCodes"]
  readonly unmappedCodes: TradeAggregates["unmappedCodes"]
  readonly warnings: ReadonlyArray<string>
}

interface Indicators {
  readonly supplierHhi: number | undefined
  readonly extraShare: number | undefined
  readonly importsToExports: number
  readonly c1: boolean
  readonly c2: boolean
  readonly c3: boolean
}

const indicators = (p: ProductAggregates, t: TradeScreenThresholds, variant: TradeScreenVariant): Indicators => {
  let supplierHhi: number | undefined
  if (p.extraImports > 0) {
    supplierHhi = 0
    for (const s of p.suppliers) {
      const share = s.value / p.extraImports
      supplierHhi += share * share
    }
  }
  const total = p.extraImports + p.intraImports
  const extraShare = total > 0 ? p.extraImports / total : undefined
  const importsToExports = p.groupExports > 0 ? p.extraImports / p.groupExports : p.extraImports > 0 ? (variant === "geodep" ? t.ratioWhenNoExports : Number.POSITIVE_INFINITY) : 0
  const c2 = variant === "ec" ? extraShare !== undefined && extraShare > t.extraShare : p.worldExportHhi !== undefined && p.worldExportHhi > t.worldExportHhi
  return { supplierHhi, extraShare, importsToExports, c1: supplierHhi !== undefined && supplierHhi > t.supplierHhi, c2, c3: importsToExports > t.importsToExports }
}

const invalid = (name: string, value: number) => !Number.isFinite(value) || value < 0 || (name.startsWith("persistence") && !Number.isInteger(value))

/**
 * Screens per-product aggregates for strategic dependencies (EC method or the CEPII GeoDep variant) and
 * groups the flagged products by HS section and chapter, main supplier and user ecosystem. Pure.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, screenTrade, TradeAggregator } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * agg.add(2022, countryCodeKey("CN")!, countryCodeKey("DE")!, 850760, 90) // extra-EU, China
 * agg.add(2022, countryCodeKey("KR")!, countryCodeKey("DE")!, 850760, 10) // extra-EU, Korea
 * agg.add(2022, countryCodeKey("PL")!, countryCodeKey("DE")!, 850760, 20) // intra-EU (also EU exports)
 * const result = screenTrade(agg.snapshot())
 * // C1: 0.9² + 0.1² = 0.82 > 0.4; C2: 100 / 120 = 0.83 > 0.5; C3: 100 / 20 = 5 > 1
 * result.flagged[0]?.product // "850760"
 * ```
 * @category trade
 * @since 0.2.0
 */
export const screenTrade = (aggregates: TradeAggregates, options: TradeScreenOptions = {}): TradeScreenResult => {
  const variant = options.variant ?? "ec"
  const thresholds: TradeScreenThresholds = { ...tradeScreenDefaults.thresholds, ...options.thresholds }
  for (const [name, value] of Object.entries(thresholds)) {
    if (invalid(name, value)) {
      throw new TradeInputError([{ file: "thresholds", path: name, message: `threshold \`${name}\` must be a non-negative finite number${name.startsWith("persistence") ? " (an integer)" : ""}, got ${value}`, hint: "omit it to use the published default" }])
    }
  }
  const warnings: Array<string> = []
  const yearsInData = aggregates.years.map((y) => y.year)
  const year = options.year ?? yearsInData[yearsInData.length - 1]
  const current = aggregates.years.find((y) => y.year === year)
  if (year === undefined || current === undefined) {
    throw new TradeInputError([
      year === undefined
        ? { file: "trade files", message: "no row could be used: nothing to screen", hint: "check the rejected-row report, the --years selection and the country-code file" }
        : { file: "--year", message: `year ${year} is not in the data (years: ${yearsInData.join(", ")})`, hint: "pick one of the years present" }
    ])
  }
  // GeoDep persistence: C1–C3 per product in each year of the window that the data covers.
  const windowYears = aggregates.years.filter((y) => y.year > year - thresholds.persistenceWindow && y.year <= year)
  const heldIn = new Map<string, Array<number>>()
  if (variant === "geodep") {
    for (const y of windowYears) {
      for (const p of y.products) {
        const ind = indicators(p, thresholds, variant)
        if (ind.c1 && ind.c2 && ind.c3) heldIn.set(p.product, [...(heldIn.get(p.product) ?? []), y.year])
      }
    }
    if (windowYears.length < thresholds.persistenceWindow) {
      warnings.push(
        `GeoDep persistence: the data cover ${windowYears.length} of the ${thresholds.persistenceWindow} years ${year - thresholds.persistenceWindow + 1}–${year}; a product needs C1–C3 in ${thresholds.persistenceMinYears} of them`
      )
    }
  }
  const topN = options.topSuppliers ?? 5
  const products = current.products.map((p): ProductScreen => {
    const ind = indicators(p, thresholds, variant)
    const d = describeHsProduct(p.product)
    const held = heldIn.get(p.product) ?? []
    const c4 = variant === "geodep" ? held.length >= thresholds.persistenceMinYears : undefined
    return {
      product: p.product,
      name: d.name,
      chapter: d.chapter,
      section: d.section,
      extraImports: p.extraImports,
      intraImports: p.intraImports,
      groupExports: p.groupExports,
      supplierHhi: ind.supplierHhi,
      extraShare: ind.extraShare,
      importsToExports: ind.importsToExports,
      worldExportHhi: p.worldExportHhi,
      criteria: variant === "geodep" ? { c1: ind.c1, c2: ind.c2, c3: ind.c3, c4 } : { c1: ind.c1, c2: ind.c2, c3: ind.c3 },
      ...(variant === "geodep" ? { persistence: { years: held, available: windowYears.length } } : {}),
      flagged: variant === "geodep" ? c4 === true && ind.c1 && ind.c2 && ind.c3 : ind.c1 && ind.c2 && ind.c3,
      topSuppliers: p.suppliers.slice(0, topN).map((s) => ({ country: s.country, value: s.value, share: s.value / p.extraImports }))
    }
  })
  const byValue = (a: ProductScreen, b: ProductScreen) => b.extraImports - a.extraImports || (a.product < b.product ? -1 : 1)
  const flagged = products.filter((p) => p.flagged).sort(byValue)
  const extraImports = products.reduce((n, p) => n + p.extraImports, 0)
  const allImports = products.reduce((n, p) => n + p.extraImports + p.intraImports, 0)
  const flaggedExtraImports = flagged.reduce((n, p) => n + p.extraImports, 0)

  const group = (key: (p: ProductScreen) => string | undefined, name: (id: string) => string | undefined): Array<FlaggedGroup> => {
    const groups = new Map<string, Array<ProductScreen>>()
    for (const p of flagged) {
      const id = key(p)
      if (id !== undefined) groups.set(id, [...(groups.get(id) ?? []), p])
    }
    return [...groups]
      .map(([id, ps]) => ({ id, name: name(id), flagged: ps.length, flaggedExtraImports: ps.reduce((n, p) => n + p.extraImports, 0), products: ps.map((p) => p.product) }))
      .sort((a, b) => b.flaggedExtraImports - a.flaggedExtraImports || (a.id < b.id ? -1 : 1))
  }
  const sectionNames = new Map(flagged.map((p) => [p.section, describeHsProduct(p.product).sectionName] as const))
  const chapterNames = new Map(flagged.map((p) => [p.chapter, describeHsProduct(p.product).chapterName] as const))
  const mainSupplier = new Map<string, { flagged: number; flaggedExtraImports: number }>()
  for (const p of flagged) {
    const top = p.topSuppliers[0]
    if (top === undefined) continue
    const entry = mainSupplier.get(top.country) ?? { flagged: 0, flaggedExtraImports: 0 }
    entry.flagged++
    entry.flaggedExtraImports += p.extraImports
    mainSupplier.set(top.country, entry)
  }
  const ecosystems = (options.ecosystems?.ecosystems ?? []).map((e): FlaggedGroup => {
    const ps = flagged.filter((p) => e.products.some((prefix) => p.product.startsWith(prefix)))
    return { id: e.id, name: e.name, flagged: ps.length, flaggedExtraImports: ps.reduce((n, p) => n + p.extraImports, 0), products: ps.map((p) => p.product), source: e.source }
  })
  ecosystems.sort((a, b) => b.flaggedExtraImports - a.flaggedExtraImports || (a.id < b.id ? -1 : 1))
  const files = options.files ?? []
  const sum = (f: (s: TradeScanSummary) => number) => files.reduce((n, s) => n + f(s), 0)
  if (aggregates.unknownCodes.length > 0) {
    warnings.push(`${aggregates.unknownCodes.reduce((n, c) => n + c.rows, 0)} rows carry country codes missing from ${aggregates.countrySource}: ${aggregates.unknownCodes.slice(0, 10).map((c) => c.code).join(", ")}`)
  }
  const countryNames: Record<string, string> = {}
  for (const c of aggregates.countries) countryNames[c.id] = c.name
  return {
    variant,
    thresholds,
    thresholdSources: tradeScreenDefaults.sources,
    group: { ...aggregates.group, members: current.groupMembers },
    year,
    yearsInData,
    countrySource: aggregates.countrySource,
    countryNames,
    summary: {
      products: products.length,
      flagged: flagged.length,
      extraImports,
      flaggedExtraImports,
      flaggedShareOfExtraImports: extraImports > 0 ? flaggedExtraImports / extraImports : 0,
      flaggedShareOfImports: allImports > 0 ? flaggedExtraImports / allImports : 0
    },
    flagged,
    products,
    byMainSupplier: [...mainSupplier].map(([country, v]) => ({ country, ...v })).sort((a, b) => b.flaggedExtraImports - a.flaggedExtraImports || (a.country < b.country ? -1 : 1)),
    bySection: group((p) => p.section, (id) => sectionNames.get(id)),
    byChapter: group((p) => p.chapter, (id) => chapterNames.get(id)),
    ecosystems,
    files,
    rows: { read: sum((s) => s.rowsRead), used: sum((s) => s.rowsUsed), rejected: sum((s) => s.rowsRejected), outOfScope: sum((s) => s.rowsOutOfScope) },
    unknownCodes: aggregates.unknownCodes,
    unmappedCodes: aggregates.unmappedCodes,
    warnings
  }
}
