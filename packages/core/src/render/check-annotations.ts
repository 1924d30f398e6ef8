/**
 * GitHub Actions annotations of a policy check.
 *
 * @module
 */
import type { PolicyCheck } from "../policy/check.js"

// Escaping of workflow commands as the runner reads them (actions/toolkit, packages/core/src/command.ts:
// `escapeData` for the message, `escapeProperty` adds `:` and `,` for property values).
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C")

/**
 * Renders every breach as a GitHub Actions `::error` workflow command, located at its rule in the policy
 * file, so the breach shows as an annotation on the policy in the pull request:
 * `::error file=<policy>,line=<n>,col=<c>,title=<rule>::<message>`. Messages and properties are escaped as
 * the Actions toolkit does (`%`, CR, LF; and `:`, `,` in properties). Source: GitHub Docs, "Workflow
 * commands for GitHub Actions" (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions,
 * retrieved 2026-11-23).
 *
 * @example
 * ```ts
 * import { renderCheckAnnotations } from "@sovmap/core"
 *
 * renderCheckAnnotations({
 *   policy: { id: "gate", version: "1", file: "policy.yaml" }, manifest: "sovmap.yaml", passed: false, rules: [],
 *   breaches: [{ index: 0, rule: "min-score", ruleId: "rules[0]", file: "policy.yaml", line: 5, column: 22, subject: null, message: "score 41.0, below 50" }]
 * })
 * // "::error file=policy.yaml,line=5,col=22,title=sovmap check%3A rules[0] (min-score)::score 41.0, below 50\n"
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const renderCheckAnnotations = (check: PolicyCheck): string =>
  check.breaches
    .map((b) => {
      const properties = [`file=${escapeProperty(b.file)}`]
      if (b.line !== undefined) properties.push(`line=${b.line}`)
      if (b.column !== undefined) properties.push(`col=${b.column}`)
      properties.push(`title=${escapeProperty(`sovmap check: ${b.ruleId} (${b.rule})`)}`)
      return `::error ${properties.join(",")}::${escapeData(b.message)}\n`
    })
    .join("")
