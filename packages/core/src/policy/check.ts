/**
 * The CI gate: an assessment held to the rules of a policy file.
 *
 * @module
 */
import type { Assessment, ResolvedDependency } from "../assess/assess.js"
import type { SinglePointOfFailure } from "../graph/single-points-of-failure.js"
import type { Criticality } from "../manifest/schema.js"
import { concentration } from "../metrics/concentration.js"
import type { LocatedPolicy } from "./decode.js"
import type { PolicyRule } from "./rules.js"
import type { Policy } from "./schema.js"

/**
 * One way an assessment breaks a rule, located at the rule in the policy file.
 *
 * @example
 * ```ts
 * import { check, type PolicyBreach } from "@sovmap/sdk"
 *
 * const { check: result } = await check("examples/region-nordlys/sovmap.yaml", "examples/region-nordlys/policy.yaml")
 * const breaches: ReadonlyArray<PolicyBreach> = result.breaches
 * for (const b of breaches) console.log(`${b.file}:${b.line}:${b.column} ${b.ruleId}: ${b.message}`)
 * breaches[0]?.subject // "data-platform/aws-ec2"
 * breaches[0]?.line // 19: the line of the rule `restricted-data-access` in policy.yaml
 * ```
 * @category policy
 * @since 0.2.0
 */
export interface PolicyBreach {
  /** Position of the rule in the policy's `rules:` list. */
  readonly index: number
  /** The rule type, e.g. `max-foreign-share`. */
  readonly rule: PolicyRule["rule"]
  /** The rule's `id`, or `rules[index]`. */
  readonly ruleId: string
  /** The policy file, and the line and column of the rule (of its threshold when it has one). */
  readonly file: string
  readonly line?: number | undefined
  readonly column?: number | undefined
  /** What breaks the rule: a dependency id, an offering, a single point of failure, or `null` for the whole assessment. */
  readonly subject: string | null
  /** The measured value and the rule's limit, for threshold rules. */
  readonly actual?: number | undefined
  readonly limit?: number | undefined
  /** One sentence a person can act on. */
  readonly message: string
}

/**
 * The verdict of one rule.
 *
 * @example
 * ```ts
 * import { check, type RuleVerdict } from "@sovmap/sdk"
 *
 * const { check: result } = await check("examples/region-nordlys/sovmap.yaml", "examples/region-nordlys/policy.yaml")
 * const verdicts: ReadonlyArray<RuleVerdict> = result.rules
 * verdicts.filter((v) => !v.passed).map((v) => `${v.ruleId} (${v.rule}): ${v.breaches.length}`)
 * // ["restricted-data-access (no-law-exposure): 1", "critical-spof (no-spof): 7"]
 * ```
 * @category policy
 * @since 0.2.0
 */
export interface RuleVerdict {
  readonly index: number
  readonly rule: PolicyRule["rule"]
  readonly ruleId: string
  readonly description?: string | undefined
  readonly passed: boolean
  readonly breaches: ReadonlyArray<PolicyBreach>
}

/**
 * The result of {@link checkPolicy}: every rule's verdict and all breaches in rule order.
 *
 * @example
 * ```ts
 * import { check, type PolicyCheck } from "@sovmap/sdk"
 *
 * const result: PolicyCheck = (await check("examples/region-nordlys/sovmap.yaml", "examples/region-nordlys/policy.yaml")).check
 * result.policy // { id: "nordlys-ci-gate", version: "2026.11.0", file: "examples/region-nordlys/policy.yaml" }
 * result.passed // false
 * result.breaches.length // 8
 * ```
 * @category policy
 * @since 0.2.0
 */
export interface PolicyCheck {
  readonly policy: { readonly id: string; readonly version: string; readonly file: string }
  readonly manifest: string
  readonly passed: boolean
  readonly rules: ReadonlyArray<RuleVerdict>
  readonly breaches: ReadonlyArray<PolicyBreach>
}

/**
 * What {@link checkPolicy} needs beyond the assessment.
 *
 * @example
 * ```ts
 * import { assess, buildDependencyGraph, builtinKnowledgeBase, checkPolicy, decodeManifest, decodePolicy, findSinglePointsOfFailure, resolveManifest, type CheckPolicyOptions } from "@sovmap/core"
 *
 * const manifest = decodeManifest("sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: wiki, name: Wiki, criticality: medium, dependencies: [{ offering: scaleway-instances }] }\n", "sovmap.yaml")
 * const kb = resolveManifest(manifest, builtinKnowledgeBase())
 * const policy = decodePolicy("sovmapPolicy: 1\nid: gate\nversion: '1'\nrules:\n  - { rule: no-spof, system: wiki }\n", "policy.yaml")
 * const options: CheckPolicyOptions = { spofsOfAllSystems: findSinglePointsOfFailure(buildDependencyGraph(manifest.value, kb), { minCriticality: "low" }) }
 * checkPolicy(assess(manifest.value, kb), policy).passed // true: the assessment looks at critical systems only
 * checkPolicy(assess(manifest.value, kb), policy, options).passed // false: scaleway-instances is a single point of failure of wiki
 * ```
 * @category policy
 * @since 0.2.0
 */
export interface CheckPolicyOptions {
  /**
   * The CSF SEAL of the offerings that have one (see `csfScoresForOfferings`), for `min-csf-seal`. An
   * offering missing here has no known SEAL.
   */
  readonly csf?: ReadonlyArray<{ readonly offering: string; readonly seal: number | undefined }>
  /**
   * Single points of failure of every system, whatever its criticality (`findSinglePointsOfFailure` with
   * `minCriticality: "low"`), for `no-spof` rules that name a system. Without it such a rule sees only
   * the assessment's single points of failure, which cover critical systems.
   */
  readonly spofsOfAllSystems?: ReadonlyArray<SinglePointOfFailure>
}

const CRITICALITY_SCOPES: Readonly<Record<"all" | "critical" | "high+", ReadonlyArray<Criticality>>> = {
  all: ["critical", "high", "medium", "low"],
  critical: ["critical"],
  "high+": ["critical", "high"]
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`

/**
 * Holds an assessment to the `rules:` of a policy and lists every breach, each located at its rule in the
 * policy file (file:line:column when the policy was decoded from a file). Rules:
 *
 * - `max-foreign-share`: Σ weight of in-scope dependencies controlled from outside the home bloc / Σ weight
 *   in scope ≤ `max` (no breach when nothing is in scope);
 * - `no-law-exposure`: one breach per dependency (of the listed data classifications) reached by a law in
 *   force of the listed kinds, naming the laws and links, as in `legalExposure`;
 * - `no-spof`: one breach per single point of failure (of the listed node kinds) of the system, or of any
 *   critical system;
 * - `min-csf-seal`: one breach per offering of the category whose SEAL is below `min` or unknown;
 * - `min-score`: composite score ≥ `min`;
 * - `max-hhi`: HHI over vendors or jurisdictions (of a category, when given) ≤ `max`.
 *
 * Loosening a threshold never adds a breach. Pure: no I/O.
 *
 * @example
 * ```ts
 * import { assess, builtinKnowledgeBase, checkPolicy, decodeManifest, decodePolicy, resolveManifest } from "@sovmap/core"
 *
 * const manifest = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-cloud }, { offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const policy = decodePolicy("sovmapPolicy: 1\nid: gate\nversion: '1'\nrules:\n  - { rule: max-foreign-share, max: 0.4 }\n", "policy.yaml")
 * const result = checkPolicy(assess(manifest.value, resolveManifest(manifest, builtinKnowledgeBase())), policy)
 * result.passed // false: 50 % of the weight is foreign-controlled
 * result.breaches[0]?.line // 5
 * ```
 * @category policy
 * @since 0.2.0
 */
export const checkPolicy = (assessment: Assessment, policy: LocatedPolicy | Policy, options: CheckPolicyOptions = {}): PolicyCheck => {
  const located: LocatedPolicy = "value" in policy ? policy : { value: policy, file: "<policy>", locate: () => undefined }
  const home = new Set(assessment.home.members)
  const byId = new Map(assessment.dependencies.map((d) => [d.id, d]))
  const rules = (located.value.rules ?? []).map((rule, index): RuleVerdict => {
    const ruleId = rule.id ?? `rules[${index}]`
    const at = (field?: string) => {
      const position = (field === undefined ? undefined : located.locate(["rules", index, field])) ?? located.locate(["rules", index])
      return { file: located.file, line: position?.line, column: position?.column }
    }
    const breach = (subject: string | null, message: string, extra: { field?: string; actual?: number; limit?: number } = {}): PolicyBreach => ({
      index,
      rule: rule.rule,
      ruleId,
      ...at(extra.field),
      subject,
      ...(extra.actual === undefined ? {} : { actual: extra.actual, limit: extra.limit }),
      message
    })
    const breaches = evaluate(rule, assessment, { home, byId, csf: options.csf, spofs: options.spofsOfAllSystems, breach })
    return { index, rule: rule.rule, ruleId, ...(rule.description === undefined ? {} : { description: rule.description }), passed: breaches.length === 0, breaches }
  })
  const breaches = rules.flatMap((r) => r.breaches)
  return {
    policy: { id: located.value.id, version: located.value.version, file: located.file },
    manifest: assessment.inputs.manifest.file,
    passed: breaches.length === 0,
    rules,
    breaches
  }
}

interface Context {
  readonly home: ReadonlySet<string>
  readonly byId: ReadonlyMap<string, ResolvedDependency>
  readonly csf: CheckPolicyOptions["csf"]
  readonly spofs: CheckPolicyOptions["spofsOfAllSystems"]
  readonly breach: (subject: string | null, message: string, extra?: { field?: string; actual?: number; limit?: number }) => PolicyBreach
}

const evaluate = (rule: PolicyRule, a: Assessment, { home, byId, csf, spofs, breach }: Context): Array<PolicyBreach> => {
  switch (rule.rule) {
    case "max-foreign-share": {
      const scope = new Set(CRITICALITY_SCOPES[rule.scope])
      const inScope = a.dependencies.filter((d) => scope.has(d.criticality))
      const total = inScope.reduce((s, d) => s + d.weight, 0)
      if (total === 0) return []
      const foreign = inScope.filter((d) => !home.has(d.controlJurisdiction)).reduce((s, d) => s + d.weight, 0)
      const share = foreign / total
      if (share <= rule.max) return []
      const what = rule.scope === "all" ? "all dependencies" : rule.scope === "critical" ? "critical dependencies" : "critical and high dependencies"
      return [
        breach(null, `foreign share of ${what} is ${percent(share)}, above the limit of ${percent(rule.max)} (controlled from outside ${a.home.bloc})`, {
          field: "max",
          actual: share,
          limit: rule.max
        })
      ]
    }
    case "no-law-exposure": {
      const kinds = rule.kinds === undefined ? undefined : new Set<string>(rule.kinds)
      const data = rule.data === undefined ? undefined : new Set<string>(rule.data)
      const reached = new Map<string, Array<string>>()
      for (const law of a.metrics.legalExposure.laws) {
        if (kinds !== undefined && !kinds.has(law.kind)) continue
        if (rule.foreignOnly && !law.foreign) continue
        for (const d of law.dependencies) {
          const dependency = byId.get(d.id)
          if (data !== undefined && (dependency?.data === undefined || !data.has(dependency.data))) continue
          reached.set(d.id, [...(reached.get(d.id) ?? []), `${law.name} (${law.jurisdiction}, ${law.kind}, via ${d.links.join("/")})`])
        }
      }
      return [...reached.keys()]
        .sort()
        .map((id) => {
          const d = byId.get(id)
          const data = d?.data === undefined ? "" : ` with ${d.data} data`
          return breach(id, `${id}${data} is reachable by ${reached.get(id)!.join("; ")}`)
        })
    }
    case "no-spof": {
      const kinds = new Set<string>(rule.kinds)
      const all = rule.system === "all-critical"
      if (!all && !a.dependencies.some((d) => d.system === rule.system)) {
        return [breach(rule.system, `system ${rule.system} is not in the manifest, so the rule cannot hold`, { field: "system" })]
      }
      return (all ? a.spofs : (spofs ?? a.spofs))
        .filter((s) => kinds.has(s.kind) && (all || s.systems.includes(rule.system)))
        .map((s) => {
          const systems = all ? s.systems : [rule.system]
          return breach(s.node, `${s.kind} ${s.id} (${s.name}) is a single point of failure of ${systems.join(", ")}`)
        })
    }
    case "min-csf-seal": {
      const seals = new Map((csf ?? []).map((c) => [c.offering, c.seal]))
      const offerings = [...new Map(a.dependencies.filter((d) => d.category === rule.category).map((d) => [d.offering, d.offeringName])).entries()].sort(([x], [y]) =>
        x < y ? -1 : x > y ? 1 : 0
      )
      return offerings.flatMap(([offering, name]) => {
        const seal = seals.get(offering)
        if (seal === undefined) {
          if (rule.unknown === "pass") return []
          return [breach(offering, `${rule.category} offering ${offering} (${name}) has no CSF SEAL: no published answers; SEAL-${rule.min} or better is required`, { field: "min" })]
        }
        if (seal >= rule.min) return []
        return [breach(offering, `${rule.category} offering ${offering} (${name}) reaches SEAL-${seal}, below SEAL-${rule.min}`, { field: "min", actual: seal, limit: rule.min })]
      })
    }
    case "min-score": {
      const score = a.metrics.score.score
      if (score >= rule.min) return []
      return [breach(null, `composite sovereignty score is ${score.toFixed(1)}, below the minimum of ${rule.min}`, { field: "min", actual: score, limit: rule.min })]
    }
    case "max-hhi": {
      const ds = rule.category === undefined ? a.dependencies : a.dependencies.filter((d) => d.category === rule.category)
      if (!ds.some((d) => d.weight > 0)) return []
      const hhi = concentration(ds.map((d) => ({ key: rule.by === "vendor" ? d.controller : d.controlJurisdiction, weight: d.weight }))).hhi
      if (hhi <= rule.max) return []
      const over = rule.category === undefined ? "" : ` in ${rule.category}`
      return [breach(null, `HHI by ${rule.by}${over} is ${hhi.toFixed(4)}, above the limit of ${rule.max}`, { field: "max", actual: hhi, limit: rule.max })]
    }
  }
}
