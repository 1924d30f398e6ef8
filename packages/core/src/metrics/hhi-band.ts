/**
 * The merger-guideline concentration bands of an HHI.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"

/**
 * How concentrated a market is, in the words of the US merger guidelines.
 *
 * @example
 * ```ts
 * import { hhi, hhiBand, type HhiBand } from "@sovmap/core"
 *
 * const band: HhiBand = hhiBand(hhi([40, 30, 30])) // HHI = 0.4² + 0.3² + 0.3² = 0.34: 3,400 points
 * band // "highly concentrated"
 * if (band !== "unconcentrated") console.warn(`vendor concentration: ${band}`)
 * ```
 * @category metrics
 * @since 0.2.0
 */
export type HhiBand = "unconcentrated" | "moderately concentrated" | "highly concentrated"

/**
 * Converts an HHI on the 0..1 scale to the 0..10,000 "points" of the merger guidelines (shares in
 * percent squared).
 *
 * Formula: `points = 10,000 × HHI` (US DOJ, *Herfindahl-Hirschman Index*, shares expressed in percent).
 *
 * @example
 * ```ts
 * import { hhiPoints } from "@sovmap/core"
 *
 * hhiPoints(0.26) // 2600
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const hhiPoints = (hhi: number): number => {
  if (!Number.isFinite(hhi) || hhi < 0 || hhi > 1) {
    throw new MetricInputError([{ file: "<input>", message: `HHI must be a number in [0, 1], got ${hhi}`, hint: "pass the HHI on the 0..1 scale, as `hhi` returns it" }])
  }
  return hhi * 10_000
}

/**
 * The concentration band of an HHI (0..1 scale) under the US Department of Justice's reading of the 2023
 * Merger Guidelines: below 1,000 points unconcentrated, 1,000 to 1,800 moderately concentrated, above 1,800
 * highly concentrated.
 *
 * Source: US DOJ Antitrust Division, *Herfindahl-Hirschman Index* (https://www.justice.gov/atr/herfindahl-hirschman-index),
 * restating DOJ & FTC *Merger Guidelines* (18 Dec 2023) Guideline 1, "HHI greater than 1,800" = highly
 * concentrated; the 1,000 lower band is the 1992/1997 guidelines' level, kept by the explainer. The EU's 2004
 * guidelines use 1,000 / 2,000 and the EC dependency screen 4,000: other conventions, not this function.
 *
 * @example
 * ```ts
 * import { hhiBand } from "@sovmap/core"
 *
 * hhiBand(0.26) // "highly concentrated"
 * hhiBand(0.15) // "moderately concentrated"
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const hhiBand = (hhi: number): HhiBand => {
  // Rounded to 1e-6 points so that a share arithmetic result such as 1800.0000000000002 falls in its band.
  const points = Math.round(hhiPoints(hhi) * 1e6) / 1e6
  return points > 1800 ? "highly concentrated" : points >= 1000 ? "moderately concentrated" : "unconcentrated"
}
