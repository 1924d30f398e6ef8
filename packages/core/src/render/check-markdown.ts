/**
 * Markdown rendering of a policy check, for pull-request comments and terminals.
 *
 * @module
 */
import type { PolicyCheck } from "../policy/check.js"
import { escapeMarkdown } from "./markdown.js"

// Text from input inside a code span: only a backtick could end it.
const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/\r?\n|\r/g, " ")}\``

const where = (b: { readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined }) =>
  b.line === undefined ? b.file : `${b.file}:${b.line}:${b.column ?? 1}`

/**
 * Renders a policy check as Markdown: a verdict line, then every rule with ✓ or ✗ and, under each broken
 * rule, its breaches with the rule's location in the policy file (`file:line:col`). All text from input is
 * escaped.
 *
 * @example
 * ```ts
 * import { renderCheckMarkdown } from "@sovmap/core"
 *
 * renderCheckMarkdown({ policy: { id: "gate", version: "1", file: "policy.yaml" }, manifest: "sovmap.yaml", passed: true, rules: [], breaches: [] })
 * // "# Policy check: passed\n…"
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const renderCheckMarkdown = (check: PolicyCheck): string => {
  const broken = check.rules.filter((r) => !r.passed).length
  const lines = [
    `# Policy check: ${check.passed ? "passed" : "failed"}`,
    "",
    `Manifest ${code(check.manifest)} · policy ${code(check.policy.id)} ${escapeMarkdown(check.policy.version)} (${code(check.policy.file)}) · ${check.rules.length} rule(s), ${broken} broken, ${check.breaches.length} breach(es)`,
    ""
  ]
  if (check.rules.length === 0) lines.push("The policy has no `rules:`, so there is nothing to check.", "")
  for (const r of check.rules) {
    const title = `${r.passed ? "✓" : "✗"} ${code(r.ruleId)} (${r.rule})${r.description === undefined ? "" : ` — ${escapeMarkdown(r.description)}`}`
    lines.push(`- ${title}`)
    for (const b of r.breaches) lines.push(`  - ${code(where(b))}: ${escapeMarkdown(b.message)}`)
  }
  return `${lines.join("\n")}\n`
}
