// zod is imported as a namespace (`import * as z from "zod"`) everywhere in core: with the named import
// `{ z }`, bundlers keep zod's ~40 locales (≈ 260 KB minified in the CLI bundle, measured with an esbuild
// metafile on 2026-11-23 after one file reintroduced it). This guards the source, the bench measures the size.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const sources = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []))

describe("zod imports", () => {
  it("every source file of core, sdk and cli imports zod as a namespace", () => {
    const root = join(import.meta.dirname, "..", "..", "..")
    const files = ["core", "sdk", "cli"].flatMap((p) => sources(join(root, p, "src")))
    expect(files.length).toBeGreaterThan(50)
    const named = files.filter((f) => /import\s*(type\s*)?\{[^}]*\bz\b[^}]*\}\s*from\s*["']zod["']|import\s+z\s+from\s*["']zod["']/.test(readFileSync(f, "utf8")))
    expect(named).toEqual([])
  })
})
