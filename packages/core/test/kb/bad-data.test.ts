// Bad data files must be refused with a message naming the file and the record.
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { decodeKnowledgeBase, KnowledgeBaseError } from "../../src/index.js"
import { compiledFixture } from "./load.js"

const fixture = (name: string) => compiledFixture(join(import.meta.dirname, "fixtures", name))
const messageOf = (f: () => unknown): string => {
  try {
    f()
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeBaseError)
    return (error as Error).message
  }
  throw new Error("expected a KnowledgeBaseError")
}

describe("bad data files", () => {
  it("a typo'd country code names the file, the record and the fix", () => {
    const message = messageOf(() => decodeKnowledgeBase(fixture("typo-country")))
    expect(message).toContain("data/entities/acme-cloud.yaml (acme-cloud.hq)")
    expect(message).toContain("`UK` is not an ISO 3166-1 alpha-2 code")
    expect(message).toContain("the United Kingdom is `GB`")
  })

  it("an ownership cycle names the file and the chain", () => {
    const message = messageOf(() => decodeKnowledgeBase(fixture("cycle")))
    expect(message).toContain("data/entities/alpha-holding.yaml")
    expect(message).toContain("alpha-holding → beta-holding → alpha-holding")
  })

  it("a record without sources names the file and the field", () => {
    const message = messageOf(() => decodeKnowledgeBase(fixture("missing-source")))
    expect(message).toContain("data/entities/quiet-corp.yaml (quiet-corp.sources)")
  })
})
