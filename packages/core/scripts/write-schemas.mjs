// Writes the JSON Schemas exported by the built package into schema/ (committed, so editors can point at
// them from a checkout; a test fails when they are stale).
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { csfAnswersJsonSchema, csfFloorsJsonSchema, knowledgeBaseJsonSchemas, manifestJsonSchema } from "../dist/index.js"

const dir = join(import.meta.dirname, "..", "schema")
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, "manifest.schema.json"), `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`)
for (const [name, schema] of Object.entries(knowledgeBaseJsonSchemas())) {
  writeFileSync(join(dir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`)
}
writeFileSync(join(dir, "csf-answers.schema.json"), `${JSON.stringify(csfAnswersJsonSchema(), null, 2)}\n`)
writeFileSync(join(dir, "csf-floors.schema.json"), `${JSON.stringify(csfFloorsJsonSchema(), null, 2)}\n`)
