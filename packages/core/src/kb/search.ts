/**
 * Looking records up in the knowledge base: by id (with "did you mean" suggestions) and by free-text
 * search, plus the full parent chain of an entity for display.
 *
 * @module
 */
import { closest } from "../internal/suggest.js"
import type { KnowledgeBase, Located } from "./knowledge-base.js"
import type { AdequacyDecision, Bloc, Country, Entity, Law, Offering, ParentLink } from "./schema.js"

/**
 * The kinds of record the knowledge base holds.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, findKnowledgeBaseRecord, type KnowledgeBaseRecordKind } from "@sovmap/core"
 *
 * const kindOf = (id: string): KnowledgeBaseRecordKind | undefined => findKnowledgeBaseRecord(builtinKnowledgeBase(), id)?.kind
 * kindOf("us-cloud-act") // "law"
 * kindOf("eu27") // "bloc"
 * kindOf("de") // "country"
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export type KnowledgeBaseRecordKind = "entity" | "offering" | "bloc" | "law" | "adequacy" | "country"

/**
 * A record found by id, tagged with its kind.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, findKnowledgeBaseRecord, type KnowledgeBaseRecord } from "@sovmap/core"
 *
 * const found: KnowledgeBaseRecord | undefined = findKnowledgeBaseRecord(builtinKnowledgeBase(), "bleu-azure")
 * const operator = found?.kind === "offering" ? found.record.operator : undefined // "bleu"
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export type KnowledgeBaseRecord =
  | { readonly kind: "entity"; readonly record: Located<Entity> }
  | { readonly kind: "offering"; readonly record: Located<Offering> }
  | { readonly kind: "bloc"; readonly record: Located<Bloc> }
  | { readonly kind: "law"; readonly record: Located<Law> }
  | { readonly kind: "adequacy"; readonly record: Located<AdequacyDecision> }
  | { readonly kind: "country"; readonly record: Country }

/**
 * Finds a record by id, looking in entities, offerings, blocs, laws, adequacy decisions and then
 * countries (an ISO 3166-1 alpha-2 code, any case). Ids are unique within a kind; when two kinds share an
 * id the first kind in that order wins.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, findKnowledgeBaseRecord } from "@sovmap/core"
 *
 * findKnowledgeBaseRecord(builtinKnowledgeBase(), "aws")?.kind // "entity"
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const findKnowledgeBaseRecord = (kb: KnowledgeBase, id: string): KnowledgeBaseRecord | undefined => {
  const entity = kb.entities.get(id)
  if (entity !== undefined) return { kind: "entity", record: entity }
  const offering = kb.offerings.get(id)
  if (offering !== undefined) return { kind: "offering", record: offering }
  const bloc = kb.blocs.get(id)
  if (bloc !== undefined) return { kind: "bloc", record: bloc }
  const law = kb.laws.get(id)
  if (law !== undefined) return { kind: "law", record: law }
  const decision = kb.adequacy.get(id)
  if (decision !== undefined) return { kind: "adequacy", record: decision }
  const country = kb.countries.get(id.toUpperCase())
  return country === undefined ? undefined : { kind: "country", record: country }
}

/**
 * Ids of any kind that look like a mistyped `id` (edit distance or substring), closest first, at most
 * `limit` — for "did you mean" hints.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, suggestKnowledgeBaseIds } from "@sovmap/core"
 *
 * suggestKnowledgeBaseIds(builtinKnowledgeBase(), "hetzne") // ["hetzner", …]
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const suggestKnowledgeBaseIds = (kb: KnowledgeBase, id: string, limit = 3): ReadonlyArray<string> =>
  closest(id, [...kb.entities.keys(), ...kb.offerings.keys(), ...kb.blocs.keys(), ...kb.laws.keys(), ...kb.adequacy.keys()], limit)

/**
 * One search result: a record's kind, id, name and a one-line summary.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, searchKnowledgeBase, type KnowledgeBaseHit } from "@sovmap/core"
 *
 * const hits: ReadonlyArray<KnowledgeBaseHit> = searchKnowledgeBase(builtinKnowledgeBase(), "cloud act")
 * const law = hits.find((h) => h.kind === "law")
 * law?.id // "us-cloud-act"
 * law?.summary // "US, data-access, reach hq+subsidiary-abroad+possession-custody-control"
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export interface KnowledgeBaseHit {
  readonly kind: Exclude<KnowledgeBaseRecordKind, "country">
  readonly id: string
  readonly name: string
  readonly summary: string
}

const hitsOf = (kb: KnowledgeBase): Array<KnowledgeBaseHit & { readonly text: string }> => {
  const out: Array<KnowledgeBaseHit & { readonly text: string }> = []
  const add = (kind: KnowledgeBaseHit["kind"], id: string, name: string, summary: string, extra: ReadonlyArray<string | undefined>) =>
    out.push({ kind, id, name, summary, text: [id, name, summary, ...extra].filter((s) => s !== undefined).join(" ").toLowerCase() })
  for (const e of kb.entities.values()) add("entity", e.id, e.name, `${e.kind}, HQ ${e.hq}${e.parent ? `, parent ${e.parent.id}` : ""}`, [e.note, e.incorporated])
  for (const o of kb.offerings.values()) add("offering", o.id, o.name, `${o.category}${o.market ? `/${o.market}` : ""}, brand ${o.brand}, operator ${o.operator}`, [o.note])
  for (const b of kb.blocs.values()) add("bloc", b.id, b.name, `${b.members.filter((m) => m.to === undefined).length} current members`, [b.note])
  for (const l of kb.laws.values()) add("law", l.id, l.name, `${l.jurisdiction}, ${l.kind}, reach ${l.reach.join("+")}`, [l.shortName, l.citation, l.note])
  for (const a of kb.adequacy.values()) add("adequacy", a.id, a.decision, `${a.country}, ${a.scope}, adopted ${a.adopted}`, [a.scopeNote, a.status, a.note])
  return out
}

/**
 * Free-text search over ids, names, summaries and notes. Every whitespace-separated term must occur
 * (case-insensitive). Results: exact id match first, then ids starting with the query, then the rest,
 * each group by kind and id.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, searchKnowledgeBase } from "@sovmap/core"
 *
 * searchKnowledgeBase(builtinKnowledgeBase(), "sovereign cloud").map((h) => h.id)
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const searchKnowledgeBase = (kb: KnowledgeBase, query: string): ReadonlyArray<KnowledgeBaseHit> => {
  const q = query.trim().toLowerCase()
  const terms = q.split(/\s+/).filter((t) => t.length > 0)
  const rank = (h: KnowledgeBaseHit) => (h.id === q ? 0 : h.id.startsWith(q) ? 1 : 2)
  const order: ReadonlyArray<KnowledgeBaseHit["kind"]> = ["entity", "offering", "bloc", "law", "adequacy"]
  return hitsOf(kb)
    .filter((h) => terms.every((t) => h.text.includes(t)))
    .sort((a, b) => rank(a) - rank(b) || order.indexOf(a.kind) - order.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ kind, id, name, summary }) => ({ kind, id, name, summary }))
}

/**
 * One step of an entity's full ownership chain: the entity and the link to its parent (if any).
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, ownershipChain, type OwnershipStep } from "@sovmap/core"
 *
 * const steps: ReadonlyArray<OwnershipStep> = ownershipChain(builtinKnowledgeBase(), "ionos")
 * steps.map((s) => (s.parent === undefined ? s.entity.id : `${s.entity.id} ← ${s.parent.id} (${s.parent.share})`))
 * // ["ionos ← united-internet (0.638)", "united-internet"]
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export interface OwnershipStep {
  readonly entity: Located<Entity>
  readonly parent?: ParentLink | undefined
}

/**
 * Every parent link from an entity upwards, whether or not the parent controls it (control resolution,
 * which stops at the first non-controlling link, is {@link resolveControl}). Stops at an unknown parent or
 * on a cycle; {@link checkReferences} reports both.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, ownershipChain } from "@sovmap/core"
 *
 * ownershipChain(builtinKnowledgeBase(), "ionos").map((s) => s.entity.id) // ["ionos", "united-internet"]
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const ownershipChain = (kb: KnowledgeBase, entityId: string): ReadonlyArray<OwnershipStep> => {
  const steps: Array<OwnershipStep> = []
  const seen = new Set<string>()
  let entity = kb.entities.get(entityId)
  while (entity !== undefined && !seen.has(entity.id)) {
    seen.add(entity.id)
    steps.push({ entity, parent: entity.parent })
    entity = entity.parent === undefined ? undefined : kb.entities.get(entity.parent.id)
  }
  return steps
}
