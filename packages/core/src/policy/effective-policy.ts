/**
 * The policy an assessment applies: a user's policy laid over the default, every setting filled in.
 *
 * @module
 */
import type { TierRisk } from "../metrics/alignment.js"
import type { Policy, RiskComponentId } from "./schema.js"

/**
 * A policy with every setting resolved, as recorded in a report.
 *
 * @example
 * ```ts
 * import { defaultPolicy, effectivePolicy, type EffectivePolicy } from "@sovmap/core"
 *
 * const policy: EffectivePolicy = effectivePolicy(defaultPolicy(), { sovmapPolicy: 1, id: "mine", version: "1", alignment: { partners: null } }, "policy.yaml")
 * policy.basedOn // { id: "sovmap-default", version: "2026.11.0" }
 * policy.partners // null: no partner tier
 * policy.tierRisk // { home: 0, partners: 0.3333, other: 0.6667, restricted: 1 }
 * ```
 * @category policy
 * @since 0.2.0
 */
export interface EffectivePolicy {
  readonly id: string
  readonly version: string
  /** File the user's policy came from, or `null` for the default policy alone. */
  readonly file: string | null
  /** The default policy that filled in what the user's policy left out, or `null` when it is the default. */
  readonly basedOn: { readonly id: string; readonly version: string } | null
  readonly weights: Readonly<Record<RiskComponentId, number>>
  /** Bloc id of the partner tier, or `null` for none. */
  readonly partners: string | null
  readonly restricted: ReadonlyArray<string>
  readonly tierRisk: TierRisk
}

/**
 * Lays a user's policy over the default policy, field by field: every weight, tier risk, the partner bloc
 * and the restricted list the user sets win; the rest comes from the default.
 *
 * @example
 * ```ts
 * import { defaultPolicy, effectivePolicy } from "@sovmap/core"
 *
 * const p = effectivePolicy(defaultPolicy(), { sovmapPolicy: 1, id: "mine", version: "1", composite: { weights: { lockIn: 0 } } }, "policy.yaml")
 * p.weights.lockIn // 0
 * p.weights.legalExposure // 1 (from the default)
 * ```
 * @category policy
 * @since 0.2.0
 */
export const effectivePolicy = (defaults: Policy, user?: Policy, file?: string): EffectivePolicy => {
  const w = { ...defaults.composite?.weights, ...stripUndefined(user?.composite?.weights ?? {}) }
  const t = { ...defaults.alignment?.tierRisk, ...stripUndefined(user?.alignment?.tierRisk ?? {}) }
  return {
    id: user?.id ?? defaults.id,
    version: user?.version ?? defaults.version,
    file: user === undefined ? null : (file ?? "<policy>"),
    basedOn: user === undefined ? null : { id: defaults.id, version: defaults.version },
    weights: {
      foreignControl: w.foreignControl ?? 0,
      legalExposure: w.legalExposure ?? 0,
      dataLocation: w.dataLocation ?? 0,
      concentration: w.concentration ?? 0,
      alignment: w.alignment ?? 0,
      lockIn: w.lockIn ?? 0
    },
    partners: user?.alignment?.partners !== undefined ? user.alignment.partners : (defaults.alignment?.partners ?? null),
    restricted: [...new Set(user?.alignment?.restricted ?? defaults.alignment?.restricted ?? [])].sort(),
    tierRisk: { home: t.home ?? 0, partners: t.partners ?? 0, other: t.other ?? 0, restricted: t.restricted ?? 0 }
  }
}

const stripUndefined = <A extends object>(o: A): Partial<A> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<A>
