import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { knowledgeBaseJsonSchemas } from "../../src/index.js"

describe("knowledge-base JSON Schemas", () => {
  it("are committed up to date in schema/ (regenerate with `pnpm --filter @sovmap/core schema`)", () => {
    for (const [name, schema] of Object.entries(knowledgeBaseJsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "schema", `${name}.schema.json`), "utf8")) as unknown
      expect(committed, name).toEqual(schema)
    }
  })

  it("require sources on every record kind and forbid unknown fields", () => {
    for (const [name, schema] of Object.entries(knowledgeBaseJsonSchemas())) {
      const s = schema as { required: Array<string>; additionalProperties: boolean }
      expect(s.required, name).toContain("sources")
      expect(s.additionalProperties, name).toBe(false)
    }
  })
})
