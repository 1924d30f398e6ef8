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
 * @example
 * ```ts
 * import { decodeManifest, SovmapError, type Diagnostic } from "@sovmap/core"
 *
 * let problems: ReadonlyArray<Diagnostic> = []
 * try {
 *   decodeManifest("sovmap: 1\norganisation: { name: Example, country: FR }\n", "sovmap.yaml")
 * } catch (error) {
 *   if (error instanceof SovmapError) problems = error.diagnostics
 * }
 * problems[0]?.message // "missing field `systems`"
 * problems[0]?.hint // "add `systems:` here"
 * ```
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
 * @example
 * ```ts
 * import { decodeManifest, formatDiagnostic, SovmapError } from "@sovmap/core"
 *
 * try {
 *   decodeManifest("sovmap: 1\n", "sovmap.yaml")
 * } catch (error) {
 *   if (!(error instanceof SovmapError)) throw error
 *   error._tag // "ManifestValidationError"
 *   for (const d of error.diagnostics) console.error(formatDiagnostic(d)) // sovmap.yaml:1:1: missing field `organisation` …
 * }
 * ```
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
 * @example
 * ```ts
 * import { decodeManifest, ManifestParseError } from "@sovmap/core"
 *
 * try {
 *   decodeManifest("sovmap: 1\nsystems: [\n", "sovmap.yaml") // the list is never closed
 * } catch (error) {
 *   if (error instanceof ManifestParseError) error.diagnostics[0]?.line // 3
 * }
 * ```
 * @category errors
 * @since 0.1.0
 */
export class ManifestParseError extends SovmapError {
  readonly _tag = "ManifestParseError" as const
}

/**
 * The manifest parsed, but a value has the wrong shape: unknown field, wrong type, missing field.
 *
 * @example
 * ```ts
 * import { decodeManifest, ManifestValidationError } from "@sovmap/core"
 *
 * const text = "sovmap: 1\nhme: eu27\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-cloud }] }\n"
 * try {
 *   decodeManifest(text, "sovmap.yaml")
 * } catch (error) {
 *   if (error instanceof ManifestValidationError) error.diagnostics[0]?.hint // "did you mean `home`?"
 * }
 * ```
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
 * @example
 * ```ts
 * import { builtinKnowledgeBase, decodeManifest, resolveManifest, UnknownReferenceError } from "@sovmap/core"
 *
 * const text = "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-clod }] }\n"
 * try {
 *   resolveManifest(decodeManifest(text, "sovmap.yaml"), builtinKnowledgeBase())
 * } catch (error) {
 *   if (error instanceof UnknownReferenceError) error.diagnostics[0]?.hint // "did you mean `ovhcloud-public-cloud`?"
 * }
 * ```
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
 * @example
 * ```ts
 * import { builtinKnowledgeBase, decodeManifest, KnowledgeBaseError, resolveManifest } from "@sovmap/core"
 *
 * const local = 'entities: [{ id: local-co, name: Local Co, kind: company, hq: UK, sources: [{ url: "https://example.org", retrieved: "2026-01-15" }] }]\n'
 * const text = "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-cloud }] }\n" + local
 * try {
 *   resolveManifest(decodeManifest(text, "sovmap.yaml"), builtinKnowledgeBase())
 * } catch (error) {
 *   if (error instanceof KnowledgeBaseError) error.diagnostics[0]?.hint // "the United Kingdom is `GB`"
 * }
 * ```
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
 * @example
 * ```ts
 * import { hhi, MetricInputError } from "@sovmap/core"
 *
 * try {
 *   hhi([0, 0])
 * } catch (error) {
 *   if (error instanceof MetricInputError) error.diagnostics[0]?.message // "HHI of an empty or all-zero distribution is undefined"
 * }
 * ```
 * @category errors
 * @since 0.1.0
 */
export class MetricInputError extends SovmapError {
  readonly _tag = "MetricInputError" as const
}

/**
 * A CSF answers or floors file is not well-formed YAML or JSON.
 *
 * @example
 * ```ts
 * import { CsfParseError, decodeCsfAnswers } from "@sovmap/core"
 *
 * try {
 *   decodeCsfAnswers("csf: 1\nframework: '1.2.1\n", "answers.yaml")
 * } catch (error) {
 *   if (error instanceof CsfParseError) error.diagnostics[0]?.message // "not valid YAML: Missing closing 'quote"
 * }
 * ```
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
 * @example
 * ```ts
 * import { CsfValidationError, decodeCsfAnswers } from "@sovmap/core"
 *
 * const text = "csf: 1\nframework: '1.2.1'\noffer: { name: Draft, hypothetical: true }\nanswers:\n  SOV-1.1: { option: 9 }\n"
 * try {
 *   decodeCsfAnswers(text, "draft.yaml", { allowIncomplete: true })
 * } catch (error) {
 *   if (error instanceof CsfValidationError) error.diagnostics[0]?.message // "SOV-1.1 has no option 9"
 * }
 * ```
 * @category errors
 * @since 0.2.0
 */
export class CsfValidationError extends SovmapError {
  readonly _tag = "CsfValidationError" as const
}

/**
 * A CSF answers file leaves criteria unanswered and the caller did not allow an incomplete questionnaire.
 *
 * @example
 * ```ts
 * import { CsfIncompleteError, decodeCsfAnswers } from "@sovmap/core"
 *
 * const text = "csf: 1\nframework: '1.2.1'\noffer: { name: Draft, hypothetical: true }\nanswers:\n  SOV-1.1: { option: 4 }\n"
 * try {
 *   decodeCsfAnswers(text, "draft.yaml")
 * } catch (error) {
 *   if (!(error instanceof CsfIncompleteError)) throw error
 *   error.diagnostics[0]?.message // "47 of 48 criteria unanswered: SOV-1.2, …"
 *   decodeCsfAnswers(text, "draft.yaml", { allowIncomplete: true }).missing.length // 47
 * }
 * ```
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
 * @example
 * ```ts
 * import { buildDependencyGraph, builtinKnowledgeBase, decodeManifest, evaluateScenario, resolveManifest, UnknownCutTargetError } from "@sovmap/core"
 *
 * const m = decodeManifest("sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-cloud }] }\n", "sovmap.yaml")
 * const dg = buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase()))
 * try {
 *   evaluateScenario(dg, { kind: "jurisdiction", id: "UK" })
 * } catch (error) {
 *   if (error instanceof UnknownCutTargetError) error.diagnostics[0]?.hint // "the United Kingdom is `GB`"
 * }
 * ```
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
 * @example
 * ```ts
 * import { decodeReport, ReportDecodeError } from "@sovmap/core"
 *
 * try {
 *   decodeReport('{"systems": []}', "before.json")
 * } catch (error) {
 *   if (error instanceof ReportDecodeError) error.diagnostics[0]?.message // "not a sovmap report: no numeric `reportVersion` field"
 * }
 * ```
 * @category errors
 * @since 0.2.0
 */
export class ReportDecodeError extends SovmapError {
  readonly _tag = "ReportDecodeError" as const
}

/**
 * A policy file is not well-formed YAML or JSON.
 *
 * @example
 * ```ts
 * import { decodePolicy, PolicyParseError } from "@sovmap/core"
 *
 * try {
 *   decodePolicy("sovmapPolicy: 1\nid: 'strict\n", "policy.yaml")
 * } catch (error) {
 *   if (error instanceof PolicyParseError) error.diagnostics[0]?.message // "not valid YAML: Missing closing 'quote"
 * }
 * ```
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
 * @example
 * ```ts
 * import { decodePolicy, PolicyValidationError } from "@sovmap/core"
 *
 * const text = "sovmapPolicy: 1\nid: strict\nversion: '1'\ncomposite: { weights: { legalExposure: -1 } }\n"
 * try {
 *   decodePolicy(text, "policy.yaml")
 * } catch (error) {
 *   if (error instanceof PolicyValidationError) error.diagnostics[0]?.expected // "a weight ≥ 0"
 * }
 * ```
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
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator, TradeInputError, TradeScanner } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const scanner = new TradeScanner("trade.csv", new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb)))
 * try {
 *   scanner.push(new TextEncoder().encode("t;i;j;k;v;q\n2022;156;276;854231;10.5;NA\n"))
 *   scanner.end()
 * } catch (error) {
 *   if (error instanceof TradeInputError) error.diagnostics[0]?.message // "wrong delimiter: the header is separated by `;`, not `,`"
 * }
 * ```
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
 * @example
 * ```ts
 * import { builtinKnowledgeBase, countryTableFromKnowledgeBase, resolveImporterGroup, TradeAggregator, TradeRowError, TradeScanner } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const scanner = new TradeScanner("trade.csv", new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb)), { strict: true })
 * try {
 *   scanner.push(new TextEncoder().encode("t,i,j,k,v,q\n2022,156,276,854231,-1,\n"))
 *   scanner.end()
 * } catch (error) {
 *   if (error instanceof TradeRowError) error.diagnostics[0]?.line // 2
 * }
 * ```
 * @category errors
 * @since 0.2.0
 */
export class TradeRowError extends SovmapError {
  readonly _tag = "TradeRowError" as const
}

/**
 * An SBOM cannot be read as its format: not JSON, XML or SPDX tag-value, or cut off before its end.
 *
 * @example
 * ```ts
 * import { decodeSbom, SbomParseError } from "@sovmap/core"
 *
 * try {
 *   decodeSbom('{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [', "bom.json") // cut off
 * } catch (error) {
 *   if (error instanceof SbomParseError) error.diagnostics[0]?.message // "unexpected end of input inside components[0]"
 * }
 * ```
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
 * @example
 * ```ts
 * import { decodeSbom, SbomValidationError } from "@sovmap/core"
 *
 * try {
 *   decodeSbom('{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"version": "1.0"}]}', "bom.json")
 * } catch (error) {
 *   if (error instanceof SbomValidationError) error.diagnostics[0]?.message // "component at components[0] has no `name`"
 * }
 * ```
 * @category errors
 * @since 0.2.0
 */
export class SbomValidationError extends SovmapError {
  readonly _tag = "SbomValidationError" as const
}

/**
 * An SBOM is of a format or specification version sovmap does not read (e.g. CycloneDX 1.1 JSON, SPDX 2.1).
 *
 * @example
 * ```ts
 * import { decodeSbom, UnsupportedSbomError } from "@sovmap/core"
 *
 * try {
 *   decodeSbom('{"bomFormat": "CycloneDX", "specVersion": "1.1", "components": []}', "bom.json")
 * } catch (error) {
 *   if (error instanceof UnsupportedSbomError) error.diagnostics[0]?.expected // "one of 1.2, 1.3, 1.4, 1.5, 1.6, 1.7"
 * }
 * ```
 * @category errors
 * @since 0.2.0
 */
export class UnsupportedSbomError extends SovmapError {
  readonly _tag = "UnsupportedSbomError" as const
}
