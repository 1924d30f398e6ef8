// Runs the built, bundled CLI as a user would: a subprocess from the repository root.
import { spawnSync } from "node:child_process"
import { join } from "node:path"

export const root = join(import.meta.dirname, "..", "..", "..", "..")
export const bin = join(import.meta.dirname, "..", "..", "dist", "sovmap.cjs")

/** Environment without colour or debug settings inherited from whoever runs the tests. */
export const cleanEnv = (extra: Record<string, string> = {}): Record<string, string> => {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !["NO_COLOR", "FORCE_COLOR", "SOVMAP_DEBUG", "TERM"].includes(k)) env[k] = v
  return { ...env, TERM: "xterm-256color", ...extra }
}

export const sovmap = (args: Array<string>, options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    env: options.env ?? cleanEnv({ NO_COLOR: "1" })
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A manifest of `systems` systems × 10 dependencies on shipped offerings (~600 bytes per system). */
export const bigManifest = (systems: number): string => {
  const offerings = ["ovhcloud-public-cloud", "aws-s3", "microsoft-365", "aws-ec2", "stackit-cloud", "s3ns-premi3ns", "mistral-la-plateforme", "openai-api", "github-com"]
  const lines = ["sovmap: 1", "organisation:", "  name: Generated", "  country: FR", "weighting: both", "systems:"]
  for (let i = 0; i < systems; i++) {
    lines.push(`  - id: system-${i}`, `    name: System ${i}`, "    criticality: high", "    dependencies:")
    for (let j = 0; j < 10; j++) lines.push(`      - offering: ${offerings[(i + j) % offerings.length]}`, `        spend: ${1000 + j}`)
  }
  return `${lines.join("\n")}\n`
}
