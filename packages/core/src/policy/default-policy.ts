/**
 * The default policy shipped with sovmap.
 *
 * @module
 */
import data from "../generated/default-policy.json"
import { PolicyValidationError } from "../errors.js"
import { Policy, RISK_COMPONENT_IDS } from "./schema.js"

let cached: Policy | undefined

/**
 * The default policy (`data/policy/default.yaml`): equal composite weights, the `partners` bloc as the
 * partner tier, no restricted countries, tier risks in equal steps — each default with its rationale
 * (published source, or stated as a sovmap choice). Decoded and checked once on first use.
 *
 * @example
 * ```ts
 * import { defaultPolicy } from "@sovmap/core"
 *
 * defaultPolicy().id // "sovmap-default"
 * ```
 * @category policy
 * @since 0.2.0
 */
export const defaultPolicy = (): Policy => {
  if (cached !== undefined) return cached
  const { $file, ...fields } = data as { $file: string } & Record<string, unknown>
  const parsed = Policy.safeParse(fields)
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => ({ file: $file, path: i.path.join("."), message: i.message }))
  if (parsed.success) {
    const p = parsed.data
    for (const c of RISK_COMPONENT_IDS) if (p.composite?.weights[c] === undefined) problems.push({ file: $file, path: `composite.weights.${c}`, message: "the default policy must set every weight" })
    for (const t of ["home", "partners", "other", "restricted"] as const) if (p.alignment?.tierRisk?.[t] === undefined) problems.push({ file: $file, path: `alignment.tierRisk.${t}`, message: "the default policy must set every tier risk" })
    if (p.alignment?.partners === undefined || p.alignment.restricted === undefined) problems.push({ file: $file, path: "alignment", message: "the default policy must set `partners` and `restricted`" })
  }
  if (problems.length > 0 || !parsed.success) throw new PolicyValidationError(problems)
  cached = parsed.data
  return cached
}
