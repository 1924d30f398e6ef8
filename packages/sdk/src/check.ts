/**
 * The CI gate as an Effect: assess a manifest under a policy and hold it to the policy's rules.
 *
 * @module
 */
import {
  assess as assessCore,
  buildDependencyGraph,
  checkPolicy,
  renderCheckJson,
  renderCheckMarkdown,
  csfScoresForOfferings,
  findSinglePointsOfFailure,
  SovmapError,
  type Assessment,
  type CsfValidationError,
  type KnowledgeBaseError,
  type LocatedPolicy,
  type MetricInputError,
  type PolicyCheck,
  type PolicyValidationError,
  type UnknownReferenceError
} from "@sovmap/core"
import * as Effect from "effect/Effect"
import type { LoadedManifest } from "./effect.js"

/**
 * Errors that {@link check} can produce once the manifest and the policy are loaded.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { check, loadManifest, loadPolicy } from "@sovmap/sdk/effect"
 *
 * const passed = Effect.gen(function* () {
 *   const policy = yield* loadPolicy("policy.yaml")
 *   return (yield* check(yield* loadManifest("sovmap.yaml"), policy)).check.passed
 * }).pipe(
 *   // e.g. the policy's `alignment.partners` names a bloc that neither the knowledge base nor the manifest defines
 *   Effect.catchTag("PolicyValidationError", (error) =>
 *     Effect.sync(() => {
 *       console.error(error.message)
 *       return false
 *     })
 *   ),
 *   Effect.provide(NodeServices.layer)
 * )
 * ```
 * @category policy
 * @since 0.2.0
 */
export type CheckError = MetricInputError | UnknownReferenceError | KnowledgeBaseError | PolicyValidationError | CsfValidationError

/**
 * The result of {@link check}: the verdict and the assessment it was made on.
 *
 * @example
 * ```ts
 * import { check, renderCheck, type CheckResult } from "@sovmap/sdk"
 *
 * const result: CheckResult = await check("examples/region-nordlys/sovmap.yaml", "examples/region-nordlys/policy.yaml")
 * result.check.passed // false: the example breaks its own gate
 * console.log(renderCheck(result.check, "md"))
 * console.log(result.assessment.metrics.score.score) // the composite score the verdict was made on
 * ```
 * @category policy
 * @since 0.2.0
 */
export interface CheckResult {
  readonly check: PolicyCheck
  readonly assessment: Assessment
}

/**
 * Assesses a loaded manifest under a policy (laid over the default) and holds the result to the policy's
 * `rules:` with `checkPolicy`. Supplies what the rules need beyond the assessment: the CSF SEALs of the
 * offerings the manifest uses (from answers published in the knowledge base) and, when a `no-spof` rule
 * names a system, the single points of failure of every system.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { check, loadManifest, loadPolicy } from "@sovmap/sdk/effect"
 *
 * const program = Effect.gen(function* () {
 *   const manifest = yield* loadManifest("sovmap.yaml")
 *   const policy = yield* loadPolicy("policy.yaml")
 *   return (yield* check(manifest, policy)).check.passed
 * })
 * ```
 * @category policy
 * @since 0.2.0
 */
export const check = (loaded: LoadedManifest, policy: LocatedPolicy, options: { readonly asOf?: string | undefined } = {}): Effect.Effect<CheckResult, CheckError> =>
  Effect.try({
    try: () => {
      const { manifest, knowledgeBase } = loaded
      const assessment = assessCore(manifest, knowledgeBase, { file: loaded.file, sha256: loaded.sha256, policy, ...(options.asOf === undefined ? {} : { asOf: options.asOf }) })
      const rules = policy.value.rules ?? []
      const csf = rules.some((r) => r.rule === "min-csf-seal") ? csfScoresForOfferings(knowledgeBase, assessment.dependencies.map((d) => d.offering)) : []
      const namesSystem = rules.some((r) => r.rule === "no-spof" && r.system !== "all-critical")
      const spofsOfAllSystems = namesSystem ? findSinglePointsOfFailure(buildDependencyGraph(manifest, knowledgeBase), { minCriticality: "low" }) : undefined
      const result = checkPolicy(assessment, policy, {
        csf: csf.map((s) => ({ offering: s.offering, seal: s.seal })),
        ...(spofsOfAllSystems === undefined ? {} : { spofsOfAllSystems })
      })
      return { check: result, assessment }
    },
    catch: (error) => {
      if (error instanceof SovmapError) return error as CheckError
      throw error
    }
  })

/**
 * Renders a policy check: `md` (verdict, rules, located breaches) or deterministic `json`.
 *
 * @example
 * ```ts
 * import { check, renderCheck } from "@sovmap/sdk"
 *
 * const { check: result } = await check("sovmap.yaml", "policy.yaml")
 * process.stdout.write(renderCheck(result, "md"))
 * ```
 * @category policy
 * @since 0.2.0
 */
export const renderCheck = (result: PolicyCheck, format: "md" | "json"): string => (format === "json" ? renderCheckJson(result) : renderCheckMarkdown(result))

export { renderCheckAnnotations } from "@sovmap/core"
