/**
 * JSON rendering of a comparison of two assessments.
 *
 * @module
 */
import type { AssessmentDiff } from "../diff/diff.js"

/**
 * Renders an assessment diff as pretty-printed JSON ending with a newline; deterministic (fixed field
 * order, no timestamps). Fields absent from one side are omitted, not `null`.
 *
 * @example
 * ```ts
 * import { renderDiffJson } from "@sovmap/core"
 * declare const diff: import("@sovmap/core").AssessmentDiff
 * JSON.parse(renderDiffJson(diff)).diffVersion // 1
 * ```
 * @category diff
 * @since 0.2.0
 */
export const renderDiffJson = (diff: AssessmentDiff): string => `${JSON.stringify(diff, null, 2)}\n`
