/**
 * Renderers of a trade-screen result: JSON (deterministic), Markdown (for pull requests), and a
 * self-contained HTML page with inline SVG bar charts (no scripts; every text from input escaped).
 *
 * @module
 */
import { escapeMarkdown } from "../render/markdown.js"
import type { RejectedRow } from "./scanner.js"
import type { ProductScreen, TradeScreenResult } from "./screen.js"

/**
 * Renders a screen result as pretty-printed JSON ending with a newline. Infinite ratios (a group that
 * exports nothing) are written as the string `"Infinity"`, since JSON has no infinity.
 *
 * @example
 * ```ts
 * import { renderTradeJson } from "@sovmap/core"
 * declare const result: import("@sovmap/core").TradeScreenResult
 * const text = renderTradeJson(result)
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const renderTradeJson = (result: TradeScreenResult): string =>
  `${JSON.stringify({ schema: "sovmap/trade-screen@1", ...result }, (_key, value: unknown) => (value === Number.POSITIVE_INFINITY ? "Infinity" : value), 2)}\n`

const kusd = (value: number): string => {
  // BACI values are in thousand USD.
  const usd = value * 1000
  if (usd >= 1e9) return `${(usd / 1e9).toFixed(2)} bn USD`
  if (usd >= 1e6) return `${(usd / 1e6).toFixed(1)} m USD`
  return `${(usd / 1e3).toFixed(1)} k USD`
}
const short = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text)
const pct = (x: number | undefined) => (x === undefined ? "–" : `${(x * 100).toFixed(1)} %`)
const num = (x: number | undefined, digits = 3) => (x === undefined ? "–" : x === Number.POSITIVE_INFINITY ? "∞" : x.toFixed(digits))
const variantName = (r: TradeScreenResult) => (r.variant === "ec" ? "European Commission (SWD(2021) 352)" : "CEPII GeoDep")

const supplierText = (r: TradeScreenResult, p: ProductScreen, esc: (s: string) => string) =>
  p.topSuppliers.map((s) => `${esc(r.countryNames[s.country] ?? s.country)} ${pct(s.share)}`).join(", ")

const criteriaLines = (r: TradeScreenResult): Array<string> => {
  const t = r.thresholds
  const lines = [`C1 extra-group supplier HHI > ${t.supplierHhi}`]
  if (r.variant === "ec") lines.push(`C2 extra-group share of the group's imports > ${t.extraShare}`)
  else lines.push(`C2' world-export HHI > ${t.worldExportHhi}`)
  lines.push(`C3 extra-group imports / group exports > ${t.importsToExports}${r.variant === "geodep" ? ` (${t.ratioWhenNoExports} when exports are 0)` : ""}`)
  if (r.variant === "geodep") lines.push(`C4 C1–C3 hold in ≥ ${t.persistenceMinYears} of the ${t.persistenceWindow} years ending ${r.year}`)
  return lines
}

const problemCounts = (r: TradeScreenResult): Array<[string, number]> => {
  const counts = new Map<string, number>()
  for (const f of r.files) for (const [k, v] of Object.entries(f.rejectedByProblem)) counts.set(k, (counts.get(k) ?? 0) + (v ?? 0))
  return [...counts].sort((a, b) => b[1] - a[1])
}
const examples = (r: TradeScreenResult): Array<RejectedRow> => r.files.flatMap((f) => f.rejectedExamples)

/**
 * Renders a screen result as Markdown: summary, criteria with sources, the top flagged products with their
 * main suppliers, groupings, and the data-quality accounting (rows read = used + rejected + out of scope).
 *
 * @example
 * ```ts
 * import { renderTradeMarkdown } from "@sovmap/core"
 * declare const result: import("@sovmap/core").TradeScreenResult
 * const text = renderTradeMarkdown(result, 20)
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const renderTradeMarkdown = (r: TradeScreenResult, top = 25): string => {
  const e = escapeMarkdown
  const out: Array<string> = []
  out.push(`# Strategic-dependency screen: ${e(r.group.label)}, ${r.year}`, "")
  out.push(`Method: **${variantName(r)}** · importer group \`${e(r.group.id)}\` (${r.group.members.length} members) · years in data: ${r.yearsInData.join(", ")} · country codes: ${e(r.countrySource)}`, "")
  out.push(
    `- **${r.summary.flagged}** of ${r.summary.products} products meet every criterion.`,
    `- They account for **${kusd(r.summary.flaggedExtraImports)}**, ${pct(r.summary.flaggedShareOfExtraImports)} of extra-group imports and ${pct(r.summary.flaggedShareOfImports)} of the group's imports.`,
    ""
  )
  out.push("## Criteria", "", ...criteriaLines(r).map((l) => `- ${l}`), "", "Sources: " + [...new Set(Object.values(r.thresholdSources).flat().map((s) => s.url))].map((u) => `<${u}>`).join(", "), "")
  if (r.warnings.length > 0) out.push("## Warnings", "", ...r.warnings.map((w) => `- ${e(w)}`), "")
  out.push(`## Top ${Math.min(top, r.flagged.length)} dependencies`, "")
  if (r.flagged.length === 0) out.push("No product meets every criterion.", "")
  else {
    out.push("| HS6 | product | extra-group imports | C1 HHI | C2 | C3 | main suppliers |", "| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for (const p of r.flagged.slice(0, top)) {
      const c2 = r.variant === "ec" ? pct(p.extraShare) : num(p.worldExportHhi)
      out.push(`| ${p.product} | ${e(short(p.name ?? "(no HS name)", 90))} | ${kusd(p.extraImports)} | ${num(p.supplierHhi)} | ${c2} | ${num(p.importsToExports, 2)} | ${supplierText(r, p, e)} |`)
    }
    out.push("")
  }
  const groups = (title: string, list: TradeScreenResult["bySection"], label: (id: string, name: string | undefined) => string) => {
    if (list.length === 0) return
    out.push(`## ${title}`, "", "| group | flagged | extra-group imports |", "| --- | ---: | ---: |")
    for (const g of list) out.push(`| ${label(g.id, g.name)} | ${g.flagged} | ${kusd(g.flaggedExtraImports)} |`)
    out.push("")
  }
  groups("By ecosystem", r.ecosystems, (id, name) => `${e(name ?? id)}`)
  groups("By main supplier", r.byMainSupplier.map((s) => ({ id: s.country, name: r.countryNames[s.country], flagged: s.flagged, flaggedExtraImports: s.flaggedExtraImports, products: [] })), (id, name) => `${e(name ?? id)} (${e(id)})`)
  groups("By HS section", r.bySection, (id, name) => `${e(id)} ${e(name ?? "")}`)
  out.push("## Data", "")
  out.push(`Rows read ${r.rows.read} = used ${r.rows.used} + rejected ${r.rows.rejected} + outside the selected years ${r.rows.outOfScope}.`, "")
  out.push("| file | bytes | rows read | used | rejected | out of scope |", "| --- | ---: | ---: | ---: | ---: | ---: |")
  for (const f of r.files) out.push(`| ${e(f.file)} | ${f.bytes} | ${f.rowsRead} | ${f.rowsUsed} | ${f.rowsRejected} | ${f.rowsOutOfScope} |`)
  out.push("")
  const counts = problemCounts(r)
  if (counts.length > 0) {
    out.push("Rejected rows by problem: " + counts.map(([k, v]) => `${k} ${v}`).join(", "), "")
    for (const x of examples(r)) out.push(`- ${e(x.file)}:${x.line}: ${x.problem} — \`${x.text.replace(/`/g, "'")}\``)
    out.push("")
  }
  if (r.unknownCodes.length > 0) out.push(`Unknown country codes (rows): ${r.unknownCodes.map((c) => `${e(c.code)} (${c.rows})`).join(", ")}`, "")
  if (r.unmappedCodes.length > 0) out.push(`Territories without an ISO code, kept as separate suppliers: ${r.unmappedCodes.map((c) => `${e(c.code)} ${e(c.name)}`).join(", ")}`, "")
  return `${out.join("\n")}\n`
}

/** Escapes text for HTML element content and attribute values. */
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"))

const barChart = (title: string, bars: ReadonlyArray<{ readonly label: string; readonly value: number; readonly text: string }>): string => {
  if (bars.length === 0) return ""
  const max = Math.max(...bars.map((b) => b.value), Number.MIN_VALUE)
  const rowH = 22
  const labelW = 260
  const barW = 360
  const height = bars.length * rowH + 8
  const rows = bars
    .map((b, i) => {
      const y = i * rowH + 4
      const w = Math.max(1, (b.value / max) * barW)
      return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(b.label)}</text><rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="#3b6ea5"/><text x="${(labelW + w + 4).toFixed(1)}" y="${y + 15}">${escapeHtml(b.text)}</text>`
    })
    .join("")
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelW + barW + 120} ${height}" width="100%" font-size="12" font-family="system-ui, sans-serif">${rows}</svg></figure>`
}

/**
 * Renders a screen result as a self-contained HTML page (or, with `fragment`, a `<section>` to embed): summary,
 * bar charts of the top flagged products and of main suppliers, a table with supplier breakdown per flagged
 * product, and the data accounting. No scripts, no external resources; all text is escaped.
 *
 * @example
 * ```ts
 * import { renderTradeHtml } from "@sovmap/core"
 * declare const result: import("@sovmap/core").TradeScreenResult
 * const page = renderTradeHtml(result)
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const renderTradeHtml = (r: TradeScreenResult, options: { readonly top?: number; readonly fragment?: boolean } = {}): string => {
  const top = options.top ?? 25
  const h = escapeHtml
  const name = (id: string) => r.countryNames[id] ?? id
  const parts: Array<string> = []
  parts.push(`<h1>Strategic-dependency screen: ${h(r.group.label)}, ${r.year}</h1>`)
  parts.push(`<p>Method: <strong>${h(variantName(r))}</strong> · importer group <code>${h(r.group.id)}</code> (${r.group.members.length} members) · years in data: ${r.yearsInData.join(", ")}</p>`)
  parts.push(
    `<p><strong>${r.summary.flagged}</strong> of ${r.summary.products} products meet every criterion: <strong>${h(kusd(r.summary.flaggedExtraImports))}</strong>, ${pct(r.summary.flaggedShareOfExtraImports)} of extra-group imports, ${pct(r.summary.flaggedShareOfImports)} of the group's imports.</p>`
  )
  parts.push(`<ul>${criteriaLines(r).map((l) => `<li>${h(l)}</li>`).join("")}</ul>`)
  if (r.warnings.length > 0) parts.push(`<ul class="warn">${r.warnings.map((w) => `<li>${h(w)}</li>`).join("")}</ul>`)
  parts.push(barChart(`Top flagged products by extra-group imports`, r.flagged.slice(0, Math.min(top, 20)).map((p) => ({ label: `${p.product} ${short(p.name ?? "", 34)}`, value: p.extraImports, text: kusd(p.extraImports) }))))
  parts.push(barChart(`Flagged imports by main supplier`, r.byMainSupplier.slice(0, 12).map((s) => ({ label: name(s.country), value: s.flaggedExtraImports, text: `${kusd(s.flaggedExtraImports)} (${s.flagged})` }))))
  if (r.ecosystems.length > 0) parts.push(barChart(`Flagged imports by ecosystem`, r.ecosystems.map((g) => ({ label: g.name ?? g.id, value: g.flaggedExtraImports, text: `${kusd(g.flaggedExtraImports)} (${g.flagged})` }))))
  if (r.flagged.length > 0) {
    parts.push(
      `<table><thead><tr><th>HS6</th><th>product</th><th>extra-group imports</th><th>C1 HHI</th><th>${r.variant === "ec" ? "C2 share" : "C2' world HHI"}</th><th>C3 ratio</th><th>suppliers</th></tr></thead><tbody>${r.flagged
        .slice(0, top)
        .map(
          (p) =>
            `<tr><td>${p.product}</td><td>${h(p.name ?? "(no HS name)")}</td><td class="n">${h(kusd(p.extraImports))}</td><td class="n">${num(p.supplierHhi)}</td><td class="n">${r.variant === "ec" ? pct(p.extraShare) : num(p.worldExportHhi)}</td><td class="n">${num(p.importsToExports, 2)}</td><td>${h(supplierText(r, p, (s) => s))}</td></tr>`
        )
        .join("")}</tbody></table>`
    )
  }
  const counts = problemCounts(r)
  parts.push(
    `<h2>Data</h2><p>Rows read ${r.rows.read} = used ${r.rows.used} + rejected ${r.rows.rejected} + outside the selected years ${r.rows.outOfScope}. Country codes: ${h(r.countrySource)}.</p>` +
      (counts.length > 0 ? `<p>Rejected rows by problem: ${h(counts.map(([k, v]) => `${k} ${v}`).join(", "))}</p><ul>${examples(r).map((x) => `<li><code>${h(x.file)}:${x.line}</code> ${h(x.problem)}: <code>${h(x.text)}</code></li>`).join("")}</ul>` : "") +
      (r.unknownCodes.length > 0 ? `<p>Unknown country codes: ${h(r.unknownCodes.map((c) => `${c.code} (${c.rows})`).join(", "))}</p>` : "")
  )
  const section = `<section class="sovmap-trade">${parts.join("\n")}</section>`
  if (options.fragment === true) return section
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${h(`Strategic-dependency screen: ${r.group.label}, ${r.year}`)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1b1b1b}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}figure{margin:1.5em 0}figcaption{font-weight:600}.warn{color:#8a4b00}code{font-size:12px}</style>
</head><body>
${section}
</body></html>
`
}
