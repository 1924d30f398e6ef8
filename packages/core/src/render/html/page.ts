/**
 * The page shell of every HTML report: one self-contained document with a strict Content-Security-Policy.
 *
 * @module
 */
import { sha256Base64 } from "../../internal/sha256.js"
import { html, SafeHtml } from "./escape.js"
import { SORT_SCRIPT } from "./script.js"
import { REPORT_CSS } from "./style.js"

/**
 * Input of {@link htmlPage}.
 *
 * @example
 * ```ts
 * import { html, htmlPage, type HtmlPageInput } from "@sovmap/core"
 *
 * const input: HtmlPageInput = { title: "Vendors & jurisdictions", body: html`<main><h1>Vendors</h1></main>`, sortScript: false }
 * const page = htmlPage(input).value
 * page.includes("<title>Vendors &amp; jurisdictions</title>") // true
 * page.includes("<script>") // false
 * ```
 * @category renderers
 * @since 0.2.0
 */
export interface HtmlPageInput {
  /** Document title (plain text). */
  readonly title: string
  readonly body: SafeHtml
  /** Whether to include the table-sorting script (default true). */
  readonly sortScript?: boolean | undefined
}

/**
 * The Content-Security-Policy of a report: nothing may load (`default-src 'none'`), images only from
 * `data:` URLs, and style and script only the inline elements whose SHA-256 hashes are listed (CSP Level
 * 3, "hash-source"). No `'unsafe-inline'`, no remote origin, no forms, no `<base>`.
 *
 * @example
 * ```ts
 * import { reportContentSecurityPolicy } from "@sovmap/core"
 *
 * reportContentSecurityPolicy("p { color: red }", []) // "default-src 'none'; img-src data:; style-src 'sha256-…'; …"
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const reportContentSecurityPolicy = (style: string, scripts: ReadonlyArray<string>): string =>
  [
    "default-src 'none'",
    "img-src data:",
    `style-src 'sha256-${sha256Base64(style)}'`,
    `script-src ${scripts.length === 0 ? "'none'" : scripts.map((s) => `'sha256-${sha256Base64(s)}'`).join(" ")}`,
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ")

/**
 * Wraps a report body in a complete, self-contained HTML document: UTF-8, responsive viewport, no
 * referrer, the report stylesheet and (optionally) the table-sorting script inline, and the
 * Content-Security-Policy of {@link reportContentSecurityPolicy} right after the charset, before anything it governs.
 *
 * @example
 * ```ts
 * import { html, htmlPage } from "@sovmap/core"
 *
 * htmlPage({ title: "Report", body: html`<main><h1>Report</h1></main>` }).value.startsWith("<!doctype html>") // true
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const htmlPage = (input: HtmlPageInput): SafeHtml => {
  const scripts = input.sortScript === false ? [] : [SORT_SCRIPT]
  const csp = reportContentSecurityPolicy(REPORT_CSS, scripts)
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="sovmap">
<title>${input.title}</title>
<style>${new SafeHtml(REPORT_CSS)}</style>
</head>
<body>
${input.body}
${scripts.map((s) => html`<script>${new SafeHtml(s)}</script>`)}
</body>
</html>
`
}
