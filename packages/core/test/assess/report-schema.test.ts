import { readFileSync } from "node:fs"
import { join } from "node:path"
import type * as z from "zod"
import { describe, expect, it } from "vitest"
import { assess, AssessmentReport, builtinKnowledgeBase, decodeManifest, renderJson, reportJsonSchema, resolveManifest, type Assessment } from "../../src/index.js"

const examplePath = join(import.meta.dirname, "..", "..", "..", "..", "examples", "region-nordlys", "sovmap.yaml")

// Compile-time: every Assessment is a valid report input (the strict parse below checks the other way).
type DeepReadonly<T> = T extends ReadonlyArray<infer U> ? ReadonlyArray<DeepReadonly<U>> : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T
const _typeCheck = (a: Assessment): DeepReadonly<z.input<typeof AssessmentReport>> => a
void _typeCheck

describe("report schema", () => {
  it("is committed up to date in schema/report.schema.json (regenerate with `pnpm --filter @sovmap/core schema`)", () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "schema", "report.schema.json"), "utf8")) as unknown
    expect(committed).toEqual(reportJsonSchema())
  })

  it("accepts the JSON report of the example, and nothing it does not know", () => {
    const located = decodeManifest(readFileSync(examplePath, "utf8"), "sovmap.yaml")
    const report = JSON.parse(renderJson(assess(located.value, resolveManifest(located, builtinKnowledgeBase()), { file: "sovmap.yaml" }))) as Record<string, unknown>
    const parsed = AssessmentReport.safeParse(report)
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
    expect(AssessmentReport.safeParse({ ...report, extra: 1 }).success).toBe(false)
    expect(AssessmentReport.safeParse({ ...report, reportVersion: 1 }).success).toBe(false)
  })
})
