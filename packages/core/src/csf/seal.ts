/**
 * SEAL aggregation: the weakest link decides.
 *
 * @module
 */
import type { Seal } from "./catalogue.js"

/**
 * The lowest of a set of SEAL levels, or `undefined` for an empty set. The Implementation guidance (p. 9)
 * fixes the overall SEAL as "the lowest SEAL level achieved in any of the objectives", and the calculator's
 * cell F2 is `"SEAL-"&MIN(H5:H251)` over the answered rows: a minimum, never an average. An objective's SEAL
 * is read the same way, as the minimum over its answered criteria.
 *
 * @example
 * ```ts
 * import { lowestSeal } from "@sovmap/core"
 *
 * lowestSeal([4, 2, 3]) // 2
 * lowestSeal([]) // undefined
 * ```
 * @category csf
 * @since 0.2.0
 */
export const lowestSeal = (seals: Iterable<Seal>): Seal | undefined => {
  let lowest: Seal | undefined
  for (const seal of seals) if (lowest === undefined || seal < lowest) lowest = seal
  return lowest
}

/**
 * Formats a SEAL as the framework writes it, `SEAL-2`, or `—` when there is none.
 *
 * @example
 * ```ts
 * import { formatSeal } from "@sovmap/core"
 *
 * formatSeal(3) // "SEAL-3"
 * ```
 * @category csf
 * @since 0.2.0
 */
export const formatSeal = (seal: Seal | undefined): string => (seal === undefined ? "—" : `SEAL-${seal}`)
