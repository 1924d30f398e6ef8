/**
 * HTML report sections for the metrics of an assessment: composite score, foreign share by bloc, operator
 * and data location, concentration, legal exposure, alignment, lock-in, cut-off scenarios, single points of
 * failure and CSF scores. Each builder reuses the chart, card and table components.
 *
 * @module
 */
import type { Concentration } from "../metrics/concentration.js"
import type { AlignmentTier } from "../metrics/alignment.js"
import { horizontalBarChart } from "./html/bar-chart.js"
import { summaryCards } from "./html/card.js"
import { html, SafeHtml } from "./html/escape.js"
import { formatNumber, formatPercent } from "./html/format.js"
import { CATEGORICAL, FOREIGN_COLOUR, HOME_COLOUR, OKABE_ITO } from "./html/palette.js"
import type { HtmlSectionBuilder } from "./html/section.js"
import { stackedShareBar } from "./html/stacked-bar.js"
import { sortableTable } from "./html/table.js"
import { renderCsfHtmlSection } from "./csf-html.js"
import { formatSeal } from "../csf/seal.js"
import { RISK_COMPONENT_LABELS } from "./risk-component-labels.js"

export { RISK_COMPONENT_LABELS }

const componentLabel = (id: string) => RISK_COMPONENT_LABELS[id] ?? id
const fixed = (x: number, digits = 3) => x.toFixed(digits)
const percentAxis = (v: number) => formatPercent(v, 0)

/** Colour of each alignment tier: home and partners in blues, the rest in warm colours; tiers are always named too. */
const TIER_COLOUR: Readonly<Record<AlignmentTier, string>> = {
  home: HOME_COLOUR,
  partners: OKABE_ITO.skyBlue,
  other: OKABE_ITO.orange,
  restricted: OKABE_ITO.vermillion
}

/**
 * Composite score section: the score as a card, each risk component's points lost as bars, and the
 * breakdown table (score = 100 × (1 − Σ wᵢ·riskᵢ / Σ wᵢ), so points lost = 100 × normalised weight × risk).
 *
 * @example
 * ```ts
 * import { renderHtml, scoreSection } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * renderHtml(assessment, { sections: [scoreSection] })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const scoreSection: HtmlSectionBuilder = (context) => {
  const a = context.assessment
  const s = a.metrics.score
  const p = a.inputs.policy
  const worst = [...s.components].sort((x, y) => y.pointsLost - x.pointsLost || (x.id < y.id ? -1 : 1))[0]
  return {
    id: "score",
    title: "Sovereignty score",
    body: html`<p>Sovereignty score <strong>${s.score.toFixed(1)} / 100</strong> (higher is more sovereign) under policy <code>${p.id}</code> ${p.version}${
      p.basedOn === null ? "" : `, based on ${p.basedOn.id} ${p.basedOn.version}`
    }. ${worst === undefined || worst.pointsLost === 0 ? "No component lost points." : `The largest risk is ${componentLabel(worst.id).toLowerCase()} (−${worst.pointsLost.toFixed(1)} points).`} ${s.components.length} of ${
      s.components.length + s.missing.length
    } components computed${s.missing.length === 0 ? "" : `; left out: ${s.missing.map(componentLabel).join(", ")} (see Warnings)`}.</p>
<p>Score = 100 × (1 − Σ weight × risk / Σ weight) over the components that could be computed; a component left out spreads its weight over the others.</p>
${horizontalBarChart({
  id: "chart-score",
  title: "Points lost by risk component",
  summary: `Sovereignty score ${s.score.toFixed(1)} of 100; points each risk component takes off (normalised weight × risk × 100).`,
  rows: s.components.map((c) => ({ label: componentLabel(c.id), value: c.pointsLost, colour: FOREIGN_COLOUR })),
  format: (v) => v.toFixed(1)
})}
${sortableTable({
  id: "table-score",
  caption: `Score breakdown under policy ${p.id} ${p.version}`,
  columns: [{ label: "Component" }, { label: "Risk (0–1)", kind: "number" }, { label: "Weight", kind: "number" }, { label: "Share of weight", kind: "number" }, { label: "Points lost", kind: "number" }],
  rows: s.components.map((c) => [
    componentLabel(c.id),
    { display: fixed(c.risk), sort: c.risk },
    { display: String(c.weight), sort: c.weight },
    { display: formatPercent(c.normalisedWeight), sort: c.normalisedWeight },
    { display: c.pointsLost.toFixed(1), sort: c.pointsLost }
  ])
})}`
  }
}

/**
 * Foreign share on three bases (ultimate controller, operator, data location) and by bloc.
 *
 * @example
 * ```ts
 * import { foreignShareBasesSection, renderHtml } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * renderHtml(assessment, { sections: [foreignShareBasesSection] })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const foreignShareBasesSection: HtmlSectionBuilder = (context) => {
  const m = context.assessment.metrics
  const dl = m.foreignShareByDataLocation
  const bases = [
    { label: "Ultimate controller's headquarters", value: m.foreignShare.foreignShare, colour: FOREIGN_COLOUR, tag: "foreign" },
    { label: "Operator's headquarters", value: m.foreignShareByOperator.foreignShare, colour: FOREIGN_COLOUR, tag: "foreign" },
    ...(dl === null ? [] : [{ label: "Data location", value: dl.foreignShare, colour: FOREIGN_COLOUR, tag: "foreign" }])
  ]
  return {
    id: "foreign-bases",
    title: "Foreign share by operator, data location and blocs",
    body: html`${horizontalBarChart({
      id: "chart-foreign-bases",
      title: "Foreign share on each basis",
      summary: `Share of weighted dependencies outside ${context.assessment.home.name}, by where the ultimate controller, the operator and the data sit.${dl === null ? " No data location is known." : ` Data location known for ${formatPercent(dl.coverage)} of the weight.`}`,
      rows: bases,
      format: (v) => formatPercent(v),
      max: 1
    })}
${
  m.foreignShareByBloc.length === 0
    ? ""
    : html`${horizontalBarChart({
        id: "chart-by-bloc",
        title: "Share of weight controlled from each bloc",
        summary: "Blocs overlap, so the shares need not sum to 100 %; the table below gives the foreign part (weight controlled from bloc members outside the home bloc).",
        rows: m.foreignShareByBloc.map((b) => ({ label: b.bloc, value: b.share, colour: CATEGORICAL[3]! })),
        format: (v) => formatPercent(v),
        max: 1
      })}
${sortableTable({
  id: "table-by-bloc",
  caption: "Weight controlled from each bloc",
  columns: [{ label: "Bloc" }, { label: "Weight", kind: "number" }, { label: "Share", kind: "number" }, { label: "Foreign share", kind: "number" }],
  rows: m.foreignShareByBloc.map((b) => [
    html`<code>${b.bloc}</code>`,
    { display: formatNumber(b.weight, Number.isInteger(b.weight) ? 0 : 2), sort: b.weight },
    { display: formatPercent(b.share), sort: b.share },
    { display: formatPercent(b.foreignShare), sort: b.foreignShare }
  ])
})}`
}`
  }
}

const concentrationRow = (what: string, c: Concentration) => [
  what,
  { display: String(Math.round(c.hhiPoints)), sort: c.hhiPoints },
  c.band,
  { display: formatPercent(c.cr1), sort: c.cr1 },
  { display: formatPercent(c.cr4), sort: c.cr4 },
  { display: c.effectiveNumber.toFixed(2), sort: c.effectiveNumber },
  { display: String(c.groups), sort: c.groups }
]

/**
 * Concentration section: vendor shares as bars, and HHI (0–10,000, with the US DOJ band), CR1, CR4 and the
 * effective number (1 / HHI) by vendor, by jurisdiction and per category.
 *
 * @example
 * ```ts
 * import { concentrationSection, renderHtml } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * renderHtml(assessment, { sections: [concentrationSection] })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const concentrationSection: HtmlSectionBuilder = (context) => {
  const c = context.assessment.metrics.concentration
  return {
    id: "concentration",
    title: "Concentration",
    body: html`<p>Vendors (ultimate controllers) are <strong>${c.byVendor.band}</strong>: HHI ${Math.round(c.byVendor.hhiPoints)} on the 0–10,000 scale, an effective number of ${c.byVendor.effectiveNumber.toFixed(2)} equal vendors. Bands of the US DOJ/FTC merger guidelines: below 1,000 unconcentrated, above 1,800 highly concentrated.</p>
${horizontalBarChart({
  id: "chart-vendor-shares",
  title: `Share of weight by ultimate controller (HHI ${Math.round(c.byVendor.hhiPoints)}, ${c.byVendor.band})`,
  summary: "Share of weighted dependencies held by each ultimate controller.",
  rows: c.byVendor.shares.map((s) => ({ label: s.key, value: s.share })),
  format: (v) => formatPercent(v),
  max: 1
})}
${sortableTable({
  id: "table-concentration",
  caption: "Concentration by vendor, by jurisdiction and per category",
  columns: [
    { label: "Distribution" },
    { label: "HHI", kind: "number" },
    { label: "Band" },
    { label: "CR1", kind: "number" },
    { label: "CR4", kind: "number" },
    { label: "Effective number", kind: "number" },
    { label: "Groups", kind: "number" }
  ],
  rows: [
    concentrationRow("Vendors (ultimate controllers)", c.byVendor),
    concentrationRow("Control jurisdictions", c.byJurisdiction),
    ...c.byCategory.flatMap((k) => [concentrationRow(`${k.category}: vendors`, k.byVendor), concentrationRow(`${k.category}: jurisdictions`, k.byJurisdiction)])
  ]
})}`
  }
}

/**
 * Legal exposure section: the share of weight each law in force can reach, the foreign share by kind of
 * law, and the table of laws with the links through which they reach, footnoted to their sources.
 *
 * @example
 * ```ts
 * import { legalExposureSection, renderHtml } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * renderHtml(assessment, { sections: [legalExposureSection] })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const legalExposureSection: HtmlSectionBuilder = (context) => {
  const e = context.assessment.metrics.legalExposure
  const intro = html`<p><strong>${formatPercent(e.foreignShare)}</strong> of the weight can be reached by at least one foreign law${e.asOf === null ? "" : ` in force on ${e.asOf}`}.${
    e.notInForce.length === 0 ? "" : ` Not in force at that date: ${e.notInForce.join(", ")}.`
  }</p>`
  if (e.laws.length === 0) return { id: "legal-exposure", title: "Legal exposure", body: html`${intro}<p>No law in the knowledge base reaches these dependencies at this date.</p>` }
  return {
    id: "legal-exposure",
    title: "Legal exposure",
    body: html`${intro}
${horizontalBarChart({
  id: "chart-laws",
  title: "Share of weight each law can reach",
  summary: "Share of weighted dependencies that each law in force can reach (through the controller's or operator's headquarters, a parent, or a data location).",
  rows: e.laws.map((l) => ({ label: `${l.name} (${l.jurisdiction})`, value: l.share, colour: l.foreign ? FOREIGN_COLOUR : HOME_COLOUR, tag: l.foreign ? "foreign" : "home" })),
  format: (v) => formatPercent(v),
  max: 1
})}
${
  e.byKind.length === 0
    ? ""
    : horizontalBarChart({
        id: "chart-law-kinds",
        title: "Share of weight reached by foreign laws, by kind",
        summary: "Share of weighted dependencies that at least one foreign law of each kind can reach; a dependency counts once per kind.",
        rows: e.byKind.map((k) => ({ label: k.kind, value: k.share, colour: FOREIGN_COLOUR })),
        format: (v) => formatPercent(v),
        max: 1
      })
}
${sortableTable({
  id: "table-laws",
  caption: "Laws in force and the weight they reach",
  columns: [{ label: "Law" }, { label: "Jurisdiction" }, { label: "Kind" }, { label: "Foreign" }, { label: "Share reached", kind: "number" }, { label: "Through" }, { label: "Dependencies", kind: "number" }],
  rows: e.laws.map((l) => [
    { display: html`${l.name}${context.cite(`law:${l.law}`)}`, sort: l.name },
    l.jurisdiction,
    l.kind,
    l.foreign ? "yes" : "no",
    { display: formatPercent(l.share), sort: l.share },
    [...new Set(l.dependencies.flatMap((d) => d.links))].join(", "),
    { display: String(l.dependencies.length), sort: l.dependencies.length }
  ])
})}`
  }
}

/**
 * Alignment section: the weight in each partner tier (home, partners, other, restricted) as a stacked bar
 * and a table with the policy's risk of each tier.
 *
 * @example
 * ```ts
 * import { alignmentSection, renderHtml } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * renderHtml(assessment, { sections: [alignmentSection] })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const alignmentSection: HtmlSectionBuilder = (context) => {
  const a = context.assessment
  const al = a.metrics.alignment
  const p = a.inputs.policy
  return {
    id: "alignment",
    title: "Alignment tiers",
    body: html`<p>Partner tier: ${p.partners === null ? "none" : html`bloc <code>${p.partners}</code>`}; restricted: ${p.restricted.length === 0 ? "none" : p.restricted.join(", ")}. Alignment risk ${fixed(al.risk)} (weight-averaged tier risk of the policy).</p>
${stackedShareBar({
  id: "chart-alignment",
  title: "Weight by alignment tier of the control jurisdiction",
  summary: "Share of weighted dependencies whose ultimate controller sits in the home bloc, a partner bloc, elsewhere, or a restricted jurisdiction.",
  segments: al.tiers.filter((t) => t.share > 0).map((t) => ({ label: t.tier, share: t.share, colour: TIER_COLOUR[t.tier] }))
})}
${sortableTable({
  id: "table-alignment",
  caption: "Alignment tiers",
  columns: [{ label: "Tier" }, { label: "Share", kind: "number" }, { label: "Tier risk", kind: "number" }, { label: "Jurisdictions" }],
  rows: al.tiers.map((t) => [t.tier, { display: formatPercent(t.share), sort: t.share }, { display: String(p.tierRisk[t.tier]), sort: p.tierRisk[t.tier] }, t.jurisdictions.map((j) => context.countryName(j)).join(", ") || "—"])
})}`
  }
}

/**
 * Lock-in section: the lock-in index, each dependency's lock-in as bars (0 = it can move to the home bloc),
 * and the table of home and partner alternatives with declared switching costs.
 *
 * @example
 * ```ts
 * import { lockInSection, renderHtml } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * renderHtml(assessment, { sections: [lockInSection] })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const lockInSection: HtmlSectionBuilder = (context) => {
  const l = context.assessment.metrics.lockIn
  return {
    id: "lock-in",
    title: "Substitutability and lock-in",
    body: html`${summaryCards([
      { label: "Lock-in index", value: fixed(l.index), detail: "0 = every dependency can move to the home bloc" },
      { label: "Foreign, no home option", value: formatPercent(l.withoutHomeOption), detail: "of the weight" },
      { label: "Declared switching cost", value: formatNumber(l.declaredSwitchingCost), detail: "sum over dependencies" },
      { label: "Longest declared switch", value: l.longestSwitchingMonths === null ? "—" : `${l.longestSwitchingMonths} months` }
    ])}
${horizontalBarChart({
  id: "chart-lock-in",
  title: `Lock-in per dependency (index ${fixed(l.index)})`,
  summary: "Lock-in of each dependency, from 0 (an alternative exists in the home bloc) to 1 (no alternative in a better tier).",
  rows: l.dependencies.map((d) => ({ label: d.id, value: d.lockIn, colour: d.lockIn === 0 ? HOME_COLOUR : FOREIGN_COLOUR, tag: `best option ${d.bestTier}` })),
  format: (v) => v.toFixed(2),
  max: 1
})}
${sortableTable({
  id: "table-lock-in",
  caption: "Alternatives of each dependency",
  columns: [
    { label: "Dependency" },
    { label: "Control tier" },
    { label: "Best option" },
    { label: "Lock-in", kind: "number" },
    { label: "Home options" },
    { label: "Partner options" },
    { label: "Switching cost", kind: "number" },
    { label: "Months", kind: "number" }
  ],
  rows: l.dependencies.map((d) => [
    d.id,
    d.tier,
    d.bestTier,
    { display: fixed(d.lockIn), sort: d.lockIn },
    d.homeOptions.join(", ") || "—",
    d.partnerOptions.join(", ") || "—",
    { display: d.switchingCost === null ? "—" : formatNumber(d.switchingCost), sort: d.switchingCost ?? -1 },
    { display: d.switchingMonths === null ? "—" : String(d.switchingMonths), sort: d.switchingMonths ?? -1 }
  ])
})}`
  }
}

/**
 * Scenario section: the cut-off sweep's ranking (the cuts that cost the most) as bars and a table, and the
 * single points of failure of the critical systems.
 *
 * @example
 * ```ts
 * import { renderHtml, scenariosSection } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * renderHtml(assessment, { sections: [scenariosSection] })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const scenariosSection: HtmlSectionBuilder = (context) => {
  const { scenarios, spofs } = context.assessment
  return {
    id: "scenarios",
    title: "Cut-off scenarios and single points of failure",
    body: html`<p>${scenarios.candidates} cuts evaluated (every jurisdiction and vendor in the graph, every bloc and law). Loss = criticality weight of the systems that lose service, fallbacks counted; total ${formatNumber(scenarios.totalWeight)}.</p>
${
  scenarios.top.length === 0
    ? html`<p>No cut takes down a system.</p>`
    : html`${horizontalBarChart({
        id: "chart-scenarios",
        title: "Cuts ranked by the share of weight they take down",
        summary: "Share of the systems' criticality weight lost when each jurisdiction, bloc, vendor or law is cut off.",
        rows: scenarios.top.map((r) => ({ label: r.label, value: r.lossShare, colour: FOREIGN_COLOUR, tag: r.cut.kind })),
        format: (v) => formatPercent(v),
        max: 1
      })}
${sortableTable({
  id: "table-scenarios",
  caption: "Cut-off sweep ranking",
  columns: [{ label: "Cut" }, { label: "Kind" }, { label: "Systems lost", kind: "number" }, { label: "Loss", kind: "number" }, { label: "Share", kind: "number" }],
  rows: scenarios.top.map((r) => [r.label, r.cut.kind, { display: String(r.lostSystems), sort: r.lostSystems }, { display: formatNumber(r.loss), sort: r.loss }, { display: formatPercent(r.lossShare), sort: r.lossShare }])
})}`
}
<h3>Single points of failure</h3>
${
  spofs.length === 0
    ? html`<p>None: every critical system survives the loss of any single node.</p>`
    : sortableTable({
        id: "table-spofs",
        caption: "Offerings, vendors and jurisdictions whose loss alone takes down a critical system",
        columns: [{ label: "Node" }, { label: "Kind" }, { label: "Critical systems" }, { label: "Weight", kind: "number" }],
        rows: spofs.map((s) => [html`${s.name} <code>${s.id}</code>`, s.kind, s.systems.join(", "), { display: formatNumber(s.weight), sort: s.weight }])
      })
}`
  }
}

/**
 * CSF section: the EU Cloud Sovereignty Framework scores of the cloud services used that carry answers,
 * side by side (table and chart of `renderCsfHtmlSection`); left out when none does.
 *
 * @example
 * ```ts
 * import { csfSection, renderHtml } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * renderHtml(assessment, { sections: [csfSection] })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const csfSection: HtmlSectionBuilder = (context) => {
  const csf = context.assessment.csf
  if (csf === undefined) return undefined
  const usedBy = (offering: string | undefined) => context.assessment.dependencies.filter((d) => d.offering === offering).map((d) => d.systemName ?? d.system)
  return {
    id: "csf",
    title: "CSF scores of the cloud services used",
    body: html`<p>Offerings used by the manifest that carry answers to the EU Cloud Sovereignty Framework, scored with weight set <code>${csf.offers[0]?.score.weightSet.id ?? ""}</code> and ranked by Sovereignty Score.</p>
${sortableTable({
  id: "table-csf",
  caption: "CSF score of each offering used",
  columns: [{ label: "Offering" }, { label: "Used by" }, { label: "Sovereignty Score", kind: "number" }, { label: "Overall SEAL" }, { label: "Answered", kind: "number" }, { label: "Rank", kind: "number" }],
  rows: csf.offers.map((e) => [
    { display: html`${e.score.offer.name}${context.cite(`csf:${e.score.offer.offering ?? ""}`)}`, sort: e.score.offer.name },
    [...new Set(usedBy(e.score.offer.offering))].join(", "),
    { display: formatPercent(e.score.score / 100, 2), sort: e.score.score },
    formatSeal(e.score.seal),
    { display: `${e.score.completeness.answered} / ${e.score.completeness.total}`, sort: e.score.completeness.answered },
    { display: e.rank === undefined ? "—" : String(e.rank), sort: e.rank ?? 0 }
  ])
})}
${new SafeHtml(renderCsfHtmlSection(csf, { headingLevel: 3 }))}`
  }
}
