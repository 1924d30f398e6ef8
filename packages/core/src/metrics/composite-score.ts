/**
 * The composite sovereignty score: risk components combined with policy weights into one number, 0–100,
 * always with its breakdown.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"

/**
 * One risk component offered to the composite score.
 *
 * @example
 * ```ts
 * import { compositeScore, type RiskComponent } from "@sovmap/core"
 *
 * const components: ReadonlyArray<RiskComponent> = [
 *   { id: "foreignControl", risk: 0.75, weight: 2 },
 *   { id: "concentration", risk: 0.5, weight: 1 },
 *   { id: "dataLocation", risk: undefined, weight: 1 } // no data location known
 * ]
 * const s = compositeScore(components)
 * s.score.toFixed(2) // "33.33" (= 100 × (1 − (2 × 0.75 + 0.5) / 3))
 * s.missing // ["dataLocation"]
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface RiskComponent {
  readonly id: string
  /** Risk in [0, 1] (0 = no risk), or `undefined` when it cannot be computed for this input. */
  readonly risk: number | undefined
  /** Policy weight, ≥ 0. */
  readonly weight: number
}

/**
 * One component of a composite score, as reported.
 *
 * @example
 * ```ts
 * import { compositeScore, type ScoredComponent } from "@sovmap/core"
 *
 * const components: ReadonlyArray<ScoredComponent> = compositeScore([
 *   { id: "foreignControl", risk: 0.6, weight: 1 },
 *   { id: "legalExposure", risk: 0.2, weight: 1 }
 * ]).components
 * components.map((c) => `${c.id}: −${c.pointsLost} (weight ${c.normalisedWeight})`)
 * // ["foreignControl: −30 (weight 0.5)", "legalExposure: −10 (weight 0.5)"]
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface ScoredComponent {
  readonly id: string
  readonly risk: number
  readonly weight: number
  /** weight / Σ weights of the available components. */
  readonly normalisedWeight: number
  /** Points this component takes off 100: 100 × normalisedWeight × risk. */
  readonly pointsLost: number
}

/**
 * A composite score with its full breakdown.
 *
 * @example
 * ```ts
 * import { assess } from "@sovmap/sdk"
 * import type { CompositeScore } from "@sovmap/core"
 *
 * const { metrics } = await assess("examples/region-nordlys/sovmap.yaml")
 * const score: CompositeScore = metrics.score
 * const [worst] = [...score.components].sort((a, b) => b.pointsLost - a.pointsLost)
 * console.log(`${score.score.toFixed(1)} / 100, most points lost on ${worst?.id}`)
 * if (score.missing.length > 0) console.log(`not computed: ${score.missing.join(", ")}`)
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface CompositeScore {
  /** 0–100, higher is more sovereign. */
  readonly score: number
  /** Components that entered the score, in input order. */
  readonly components: ReadonlyArray<ScoredComponent>
  /** Components left out because their risk could not be computed; their weight was spread over the others. */
  readonly missing: ReadonlyArray<string>
}

/**
 * Combines risk components into a score from 0 (every component at full risk) to 100 (no risk), as a
 * weighted mean renormalised over the components that could be computed, listing the missing ones.
 *
 * Formula: `score = 100 × (1 − Σ_{c ∈ A} w_c r_c / Σ_{c ∈ A} w_c)`, A = components with a risk. The weighted
 * mean over available components, with missing ones listed, follows the OpenSSF Scorecard aggregate score
 * (`GetAggregateScore` in ossf/scorecard `pkg/scorecard/scorecard_result.go`: Σ w·score / Σ w over
 * conclusive checks; METHODS.md §5). The weights are a policy choice (see the policy file). The score is
 * non-increasing in every risk.
 *
 * Throws {@link MetricInputError} when a risk is outside [0, 1] or not finite, a weight is negative or not
 * finite, ids repeat, or the available components have no positive weight.
 *
 * @example
 * ```ts
 * import { compositeScore } from "@sovmap/core"
 *
 * const s = compositeScore([
 *   { id: "foreignControl", risk: 0.6, weight: 1 },
 *   { id: "legalExposure", risk: 0.2, weight: 1 },
 *   { id: "dataLocation", risk: undefined, weight: 1 }
 * ])
 * s.score // 60 (= 100 × (1 − (0.6 + 0.2) / 2))
 * s.missing // ["dataLocation"]
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const compositeScore = (components: ReadonlyArray<RiskComponent>): CompositeScore => {
  const seen = new Set<string>()
  const available: Array<RiskComponent & { readonly risk: number }> = []
  const missing: Array<string> = []
  for (const c of components) {
    if (seen.has(c.id)) throw new MetricInputError([{ file: "<input>", path: c.id, message: `component \`${c.id}\` appears twice` }])
    seen.add(c.id)
    if (typeof c.weight !== "number" || !Number.isFinite(c.weight) || c.weight < 0) {
      throw new MetricInputError([{ file: "<policy>", path: `composite.weights.${c.id}`, message: `weight of \`${c.id}\` must be a finite number ≥ 0, got ${String(c.weight)}` }])
    }
    if (c.risk === undefined) {
      missing.push(c.id)
      continue
    }
    if (typeof c.risk !== "number" || !Number.isFinite(c.risk) || c.risk < 0 || c.risk > 1) {
      throw new MetricInputError([{ file: "<input>", path: c.id, message: `risk of \`${c.id}\` must be in [0, 1], got ${String(c.risk)}` }])
    }
    available.push(c as RiskComponent & { readonly risk: number })
  }
  const totalWeight = available.reduce((s, c) => s + c.weight, 0)
  if (totalWeight === 0) {
    throw new MetricInputError([
      { file: "<policy>", path: "composite.weights", message: "no available component has a positive weight: the score is undefined", hint: "give at least one computed component a weight > 0" }
    ])
  }
  let lost = 0
  const scored = available.map((c) => {
    const normalisedWeight = c.weight / totalWeight
    const pointsLost = 100 * normalisedWeight * c.risk
    lost += pointsLost
    return { id: c.id, risk: c.risk, weight: c.weight, normalisedWeight, pointsLost }
  })
  return { score: Math.min(100, Math.max(0, 100 - lost)), components: scored, missing }
}
