// Formatting shared by the Markdown and HTML renderings of a diff.
import type { NumericChange } from "../diff/diff.js"

/** A metric value with at most 12 significant digits, so float noise (0.1 + 0.2) does not show. */
export const metricValue = (n: number | undefined): string => (n === undefined ? "—" : String(Number(n.toPrecision(12))))

/** Signed delta of a change, `+0.05`, `−2`; `new`/`gone` when one side is missing. */
export const metricDelta = (c: NumericChange): string =>
  c.delta === undefined ? (c.before === undefined ? "new" : "gone") : c.delta === 0 ? "0" : `${c.delta > 0 ? "+" : "−"}${metricValue(Math.abs(c.delta))}`
