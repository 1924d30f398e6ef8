/**
 * The rules of a policy file: the conditions `sovmap check` holds an assessment to, one typed rule each.
 *
 * @module
 */
import * as z from "zod"
import { DataClassification } from "../manifest/schema.js"
import { LawKind, OfferingCategory } from "../kb/schema.js"

const Share = z.number().min(0, "a share in [0, 1]").max(1, "a share in [0, 1]")

// Fields every rule may carry: an id to name it in reports, and a note saying why it is there.
const common = {
  /** A name for the rule in reports (default: its position, `rules[3]`). */
  id: z.string().min(1).optional(),
  /** Why the rule is there; printed with its breaches. */
  description: z.string().min(1).optional()
}

/**
 * Foreign share of the weight of the dependencies in scope, by the ultimate controller's jurisdiction,
 * at most `max` (a share in 0..1). `scope`: `all` dependencies, `critical` ones, or `high+` (critical and
 * high).
 *
 * @example
 * ```ts
 * import { MaxForeignShareRule } from "@sovmap/core"
 *
 * MaxForeignShareRule.parse({ rule: "max-foreign-share", max: 0.4 }) // { rule: "max-foreign-share", scope: "all", max: 0.4 }
 * MaxForeignShareRule.safeParse({ rule: "max-foreign-share", max: 40 }).error?.issues[0]?.message // "a share in [0, 1]"
 * ```
 * @category policy
 * @since 0.2.0
 */
export const MaxForeignShareRule = z.strictObject({
  rule: z.literal("max-foreign-share"),
  ...common,
  scope: z.enum(["all", "critical", "high+"]).default("all"),
  max: Share
})

/**
 * No dependency whose data is of one of the classifications in `data` (all when omitted) may be reachable
 * by a law in force of one of the `kinds` (all when omitted). Only foreign laws count unless
 * `foreignOnly: false`.
 *
 * @example
 * ```ts
 * import { NoLawExposureRule } from "@sovmap/core"
 *
 * const rule = NoLawExposureRule.parse({ rule: "no-law-exposure", kinds: ["data-access"], data: ["restricted"] })
 * rule.foreignOnly // true (the default)
 * NoLawExposureRule.safeParse({ rule: "no-law-exposure", kinds: ["espionage"] }).success // false: not a LawKind
 * ```
 * @category policy
 * @since 0.2.0
 */
export const NoLawExposureRule = z.strictObject({
  rule: z.literal("no-law-exposure"),
  ...common,
  kinds: z.array(LawKind).min(1).optional(),
  data: z.array(DataClassification).min(1).optional(),
  foreignOnly: z.boolean().default(true)
})

/**
 * No single point of failure for one system (by id) or for any critical system (`all-critical`). The
 * assessment finds single points of failure of critical systems only. `kinds` limits the node kinds that
 * count (default offering and entity: a jurisdiction that is a single point of failure is reported by
 * `max-foreign-share` and the scenarios instead).
 *
 * @example
 * ```ts
 * import { NoSpofRule } from "@sovmap/core"
 *
 * NoSpofRule.parse({ rule: "no-spof" }) // { rule: "no-spof", system: "all-critical", kinds: ["offering", "entity"] }
 * ```
 * @category policy
 * @since 0.2.0
 */
export const NoSpofRule = z.strictObject({
  rule: z.literal("no-spof"),
  ...common,
  system: z.string().min(1).default("all-critical"),
  kinds: z.array(z.enum(["offering", "entity", "jurisdiction", "component"])).min(1).default(["offering", "entity"])
})

/**
 * Every offering of the `category` (default `cloud`) that the manifest uses reaches at least SEAL `min` of
 * the EU Cloud Sovereignty Framework. An offering without published CSF answers has no known SEAL: a breach
 * unless `unknown: pass`.
 *
 * @example
 * ```ts
 * import { MinCsfSealRule } from "@sovmap/core"
 *
 * MinCsfSealRule.parse({ rule: "min-csf-seal", min: 2 }) // { rule: "min-csf-seal", category: "cloud", min: 2, unknown: "fail" }
 * MinCsfSealRule.safeParse({ rule: "min-csf-seal", min: 5 }).success // false: SEAL levels are 0–4
 * ```
 * @category policy
 * @since 0.2.0
 */
export const MinCsfSealRule = z.strictObject({
  rule: z.literal("min-csf-seal"),
  ...common,
  category: OfferingCategory.default("cloud"),
  min: z.number().int("a whole SEAL level").min(0, "a SEAL level 0–4").max(4, "a SEAL level 0–4"),
  unknown: z.enum(["fail", "pass"]).default("fail")
})

/**
 * The composite sovereignty score is at least `min` (0–100).
 *
 * @example
 * ```ts
 * import { MinScoreRule } from "@sovmap/core"
 *
 * MinScoreRule.parse({ rule: "min-score", min: 50 }).min // 50
 * MinScoreRule.safeParse({ rule: "min-score", min: 150 }).error?.issues[0]?.message // "a score in [0, 100]"
 * ```
 * @category policy
 * @since 0.2.0
 */
export const MinScoreRule = z.strictObject({
  rule: z.literal("min-score"),
  ...common,
  min: z.number().min(0, "a score in [0, 100]").max(100, "a score in [0, 100]")
})

/**
 * The Herfindahl-Hirschman index (0..1) over ultimate controllers (`by: vendor`) or control jurisdictions
 * (`by: jurisdiction`), of all dependencies or of one offering `category`, is at most `max`.
 *
 * @example
 * ```ts
 * import { MaxHhiRule } from "@sovmap/core"
 *
 * MaxHhiRule.parse({ rule: "max-hhi", max: 0.25 }) // { rule: "max-hhi", by: "vendor", max: 0.25 }
 * MaxHhiRule.parse({ rule: "max-hhi", by: "jurisdiction", category: "cloud", max: 0.5 }).category // "cloud"
 * ```
 * @category policy
 * @since 0.2.0
 */
export const MaxHhiRule = z.strictObject({
  rule: z.literal("max-hhi"),
  ...common,
  by: z.enum(["vendor", "jurisdiction"]).default("vendor"),
  category: OfferingCategory.optional(),
  max: Share
})

/**
 * One rule of a policy file, told apart by its `rule` field.
 *
 * @example
 * ```ts
 * import { PolicyRule } from "@sovmap/core"
 *
 * const rule = PolicyRule.parse({ rule: "max-hhi", by: "jurisdiction", max: 0.5 })
 * if (rule.rule === "max-hhi") rule.by // "jurisdiction"
 * PolicyRule.safeParse({ rule: "max-vendors", max: 3 }).success // false: not a rule type
 * ```
 * @category policy
 * @since 0.2.0
 */
export const PolicyRule = z.discriminatedUnion("rule", [MaxForeignShareRule, NoLawExposureRule, NoSpofRule, MinCsfSealRule, MinScoreRule, MaxHhiRule])

/**
 * A PolicyRule as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { decodePolicy, type PolicyRule } from "@sovmap/core"
 *
 * const summarise = (r: PolicyRule): string => (r.rule === "min-score" ? `score ≥ ${r.min}` : r.rule === "no-spof" ? `no single point of failure in ${r.system}` : r.rule)
 * const { value } = decodePolicy("sovmapPolicy: 1\nid: gate\nversion: '1'\nrules:\n  - { rule: min-score, min: 50 }\n  - { rule: no-spof }\n", "policy.yaml")
 * value.rules?.map(summarise) // ["score ≥ 50", "no single point of failure in all-critical"]
 * ```
 * @category policy
 * @since 0.2.0
 */
export type PolicyRule = z.output<typeof PolicyRule>

/**
 * The names of the rule types, in documentation order.
 *
 * @example
 * ```ts
 * import { POLICY_RULE_NAMES } from "@sovmap/core"
 *
 * POLICY_RULE_NAMES // ["max-foreign-share", "no-law-exposure", "no-spof", "min-csf-seal", "min-score", "max-hhi"]
 * const isRuleName = (name: string): boolean => (POLICY_RULE_NAMES as ReadonlyArray<string>).includes(name)
 * isRuleName("max-vendors") // false
 * ```
 * @category policy
 * @since 0.2.0
 */
export const POLICY_RULE_NAMES = ["max-foreign-share", "no-law-exposure", "no-spof", "min-csf-seal", "min-score", "max-hhi"] as const
