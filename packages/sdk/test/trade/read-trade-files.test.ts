import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { DuckDBInstance } from "@duckdb/node-api"
import { strToU8, zipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { aggregateTradeFiles, FileReadError, screenTradeFiles, TradeInputError, TradeRowError } from "../../src/index.js"

const dir = mkdtempSync(join(tmpdir(), "sovmap-trade-"))
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

// BACI-style code file: France is 251 and the USA 842 in BACI (not ISO's 250 and 840); 490 has no ISO2.
const CODES = 'country_code,country_name,country_iso2,country_iso3\n156,China,CN,CHN\n251,France,FR,FRA\n276,Germany,DE,DEU\n410,"Korea, Republic of",KR,KOR\n490,"Other Asia, nes",,S19\n616,Poland,PL,POL\n842,USA,US,USA\n'
const Y2021 = "t,i,j,k,v,q\n2021,156,276,850760,50,1\n2021,490,251,850760,50,NA\n2021,276,842,850760,200,\n"
const Y2022 = "t,i,j,k,v,q\n2022,156,276,850760,90,1\n2022,410,251,850760,10,\n2022,616,276,850760,5,1\n2022,276,842,850760,10,1\n"

describe("aggregateTradeFiles: BACI zips as published", () => {
  const zip = file(
    "BACI_HS17_V202501.zip",
    zipSync({ "country_codes_V202501.csv": strToU8(CODES), "product_codes_HS17_V202501.csv": strToU8("code,description\n"), "BACI_HS17_Y2021_V202501.csv": strToU8(Y2021), "BACI_HS17_Y2022_V202501.csv": strToU8(Y2022) })
  )

  it("reads every year entry through the zip's own country-code file", async () => {
    const { aggregates, files } = await aggregateTradeFiles([zip])
    expect(aggregates.countrySource).toContain("country_codes_V202501.csv")
    expect(aggregates.years.map((y) => y.year)).toEqual([2021, 2022])
    expect(files.map((f) => [f.rowsRead, f.rowsUsed])).toEqual([
      [3, 3],
      [4, 4]
    ])
    // 2022: extra-EU CN 90 + KR 10 (KR→FR via BACI code 251), intra PL→DE 5, EU exports PL 5 + DE→US 10.
    expect(aggregates.years[1]!.products[0]).toMatchObject({ product: "850760", extraImports: 100, intraImports: 5, groupExports: 15 })
    // 2021: "Other Asia, nes" stays its own supplier.
    expect(aggregates.years[0]!.products[0]!.suppliers).toEqual([
      { country: "CN", value: 50 },
      { country: "code:490", value: 50 }
    ])
    expect(aggregates.unmappedCodes).toEqual([{ code: "490", id: "code:490", name: "Other Asia, nes", rows: 1 }])
  })

  it("skips entries of years not selected and reports progress up to the total", async () => {
    const progress: Array<number> = []
    const { aggregates } = await aggregateTradeFiles([zip], { years: [2022], onProgress: (p) => progress.push(p.bytesRead / (p.bytesTotal ?? Number.NaN)) })
    expect(aggregates.years.map((y) => y.year)).toEqual([2022])
    expect(progress.at(-1)).toBe(1)
  })

  it("screens in one call (EC method)", async () => {
    // 2022: HHI 0.9² + 0.1² = 0.82; C2 100/105; C3 100/15.
    const result = await screenTradeFiles([zip])
    expect(result.flagged.map((p) => p.product)).toEqual(["850760"])
    expect(result.flagged[0]!.supplierHhi).toBeCloseTo(0.82, 12)
  })
})

describe("aggregateTradeFiles: plain files and bad input", () => {
  it("finds the country-code file beside a CSV", async () => {
    const sub = mkdtempSync(join(dir, "plain-"))
    writeFileSync(join(sub, "country_codes_V202501.csv"), CODES)
    writeFileSync(join(sub, "BACI_HS17_Y2022_V202501.csv"), Y2022)
    const { aggregates } = await aggregateTradeFiles([join(sub, "BACI_HS17_Y2022_V202501.csv")])
    expect(aggregates.unknownCodes).toEqual([])
  })

  it("reads CSV text and streams (Node, web, split mid-row) to the same aggregates as the file", async () => {
    const sub = mkdtempSync(join(dir, "streams-"))
    const codes = join(sub, "country_codes_V202501.csv")
    writeFileSync(codes, CODES)
    const path = join(sub, "BACI_HS17_Y2022_V202501.csv")
    writeFileSync(path, Y2022)
    const fromFile = (await aggregateTradeFiles([path], { countryCodes: codes })).aggregates
    const fromText = await aggregateTradeFiles([{ text: Y2022, file: "upload.csv" }], { countryCodes: codes })
    expect(fromText.aggregates).toStrictEqual(fromFile)
    expect(fromText.files[0]!.file).toBe("upload.csv")
    // Chunks of 7 bytes cut rows and numbers in two.
    const bytes = new TextEncoder().encode(Y2022)
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7))
    expect((await aggregateTradeFiles([{ stream: Readable.from(chunks) }], { countryCodes: codes })).aggregates).toStrictEqual(fromFile)
    const web = new ReadableStream<string>({
      start(controller) {
        for (let i = 0; i < Y2022.length; i += 5) controller.enqueue(Y2022.slice(i, i + 5))
        controller.close()
      }
    })
    expect((await aggregateTradeFiles([{ stream: web, file: "web.csv" }], { countryCodes: codes })).aggregates).toStrictEqual(fromFile)
  })

  it("rejects a missing file with FileReadError, an empty file and a wrong delimiter with TradeInputError", async () => {
    await expect(aggregateTradeFiles([join(dir, "nope.csv")])).rejects.toBeInstanceOf(FileReadError)
    await expect(aggregateTradeFiles([file("empty.csv", "")])).rejects.toBeInstanceOf(TradeInputError)
    await expect(aggregateTradeFiles([file("semi.csv", "t;i;j;k;v;q\n")])).rejects.toThrow(/wrong delimiter/)
  })

  it("stops under strict at the first bad row with its line", async () => {
    const bad = file("bad.csv", "t,i,j,k,v,q\n2022,156,276,850760,1,\n2022,156,276,850760,-1,\n")
    await expect(aggregateTradeFiles([bad], { strict: true })).rejects.toBeInstanceOf(TradeRowError)
    await expect(aggregateTradeFiles([bad], { strict: true })).rejects.toThrow(/bad\.csv:3:1: value is negative/)
  })

  it("stops when aborted", async () => {
    const controller = new AbortController()
    controller.abort(new Error("stop"))
    await expect(aggregateTradeFiles([file("a.csv", Y2022)], { signal: controller.signal })).rejects.toThrow("stop")
  })
})

describe("equality with DuckDB on a generated sample", { timeout: 120_000 }, () => {
  it("gives the same per-product aggregates as an independent SQL implementation", async () => {
    // 20,000 pseudo-random rows over the code file's countries and 50 products (deterministic generator).
    let seed = 42
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const countries = [156, 251, 276, 410, 490, 616, 842]
    const products = Array.from({ length: 50 }, (_, n) => String(10121 + n * 17351).padStart(6, "0"))
    const lines = ["t,i,j,k,v,q"]
    for (let n = 0; n < 20_000; n++) {
      const k = products[Math.floor(rand() * products.length)]!
      lines.push(`2022,${countries[Math.floor(rand() * 7)]},${countries[Math.floor(rand() * 7)]},${rand() < 0.2 ? Number(k) : k},${(rand() * 1e5).toFixed(3)},${rand() < 0.1 ? "NA" : ""}`)
    }
    const csv = file("sample.csv", `${lines.join("\n")}\n`)
    const codes = file("codes.csv", CODES)
    const { aggregates } = await aggregateTradeFiles([csv], { countryCodes: codes })
    const db = await (await DuckDBInstance.create(":memory:")).connect()
    const reader = await db.runAndReadAll(`
      WITH codes AS (SELECT country_code AS code, coalesce(country_iso2 IN ('DE','FR','PL'), false) AS member
                     FROM read_csv('${codes}', header = true, columns = {'country_code': 'INTEGER', 'country_name': 'VARCHAR', 'country_iso2': 'VARCHAR', 'country_iso3': 'VARCHAR'})),
           f AS (SELECT lpad(k, 6, '0') AS k, t.i, ci.member AS mi, cj.member AS mj, v
                 FROM read_csv('${csv}', header = true, columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DOUBLE', 'q': 'VARCHAR'}) t
                 JOIN codes ci ON t.i = ci.code JOIN codes cj ON t.j = cj.code),
           per AS (SELECT k, i, mi, sum(v) FILTER (WHERE mj) AS imp, sum(v) AS exp FROM f GROUP BY k, i, mi)
      SELECT k, coalesce(sum(imp) FILTER (WHERE NOT mi), 0) AS extra, coalesce(sum(imp) FILTER (WHERE mi), 0) AS intra,
             coalesce(sum(exp) FILTER (WHERE mi), 0) AS gexp, sum(exp) AS world,
             coalesce(sum(imp * imp) FILTER (WHERE NOT mi AND imp > 0) / (sum(imp) FILTER (WHERE NOT mi)) ^ 2, -1) AS hhi
      FROM per GROUP BY k ORDER BY k`)
    const expected = reader.getRowObjectsJS() as Array<{ k: string; extra: number; intra: number; gexp: number; world: number; hhi: number }>
    const actual = aggregates.years[0]!.products
    expect(actual.map((p) => p.product)).toEqual(expected.map((r) => r.k))
    actual.forEach((p, n) => {
      const r = expected[n]!
      // Sums in another order differ only in the last bits of a double.
      const hhi = p.extraImports > 0 ? p.suppliers.reduce((n, s) => n + (s.value / p.extraImports) ** 2, 0) : -1
      for (const [a, b] of [[p.extraImports, r.extra], [p.intraImports, r.intra], [p.groupExports, r.gexp], [p.worldExports, r.world], [hhi, r.hhi]] as const) {
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)))
      }
    })
  })
})

describe("screenTradeFiles as an Effect", () => {
  it("fails with a typed TradeInputError for an empty file", async () => {
    const { Effect, Exit, Cause } = await import("effect")
    const Programs = await import("../../src/effect.js")
    const exit = await Effect.runPromiseExit(Programs.screenTradeFiles([file("empty2.csv", "")]))
    expect(Exit.isFailure(exit)).toBe(true)
    if (Exit.isFailure(exit)) expect(Cause.squash(exit.cause)).toBeInstanceOf(TradeInputError)
  })
})
