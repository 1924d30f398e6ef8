/**
 * Decoding of policy files with located errors.
 *
 * @module
 */
import { PolicyParseError, PolicyValidationError } from "../errors.js"
import { type DecodeLimits, decodeDocument, type LocatedDocument } from "../internal/document.js"
import { Policy } from "./schema.js"

/**
 * A decoded policy with the means to locate any of its values in the source text.
 *
 * @example
 * ```ts
 * import type { LocatedPolicy } from "@sovmap/core"
 * import { loadPolicy } from "@sovmap/sdk"
 *
 * const policy: LocatedPolicy = await loadPolicy("examples/region-nordlys/policy.yaml")
 * policy.value.rules?.[0]?.rule // "max-foreign-share"
 * policy.locate(["rules", 0, "max"]) // { line: 16, column: 10 }
 * ```
 * @category policy
 * @since 0.2.0
 */
export type LocatedPolicy = LocatedDocument<Policy>

/**
 * Parses and validates policy text (YAML or JSON). Throws {@link PolicyParseError} for syntax errors and
 * {@link PolicyValidationError} for shape errors, each with file, line, column, what was expected and a
 * hint.
 *
 * @example
 * ```ts
 * import { decodePolicy } from "@sovmap/core"
 *
 * const { value } = decodePolicy("sovmapPolicy: 1\nid: strict\nversion: '1'\ncomposite: { weights: { legalExposure: 3 } }\n", "policy.yaml")
 * value.composite?.weights.legalExposure // 3
 * ```
 * @category policy
 * @since 0.2.0
 */
export const decodePolicy = (text: string, file: string, limits: DecodeLimits = {}): LocatedPolicy => {
  const result = decodeDocument(text, file, Policy, limits)
  if (result.ok) return result.located
  throw result.stage === "parse" ? new PolicyParseError(result.diagnostics) : new PolicyValidationError(result.diagnostics)
}
