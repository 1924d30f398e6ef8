/**
 * HTML rendering of a CSF report: a self-contained section (table and bar chart, no scripts) that other HTML
 * reports can embed, and a standalone page.
 *
 * @module
 */
import type { CsfReport } from "../csf/report.js"
import { formatSeal } from "../csf/seal.js"
import { escapeHtml } from "./html/escape.js"
import { OKABE_ITO } from "./html/palette.js"

// Okabe–Ito colours (see render/html/palette.ts), distinguishable under the common colour-vision deficiencies.
const PALETTE = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.vermillion, OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue]
const fixed = (n: number) => n.toFixed(2)

const chart = (report: CsfReport): string => {
  const first = report.offers[0]?.score
  if (first === undefined) return ""
  const n = report.offers.length
  const groupWidth = 16 + n * 14
  const width = 40 + first.objectives.length * groupWidth
  const height = 180
  const plot = 140
  const bars: Array<string> = []
  first.objectives.forEach((objective, i) => {
    const x0 = 40 + i * groupWidth
    report.offers.forEach((entry, k) => {
      const o = entry.score.objectives[i]!
      const h = Math.max(0, Math.min(1, o.ratio)) * plot
      bars.push(
        `<rect x="${x0 + k * 14}" y="${(10 + plot - h).toFixed(1)}" width="12" height="${h.toFixed(1)}" fill="${PALETTE[k % PALETTE.length]}"><title>${escapeHtml(`${entry.score.offer.name} — ${objective.id}: ${fixed(o.ratio * 100)} %, ${formatSeal(o.seal)}`)}</title></rect>`
      )
    })
    bars.push(`<text x="${x0 + (n * 14) / 2}" y="${height - 10}" text-anchor="middle" font-size="10">${escapeHtml(objective.id)}</text>`)
  })
  const axis = [0, 50, 100].map((p) => `<text x="34" y="${(10 + plot - (p / 100) * plot + 3).toFixed(1)}" text-anchor="end" font-size="9">${p}%</text><line x1="38" x2="${width}" y1="${(10 + plot - (p / 100) * plot).toFixed(1)}" y2="${(10 + plot - (p / 100) * plot).toFixed(1)}" stroke="#ccc"/>`)
  // An SVG swatch, not a styled span: a report's strict CSP refuses inline style attributes.
  const legend = report.offers.map(
    (e, k) => `<li><svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="${PALETTE[k % PALETTE.length]}"/></svg> ${escapeHtml(e.score.offer.name)}</li>`
  )
  return `<figure><svg role="img" aria-label="Objective scores per offer" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${axis.join("")}${bars.join("")}</svg><figcaption>Share of each objective's points (bars clipped at 100 %).</figcaption><ul class="legend">${legend.join("")}</ul></figure>`
}

/**
 * Options of {@link renderCsfHtmlSection}.
 *
 * @example
 * ```ts
 * import { renderCsfHtmlSection, type CsfHtmlSectionOptions } from "@sovmap/core"
 * import { scoreCsf } from "@sovmap/sdk"
 *
 * const report = await scoreCsf(["examples/csf/hypothetical-eu-provider.yaml", "examples/csf/hypothetical-non-eu-provider-eu-region.yaml"])
 * const options: CsfHtmlSectionOptions = { headingLevel: 3 } // embedded under the page's own <h2>
 * renderCsfHtmlSection(report, options).includes("<h3>EU Cloud Sovereignty Framework</h3>") // true
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfHtmlSectionOptions {
  /** Level of the section's heading (2 by default; 3 when embedded under another report's `<h2>`). */
  readonly headingLevel?: 2 | 3 | 4 | undefined
}

/**
 * Renders a CSF report as one self-contained `<section>`: the comparison table (objective ratios and SEALs,
 * score, overall SEAL, tender outcome, rank), a bar chart as inline SVG, and the reasons of every rejection.
 * All text from input is escaped; there are no scripts and no external resources.
 *
 * @example
 * ```ts
 * import { renderCsfHtmlSection, type CsfReport } from "@sovmap/core"
 *
 * declare const report: CsfReport
 * renderCsfHtmlSection(report).startsWith('<section class="sovmap-csf">') // true
 * ```
 * @category csf
 * @since 0.2.0
 */
export const renderCsfHtmlSection = (report: CsfReport, options: CsfHtmlSectionOptions = {}): string => {
  const h = options.headingLevel ?? 2
  const sub = Math.min(6, h + 1)
  const first = report.offers[0]?.score
  if (first === undefined) return `<section class="sovmap-csf"><h${h}>EU Cloud Sovereignty Framework</h${h}><p>No offers.</p></section>`
  const head = `<tr><th>objective</th><th>weight</th>${report.offers.map((e) => `<th>${escapeHtml(e.score.offer.name)}${e.score.offer.hypothetical ? " <small>(hypothetical)</small>" : ""}</th>`).join("")}</tr>`
  const rows = first.objectives.map(
    (objective, i) =>
      `<tr><th scope="row">${escapeHtml(`${objective.id} ${objective.name}`)}</th><td>${objective.weight} %</td>${report.offers
        .map((e) => {
          const o = e.score.objectives[i]!
          return `<td>${fixed(o.ratio * 100)} % <span class="seal">${formatSeal(o.seal)}</span></td>`
        })
        .join("")}</tr>`
  )
  rows.push(`<tr class="total"><th scope="row">Sovereignty Score</th><td></td>${report.offers.map((e) => `<td>${fixed(e.score.score)} %</td>`).join("")}</tr>`)
  rows.push(`<tr class="total"><th scope="row">Overall SEAL (lowest)</th><td></td>${report.offers.map((e) => `<td>${formatSeal(e.score.seal)}</td>`).join("")}</tr>`)
  if (report.floors !== undefined) rows.push(`<tr><th scope="row">Tender: ${escapeHtml(report.floors.name)}</th><td></td>${report.offers.map((e) => `<td>${e.tender?.pass === true ? "pass" : "<strong>rejected</strong>"}</td>`).join("")}</tr>`)
  rows.push(`<tr><th scope="row">Rank</th><td></td>${report.offers.map((e) => `<td>${e.rank ?? "—"}</td>`).join("")}</tr>`)
  const reasons = report.offers.flatMap((e) =>
    (e.tender?.objectives ?? []).filter((o) => !o.pass).map((o) => `<li>${escapeHtml(`${e.score.offer.name} — ${o.id}: ${o.reason}`)}</li>`)
  )
  const notes = report.offers.flatMap((e) =>
    e.score.completeness.missing.length > 0 ? [`<li>${escapeHtml(`${e.score.offer.name}: ${e.score.completeness.missing.length} unanswered criteria (${e.score.completeness.missing.join(", ")}), scored 0 and left out of the SEAL`)}</li>`] : []
  )
  return [
    '<section class="sovmap-csf">',
    `<h${h}>EU Cloud Sovereignty Framework</h${h}>`,
    `<p>Framework ${escapeHtml(first.framework)}, weight set <code>${escapeHtml(first.weightSet.id)}</code> (${escapeHtml(first.weightSet.name)}). The overall SEAL is the lowest objective SEAL, never an average.</p>`,
    report.mixed ? "<p><strong>Warning:</strong> offers scored with different weight sets or framework versions are not comparable.</p>" : "",
    `<table><thead>${head}</thead><tbody>${rows.join("")}</tbody></table>`,
    chart(report),
    reasons.length > 0 ? `<h${sub}>Why offers were rejected</h${sub}><ul>${reasons.join("")}</ul>` : "",
    notes.length > 0 ? `<h${sub}>Incomplete answers</h${sub}><ul>${notes.join("")}</ul>` : "",
    "</section>"
  ].join("")
}

/**
 * Renders a CSF report as a standalone HTML page (minimal inline CSS, no scripts, works offline).
 *
 * @example
 * ```ts
 * import { renderCsfHtmlPage, type CsfReport } from "@sovmap/core"
 *
 * declare const report: CsfReport
 * renderCsfHtmlPage(report).startsWith("<!doctype html>") // true
 * ```
 * @category csf
 * @since 0.2.0
 */
export const renderCsfHtmlPage = (report: CsfReport): string =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>EU Cloud Sovereignty Framework scores</title><style>body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:right}th[scope=row],thead th{text-align:left}.total td{font-weight:600}.seal{color:#555;font-size:.85em}.legend{list-style:none;padding:0}</style></head><body>${renderCsfHtmlSection(report)}</body></html>\n`
