/**
 * HTML rendering of a network view.
 *
 * @module
 */
import type { NetworkCell, NetworkView } from "../aggregate/network-view.js"
import { html, type SafeHtml } from "./html/escape.js"
import { htmlPage } from "./html/page.js"

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`

const cellTable = (title: string, label: string, cells: ReadonlyArray<NetworkCell>): SafeHtml =>
  html`<section><h2>${title}</h2>${
    cells.length === 0
      ? html`<p>No cell has k or more members.</p>`
      : html`<table><thead><tr><th>${label}</th><th>members (≥)</th><th>member-equivalents</th><th>share</th></tr></thead><tbody>${cells.map(
          (c) => html`<tr><th scope="row">${c.name} <code>${c.key}</code></th><td>${c.membersAtLeast}</td><td>${c.memberEquivalents}</td><td>${percent(c.share)}</td></tr>`
        )}</tbody></table>`
  }</section>`

/**
 * Renders a network view as a self-contained HTML page (no network access; every name from input is
 * escaped). Only published (unsuppressed) cells appear.
 *
 * @example
 * ```ts
 * import { aggregateNetwork, renderNetworkHtml } from "@sovmap/core"
 *
 * renderNetworkHtml(aggregateNetwork([])).startsWith("<!doctype html>") // true
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const renderNetworkHtml = (view: NetworkView): string => {
  const summary = html`<section><h1>Network view</h1><ul>
<li>members used: ${view.members.used} (${view.members.assessments} assessments read)</li>
<li>k: ${view.k}; cells suppressed: ${view.suppressedCells}</li>
<li>foreign share: ${view.foreignShare === null ? "suppressed" : `${percent(view.foreignShare.share)} (${view.foreignShare.memberEquivalents} of ${view.members.weighted} member-equivalents)`}</li>
<li>${view.members.names === null ? "members are anonymous" : `members: ${view.members.names.join(", ")}`}</li>
</ul></section>`
  const body = view.suppressed
    ? html`<main>${summary}<p>Fewer than ${view.k} members: every cell is suppressed.</p></main>`
    : html`<main>${summary}
${cellTable("Shared dependencies", "offering", view.sharedDependencies)}
${cellTable("Vendors (ultimate controllers)", "vendor", view.byVendor)}
${cellTable("Control jurisdictions", "jurisdiction", view.byJurisdiction)}
<section><h2>Single points of failure shared by members</h2><table><thead><tr><th>node</th><th>name</th><th>members (≥)</th></tr></thead><tbody>${view.spofs.map(
        (s) => html`<tr><td><code>${s.node}</code></td><td>${s.name}</td><td>${s.membersAtLeast}</td></tr>`
      )}</tbody></table></section>
<section><h2>Cut-off scenarios across the network</h2><table><thead><tr><th>cut</th><th>members hit (≥)</th><th>member-equivalents lost</th><th>mean loss share</th></tr></thead><tbody>${view.scenarios.map(
        (s) => html`<tr><td>${s.label}</td><td>${s.membersAtLeast}</td><td>${s.memberEquivalentsLost}</td><td>${percent(s.meanLossShare)}</td></tr>`
      )}</tbody></table></section>
<section><h2>Over time</h2><table><thead><tr><th>year</th><th>members</th><th>foreign share</th></tr></thead><tbody>${view.timeSeries.map(
        (p) => html`<tr><td>${p.period}</td><td>${p.members}</td><td>${p.foreignShare === null ? "suppressed" : percent(p.foreignShare)}</td></tr>`
      )}</tbody></table></section></main>`
  return htmlPage({ title: "sovmap network view", body }).value
}
