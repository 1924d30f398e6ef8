/**
 * EU Cloud Sovereignty Framework programs: read answers and floors files, score, check and compare offers.
 *
 * @module
 */
import {
  buildCsfReport,
  decodeCsfAnswers,
  decodeCsfFloors,
  renderCsfHtmlPage,
  renderCsfJson,
  renderCsfMarkdown,
  resolveCsfAnswers,
  scoreCsf as scoreCsfCore,
  SovmapError,
  type CsfAnswers,
  type CsfAnswersFile,
  type CsfFloors,
  type CsfIncompleteError,
  type CsfParseError,
  type CsfReport,
  type CsfValidationError,
  type MetricInputError
} from "@sovmap/core"
import * as Effect from "effect/Effect"
import type * as FileSystem from "effect/FileSystem"
import type * as Stdio from "effect/Stdio"
import type { FileReadError } from "./errors.js"
import { readInput } from "./effect.js"
import { isTextSource, sourceName, type TextSource } from "./input.js"

/**
 * Errors that reading and scoring CSF answers can produce.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { scoreCsf } from "@sovmap/sdk/effect"
 *
 * // The Commission calculator's example leaves SOV-1.6 unanswered: score it as the calculator does.
 * const file = "examples/csf/calculator-example.yaml"
 * const program = scoreCsf([file]).pipe(
 *   Effect.catchTag("CsfIncompleteError", () => scoreCsf([file], { allowIncomplete: true })),
 *   Effect.provide(NodeServices.layer)
 * )
 * ```
 * @category csf
 * @since 0.2.0
 */
export type CsfError = FileReadError | CsfParseError | CsfValidationError | CsfIncompleteError | MetricInputError

/**
 * Options of {@link scoreCsf}.
 *
 * @example
 * ```ts
 * import { scoreCsf, type ScoreCsfOptions } from "@sovmap/sdk"
 *
 * const options: ScoreCsfOptions = { weightSet: "csf-calculator-2026-06", floors: "examples/csf/floors-seal-2.yaml", allowIncomplete: true }
 * const report = await scoreCsf(["examples/csf/calculator-example.yaml"], options)
 * report.offers[0]?.score.weightSet.id // "csf-calculator-2026-06"
 * report.offers[0]?.score.completeness.missing // ["SOV-1.6"], scored 0 as the calculator does
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface ScoreCsfOptions {
  /** Weight-set id: `csf-1.2.1` (default, the framework document's) or `csf-calculator-2026-06`. */
  readonly weightSet?: string
  /** Floors to check each offer against: a floors file (path, `{ text }` or `{ stream }`), or floors already built with `csfFloors`. */
  readonly floors?: TextSource | CsfFloors
  /** Score unanswered criteria as 0 and leave them out of the SEAL, as the calculator does (default: refuse). */
  readonly allowIncomplete?: boolean
}

const attempt = <A>(f: () => A) =>
  Effect.try({
    try: f,
    catch: (error) => {
      if (error instanceof SovmapError) return error
      throw error
    }
  })

/**
 * Reads and checks a CSF answers file (`-` reads standard input).
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { loadCsfAnswers } from "@sovmap/sdk/effect"
 *
 * const answers = await Effect.runPromise(loadCsfAnswers("examples/csf/hypothetical-eu-provider.yaml").pipe(Effect.provide(NodeServices.layer)))
 * answers.offer.name // "Hypothetical offer A: EU-owned IaaS"
 * answers.answers.size // 48
 * ```
 * @category csf
 * @since 0.2.0
 */
export const loadCsfAnswers = (
  path: TextSource,
  options: { readonly allowIncomplete?: boolean } = {}
): Effect.Effect<CsfAnswers, FileReadError | CsfParseError | CsfValidationError | CsfIncompleteError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.flatMap(readInput(path), (text) => attempt(() => decodeCsfAnswers(text, sourceName(path), options))) as Effect.Effect<
    CsfAnswers,
    FileReadError | CsfParseError | CsfValidationError | CsfIncompleteError,
    FileSystem.FileSystem | Stdio.Stdio
  >

/**
 * Reads a CSF floors file.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { loadCsfFloors } from "@sovmap/sdk/effect"
 *
 * const floors = await Effect.runPromise(loadCsfFloors("examples/csf/floors-seal-2.yaml").pipe(Effect.provide(NodeServices.layer)))
 * floors.floors["SOV-3"] // 2 (the file's `default: 2` applies to every objective)
 * ```
 * @category csf
 * @since 0.2.0
 */
export const loadCsfFloors = (path: TextSource): Effect.Effect<CsfFloors, FileReadError | CsfParseError | CsfValidationError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.flatMap(readInput(path), (text) => attempt(() => decodeCsfFloors(text, sourceName(path)))) as Effect.Effect<
    CsfFloors,
    FileReadError | CsfParseError | CsfValidationError,
    FileSystem.FileSystem | Stdio.Stdio
  >

/**
 * Scores one or more offers — answers file paths, or answers documents already parsed — checks them against
 * the floors when given, and ranks them.
 *
 * @example
 * ```ts
 * import * as NodeServices from "@effect/platform-node/NodeServices"
 * import * as Effect from "effect/Effect"
 * import { scoreCsf } from "@sovmap/sdk/effect"
 *
 * const program = scoreCsf(["examples/csf/hypothetical-eu-provider.yaml"]).pipe(Effect.provide(NodeServices.layer))
 * ```
 * @category csf
 * @since 0.2.0
 */
export const scoreCsf = (
  inputs: ReadonlyArray<TextSource | CsfAnswersFile>,
  options: ScoreCsfOptions = {}
): Effect.Effect<CsfReport, CsfError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.gen(function* () {
    const resolve = { ...(options.allowIncomplete !== undefined ? { allowIncomplete: options.allowIncomplete } : {}) }
    const scores = []
    for (const [i, input] of inputs.entries()) {
      const answers = isTextSource(input) ? yield* loadCsfAnswers(input, resolve) : yield* attempt(() => resolveCsfAnswers(input, `<answers ${i + 1}>`, resolve))
      scores.push(yield* attempt(() => scoreCsfCore(answers, options.weightSet !== undefined ? { weightSet: options.weightSet } : {})))
    }
    const floors = options.floors === undefined || !isTextSource(options.floors) ? options.floors : yield* loadCsfFloors(options.floors)
    return buildCsfReport(scores, floors)
  }) as Effect.Effect<CsfReport, CsfError, FileSystem.FileSystem | Stdio.Stdio>

/**
 * Output formats of CSF reports.
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises"
 * import { renderCsfReport, scoreCsf, type CsfReportFormat } from "@sovmap/sdk"
 *
 * const report = await scoreCsf(["examples/csf/hypothetical-eu-provider.yaml"])
 * for (const format of ["json", "md", "html"] satisfies Array<CsfReportFormat>) await writeFile(`csf-report.${format}`, renderCsfReport(report, format))
 * ```
 * @category csf
 * @since 0.2.0
 */
export type CsfReportFormat = "json" | "md" | "html"

/**
 * Renders a CSF report: JSON, Markdown, or a standalone HTML page.
 *
 * @example
 * ```ts
 * import { renderCsfReport, scoreCsf } from "@sovmap/sdk"
 *
 * const report = await scoreCsf(["examples/csf/hypothetical-eu-provider.yaml", "examples/csf/hypothetical-non-eu-provider-eu-region.yaml"], { floors: "examples/csf/floors-seal-2.yaml" })
 * console.log(renderCsfReport(report, "md")) // both offers, checked against the SEAL-2 floors and ranked
 * ```
 * @category csf
 * @since 0.2.0
 */
export const renderCsfReport = (report: CsfReport, format: CsfReportFormat): string =>
  format === "json" ? renderCsfJson(report) : format === "html" ? renderCsfHtmlPage(report) : renderCsfMarkdown(report)
