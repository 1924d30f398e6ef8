/**
 * In-bloc alternatives: offerings in the same market whose operator is controlled from inside a set of
 * jurisdictions.
 *
 * @module
 */
import { resolveControl, DEFAULT_CONTROL_THRESHOLD } from "./control.js"
import type { KnowledgeBase, Located } from "./knowledge-base.js"
import type { Offering } from "./schema.js"

/**
 * An alternative offering with the jurisdiction that controls its operator.
 *
 * @example
 * ```ts
 * import { blocMembers, builtinKnowledgeBase, offeringAlternatives, type Alternative } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const alternatives: ReadonlyArray<Alternative> = offeringAlternatives(kb, "aws-s3", blocMembers(kb.blocs.get("eu27")!))
 * alternatives.map((a) => `${a.offering.id} (${a.controlJurisdiction})`)
 * // ["hetzner-object-storage (DE)", "ionos-object-storage (DE)", "ovhcloud-object-storage (FR)", "scaleway-object-storage (FR)"]
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export interface Alternative {
  readonly offering: Located<Offering>
  readonly controlJurisdiction: string
}

/**
 * Offerings in the same `market` as `offeringId` (excluding itself) whose operator's control jurisdiction
 * (DESIGN.md "Control resolution", via {@link resolveControl}) is one of `jurisdictions` — e.g. the members
 * of the home bloc. An offering without a market has no alternatives. Sorted by id.
 *
 * @example
 * ```ts
 * import { blocMembers, builtinKnowledgeBase, offeringAlternatives } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * offeringAlternatives(kb, "aws-s3", blocMembers(kb.blocs.get("eu27")!)).map((a) => a.offering.id)
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const offeringAlternatives = (
  kb: KnowledgeBase,
  offeringId: string,
  jurisdictions: ReadonlySet<string>,
  threshold: number = DEFAULT_CONTROL_THRESHOLD
): ReadonlyArray<Alternative> => {
  const market = kb.offerings.get(offeringId)?.market
  if (market === undefined) return []
  return [...kb.offerings.values()]
    .filter((o) => o.market === market && o.id !== offeringId)
    .map((offering) => ({ offering, controlJurisdiction: resolveControl(kb, offering.operator, threshold).jurisdiction }))
    .filter((a) => jurisdictions.has(a.controlJurisdiction))
    .sort((a, b) => (a.offering.id < b.offering.id ? -1 : 1))
}
