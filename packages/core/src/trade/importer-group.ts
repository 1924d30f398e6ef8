/**
 * The importer group a trade screen is run for: a knowledge-base bloc at the data year, or a user list.
 *
 * @module
 */
import { TradeInputError } from "../errors.js"
import { blocMembers } from "../kb/bloc.js"
import type { KnowledgeBase } from "../kb/knowledge-base.js"

/**
 * A set of importing jurisdictions whose dependence is screened (the EU27 in the Commission's screen).
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryTableFromKnowledgeBase, TradeAggregator, type ImporterGroup } from "@sovmap/core"
 *
 * // A group of your own, with the same members every year:
 * const nordics: ImporterGroup = { id: "custom", label: "Denmark, Finland, Sweden", membersIn: () => new Set(["DK", "FI", "SE"]) }
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(builtinKnowledgeBase()), nordics)
 * agg.add(2022, 156, 752, 850760, 5) // China (156) → Sweden (752)
 * agg.snapshot().years[0]?.products[0]?.extraImports // 5
 * ```
 * @category trade
 * @since 0.2.0
 */
export interface ImporterGroup {
  /** Bloc id (`eu27`) or `custom`. */
  readonly id: string
  /** Human label, e.g. `European Union (27 member states)`. */
  readonly label: string
  /** ISO 3166-1 alpha-2 members in a data year. */
  readonly membersIn: (year: number) => ReadonlySet<string>
}

/**
 * Resolves `--importers`: a bloc id of the knowledge base (case-insensitive), whose membership is taken on
 * 31 December of each data year (so the United Kingdom, which left the EU on 31 January 2020, is outside
 * `eu27` from 2020 on), or a comma-separated list of ISO 3166-1 alpha-2 codes. Throws
 * {@link TradeInputError} for an unknown bloc or code.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, resolveImporterGroup } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * resolveImporterGroup("eu27", kb).membersIn(2019).has("GB") // true
 * resolveImporterGroup("eu27", kb).membersIn(2020).has("GB") // false
 * resolveImporterGroup("DE,FR", kb).membersIn(2020).size // 2
 * ```
 * @category trade
 * @since 0.2.0
 */
export const resolveImporterGroup = (spec: string, kb: KnowledgeBase): ImporterGroup => {
  const trimmed = spec.trim()
  const bloc = kb.blocs.get(trimmed.toLowerCase())
  if (bloc !== undefined) {
    const cache = new Map<number, ReadonlySet<string>>()
    return {
      id: bloc.id,
      label: bloc.name,
      membersIn: (year) => {
        let members = cache.get(year)
        if (members === undefined) cache.set(year, (members = blocMembers(bloc, `${String(year).padStart(4, "0")}-12-31`)))
        return members
      }
    }
  }
  const codes = trimmed.split(",").map((c) => c.trim().toUpperCase()).filter((c) => c !== "")
  const bad = codes.filter((c) => !kb.countries.has(c))
  if (codes.length === 0 || bad.length > 0 || !trimmed.includes(",") && codes[0]!.length !== 2) {
    throw new TradeInputError([
      {
        file: "--importers",
        message: codes.length === 0 ? "no importer group given" : `\`${bad.length > 0 ? bad.join(", ") : trimmed}\` is neither a bloc of the knowledge base nor a list of ISO 3166-1 alpha-2 codes`,
        expected: `a bloc id (${[...kb.blocs.keys()].join(", ")}) or codes such as DE,FR,IT`,
        hint: bad.includes("UK") ? "the United Kingdom is GB" : bad.includes("EL") ? "Greece is GR in ISO 3166-1" : "use a bloc id or ISO 3166-1 alpha-2 codes separated by commas"
      }
    ])
  }
  const members: ReadonlySet<string> = new Set(codes)
  return { id: "custom", label: codes.join(", "), membersIn: () => members }
}
