import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { csfAnswersJsonSchema, csfFloorsJsonSchema } from "../../src/index.js"

const committed = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "schema", name), "utf8")) as unknown

describe("CSF JSON Schemas", () => {
  it("are committed up to date in schema/ (regenerate with `pnpm --filter @sovmap/core schema`)", () => {
    expect(committed("csf-answers.schema.json")).toEqual(csfAnswersJsonSchema())
    expect(committed("csf-floors.schema.json")).toEqual(csfFloorsJsonSchema())
  })

  it("require the fields an answers file needs", () => {
    const schema = csfAnswersJsonSchema() as { required: Array<string>; additionalProperties: boolean }
    expect(schema.required).toEqual(["csf", "framework", "offer", "answers"])
    expect(schema.additionalProperties).toBe(false)
  })
})
