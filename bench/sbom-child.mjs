// Runs the SBOM import comparison in a process of its own, so that the heap the other benchmarks leave
// behind does not weigh on either side: sovmap's import + attribution and its peer (readFile + JSON.parse
// of the same file) interleaved, each run timed alone. Prints the timings as JSON on stdout.
import { readFileSync } from "node:fs"
import { attributeSbomFile } from "../packages/sdk/dist/index.js"

const [file, runsArg] = process.argv.slice(2)
const runs = Number(runsArg)
const time = async (f) => {
  const t = process.hrtime.bigint()
  await f()
  return Number(process.hrtime.bigint() - t) / 1e6
}
let components = 0
const ours = async () => {
  components = (await attributeSbomFile(file)).summary.components
}
const peer = async () => JSON.parse(readFileSync(file, "utf8"))
// Warm both paths (module loading, the knowledge base's indexes, JIT) before timing.
for (let i = 0; i < 2; i++) {
  await ours()
  await peer()
}
const a = []
const b = []
for (let i = 0; i < runs; i++) {
  b.push(await time(peer))
  a.push(await time(ours))
}
process.stdout.write(JSON.stringify({ components, ours: a, peer: b }))
