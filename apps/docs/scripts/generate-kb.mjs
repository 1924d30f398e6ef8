// Generates the knowledge-base browser (apps/docs/kb/**) from the knowledge base shipped in the built
// `@sovmap/core`, so the pages always show exactly the data of this version. The pages are generated at
// every docs build and gitignored: the YAML records are the reviewed source of truth, and committed copies
// would drift from them and double every data change in review.
//
// Every string from the data is escaped for both Markdown and Vue templates (see `text`), and each page
// body sits in a `v-pre` block, so a record can never inject markup, links or template expressions.
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { blocMembers, builtinKnowledgeBase, resolveControl } from "@sovmap/core"
import { attr, text } from "./escape.mjs"

const out = join(import.meta.dirname, "..", "kb")
const kb = builtinKnowledgeBase()

const link = (href, label) => `<a href="${attr(href)}">${text(label)}</a>`
const external = (href) => `<a href="${attr(href)}" target="_blank" rel="noreferrer">${text(href)}</a>`

const countryName = (code) => kb.countries.get(code)?.name ?? code
const country = (code) => (code === undefined ? "—" : `${text(countryName(code))} (${text(code)})`)
const entityLink = (id) => (kb.entities.has(id) ? link(`/kb/entities/${id}`, kb.entities.get(id).name) : text(id))
const offeringLink = (o) => link(`/kb/entities/${o.operator}#${o.id}`, o.name)
const share = (s) => (s === undefined ? "" : `${text((s * 100).toLocaleString("en", { maximumFractionDigits: 2 }))} %`)
const byName = (a, b) => a.name.localeCompare(b.name, "en")

const EVIDENCE_ORDER = ["P", "S", "S1", "UNVERIFIED"]
/** The weakest evidence level among a record's sources: a record is as strong as its weakest claim. */
const weakest = (sources) => EVIDENCE_ORDER[Math.max(...sources.map((s) => EVIDENCE_ORDER.indexOf(s.evidence)))]
const evidenceCell = (sources) => [...new Set(sources.map((s) => s.evidence))].sort((a, b) => EVIDENCE_ORDER.indexOf(a) - EVIDENCE_ORDER.indexOf(b)).map(text).join(", ")

const sourcesList = (sources) =>
  sources
    .map((s) => `- ${external(s.url)} — retrieved ${text(s.retrieved)}, evidence **${text(s.evidence)}**${s.note === undefined ? "" : `. ${text(s.note)}`}`)
    .join("\n")

const table = (head, rows) =>
  [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n")

/** A page: front matter, then the body inside a v-pre block (blank lines keep Markdown active inside it). */
const page = (file, frontmatter, title, body) => {
  const path = join(out, file)
  mkdirSync(join(path, ".."), { recursive: true })
  const fm = Object.entries(frontmatter).map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
  writeFileSync(path, `${fm.length === 0 ? "" : `---\n${fm.join("\n")}\n---\n\n`}<div v-pre>\n\n# ${title}\n\n${body.trim()}\n\n</div>\n`)
}

const generated = `_Generated from the knowledge base shipped with \`@sovmap/core\`, dataset ${text(kb.version)}; edit the YAML records in \`packages/core/data/\`, not this page ([how to contribute](/data/model#contributing-a-record))._`

const control = (id) => {
  try {
    return resolveControl(kb, id)
  } catch {
    return undefined
  }
}

const offerings = [...kb.offerings.values()].sort(byName)
const entities = [...kb.entities.values()].sort(byName)
const categoriesOf = (id) => [...new Set(offerings.filter((o) => o.operator === id || o.brand === id).map((o) => o.category))].sort()

rmSync(out, { recursive: true, force: true })

// Vendors index
page(
  "index.md",
  { outline: false },
  "Vendors",
  `${generated}

${entities.length} organisations. **Controller** is the ultimate controller found by [control resolution](/concepts/model#control-resolution) at the default 50 % threshold; its headquarters is the control jurisdiction. **Evidence** lists the levels of the record's sources (P primary, S two secondary, S1 one secondary, UNVERIFIED).

${table(
  ["Vendor", "Kind", "HQ", "Controller", "Control", "Categories", "Evidence"],
  entities.map((e) => {
    const c = control(e.id)
    return [
      entityLink(e.id),
      text(e.kind),
      text(e.hq),
      c === undefined ? "—" : c.controller === e.id ? "itself" : entityLink(c.controller),
      c === undefined ? "—" : text(c.jurisdiction),
      categoriesOf(e.id).map(text).join(", ") || "—",
      evidenceCell(e.sources)
    ]
  })
)}
`
)

// One page per entity
for (const e of entities) {
  const c = control(e.id)
  const subsidiaries = entities.filter((x) => x.parent?.id === e.id)
  const operated = offerings.filter((o) => o.operator === e.id)
  const branded = offerings.filter((o) => o.brand === e.id && o.operator !== e.id)
  const parent = e.parent
  const facts = [
    ["Id", `\`${e.id}\``],
    ["Kind", text(e.kind)],
    ["Headquarters", country(e.hq)],
    ...(e.incorporated === undefined ? [] : [["Incorporated", country(e.incorporated)]]),
    ...(parent === undefined
      ? [["Parent", "none recorded"]]
      : [
          [
            "Parent",
            `${entityLink(parent.id)}${parent.share === undefined ? "" : `, ${share(parent.share)} of voting control`}${parent.controls === undefined ? "" : parent.controls ? ", controls (stated)" : ", does not control (stated)"}${parent.asOf === undefined ? "" : `, as of ${text(parent.asOf)}`}`
          ]
        ]),
    ["Ultimate controller", c === undefined ? "—" : `${entityLink(c.controller)} — control jurisdiction ${country(c.jurisdiction)}`],
    ["Record", `\`packages/core/${e.origin.file}\``]
  ]
  const chain =
    c === undefined || c.chain.length < 2
      ? "The entity controls itself: no parent holds control."
      : c.chain
          .map((l, i) => `${i + 1}. ${entityLink(l.entity)} (${text(l.jurisdiction)})${l.parentShare === undefined || i === c.chain.length - 1 ? "" : ` — parent holds ${share(l.parentShare)}`}`)
          .join("\n")
  const offeringSection = (o) => {
    const rows = [
      ["Id", `\`${o.id}\``],
      ["Category", text(o.category)],
      ...(o.market === undefined ? [] : [["Market", text(o.market)]]),
      ["Brand", entityLink(o.brand)],
      ["Operator", entityLink(o.operator)],
      ...(o.dataLocations === undefined ? [] : [["Data locations", o.dataLocations.map(country).join(", ")]]),
      ...(o.runsOn === undefined ? [] : [["Runs on", o.runsOn.map((id) => (kb.offerings.has(id) ? offeringLink(kb.offerings.get(id)) : text(id))).join(", ")]]),
      ...(o.certifications === undefined ? [] : [["Certifications", o.certifications.map((x) => `${text(x.name)}${x.asOf === undefined ? "" : ` (${text(x.asOf)})`} — ${external(x.source.url)}`).join("; ")]])
    ]
    return `### ${text(o.name)} {#${o.id}}

${table(["Field", "Value"], rows)}
${o.note === undefined ? "" : `\n${text(o.note)}\n`}
Sources:

${sourcesList(o.sources)}`
  }
  page(
    `entities/${e.id}.md`,
    { prev: false, next: false },
    text(e.name),
    `${generated}

${table(["Field", "Value"], facts)}
${e.note === undefined ? "" : `\n${text(e.note)}\n`}
## Control chain

${chain}
${subsidiaries.length === 0 ? "" : `\n## Controlled or held entities\n\n${subsidiaries.map((s) => `- ${entityLink(s.id)}${s.parent?.share === undefined ? "" : ` — ${share(s.parent.share)}`}`).join("\n")}\n`}
${operated.length === 0 ? "" : `\n## Offerings operated\n\n${operated.map(offeringSection).join("\n\n")}\n`}
${branded.length === 0 ? "" : `\n## Offerings of this brand operated by others\n\n${branded.map((o) => `- ${offeringLink(o)} — operated by ${entityLink(o.operator)}`).join("\n")}\n`}
## Sources

${sourcesList(e.sources)}
`
  )
}

// Offerings index
page(
  "offerings.md",
  { outline: false },
  "Offerings",
  `${generated}

${offerings.length} offerings. **Control** is the control jurisdiction of the operator (not of the brand).

${table(
  ["Offering", "Category", "Market", "Brand", "Operator", "Control", "Evidence"],
  offerings.map((o) => [offeringLink(o), text(o.category), o.market === undefined ? "—" : text(o.market), entityLink(o.brand), entityLink(o.operator), text(control(o.operator)?.jurisdiction ?? "—"), evidenceCell(o.sources)])
)}
`
)

// Laws
const laws = [...kb.laws.values()].sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || byName(a, b))
page(
  "laws.md",
  {},
  "Laws",
  `${generated}

Laws with extraterritorial reach. **Kind** is what the law can compel; **reach** whom it reaches (see [the data model](/data/model#laws)).

${table(
  ["Law", "Jurisdiction", "Kind", "Reach", "In force"],
  laws.map((l) => [link(`#${l.id}`, l.shortName ?? l.name), country(l.jurisdiction), text(l.kind), l.reach.map(text).join(", "), `${text(l.inForce.from)}${l.inForce.to === undefined ? "" : ` – ${text(l.inForce.to)}`}`])
)}

${laws
  .map(
    (l) => `## ${text(l.name)} {#${l.id}}

${table(
  ["", ""],
  [
    ["Id", `\`${l.id}\``],
    ["Jurisdiction", country(l.jurisdiction)],
    ["Kind", text(l.kind)],
    ["Reach", l.reach.map(text).join(", ")],
    ...(l.citation === undefined ? [] : [["Citation", text(l.citation)]]),
    ["In force", `from ${text(l.inForce.from)}${l.inForce.to === undefined ? "" : ` to ${text(l.inForce.to)}`}`]
  ]
)}
${l.note === undefined ? "" : `\n${text(l.note)}\n`}
Sources:

${sourcesList(l.sources)}`
  )
  .join("\n\n")}
`
)

// Blocs
const blocs = [...kb.blocs.values()].sort(byName)
page(
  "blocs.md",
  {},
  "Blocs",
  `${generated}

Membership on a date holds when \`from ≤ date < to\`; a member without \`to\` is a current member.

${table(
  ["Bloc", "Id", "Current members"],
  blocs.map((b) => [link(`#${b.id}`, b.name), `\`${b.id}\``, text(blocMembers(b).size)])
)}

${blocs
  .map(
    (b) => `## ${text(b.name)} {#${b.id}}
${b.note === undefined ? "" : `\n${text(b.note)}\n`}
${table(
  ["Country", "From", "To"],
  [...b.members].sort((x, y) => countryName(x.country).localeCompare(countryName(y.country), "en")).map((m) => [country(m.country), m.from === undefined ? "—" : text(m.from), m.to === undefined ? "—" : text(m.to)])
)}

Sources:

${sourcesList(b.sources)}`
  )
  .join("\n\n")}
`
)

// Adequacy decisions
const decisions = [...kb.adequacy.values()].sort((a, b) => countryName(a.country).localeCompare(countryName(b.country), "en"))
page(
  "adequacy.md",
  {},
  "Adequacy decisions",
  `${generated}

European Commission decisions under Article 45 GDPR: personal data may flow to the country (or, for a partial decision, to the recipients it covers) without further safeguards. They feed the default \`partners\` bloc.

${table(
  ["Country", "Scope", "Decision", "Adopted", "Ended"],
  decisions.map((d) => [link(`#${d.id}`, countryName(d.country)), text(d.scope), text(d.decision), text(d.adopted), d.ended === undefined ? "—" : text(d.ended)])
)}

${decisions
  .map(
    (d) => `## ${text(countryName(d.country))} {#${d.id}}

${table(
  ["", ""],
  [
    ["Id", `\`${d.id}\``],
    ["Country", country(d.country)],
    ["Scope", `${text(d.scope)}${d.scopeNote === undefined ? "" : ` — ${text(d.scopeNote)}`}`],
    ["Decision", text(d.decision)],
    ["Adopted", text(d.adopted)],
    ...(d.ended === undefined ? [] : [["Ended", text(d.ended)]]),
    ...(d.status === undefined ? [] : [["Status", text(d.status)]])
  ]
)}
${d.note === undefined ? "" : `\n${text(d.note)}\n`}
Sources:

${sourcesList(d.sources)}`
  )
  .join("\n\n")}
`
)

console.log(`knowledge base ${kb.version}: ${entities.length} entity pages, ${offerings.length} offerings, ${laws.length} laws, ${blocs.length} blocs, ${decisions.length} adequacy decisions → kb/`)
