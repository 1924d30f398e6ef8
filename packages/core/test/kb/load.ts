// Reads a directory laid out like packages/core/data (one YAML record per file under entities/,
// offerings/ …) into the compiled shape decodeKnowledgeBase expects, as scripts/compile-data.mjs does.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import { builtinKnowledgeBase } from "../../src/index.js"

export const readRecords = (dir: string, kind: string): Array<Record<string, unknown>> =>
  existsSync(join(dir, kind))
    ? readdirSync(join(dir, kind))
        .filter((f) => f.endsWith(".yaml"))
        .sort()
        .map((f) => ({ ...(parse(readFileSync(join(dir, kind, f), "utf8")) as Record<string, unknown>), $file: `data/${kind}/${f}` }))
    : []

/** A compiled knowledge base from a fixture directory, with the real ISO country list. */
export const compiledFixture = (dir: string) => {
  const kb = builtinKnowledgeBase()
  return {
    version: "fixture",
    countries: { source: kb.countriesSource, list: [...kb.countries.values()] },
    entities: readRecords(dir, "entities"),
    offerings: readRecords(dir, "offerings"),
    blocs: readRecords(dir, "blocs"),
    laws: readRecords(dir, "laws"),
    adequacy: readRecords(dir, "adequacy")
  }
}
