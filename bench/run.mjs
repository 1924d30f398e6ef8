// pnpm bench: each benchmark runs beside its peer in the same process and prints the ratio.
// Results go into BENCHMARKS.md with the machine and date.
import { cliStartup } from "./cli-startup.mjs"
import { decodeProgress } from "./decode-progress.mjs"
import { graphBench } from "./graph.mjs"
import { htmlReport } from "./html-report.mjs"
import { sbomImport } from "./sbom.mjs"
import { tradeBench } from "./trade.mjs"
import { aggregateBench } from "./aggregate.mjs"
import { treeshake } from "./treeshake.mjs"

const results = [...(await cliStartup()), ...(await treeshake()), ...(await decodeProgress()), ...(await htmlReport()), ...(await graphBench()), ...(await tradeBench()), ...(await sbomImport()), ...(await aggregateBench())]
const width = Math.max(...results.map((r) => r.name.length))
console.log(`\nsovmap benchmarks — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`)
for (const r of results) {
  console.log(`${r.name.padEnd(width)}  ${r.value}  ${r.peer}  ratio ${r.ratio.toFixed(2)}×  target ${r.target}  ${r.pass ? "ok" : "MISSED"}`)
  if (r.note !== undefined) console.log(`${" ".repeat(4)}${r.note}`)
}
