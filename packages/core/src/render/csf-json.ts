/**
 * JSON rendering of a CSF report.
 *
 * @module
 */
import type { CsfReport } from "../csf/report.js"

/**
 * Renders a CSF report as deterministic, indented JSON (numbers unrounded).
 *
 * @example
 * ```ts
 * import { renderCsfJson, type CsfReport } from "@sovmap/core"
 *
 * declare const report: CsfReport
 * JSON.parse(renderCsfJson(report)).kind // "csf"
 * ```
 * @category csf
 * @since 0.2.0
 */
export const renderCsfJson = (report: CsfReport): string => `${JSON.stringify(report, null, 2)}\n`
