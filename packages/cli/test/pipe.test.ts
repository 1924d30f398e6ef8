/**
 * A reader that stops early (`sovmap assess … | head -c 100`) closes the pipe while sovmap is still
 * writing. sovmap must stop quietly, as filters do, not die of an unhandled EPIPE with a stack trace.
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { bin, cleanEnv, root } from "./support/sovmap.js"

describe("stdout closed by the reader", () => {
  it("exits 0 with nothing on standard error when `head` stops reading", () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-pipe-"))
    try {
      const stderrFile = join(dir, "stderr.txt")
      // The JSON report of the example is ~87 kB, more than a pipe holds, so writes are pending when head
      // exits. pipefail makes the pipeline's status sovmap's.
      const r = spawnSync("bash", ["-c", 'set -o pipefail; "$0" "$1" assess examples/region-nordlys/sovmap.yaml --format json 2>"$2" | head -c 100 >/dev/null', process.execPath, bin, stderrFile], {
        cwd: root,
        env: cleanEnv({ NO_COLOR: "1" }),
        encoding: "utf8"
      })
      expect(readFileSync(stderrFile, "utf8")).toBe("")
      expect(r.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
