/**
 * The effective number of a weighted distribution.
 *
 * @module
 */
import { hhi } from "./hhi.js"

/**
 * Effective number of items: how many equal-sized items would give the same HHI.
 *
 * Formula: `N_eff = 1 / HHI` — the "numbers-equivalent" of the HHI (Adelman, *Rev. Econ. Stat.* 51(1), 1969;
 * the order-2 Hill number, Hill, *Ecology* 54(2), 1973). Ranges from 1 (a monopoly) to N.
 *
 * Throws {@link MetricInputError} for the inputs {@link hhi} refuses.
 *
 * @example
 * ```ts
 * import { effectiveNumber } from "@sovmap/core"
 *
 * effectiveNumber([30, 30, 20, 20]) // 3.846… (= 1 / 0.26)
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const effectiveNumber = (weights: Iterable<number>): number => 1 / hhi(weights)
