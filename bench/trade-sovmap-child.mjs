// Runs sovmap's streaming aggregation in its own process, so that its peak RSS is its own.
// Prints per-product aggregates and timings as JSON on stdout.
import { aggregateTradeFiles } from "../packages/sdk/dist/index.js"

const [csv, codes] = process.argv.slice(2)
const cpu0 = process.cpuUsage()
const start = process.hrtime.bigint()
const { aggregates, files } = await aggregateTradeFiles([csv], { countryCodes: codes, importers: "eu27" })
const ms = Number(process.hrtime.bigint() - start) / 1e6
const cpu = process.cpuUsage(cpu0)
const products = aggregates.years[0].products.map((p) => ({
  k: p.product,
  extra: p.extraImports,
  intra: p.intraImports,
  gexp: p.groupExports,
  world: p.worldExports,
  hhi: p.extraImports > 0 ? p.suppliers.reduce((n, s) => n + s.value * s.value, 0) / (p.extraImports * p.extraImports) : null,
  whhi: p.worldExportHhi ?? null
}))
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, rows: files[0].rowsRead, used: files[0].rowsUsed, rejected: files[0].rowsRejected, products }))
