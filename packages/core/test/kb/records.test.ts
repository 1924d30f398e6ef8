// Invariants of the shipped data files, checked against the files themselves (not against the decoder's
// view), so that a record the decoder silently fixed up would still fail here.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import { describe, expect, it } from "vitest"
import { blocMembers, builtinKnowledgeBase, offeringAlternatives, resolveControl } from "../../src/index.js"
import { readRecords } from "./load.js"

const dataDir = join(import.meta.dirname, "..", "..", "data")
const kinds = ["entities", "offerings", "blocs", "laws", "adequacy"] as const
const all = kinds.flatMap((kind) => readRecords(dataDir, kind).map((record) => ({ kind, file: String(record["$file"]), record })))
const iso = new Set(builtinKnowledgeBase().countries.keys())

const sourcesOf = (record: Record<string, unknown>): Array<Record<string, unknown>> => [
  ...((record["sources"] as Array<Record<string, unknown>> | undefined) ?? []),
  ...((record["certifications"] as Array<{ source: Record<string, unknown> }> | undefined) ?? []).map((c) => c.source)
]

describe("shipped data files", () => {
  it("has at least 150 entities, 60 offerings and every record kind", () => {
    const kb = builtinKnowledgeBase()
    expect(kb.entities.size).toBeGreaterThanOrEqual(150)
    expect(kb.offerings.size).toBeGreaterThanOrEqual(60)
    expect(kb.laws.size).toBeGreaterThan(0)
    expect(kb.adequacy.size).toBeGreaterThan(0)
  })

  it("gives every record (and every certification) a source URL, a retrieval date and an evidence level", () => {
    for (const { file, record } of all) {
      const sources = sourcesOf(record)
      expect(sources.length, file).toBeGreaterThan(0)
      for (const s of sources) {
        expect(String(s["url"]), file).toMatch(/^https?:\/\/[^\s]+$/)
        expect(String(s["retrieved"]), file).toMatch(/^2026-11-2[23]$/)
        expect(["P", "S", "S1", "UNVERIFIED"], file).toContain(s["evidence"])
        if (s["evidence"] === "UNVERIFIED") expect(s["note"] ?? record["note"], `${file}: UNVERIFIED needs a note`).toBeDefined()
      }
    }
  })

  it("has no duplicate ids within a kind, and each id equals its file name", () => {
    for (const kind of kinds) {
      const ids = all.filter((r) => r.kind === kind).map((r) => String(r.record["id"]))
      expect(new Set(ids).size, kind).toBe(ids.length)
    }
    for (const { file, record } of all) expect(file).toBe(`data/${file.split("/")[1]}/${String(record["id"])}.yaml`)
  })

  it("uses only ISO 3166-1 alpha-2 country codes", () => {
    const codes = (r: Record<string, unknown>): Array<unknown> => [
      r["hq"],
      r["incorporated"],
      r["jurisdiction"],
      r["country"],
      ...((r["dataLocations"] as Array<unknown> | undefined) ?? []),
      ...((r["members"] as Array<{ country: unknown }> | undefined) ?? []).map((m) => m.country)
    ]
    for (const { file, record } of all) {
      for (const code of codes(record).filter((c) => c !== undefined)) expect(iso.has(String(code)), `${file}: ${String(code)}`).toBe(true)
    }
  })

  it("resolves every parent, brand, operator and runsOn reference, and every controller", () => {
    const kb = builtinKnowledgeBase() // throws KnowledgeBaseError on any dangling reference or cycle
    for (const entity of kb.entities.values()) expect(() => resolveControl(kb, entity.id), entity.id).not.toThrow()
    for (const o of kb.offerings.values()) {
      expect(kb.entities.has(o.brand), o.id).toBe(true)
      expect(kb.entities.has(o.operator), o.id).toBe(true)
      for (const r of o.runsOn ?? []) expect(kb.offerings.has(r), `${o.id} runsOn ${r}`).toBe(true)
    }
  })

  it("gives every offering a market, and the partners bloc agrees with the adequacy decisions", () => {
    const kb = builtinKnowledgeBase()
    for (const o of kb.offerings.values()) expect(o.market, o.id).toMatch(/^[a-z][a-z-]*$/)
    const partners = kb.blocs.get("partners")!
    for (const decision of kb.adequacy.values()) {
      const member = partners.members.find((m) => m.country === decision.country)
      expect(member?.from, decision.id).toBe(decision.adopted)
    }
  })
})

describe("the example manifest resolves through the knowledge base", () => {
  const manifest = parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "..", "examples", "region-nordlys", "sovmap.yaml"), "utf8")) as {
    systems: Array<{ dependencies: Array<{ offering: string }> }>
  }
  const used = manifest.systems.flatMap((s) => s.dependencies.map((d) => d.offering))

  it("finds every offering it uses and its controller", () => {
    const kb = builtinKnowledgeBase()
    for (const id of used) {
      const offering = kb.offerings.get(id)
      expect(offering, id).toBeDefined()
      expect(resolveControl(kb, offering!.operator).jurisdiction, id).toMatch(/^[A-Z]{2}$/)
    }
  })

  it("has an EU-controlled alternative in every market it uses", () => {
    const kb = builtinKnowledgeBase()
    const eu = blocMembers(kb.blocs.get("eu27")!)
    for (const id of used) expect(offeringAlternatives(kb, id, eu).length, `${id} (${kb.offerings.get(id)?.market})`).toBeGreaterThan(0)
  })
})
