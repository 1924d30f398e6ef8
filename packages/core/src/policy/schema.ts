/**
 * The policy file: the weights of the composite score, the partner tiers of alignment and the rules of
 * `sovmap check`, versioned and documented, overridable by users.
 *
 * @module
 */
import * as z from "zod"
import { CountryCode, RecordId, Source } from "../kb/schema.js"
import { PolicyRule } from "./rules.js"

/**
 * Ids of the risk components of the composite score, in report order.
 *
 * @example
 * ```ts
 * import { defaultPolicy, effectivePolicy, RISK_COMPONENT_IDS } from "@sovmap/core"
 *
 * const { weights } = effectivePolicy(defaultPolicy())
 * RISK_COMPONENT_IDS.map((id) => `${id}=${weights[id]}`)
 * // ["foreignControl=1", "legalExposure=1", "dataLocation=1", "concentration=1", "alignment=1", "lockIn=1"]
 * ```
 * @category policy
 * @since 0.2.0
 */
export const RISK_COMPONENT_IDS = ["foreignControl", "legalExposure", "dataLocation", "concentration", "alignment", "lockIn"] as const

/**
 * A risk component of the composite score.
 *
 * @example
 * ```ts
 * import { defaultPolicy, effectivePolicy, type RiskComponentId } from "@sovmap/core"
 *
 * const weightOf = (id: RiskComponentId): number => effectivePolicy(defaultPolicy()).weights[id]
 * weightOf("legalExposure") // 1
 * ```
 * @category policy
 * @since 0.2.0
 */
export type RiskComponentId = (typeof RISK_COMPONENT_IDS)[number]

const Weight = z.number().min(0, "a weight ≥ 0").refine(Number.isFinite, "a finite number")
const Risk = z.number().min(0, "a risk in [0, 1]").max(1, "a risk in [0, 1]")

/**
 * Why a policy default has the value it has: a published source, or an explicit statement that it is a
 * sovmap choice (then no source is invented).
 *
 * @example
 * ```ts
 * import { defaultPolicy, PolicyRationale } from "@sovmap/core"
 *
 * defaultPolicy().rationale?.map((r) => `${r.item}: ${r.basis}`)[0] // "composite.weights: sovmap-choice"
 * PolicyRationale.safeParse({ item: "composite.weights", basis: "published", note: "Weights from a published scheme." }).error?.issues[0]?.message
 * // "a `published` basis needs a `source` (url, retrieved, evidence)"
 * ```
 * @category policy
 * @since 0.2.0
 */
export const PolicyRationale = z
  .strictObject({
    /** The setting explained, as a dotted path: `composite.weights`, `alignment.tierRisk`. */
    item: z.string().min(1),
    basis: z.enum(["published", "sovmap-choice"]),
    note: z.string().min(1),
    source: Source.optional()
  })
  .refine((r) => r.basis !== "published" || r.source !== undefined, { message: "a `published` basis needs a `source` (url, retrieved, evidence)", path: ["source"] })

/**
 * A policy document (version 1). Every field but `sovmapPolicy`, `id` and `version` is optional in a user's
 * policy: what it leaves out comes from the default policy.
 *
 * @example
 * ```ts
 * import { Policy } from "@sovmap/core"
 *
 * const policy = Policy.parse({ sovmapPolicy: 1, id: "strict", version: "1", rules: [{ rule: "max-foreign-share", max: 0.4 }] })
 * policy.rules?.[0] // { rule: "max-foreign-share", scope: "all", max: 0.4 }: defaults filled in
 * Policy.safeParse({ sovmapPolicy: 2, id: "strict", version: "1" }).success // false: format version 1 only
 * ```
 * @category policy
 * @since 0.2.0
 */
export const Policy = z.strictObject({
  /** Policy format version. */
  sovmapPolicy: z.literal(1),
  id: RecordId,
  /** Version of this policy's content, recorded in every report that uses it. */
  version: z.string().min(1),
  description: z.string().optional(),
  composite: z
    .strictObject({
      /** Weight of each risk component; renormalised over the components that can be computed. */
      weights: z.strictObject({
        foreignControl: Weight.optional(),
        legalExposure: Weight.optional(),
        dataLocation: Weight.optional(),
        concentration: Weight.optional(),
        alignment: Weight.optional(),
        lockIn: Weight.optional()
      })
    })
    .optional(),
  alignment: z
    .strictObject({
      /** Id of the bloc whose members are partners, or `null` for no partner tier. */
      partners: RecordId.nullable().optional(),
      /** Countries in the restricted tier. */
      restricted: z.array(CountryCode).optional(),
      /** Risk of each tier, in [0, 1], used by alignment and lock-in. */
      tierRisk: z
        .strictObject({ home: Risk.optional(), partners: Risk.optional(), other: Risk.optional(), restricted: Risk.optional() })
        .optional()
    })
    .optional(),
  /** Conditions `sovmap check` holds an assessment to; the default policy has none. */
  rules: z.array(PolicyRule).optional(),
  /** Why each default is what it is. */
  rationale: z.array(PolicyRationale).optional()
})

/**
 * A Policy as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { defaultPolicy, type Policy } from "@sovmap/core"
 *
 * const policy: Policy = defaultPolicy()
 * policy.id // "sovmap-default"
 * policy.composite?.weights.lockIn // 1
 * policy.alignment?.partners // "partners": the knowledge base's `partners` bloc
 * ```
 * @category policy
 * @since 0.2.0
 */
export type Policy = z.output<typeof Policy>

/**
 * What the Policy schema accepts, before its defaults are filled in.
 *
 * @example
 * ```ts
 * import { Policy, type PolicyInput } from "@sovmap/core"
 *
 * const input: PolicyInput = { sovmapPolicy: 1, id: "gate", version: "1", rules: [{ rule: "no-spof" }] }
 * Policy.parse(input).rules // [{ rule: "no-spof", system: "all-critical", kinds: ["offering", "entity"] }]
 * ```
 * @category policy
 * @since 0.2.0
 */
export type PolicyInput = z.input<typeof Policy>
