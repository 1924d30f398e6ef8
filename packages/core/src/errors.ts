/**
 * Every failure a user can meet, as a named error value.
 *
 * Each error carries a stable `_tag`, the place it happened (file, line, column when known), what was
 * expected and a hint on how to fix it. Renderers and the CLI print {@link formatDiagnostic}; nobody matches
 * on message strings.
 *
 * @module
 */

/**
 * One problem found in an input, located as precisely as the input allows.
 *
 * @category errors
 * @since 0.1.0
 */
export interface Diagnostic {
  /** Path or name of the input, as the caller named it (e.g. `sovmap.yaml`, `<stdin>`). */
  readonly file: string
  /** 1-based line, when the input is text. */
  readonly line?: number | undefined
  /** 1-based column, when the input is text. */
  readonly column?: number | undefined
  /** Dotted path of the offending value inside the document, e.g. `systems[0].dependencies[2].offering`. */
  readonly path?: string | undefined
  /** What is wrong. */
  readonly message: string
  /** What would have been accepted. */
  readonly expected?: string | undefined
  /** How to fix it. */
  readonly hint?: string | undefined
}

/**
 * Formats a diagnostic the way compilers do: `file:line:column: message` (or `file (record.path): message`
 * when the input has no lines), then indented `expected` and `hint` lines.
 *
 * @example
 * ```ts
 * import { formatDiagnostic } from "@sovmap/core"
 *
 * formatDiagnostic({ file: "sovmap.yaml", line: 3, column: 7, message: "unknown field `hme`", hint: "did you mean `home`?" })
 * // "sovmap.yaml:3:7: unknown field `hme`\n  hint: did you mean `home`?"
 * ```
 * @category errors
 * @since 0.1.0
 */
export const formatDiagnostic = (d: Diagnostic): string => {
  const where = d.line !== undefined ? `${d.file}:${d.line}:${d.column ?? 1}` : d.path !== undefined ? `${d.file} (${d.path})` : d.file
  const lines = [`${where}: ${d.message}`]
  if (d.expected !== undefined) lines.push(`  expected: ${d.expected}`)
  if (d.hint !== undefined) lines.push(`  hint: ${d.hint}`)
  return lines.join("\n")
}

/**
 * Base class of every sovmap error: a tagged value with the diagnostics that explain it.
 *
 * @category errors
 * @since 0.1.0
 */
export abstract class SovmapError extends Error {
  abstract readonly _tag: string
  readonly diagnostics: ReadonlyArray<Diagnostic>

  constructor(diagnostics: ReadonlyArray<Diagnostic>, summary?: string) {
    super(summary ?? diagnostics.map(formatDiagnostic).join("\n"))
    this.diagnostics = diagnostics
  }

  override get name(): string {
    return this._tag
  }
}

/**
 * The manifest is not well-formed YAML or JSON.
 *
 * @category errors
 * @since 0.1.0
 */
export class ManifestParseError extends SovmapError {
  readonly _tag = "ManifestParseError" as const
}

/**
 * The manifest parsed, but a value has the wrong shape: unknown field, wrong type, missing field.
 *
 * @category errors
 * @since 0.1.0
 */
export class ManifestValidationError extends SovmapError {
  readonly _tag = "ManifestValidationError" as const
}

/**
 * A manifest refers to an offering, entity or bloc id that neither the knowledge base nor the manifest
 * defines.
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownReferenceError extends SovmapError {
  readonly _tag = "UnknownReferenceError" as const
}

/**
 * A knowledge-base record (shipped or from a manifest overlay) is invalid: missing source, bad country
 * code, dangling parent, ownership cycle.
 *
 * @category errors
 * @since 0.1.0
 */
export class KnowledgeBaseError extends SovmapError {
  readonly _tag = "KnowledgeBaseError" as const
}

/**
 * A metric was given input it is not defined for: an empty or all-zero distribution, a negative or
 * non-finite weight.
 *
 * @category errors
 * @since 0.1.0
 */
export class MetricInputError extends SovmapError {
  readonly _tag = "MetricInputError" as const
}

/**
 * A CSF answers or floors file is not well-formed YAML or JSON.
 *
 * @category errors
 * @since 0.2.0
 */
export class CsfParseError extends SovmapError {
  readonly _tag = "CsfParseError" as const
}

/**
 * A CSF answers or floors file parsed, but does not fit the framework: wrong shape, another framework
 * version, an unknown criterion id, an option the criterion does not have, or a label that does not match.
 *
 * @category errors
 * @since 0.2.0
 */
export class CsfValidationError extends SovmapError {
  readonly _tag = "CsfValidationError" as const
}

/**
 * A CSF answers file leaves criteria unanswered and the caller did not allow an incomplete questionnaire.
 *
 * @category errors
 * @since 0.2.0
 */
export class CsfIncompleteError extends SovmapError {
  readonly _tag = "CsfIncompleteError" as const
}

/**
 * A scenario names something to cut off (a jurisdiction, bloc, vendor or law) that the knowledge base does
 * not know; the diagnostic lists close matches.
 *
 * @category errors
 * @since 0.2.0
 */
export class UnknownCutTargetError extends SovmapError {
  readonly _tag = "UnknownCutTargetError" as const
}

/**
 * A file given as an assessment report is not one: not JSON, not a sovmap report, or a report format
 * version this sovmap does not read.
 *
 * @category errors
 * @since 0.2.0
 */
export class ReportDecodeError extends SovmapError {
  readonly _tag = "ReportDecodeError" as const
}

/**
 * A policy file is not well-formed YAML or JSON.
 *
 * @category errors
 * @since 0.2.0
 */
export class PolicyParseError extends SovmapError {
  readonly _tag = "PolicyParseError" as const
}

/**
 * A policy file parsed, but a value has the wrong shape (unknown field, weight below 0, tier risk above 1),
 * or it names a bloc the knowledge base does not know.
 *
 * @category errors
 * @since 0.2.0
 */
export class PolicyValidationError extends SovmapError {
  readonly _tag = "PolicyValidationError" as const
}

/**
 * A trade-data file cannot be screened as a whole: it is empty, its header is not the expected one, it uses
 * another delimiter, or a country-code file or option does not make sense.
 *
 * @category errors
 * @since 0.2.0
 */
export class TradeInputError extends SovmapError {
  readonly _tag = "TradeInputError" as const
}

/**
 * A row of a trade-data file cannot be used (wrong column count, non-numeric or negative value, unknown
 * country code …). Raised only under strict mode; otherwise such rows are counted and reported.
 *
 * @category errors
 * @since 0.2.0
 */
export class TradeRowError extends SovmapError {
  readonly _tag = "TradeRowError" as const
}

/**
 * An SBOM cannot be read as its format: not JSON, XML or SPDX tag-value, or cut off before its end.
 *
 * @category errors
 * @since 0.2.0
 */
export class SbomParseError extends SovmapError {
  readonly _tag = "SbomParseError" as const
}

/**
 * An SBOM parsed, but its content is invalid: a value of the wrong type, a missing name, a duplicate
 * `bom-ref` or SPDX identifier.
 *
 * @category errors
 * @since 0.2.0
 */
export class SbomValidationError extends SovmapError {
  readonly _tag = "SbomValidationError" as const
}

/**
 * An SBOM is of a format or specification version sovmap does not read (e.g. CycloneDX 1.1 JSON, SPDX 2.1).
 *
 * @category errors
 * @since 0.2.0
 */
export class UnsupportedSbomError extends SovmapError {
  readonly _tag = "UnsupportedSbomError" as const
}
