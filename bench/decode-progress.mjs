// Manifest decoding with progress reporting: sovmap drives yaml's lexer, parser and composer itself to
// report characters parsed. Peer: the same npm `yaml` package's own parseDocument + toJS (no schema, no
// progress), in the same process on the same generated 2000-system manifest, interleaved, median of runs.
import { createRequire } from "node:module"
import { join } from "node:path"
import { pathToFileURL } from "node:url"

const root = join(import.meta.dirname, "..")
const core = await import(pathToFileURL(join(root, "packages", "core", "dist", "index.js")).href)
const yaml = createRequire(join(root, "packages", "core", "package.json"))("yaml")

const manifest = (systems) => {
  const offerings = ["ovhcloud-public-cloud", "aws-s3", "microsoft-365", "aws-ec2", "stackit-cloud", "s3ns-premi3ns", "mistral-la-plateforme", "openai-api", "github-com"]
  const lines = ["sovmap: 1", "organisation:", "  name: Generated", "  country: FR", "weighting: both", "systems:"]
  for (let i = 0; i < systems; i++) {
    lines.push(`  - id: system-${i}`, `    name: System ${i}`, "    criticality: high", "    dependencies:")
    for (let j = 0; j < 10; j++) lines.push(`      - offering: ${offerings[(i + j) % offerings.length]}`, `        spend: ${1000 + j}`)
  }
  return `${lines.join("\n")}\n`
}

const time = (f) => {
  const start = performance.now()
  f()
  return performance.now() - start
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export const decodeProgress = async (runs = Number(process.env.BENCH_DECODE_RUNS ?? 5)) => {
  const text = manifest(2000)
  const peer = () => yaml.parseDocument(text, { lineCounter: new yaml.LineCounter(), prettyErrors: false, uniqueKeys: true, strict: true }).toJS()
  let reports = 0
  const withProgress = () => core.decodeManifest(text, "bench.yaml", () => reports++)
  const without = () => core.decodeManifest(text, "bench.yaml")
  peer()
  withProgress()
  const samples = { peer: [], withProgress: [], without: [] }
  for (let i = 0; i < runs; i++) {
    samples.peer.push(time(peer))
    samples.withProgress.push(time(withProgress))
    samples.without.push(time(without))
  }
  const base = median(samples.peer)
  const row = (name, xs, target) => {
    const value = median(xs)
    return { name, value: `${value.toFixed(0)} ms`, peer: `${base.toFixed(0)} ms`, ratio: value / base, target: `≤ ${target}×`, pass: value / base <= target }
  }
  return [
    row(`decodeManifest ${(text.length / 1e6).toFixed(1)} MB, onProgress vs yaml.parseDocument+toJS`, samples.withProgress, 1.5),
    row(`decodeManifest ${(text.length / 1e6).toFixed(1)} MB, no listener vs yaml.parseDocument+toJS`, samples.without, 1.5)
  ]
}
