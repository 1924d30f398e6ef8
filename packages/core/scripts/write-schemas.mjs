// Writes the JSON Schemas exported by the built package into schema/ (committed, so editors can point at
// them from a checkout; a test fails when they are stale).
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { manifestJsonSchema, policyJsonSchema, reportJsonSchema } from "../dist/index.js"

const dir = join(import.meta.dirname, "..", "schema")
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, "manifest.schema.json"), `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`)
writeFileSync(join(dir, "report.schema.json"), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`)
writeFileSync(join(dir, "policy.schema.json"), `${JSON.stringify(policyJsonSchema(), null, 2)}\n`)
