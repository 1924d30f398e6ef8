/**
 * JSON rendering of results.
 *
 * @module
 */
import type { Assessment } from "../assess/assess.js"

/**
 * Renders an assessment as pretty-printed JSON, ending with a newline. Deterministic: the same
 * assessment gives the same bytes (fields in a fixed order, no timestamps).
 *
 * @example
 * ```ts
 * import { renderJson } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * const text = renderJson(assessment)
 * ```
 * @category renderers
 * @since 0.1.0
 */
export const renderJson = (assessment: Assessment): string => `${JSON.stringify(assessment, null, 2)}\n`
