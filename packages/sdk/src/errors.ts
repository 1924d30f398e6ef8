/**
 * Errors of the SDK: the core's domain errors, plus the I/O failures only the SDK can meet.
 *
 * @module
 */
import { SovmapError } from "@sovmap/core"

export {
  CsfIncompleteError,
  CsfParseError,
  CsfValidationError,
  KnowledgeBaseError,
  ManifestParseError,
  ManifestValidationError,
  SbomParseError,
  SbomValidationError,
  UnsupportedSbomError,
  MetricInputError,
  ReportDecodeError,
  PolicyParseError,
  PolicyValidationError,
  SovmapError,
  TradeInputError,
  TradeRowError,
  UnknownReferenceError,
  UnknownCutTargetError,
  formatDiagnostic,
  type Diagnostic
} from "@sovmap/core"

/**
 * An input file could not be read (missing, a directory, no permission).
 *
 * @example
 * ```ts
 * import { FileReadError, loadManifest } from "@sovmap/sdk"
 *
 * try {
 *   await loadManifest("no-such-dir/sovmap.yaml")
 * } catch (error) {
 *   if (error instanceof FileReadError) error.diagnostics[0]?.message // "cannot read: no such file"
 * }
 * ```
 * @category errors
 * @since 0.1.0
 */
export class FileReadError extends SovmapError {
  readonly _tag = "FileReadError" as const
}

/**
 * An output file could not be written.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { writeFileAtomic } from "@sovmap/sdk/effect"
 *
 * const program = writeFileAtomic("no-such-dir/report.md", "# Report\n").pipe(
 *   Effect.catchTag("FileWriteError", (error) => Effect.logError(error.message)) // "no-such-dir/report.md: cannot write: no such file …"
 * )
 * ```
 * @category errors
 * @since 0.1.0
 */
export class FileWriteError extends SovmapError {
  readonly _tag = "FileWriteError" as const
}
