import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase, findKnowledgeBaseRecord, ownershipChain, searchKnowledgeBase, suggestKnowledgeBaseIds } from "../../src/index.js"

const kb = builtinKnowledgeBase()

describe("knowledge-base lookups", () => {
  it("finds records of each kind by id, and countries by code in any case", () => {
    expect(findKnowledgeBaseRecord(kb, "aws")?.kind).toBe("entity")
    expect(findKnowledgeBaseRecord(kb, "aws-s3")?.kind).toBe("offering")
    expect(findKnowledgeBaseRecord(kb, "nato")?.kind).toBe("bloc")
    expect(findKnowledgeBaseRecord(kb, "us-cloud-act")?.kind).toBe("law")
    expect(findKnowledgeBaseRecord(kb, "adequacy-br")?.kind).toBe("adequacy")
    expect(findKnowledgeBaseRecord(kb, "de")).toMatchObject({ kind: "country", record: { alpha3: "DEU" } })
    expect(findKnowledgeBaseRecord(kb, "no-such-thing")).toBeUndefined()
  })

  it("suggests ids for a typo", () => {
    expect(suggestKnowledgeBaseIds(kb, "hetzne")).toContain("hetzner")
    expect(suggestKnowledgeBaseIds(kb, "scalewya")).toContain("scaleway")
  })

  it("searches with every term required, exact id first", () => {
    const hits = searchKnowledgeBase(kb, "hetzner")
    expect(hits[0]).toMatchObject({ kind: "entity", id: "hetzner" })
    expect(hits.map((h) => h.id)).toContain("hetzner-cloud")
    expect(searchKnowledgeBase(kb, "hetzner zzzz-no-match")).toEqual([])
    expect(searchKnowledgeBase(kb, "SecNumCloud").length).toBeGreaterThan(0)
  })

  it("walks the full ownership chain, including a link that does not control", () => {
    // IONOS → United Internet (63.8%); United Internet has no parent record (founder ~42%, not a record).
    expect(ownershipChain(kb, "ionos").map((s) => s.entity.id)).toEqual(["ionos", "united-internet"])
    expect(ownershipChain(kb, "globalfoundries").map((s) => s.entity.id)).toEqual(["globalfoundries", "mubadala", "government-of-abu-dhabi"])
    expect(ownershipChain(kb, "nobody")).toEqual([])
  })
})
