/**
 * Reading assessment reports back (the JSON that `renderJson` writes), for comparison.
 *
 * @module
 */
import * as z from "zod"
import { REPORT_VERSION } from "../assess/assess.js"
import { ReportDecodeError, type Diagnostic } from "../errors.js"
import { type DecodeLimits, decodeDocument } from "../internal/document.js"

// Only the fields a comparison relies on are checked; everything else (metrics added by later minor
// versions) passes through untouched, so that a diff survives new metrics.
const ReportDependency = z.looseObject({
  system: z.string(),
  offering: z.string(),
  offeringName: z.string().optional(),
  controllerName: z.string().optional(),
  controlJurisdiction: z.string(),
  weight: z.number()
})

/**
 * The shape of a report that {@link decodeReport} accepts: a JSON report of the current format version.
 *
 * @example
 * ```ts
 * import { ReportDocument } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * // A looser check than decodeReport: no reportVersion check, no line and column in the errors
 * const result = ReportDocument.safeParse(JSON.parse(await readFile("report.json", "utf8")))
 * if (result.success) console.log(result.data.organisation.name, result.data.dependencies.length)
 * else console.error(result.error.issues)
 * ```
 * @category diff
 * @since 0.2.0
 */
export const ReportDocument = z.looseObject({
  reportVersion: z.number(),
  inputs: z.looseObject({
    manifest: z.looseObject({ file: z.string(), sha256: z.string().optional() }),
    knowledgeBase: z.looseObject({ version: z.string() })
  }),
  organisation: z.looseObject({ name: z.string() }),
  dependencies: z.array(ReportDependency),
  metrics: z.record(z.string(), z.unknown())
})

/**
 * A ReportDocument as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { assess, diffReports, renderReport, type ReportDocument } from "@sovmap/sdk"
 * import { decodeReport } from "@sovmap/core"
 *
 * const result = await assess("examples/region-nordlys/sovmap.yaml")
 * const report: ReportDocument = decodeReport(renderReport(result, "json"), "nordlys.json")
 * report.organisation.name // "Région Nordlys (fictional regional authority)"
 * const diff = await diffReports(report, "after.json") // compare with a later report
 * ```
 * @category diff
 * @since 0.2.0
 */
export type ReportDocument = z.output<typeof ReportDocument>

const notAReport = (file: string, line: number, column: number, message: string): Diagnostic => ({
  file,
  line,
  column,
  message,
  expected: `a JSON report of format version ${REPORT_VERSION}`,
  hint: "compare files written by `sovmap assess --format json`"
})

/**
 * Decodes the text of a JSON assessment report. Throws {@link ReportDecodeError} with file, line and
 * column when the text is not JSON, is not a sovmap report (no `reportVersion`, or missing the fields a
 * comparison needs), or has a different `reportVersion` than this sovmap writes.
 *
 * @example
 * ```ts
 * import { decodeReport } from "@sovmap/core"
 *
 * decodeReport('{"reportVersion": 99}', "old.json") // throws ReportDecodeError: not a sovmap report: missing field `inputs` …
 * ```
 * @category diff
 * @since 0.2.0
 */
export const decodeReport = (text: string, file: string, limits: DecodeLimits = {}): ReportDocument => {
  const result = decodeDocument(text, file, ReportDocument, limits)
  if (result.ok) {
    const version = result.located.value.reportVersion
    if (version !== REPORT_VERSION) {
      const at = result.located.locate(["reportVersion"]) ?? { line: 1, column: 1 }
      throw new ReportDecodeError([
        {
          file,
          ...at,
          path: "reportVersion",
          message: `report format version ${version} is not supported; this sovmap reads version ${REPORT_VERSION}`,
          hint: "re-run `sovmap assess --format json` with this version of sovmap on both manifests"
        }
      ])
    }
    return result.located.value
  }
  if (result.stage === "parse") throw new ReportDecodeError(result.diagnostics.map((d) => ({ ...d, message: d.message.replace(/^not valid YAML/, "not valid JSON") })))
  const missingVersion = result.diagnostics.find((d) => d.path === "reportVersion" || d.path === "")
  if (missingVersion !== undefined) {
    throw new ReportDecodeError([notAReport(file, missingVersion.line ?? 1, missingVersion.column ?? 1, "not a sovmap report: no numeric `reportVersion` field")])
  }
  throw new ReportDecodeError(
    result.diagnostics.map((d) => ({ ...d, message: `not a sovmap report: ${d.message}`, hint: d.hint ?? "compare files written by `sovmap assess --format json`" }))
  )
}
