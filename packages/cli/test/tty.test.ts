// The CLI as a person at a terminal sees it: run inside a pseudo-terminal (util-linux `script`) and inside
// tmux, and compared with the same command piped. Skipped, with the reason printed, where neither exists.
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bigManifest, bin, cleanEnv, root, sovmap } from "./support/sovmap.js"

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0
const hasScript = has("script") && spawnSync("script", ["-q", "-e", "-c", "true", "/dev/null"]).status === 0
const hasTmux = has("tmux")
if (!hasScript) console.warn("tty.test: skipping pseudo-terminal tests: util-linux `script` is not installed")
if (!hasTmux) console.warn("tty.test: skipping tmux tests: tmux is not installed (apt-get install -y tmux)")

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`
const ESC = "\u001b"
const SGR = /\u001b\[\d+(;\d+)*m/
const ERASE = `\r${ESC}[2K`

/** Runs the CLI with a pseudo-terminal as stdin, stdout and stderr; returns everything the terminal got. */
const inPty = (args: Array<string>, env: Record<string, string> = {}) => {
  const command = [process.execPath, bin, ...args].map(quote).join(" ")
  const r = spawnSync("script", ["-q", "-e", "-c", command, "/dev/null"], { cwd: root, encoding: "utf8", env: cleanEnv(env), timeout: 120_000 })
  return { code: r.status, output: r.stdout }
}

let dir = ""
let big = ""
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sovmap-tty-"))
  big = join(dir, "big.yaml")
  // 4000 systems × 10 dependencies, 2.4 MB: several seconds of parsing, well over the 1 s before the bar shows.
  writeFileSync(big, bigManifest(4000))
})

describe.skipIf(!hasScript)("on a terminal (pty)", () => {
  it("assess on a large manifest shows a progress bar with colour on stderr, then erases it", () => {
    const out = join(dir, "report.json")
    const r = inPty(["assess", big, "--json", "--out", out])
    expect(r.code).toBe(0)
    expect(r.output).toContain(`${ERASE}parsing `)
    expect(r.output).toMatch(/parsing \S*\s+\d+% [\d.]+[kM]?\/[\d.]+[kM]? characters \d+s/)
    expect(r.output).toMatch(/assessing .*100% 40k\/40k dependencies/)
    expect(r.output).toContain(`${ESC}[36m`)
    // erased before the last message: nothing of the bar is left on the line that says what was written
    expect(r.output).toMatch(new RegExp(`\\r\\u001b\\[2Kwrote .*report\\.json\\r?\\n$`))
    expect(JSON.parse(readFileSync(out, "utf8")).dependencies.length).toBe(40000)
  }, 120_000)

  it("validate on a large manifest shows the bar too, and erases it before its result", () => {
    const r = inPty(["validate", big])
    expect(r.code).toBe(0)
    expect(r.output).toContain(`${ERASE}parsing `)
    expect(r.output).toMatch(/\r\u001b\[2K\u001b\[32m✓\u001b\[0m .*big\.yaml is valid: 4000 systems, 40000 dependencies\r?\n$/)
  }, 120_000)

  it("NO_COLOR keeps the bar but drops every colour", () => {
    const r = inPty(["assess", big, "--json", "--out", join(dir, "r2.json")], { NO_COLOR: "1" })
    expect(r.code).toBe(0)
    expect(r.output).toContain(`${ERASE}parsing `)
    expect(r.output).not.toMatch(SGR)
  }, 120_000)

  it("diagnostics are coloured on a terminal", () => {
    const r = inPty(["validate", "packages/cli/test/fixtures/unknown-field.yaml"])
    expect(r.code).toBe(1)
    expect(r.output).toContain(`${ESC}[31merror${ESC}[0m`)
  })
})

describe("piped (no terminal)", () => {
  it("assess prints no progress and no escape codes at all", () => {
    const out = join(dir, "piped.json")
    const r = sovmap(["assess", big, "--json", "--out", out], { env: cleanEnv() })
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(`wrote ${out}\n`)
    expect(r.stdout).toBe("")
  }, 120_000)

  it("diagnostics carry no colour, unless FORCE_COLOR asks for it", () => {
    const plain = sovmap(["validate", "packages/cli/test/fixtures/unknown-field.yaml"], { env: cleanEnv() })
    expect(plain.stderr).not.toContain(ESC)
    const forced = sovmap(["validate", "packages/cli/test/fixtures/unknown-field.yaml"], { env: cleanEnv({ FORCE_COLOR: "1" }) })
    expect(forced.stderr).toMatch(SGR)
  })
})

describe.skipIf(!hasTmux)("in tmux: sovmap init asks questions on a terminal", () => {
  const session = `sovmap-test-${process.pid}`
  const tmux = (...args: Array<string>) => spawnSync("tmux", ["-L", session, ...args], { encoding: "utf8" })
  const screen = () => tmux("capture-pane", "-p", "-t", session).stdout
  const waitFor = async (predicate: () => boolean, ms = 15_000) => {
    const end = Date.now() + ms
    while (Date.now() < end) {
      if (predicate()) return true
      await new Promise((r) => setTimeout(r, 100))
    }
    return false
  }
  afterAll(() => {
    tmux("kill-server")
  })

  it("prompts for name, country and home bloc, then writes a valid manifest", async () => {
    const target = join(dir, "interactive", "sovmap.yaml")
    const command = `mkdir -p ${quote(join(dir, "interactive"))} && cd ${quote(join(dir, "interactive"))} && ${quote(process.execPath)} ${quote(bin)} init; echo "exit=$?"; sleep 30`
    expect(tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "30", "env", "-u", "NO_COLOR", "-u", "FORCE_COLOR", "sh", "-c", command).status).toBe(0)
    expect(await waitFor(() => screen().includes("Organisation name"))).toBe(true)
    tmux("send-keys", "-t", session, "-l", "Ville d'Exemple")
    tmux("send-keys", "-t", session, "Enter")
    expect(await waitFor(() => screen().includes("Country"))).toBe(true)
    tmux("send-keys", "-t", session, "-l", "de")
    tmux("send-keys", "-t", session, "Enter")
    expect(await waitFor(() => screen().includes("Home bloc"))).toBe(true)
    tmux("send-keys", "-t", session, "Enter")
    expect(await waitFor(() => screen().includes("exit="))).toBe(true)
    expect(screen()).toContain("exit=0")
    expect(existsSync(target)).toBe(true)
    const text = readFileSync(target, "utf8")
    expect(text).toContain(`name: "Ville d'Exemple"`)
    expect(text).toMatch(/^  country: DE$/m)
    expect(text).toMatch(/^home: eu27$/m)
    expect(sovmap(["validate", target]).code).toBe(0)
    tmux("kill-session", "-t", session)
  }, 60_000)

  it("Ctrl-C at a prompt exits 130 and writes nothing", async () => {
    const where = join(dir, "cancelled")
    const command = `mkdir -p ${quote(where)} && cd ${quote(where)} && ${quote(process.execPath)} ${quote(bin)} init; echo "exit=$?"; sleep 30`
    expect(tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "30", "sh", "-c", command).status).toBe(0)
    expect(await waitFor(() => screen().includes("Organisation name"))).toBe(true)
    tmux("send-keys", "-t", session, "C-c")
    expect(await waitFor(() => screen().includes("exit="))).toBe(true)
    expect(screen()).toMatch(/^exit=130$/m)
    expect(existsSync(join(where, "sovmap.yaml"))).toBe(false)
  }, 60_000)
})
