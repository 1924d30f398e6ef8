import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import { describe, expect, it } from "vitest"
import { blocMembers, builtinKnowledgeBase, decodeKnowledgeBase, KnowledgeBaseError } from "../../src/index.js"

const dataDir = join(import.meta.dirname, "..", "..", "data")
const records = (kind: string) =>
  readdirSync(join(dataDir, kind))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => ({ file: `${kind}/${f}`, record: parse(readFileSync(join(dataDir, kind, f), "utf8")) as Record<string, unknown> }))

describe("shipped knowledge base", () => {
  it("decodes and passes every reference check", () => {
    const kb = builtinKnowledgeBase()
    expect(kb.entities.size).toBe(records("entities").length)
    expect(kb.offerings.size).toBe(records("offerings").length)
  })

  it("is, as loaded without a schema check at start-up, exactly what the schemas decode from the compiled data", () => {
    // builtinKnowledgeBase() trusts the compiled data; this is the check it relies on. A record the schemas
    // reject fails here with KnowledgeBaseError; a schema that changes a value (a default, a transform)
    // fails the equality.
    const compiled = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "src", "generated", "knowledge-base.json"), "utf8")) as unknown
    const decoded = decodeKnowledgeBase(compiled)
    const trusted = builtinKnowledgeBase()
    for (const kind of ["entities", "offerings", "blocs", "laws", "adequacy", "packageRules"] as const) {
      expect(trusted[kind].size, kind).toBeGreaterThan(0)
      expect([...trusted[kind].entries()], kind).toStrictEqual([...decoded[kind].entries()])
    }
    expect(trusted.countries).toStrictEqual(decoded.countries)
  })

  it("gives every record in the data files a source URL and a retrieval date", () => {
    for (const kind of ["entities", "offerings", "blocs"]) {
      for (const { file, record } of records(kind)) {
        const sources = record["sources"] as Array<Record<string, unknown>> | undefined
        expect(sources, file).toBeDefined()
        expect(sources!.length, file).toBeGreaterThan(0)
        for (const s of sources!) {
          expect(String(s["url"]), file).toMatch(/^https?:\/\//)
          expect(String(s["retrieved"]), file).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        }
      }
    }
  })

  it("ships the ISO 3166-1 list (249 entries) with numeric codes", () => {
    const kb = builtinKnowledgeBase()
    // ISO 3166-1 has 249 officially assigned alpha-2 codes.
    expect(kb.countries.size).toBe(249)
    expect(kb.countries.get("DE")).toMatchObject({ alpha3: "DEU", numeric: "276" })
    expect(kb.countries.get("TW")?.numeric).toBe("158")
  })

  it("has 27 EU members today, and the UK only before February 2020", () => {
    const eu = builtinKnowledgeBase().blocs.get("eu27")!
    expect(blocMembers(eu).size).toBe(27)
    expect(blocMembers(eu).has("GB")).toBe(false)
    expect(blocMembers(eu, "2019-06-01").has("GB")).toBe(true)
    expect(blocMembers(eu, "2020-02-01").has("GB")).toBe(false)
  })

  it("names the file and record of a bad data record", () => {
    const bad = {
      version: "test",
      countries: { source: { url: "https://www.iso.org/", retrieved: "2026-11-22", evidence: "S" }, list: [{ alpha2: "US", alpha3: "USA", numeric: "840", name: "United States" }] },
      entities: [
        { $file: "data/entities/typo.yaml", id: "typo", name: "Typo Inc.", kind: "company", hq: "UK", sources: [{ url: "https://example.org", retrieved: "2026-11-22" }] },
        { $file: "data/entities/nosource.yaml", id: "nosource", name: "No Source Inc.", kind: "company", hq: "US", sources: [] }
      ],
      offerings: [],
      blocs: []
    }
    let error: unknown
    try {
      decodeKnowledgeBase(bad)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(KnowledgeBaseError)
    const message = (error as Error).message
    expect(message).toContain("data/entities/nosource.yaml")
    expect(message).toContain("at least one source")
  })

  it("rejects a country code that is not ISO 3166-1, with a hint", () => {
    const bad = {
      version: "test",
      countries: { source: { url: "https://www.iso.org/", retrieved: "2026-11-22", evidence: "S" }, list: [{ alpha2: "US", alpha3: "USA", numeric: "840", name: "United States" }] },
      entities: [{ $file: "data/entities/typo.yaml", id: "typo", name: "Typo Inc.", kind: "company", hq: "UK", sources: [{ url: "https://example.org", retrieved: "2026-11-22" }] }],
      offerings: [],
      blocs: []
    }
    expect(() => decodeKnowledgeBase(bad)).toThrow(/data\/entities\/typo.yaml \(typo.hq\): `UK` is not an ISO 3166-1 alpha-2 code\n {2}hint: the United Kingdom is `GB`/)
  })
})
