import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

describe("docs: CLI reference", () => {
  it("apps/docs/guide/cli-reference.md matches the built CLI's --help (regenerate: pnpm --filter @sovmap/cli cli-reference)", () => {
    const r = spawnSync(process.execPath, [join(import.meta.dirname, "..", "scripts", "cli-reference.mjs"), "--check"], { encoding: "utf8" })
    expect(r.stderr).toBe("")
    expect(r.status).toBe(0)
  })
})
