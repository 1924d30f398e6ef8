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
import { sourceName, type TextSource } from "./input.js"

/**
 * Errors that reading and scoring CSF answers can produce.
 *
 * @category csf
 * @since 0.2.0
 */
export type CsfError = FileReadError | CsfParseError | CsfValidationError | CsfIncompleteError | MetricInputError

/**
 * Options of {@link scoreCsf}.
 *
 * @category csf
 * @since 0.2.0
 */
export interface ScoreCsfOptions {
  /** Weight-set id: `csf-1.2.1` (default, the framework document's) or `csf-calculator-2026-06`. */
  readonly weightSet?: string
  /** Floors to check each offer against: a floors file path, or floors already built with `csfFloors`. */
  readonly floors?: string | CsfFloors
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
  inputs: ReadonlyArray<string | CsfAnswersFile>,
  options: ScoreCsfOptions = {}
): Effect.Effect<CsfReport, CsfError, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.gen(function* () {
    const resolve = { ...(options.allowIncomplete !== undefined ? { allowIncomplete: options.allowIncomplete } : {}) }
    const scores = []
    for (const [i, input] of inputs.entries()) {
      const answers = typeof input === "string" ? yield* loadCsfAnswers(input, resolve) : yield* attempt(() => resolveCsfAnswers(input, `<answers ${i + 1}>`, resolve))
      scores.push(yield* attempt(() => scoreCsfCore(answers, options.weightSet !== undefined ? { weightSet: options.weightSet } : {})))
    }
    const floors = typeof options.floors === "string" ? yield* loadCsfFloors(options.floors) : options.floors
    return buildCsfReport(scores, floors)
  }) as Effect.Effect<CsfReport, CsfError, FileSystem.FileSystem | Stdio.Stdio>

/**
 * Output formats of CSF reports.
 *
 * @category csf
 * @since 0.2.0
 */
export type CsfReportFormat = "json" | "md" | "html"

/**
 * Renders a CSF report: JSON, Markdown, or a standalone HTML page.
 *
 * @category csf
 * @since 0.2.0
 */
export const renderCsfReport = (report: CsfReport, format: CsfReportFormat): string =>
  format === "json" ? renderCsfJson(report) : format === "html" ? renderCsfHtmlPage(report) : renderCsfMarkdown(report)
