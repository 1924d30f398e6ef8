// Generates a synthetic BACI-shaped year (t,i,j,k,v,q) once into a temporary directory, with a BACI-style
// country-code file. Distributions: ~230 countries whose trade sizes follow a Zipf law, the 5,613 HS 2022
// subheadings with Zipf-distributed popularity, log-normal values with three decimals (thousand USD), ~2 % of
// quantities NA, some space-padded, and leading zeros dropped on a tenth of the codes that have one.
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"

const require = createRequire(join(import.meta.dirname, "..", "packages", "core", "package.json"))
const root = join(import.meta.dirname, "..")

const mulberry32 = (seed) => () => {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

// BACI numbers a few countries differently from ISO 3166-1 numeric (e.g. France 251, USA 842, India 699).
const BACI_OVERRIDES = { FR: 251, US: 842, IN: 699, CH: 757, NO: 579 }

export const tradeData = async ({ rows = Number(process.env.BENCH_TRADE_ROWS ?? 11_000_000), dir = join(tmpdir(), "sovmap-bench-trade") } = {}) => {
  mkdirSync(dir, { recursive: true })
  const csv = join(dir, `BACI_HS22_Y2022_V202501_${rows}.csv`)
  const codesFile = join(dir, "country_codes_V202501.csv")
  const codes = require("i18n-iso-countries/codes.json").filter(([a2]) => a2 !== "XK" && a2 !== "AQ" && a2 !== "BV" && a2 !== "HM")
  const names = require("i18n-iso-countries/langs/en.json").countries
  const countries = codes.slice(0, 230).map(([a2, a3, num]) => ({ a2, a3, code: BACI_OVERRIDES[a2] ?? Number(num), name: Array.isArray(names[a2]) ? names[a2][0] : names[a2] }))
  if (!existsSync(codesFile)) {
    const lines = ["country_code,country_name,country_iso2,country_iso3", ...countries.map((c) => `${c.code},"${c.name}",${c.a2},${c.a3}`), '490,"Other Asia, nes",,S19']
    const w = createWriteStream(`${codesFile}.tmp`)
    w.end(`${lines.join("\n")}\n`)
    await new Promise((r) => w.on("finish", r))
    renameSync(`${codesFile}.tmp`, codesFile)
  }
  if (existsSync(csv)) return { csv, codesFile, bytes: statSync(csv).size, rows }
  const products = readFileSync(join(root, "packages", "core", "data", "hs", "harmonized-system-2022.csv"), "utf8")
    .split("\n")
    .map((l) => l.split(",")[1])
    .filter((c) => c !== undefined && /^[0-9]{6}$/.test(c))
  const rand = mulberry32(20261123)
  const codesAll = [...countries.map((c) => c.code), 490]
  // Zipf weights → cumulative tables for inverse sampling.
  const cumulative = (n, s) => {
    const w = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s)
    const total = w.reduce((a, b) => a + b, 0)
    let acc = 0
    return Float64Array.from(w, (x) => (acc += x / total))
  }
  const pick = (cum) => {
    const u = rand()
    let lo = 0
    let hi = cum.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cum[mid] < u) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const shuffledCountries = [...codesAll].sort(() => rand() - 0.5)
  const exporterCum = cumulative(shuffledCountries.length, 1.1)
  const importerCum = cumulative(shuffledCountries.length, 0.9)
  const shuffledProducts = [...products].sort(() => rand() - 0.5)
  const productCum = cumulative(shuffledProducts.length, 0.6)
  const out = createWriteStream(`${csv}.tmp`, { highWaterMark: 1 << 20 })
  out.write("t,i,j,k,v,q\n")
  let buffer = ""
  for (let n = 0; n < rows; n++) {
    const i = shuffledCountries[pick(exporterCum)]
    let j = shuffledCountries[pick(importerCum)]
    if (j === i) j = shuffledCountries[(shuffledCountries.indexOf(i) + 1) % shuffledCountries.length]
    let k = shuffledProducts[pick(productCum)]
    if (k[0] === "0" && rand() < 0.1) k = k.slice(1)
    // Log-normal value in thousand USD, three decimals, strictly positive (BACI omits flows ≤ USD 1,000).
    const v = (1.001 + Math.exp(rand() * 6 + rand() * 6 - 2)).toFixed(3)
    const r = rand()
    const q = r < 0.02 ? (r < 0.01 ? "NA" : "") : r < 0.05 ? `        ${(rand() * 100).toFixed(3)}` : (rand() * 1000).toFixed(3)
    buffer += `2022,${i},${j},${k},${v},${q}\n`
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((r) => out.once("drain", r))
      buffer = ""
    }
  }
  out.end(buffer)
  await new Promise((r) => out.on("finish", r))
  renameSync(`${csv}.tmp`, csv)
  return { csv, codesFile, bytes: statSync(csv).size, rows }
}
