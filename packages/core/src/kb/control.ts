/**
 * Control resolution: who ultimately controls an entity, and under which jurisdiction's law.
 *
 * @module
 */
import { KnowledgeBaseError } from "../errors.js"
import type { KnowledgeBase } from "./knowledge-base.js"

/**
 * The default share of voting control above which a parent is taken to control its subsidiary: a
 * majority, as in DESIGN.md ("share above a threshold, default 50%, or an explicit `controls: true`").
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, DEFAULT_CONTROL_THRESHOLD, resolveControl } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * DEFAULT_CONTROL_THRESHOLD // 0.5
 * kb.entities.get("ionos")?.parent?.share // 0.638 (held by united-internet)
 * resolveControl(kb, "ionos", DEFAULT_CONTROL_THRESHOLD).controller // "united-internet"
 * resolveControl(kb, "ionos", 0.75).controller // "ionos": 0.638 is not above 0.75
 * ```
 * @category control
 * @since 0.1.0
 */
export const DEFAULT_CONTROL_THRESHOLD = 0.5

/**
 * One step of a control chain.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, resolveControl, type ControlLink } from "@sovmap/core"
 *
 * const chain: ReadonlyArray<ControlLink> = resolveControl(builtinKnowledgeBase(), "ionos").chain
 * chain.map((link) => `${link.entity} (${link.jurisdiction})`) // ["ionos (DE)", "united-internet (DE)"]
 * chain[0]?.parentShare // 0.638: the share united-internet holds in ionos
 * ```
 * @category control
 * @since 0.1.0
 */
export interface ControlLink {
  readonly entity: string
  readonly jurisdiction: string
  /** Share the next link up holds in this entity, if known. */
  readonly parentShare?: number | undefined
}

/**
 * The outcome of following an entity's parents while control is held.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, resolveControl, type ControlResolution } from "@sovmap/core"
 *
 * const control: ControlResolution = resolveControl(builtinKnowledgeBase(), "aws")
 * control.chain.map((link) => link.entity) // ["aws", "amazon"]
 * control.controller // "amazon"
 * control.jurisdiction // "US"
 * ```
 * @category control
 * @since 0.1.0
 */
export interface ControlResolution {
  /** From the entity itself up to its ultimate controller. */
  readonly chain: ReadonlyArray<ControlLink>
  /** Id of the ultimate controller. */
  readonly controller: string
  /** Headquarters country of the ultimate controller: the control jurisdiction. */
  readonly jurisdiction: string
}

/**
 * Follows the parent chain of an entity while control is held — the parent's share is above `threshold`
 * or the link says `controls: true` (an explicit `controls: false` stops the walk whatever the share) —
 * and returns the ultimate controller and its headquarters country.
 *
 * Rule: DESIGN.md "Control resolution". Throws {@link KnowledgeBaseError} for an unknown entity, a missing
 * parent or an ownership cycle, naming the record.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, resolveControl } from "@sovmap/core"
 *
 * resolveControl(builtinKnowledgeBase(), "aws").jurisdiction // "US"
 * ```
 * @category control
 * @since 0.1.0
 */
export const resolveControl = (kb: KnowledgeBase, entityId: string, threshold: number = DEFAULT_CONTROL_THRESHOLD): ControlResolution => {
  const chain: Array<ControlLink> = []
  const visited = new Set<string>()
  let id = entityId
  for (;;) {
    const entity = kb.entities.get(id)
    if (entity === undefined) {
      const from = chain.at(-1)?.entity
      throw new KnowledgeBaseError([
        from === undefined
          ? { file: "<knowledge base>", path: entityId, message: `unknown entity \`${entityId}\`` }
          : { file: kb.entities.get(from)?.origin.file ?? "<knowledge base>", path: `${from}.parent.id`, message: `parent \`${id}\` of \`${from}\` is not a known entity` }
      ])
    }
    if (visited.has(id)) {
      throw new KnowledgeBaseError([
        { file: entity.origin.file, path: `${id}.parent`, message: `ownership cycle: ${[...chain.map((l) => l.entity), id].join(" → ")}` }
      ])
    }
    visited.add(id)
    const parent = entity.parent
    chain.push({ entity: id, jurisdiction: entity.hq, parentShare: parent?.share })
    const controlled = parent !== undefined && (parent.controls ?? (parent.share !== undefined && parent.share > threshold))
    if (!controlled) return { chain, controller: id, jurisdiction: entity.hq }
    id = parent.id
  }
}
