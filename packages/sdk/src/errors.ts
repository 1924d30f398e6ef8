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
 * @category errors
 * @since 0.1.0
 */
export class FileReadError extends SovmapError {
  readonly _tag = "FileReadError" as const
}

/**
 * An output file could not be written.
 *
 * @category errors
 * @since 0.1.0
 */
export class FileWriteError extends SovmapError {
  readonly _tag = "FileWriteError" as const
}
