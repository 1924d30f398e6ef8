/**
 * Weights of criticality levels.
 *
 * @module
 */
import type { Criticality } from "../manifest/schema.js"

/**
 * The weight of each criticality level when dependencies are weighted by criticality: an ordinal scale,
 * `low` = 1 up to `critical` = 4. This is sovmap's documented default, not a published standard; the
 * report always states the weighting used.
 *
 * @example
 * ```ts
 * import { CRITICALITY_WEIGHTS } from "@sovmap/core"
 *
 * CRITICALITY_WEIGHTS.critical // 4
 * // Under `weighting: both`, a dependency weighs spend × criticality weight:
 * 260_000 * CRITICALITY_WEIGHTS.high // 780000
 * ```
 * @category assessment
 * @since 0.1.0
 */
export const CRITICALITY_WEIGHTS: Readonly<Record<Criticality, number>> = { critical: 4, high: 3, medium: 2, low: 1 }
