// `sovmap data`: browse the shipped knowledge base with the sources of every record. Pure lookups come
// from @sovmap/core; this file only parses argv and prints.
import {
  blocMembers,
  builtinKnowledgeBase,
  findKnowledgeBaseRecord,
  offeringAlternatives,
  ownershipChain,
  resolveControl,
  searchKnowledgeBase,
  suggestKnowledgeBaseIds,
  type KnowledgeBase,
  type Source
} from "@sovmap/core"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Argument, Command, Flag } from "effect/cli"
import { ExitCode, red } from "../output.js"
import { jsonFlag } from "./shared.js"

const kb = (): KnowledgeBase => builtinKnowledgeBase()
const out = (text: string) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`)
const json = (value: unknown) => out(JSON.stringify(value, null, 2))
const table = (rows: ReadonlyArray<ReadonlyArray<string>>) => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? []
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ")).join("\n")
}
const sourceLines = (sources: ReadonlyArray<Source>) =>
  sources.map((s) => `  - ${s.url} (retrieved ${s.retrieved}, evidence ${s.evidence})${s.note ? `\n    ${s.note}` : ""}`).join("\n")

const optionalText = (name: string, description: string) => Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)
const matches = (value: string | undefined, filter: Option.Option<string>) => Option.isNone(filter) || value === filter.value

const categoriesOf = (base: KnowledgeBase, entityId: string): ReadonlyArray<string> =>
  [...new Set([...base.offerings.values()].filter((o) => o.brand === entityId || o.operator === entityId).map((o) => o.category))].sort()

const vendors = Command.make(
  "vendors",
  { category: optionalText("category", "Only vendors that brand or operate an offering of this category (cloud, saas, ai, cdn, security, chip, software, network)"), search: optionalText("search", "Only vendors whose id, name or note contain every word"), json: jsonFlag },
  ({ category, search, json: asJson }) =>
    Effect.sync(() => {
      const base = kb()
      const hits = Option.isSome(search) ? new Set(searchKnowledgeBase(base, search.value).filter((h) => h.kind === "entity").map((h) => h.id)) : undefined
      const rows = [...base.entities.values()]
        .filter((e) => hits === undefined || hits.has(e.id))
        .filter((e) => Option.isNone(category) || categoriesOf(base, e.id).includes(category.value))
        .map((e) => {
          const control = resolveControl(base, e.id)
          return { id: e.id, name: e.name, hq: e.hq, controller: control.controller, controlJurisdiction: control.jurisdiction, categories: categoriesOf(base, e.id), evidence: e.sources.map((s) => s.evidence) }
        })
      if (asJson) return json(rows)
      out(table([["ID", "NAME", "HQ", "CONTROLLED FROM"], ...rows.map((r) => [r.id, r.name, r.hq, r.controller === r.id ? r.controlJurisdiction : `${r.controlJurisdiction} (${r.controller})`])]))
      process.stderr.write(`${rows.length} vendors · knowledge base ${base.version} · \`sovmap data show <id>\` prints sources\n`)
    })
).pipe(Command.withDescription("List vendors (entities) with their headquarters and control jurisdiction."))

const offerings = Command.make(
  "offerings",
  { market: optionalText("market", "Only offerings of this market (iaas, object-storage, office-suite, llm-api …)"), category: optionalText("category", "Only offerings of this category"), json: jsonFlag },
  ({ market, category, json: asJson }) =>
    Effect.sync(() => {
      const base = kb()
      const rows = [...base.offerings.values()]
        .filter((o) => matches(o.market, market) && matches(o.category, category))
        .map((o) => ({ id: o.id, name: o.name, category: o.category, market: o.market, brand: o.brand, operator: o.operator, controlJurisdiction: resolveControl(base, o.operator).jurisdiction, dataLocations: o.dataLocations ?? [] }))
      if (asJson) return json(rows)
      out(table([["ID", "MARKET", "OPERATOR", "CONTROLLED FROM", "DATA"], ...rows.map((r) => [r.id, r.market ?? "-", r.operator, r.controlJurisdiction, r.dataLocations.join(",") || "-"])]))
      process.stderr.write(`${rows.length} offerings · knowledge base ${base.version}\n`)
    })
).pipe(Command.withDescription("List offerings with their market, operator, control jurisdiction and data locations."))

const laws = Command.make("laws", { json: jsonFlag }, ({ json: asJson }) =>
  Effect.sync(() => {
    const rows = [...kb().laws.values()]
    if (asJson) return json(rows.map(({ origin: _origin, ...law }) => law))
    out(table([["ID", "JURISDICTION", "KIND", "REACH", "IN FORCE"], ...rows.map((l) => [l.id, l.jurisdiction, l.kind, l.reach.join("+"), `${l.inForce.from}${l.inForce.to ? ` – ${l.inForce.to}` : " –"}`])]))
  })
).pipe(Command.withDescription("List laws with extraterritorial reach: jurisdiction, what they compel, whom they reach."))

const blocs = Command.make("blocs", { asOf: optionalText("as-of", "Membership on this date (YYYY-MM-DD) instead of today"), json: jsonFlag }, ({ asOf, json: asJson }) =>
  Effect.sync(() => {
    const date = Option.getOrUndefined(asOf)
    const rows = [...kb().blocs.values()].map((b) => ({ id: b.id, name: b.name, members: [...blocMembers(b, date)].sort() }))
    if (asJson) return json(rows)
    out(table([["ID", "SIZE", "MEMBERS"], ...rows.map((r) => [r.id, String(r.members.length), r.members.join(" ")])]))
  })
).pipe(Command.withDescription("List blocs and their members (today, or on --as-of)."))

const adequacy = Command.make("adequacy", { json: jsonFlag }, ({ json: asJson }) =>
  Effect.sync(() => {
    const rows = [...kb().adequacy.values()]
    if (asJson) return json(rows.map(({ origin: _origin, ...d }) => d))
    out(table([["ID", "COUNTRY", "SCOPE", "ADOPTED", "DECISION"], ...rows.map((d) => [d.id, d.country, d.scope, d.adopted, d.decision])]))
  })
).pipe(Command.withDescription("List GDPR adequacy decisions in force, with scope and court status."))

const countries = Command.make("countries", { json: jsonFlag }, ({ json: asJson }) =>
  Effect.sync(() => {
    const base = kb()
    const rows = [...base.countries.values()]
    if (asJson) return json({ source: base.countriesSource, countries: rows })
    out(table(rows.map((c) => [c.alpha2, c.alpha3, c.numeric, c.name])))
    process.stderr.write(`${rows.length} countries · source ${base.countriesSource.url}\n`)
  })
).pipe(Command.withDescription("List ISO 3166-1 countries (alpha-2, alpha-3, numeric, name)."))

const show = Command.make("show", { id: Argument.String("id").pipe(Argument.withDescription("Id of a vendor, offering, bloc, law, adequacy decision, or a country code")), json: jsonFlag }, ({ id, json: asJson }) =>
  Effect.sync(() => {
    const base = kb()
    const found = findKnowledgeBaseRecord(base, id)
    if (found === undefined) {
      const near = suggestKnowledgeBaseIds(base, id)
      process.stderr.write(`${red("error")} unknown id \`${id}\` in knowledge base ${base.version}${near.length > 0 ? ` — did you mean ${near.map((n) => `\`${n}\``).join(", ")}?` : ""}\n  hint: \`sovmap data vendors --search <words>\` searches names and notes\n`)
      process.exitCode = ExitCode.findings
      return
    }
    if (found.kind === "country") return asJson ? json(found) : out(`${found.record.alpha2} ${found.record.alpha3} ${found.record.numeric} ${found.record.name}\nsource:\n${sourceLines([base.countriesSource])}`)
    if (found.kind === "entity") {
      const chain = ownershipChain(base, id)
      const control = resolveControl(base, id)
      if (asJson) return json({ kind: found.kind, record: found.record, ownershipChain: chain.map((s) => ({ id: s.entity.id, hq: s.entity.hq, parent: s.parent })), control })
      const e = found.record
      out(
        [
          `${e.name} (${e.id}) — ${e.kind}, HQ ${e.hq}${e.incorporated ? `, incorporated ${e.incorporated}` : ""}`,
          "ownership chain:",
          ...chain.map((s) => `  ${s.entity.id} (${s.entity.hq})${s.parent ? ` ← ${s.parent.id}${s.parent.share !== undefined ? ` ${(s.parent.share * 100).toFixed(1)}%` : ""}${s.parent.controls !== undefined ? ` controls: ${s.parent.controls}` : ""}${s.parent.asOf ? ` as of ${s.parent.asOf}` : ""}` : ""}`),
          `controlled by: ${control.controller} (${control.jurisdiction})`,
          ...(e.note ? [`note: ${e.note}`] : []),
          "sources:",
          sourceLines(e.sources)
        ].join("\n")
      )
      return
    }
    if (found.kind === "offering") {
      const o = found.record
      const control = resolveControl(base, o.operator)
      const alternatives = offeringAlternatives(base, o.id, blocMembers(base.blocs.get("eu27")!))
      if (asJson) return json({ kind: found.kind, record: o, control, euAlternatives: alternatives.map((a) => a.offering.id) })
      out(
        [
          `${o.name} (${o.id}) — ${o.category}${o.market ? `/${o.market}` : ""}`,
          `brand: ${o.brand} · operator: ${o.operator} · controlled by: ${control.controller} (${control.jurisdiction})`,
          ...(o.dataLocations ? [`data locations: ${o.dataLocations.join(", ")}`] : []),
          ...(o.runsOn ? [`runs on: ${o.runsOn.join(", ")}`] : []),
          ...(o.certifications ?? []).map((c) => `certification: ${c.name}${c.asOf ? ` (${c.asOf})` : ""} — ${c.source.url}`),
          `EU-controlled alternatives: ${alternatives.map((a) => `${a.offering.id} (${a.controlJurisdiction})`).join(", ") || "none in the knowledge base"}`,
          ...(o.note ? [`note: ${o.note}`] : []),
          "sources:",
          sourceLines(o.sources)
        ].join("\n")
      )
      return
    }
    if (asJson) return json(found)
    const r = found.record
    const { origin: _origin, sources, ...fields } = r
    out([`${found.kind} ${r.id}`, ...Object.entries(fields).filter(([k]) => k !== "id").map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`), "sources:", sourceLines(sources)].join("\n"))
  })
).pipe(Command.withDescription("Show one record with its sources; for a vendor its ownership chain and controller, for an offering its EU-controlled alternatives."))

export const data = Command.make("data").pipe(
  Command.withDescription("Browse the knowledge base (vendors, offerings, laws, blocs, adequacy decisions, countries) with the sources of every record."),
  Command.withSubcommands([vendors, offerings, laws, blocs, adequacy, countries, show]),
  Command.withExamples([
    { command: "sovmap data vendors --category cloud", description: "Cloud vendors and where they are controlled from" },
    { command: "sovmap data show aws", description: "One record with its sources and ownership chain" },
    { command: "sovmap data offerings --market iaas --json", description: "IaaS offerings as JSON" }
  ])
)
