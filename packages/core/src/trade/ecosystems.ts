/**
 * A user mapping of HS products to ecosystems or technologies (e.g. semiconductors = a list of HS6 codes),
 * so that a screen can rank flagged products per ecosystem.
 *
 * @module
 */
import * as z from "zod"
import { TradeInputError } from "../errors.js"
import { type DecodeLimits, decodeDocument } from "../internal/document.js"

const HsPrefix = z
  .string()
  .regex(/^([0-9]{2}|[0-9]{4}|[0-9]{6})$/, "an HS chapter (2 digits), heading (4) or subheading (6 digits), as a quoted string")

/**
 * Schema of an ecosystem mapping file (YAML or JSON).
 *
 * @example
 * ```ts
 * import { EcosystemMap } from "@sovmap/core"
 *
 * const parsed = EcosystemMap.safeParse({ ecosystems: [{ id: "batteries", name: "Batteries", products: ["8507"] }] })
 * parsed.success // true
 * EcosystemMap.safeParse({ ecosystems: [{ id: "batteries", name: "Batteries", products: [8507] }] }).success // false: codes are quoted strings
 * ```
 * @category trade
 * @since 0.2.0
 */
export const EcosystemMap = z.strictObject({
  ecosystems: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes"),
        name: z.string().min(1),
        /** HS codes or prefixes (chapter, heading, subheading) that belong to the ecosystem. */
        products: z.array(HsPrefix).min(1),
        /** Where the list comes from (URL or citation); shown in reports. */
        source: z.string().min(1).optional()
      })
    )
    .min(1)
})

/**
 * A EcosystemMap as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryCodeKey, countryTableFromKnowledgeBase, resolveImporterGroup, screenTrade, TradeAggregator, type EcosystemMap } from "@sovmap/core"
 *
 * const ecosystems: EcosystemMap = { ecosystems: [{ id: "batteries", name: "Batteries", products: ["8507"] }] }
 * const kb = builtinKnowledgeBase()
 * const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb))
 * agg.add(2022, countryCodeKey("CN")!, countryCodeKey("DE")!, 850760, 90)
 * screenTrade(agg.snapshot(), { ecosystems }).ecosystems[0]?.products // ["850760"]
 * ```
 * @category trade
 * @since 0.2.0
 */
export type EcosystemMap = z.output<typeof EcosystemMap>

/**
 * Decodes an ecosystem mapping (YAML or JSON). Throws {@link TradeInputError} with file, line and column.
 *
 * @example
 * ```ts
 * import { decodeEcosystemMap } from "@sovmap/core"
 *
 * const map = decodeEcosystemMap('ecosystems:\n  - id: semiconductors\n    name: Semiconductors\n    products: ["8541", "8542"]\n', "ecosystems.yaml")
 * map.ecosystems[0]?.products // ["8541", "8542"]
 * ```
 * @category trade
 * @since 0.2.0
 */
export const decodeEcosystemMap = (text: string, file: string, limits: DecodeLimits = {}): EcosystemMap => {
  const result = decodeDocument(text, file, EcosystemMap, limits)
  if (!result.ok) throw new TradeInputError(result.diagnostics)
  return result.located.value
}
