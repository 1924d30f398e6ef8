/**
 * JSON rendering of a policy check.
 *
 * @module
 */
import type { PolicyCheck } from "../policy/check.js"

/**
 * Renders a policy check as deterministic JSON (two-space indent, trailing newline), for tools that read the
 * verdict, the rules and every located breach.
 *
 * @example
 * ```ts
 * import { renderCheckJson } from "@sovmap/core"
 *
 * JSON.parse(renderCheckJson({ policy: { id: "gate", version: "1", file: "policy.yaml" }, manifest: "sovmap.yaml", passed: true, rules: [], breaches: [] })).passed // true
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const renderCheckJson = (check: PolicyCheck): string => `${JSON.stringify(check, null, 2)}\n`
