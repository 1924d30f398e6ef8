import * as NodeServices from "@effect/platform-node/NodeServices"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { renderTradeHtml, renderTradeJson, renderTradeMarkdown, screenTradeFiles, TradeInputError, type TradeScreenResult } from "@sovmap/sdk"
import { writeFileAtomic } from "@sovmap/sdk/effect"
import { ExitCode } from "../output.js"
import { reportUserErrors } from "./shared.js"
import type { TradeArgs } from "./trade.js"

const usage = (file: string, message: string, hint: string) => new TradeInputError([{ file, message, hint }])

export const parseYears = (text: string): Array<number> => {
  const years: Array<number> = []
  for (const part of text.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(part)
    if (m === null) throw usage("--years", `\`${part}\` is not a year or a range of years`, "write e.g. 2019,2021-2023")
    const from = Number(m[1])
    const to = m[2] === undefined ? from : Number(m[2])
    if (to < from) throw usage("--years", `range \`${part}\` ends before it starts`, "write the earlier year first")
    for (let y = from; y <= to; y++) years.push(y)
  }
  return years
}

const ROLES = ["year", "exporter", "importer", "product", "value"] as const

export const parseColumns = (text: string, delimiter: string) => {
  const map = new Map<string, string>()
  for (const pair of text.split(",")) {
    const [key, value] = pair.split("=").map((s) => s.trim())
    if (key === undefined || value === undefined || value === "" || !(ROLES as ReadonlyArray<string>).includes(key)) {
      throw usage("--columns", `\`${pair}\` is not role=COLUMN with a role among ${ROLES.join(", ")}`, "e.g. --columns year=PERIOD,exporter=PARTNER,importer=REPORTER,product=PRODUCT,value=VALUE")
    }
    map.set(key, value)
  }
  const missing = ROLES.filter((r) => !map.has(r))
  if (missing.length > 0) throw usage("--columns", `missing ${missing.join(", ")}`, "name the column of each of year, exporter, importer, product and value")
  const d = delimiter === "\\t" ? "\t" : delimiter
  return { delimiter: d, year: map.get("year")!, exporter: map.get("exporter")!, importer: map.get("importer")!, product: map.get("product")!, value: map.get("value")! }
}

const progressPrinter = (quiet: boolean) => {
  if (quiet || process.stderr.isTTY !== true) return undefined
  let last = 0
  return (p: { file: string; bytesRead: number; bytesTotal: number | undefined; rows: number }) => {
    const now = Date.now()
    if (now - last < 250) return
    last = now
    const pct = p.bytesTotal !== undefined && p.bytesTotal > 0 ? ` ${((p.bytesRead / p.bytesTotal) * 100).toFixed(0)} %` : ""
    process.stderr.write(`\r\u001b[2K${p.file}:${pct} ${(p.bytesRead / 1048576).toFixed(0)} MiB, ${p.rows} rows`)
  }
}

const render = (result: TradeScreenResult, format: "md" | "json" | "html", top: number) =>
  format === "json" ? renderTradeJson(result) : format === "html" ? renderTradeHtml(result, { top }) : renderTradeMarkdown(result, top)

export const runTrade = (args: TradeArgs) =>
  reportUserErrors(
    Effect.gen(function* () {
      const onProgress = progressPrinter(args.quiet)
      const result = yield* Effect.tryPromise({
        try: async (signal) => {
          const thresholds = {
            ...(Option.isSome(args.hhi) ? { supplierHhi: args.hhi.value } : {}),
            ...(Option.isSome(args.extraShare) ? { extraShare: args.extraShare.value } : {}),
            ...(Option.isSome(args.ratio) ? { importsToExports: args.ratio.value } : {}),
            ...(Option.isSome(args.worldHhi) ? { worldExportHhi: args.worldHhi.value } : {})
          }
          return await screenTradeFiles(args.files, {
            importers: args.importers,
            years: Option.isSome(args.years) ? parseYears(args.years.value) : undefined,
            year: Option.getOrUndefined(args.year),
            countryCodes: Option.getOrUndefined(args.countryCodes),
            variant: args.variant,
            thresholds,
            ecosystems: Option.getOrUndefined(args.ecosystems),
            strict: args.strict,
            layout: Option.isSome(args.columns) ? parseColumns(args.columns.value, args.delimiter) : undefined,
            onProgress,
            signal
          })
        },
        catch: (error) => error
      }).pipe(Effect.ensuring(Effect.sync(() => onProgress !== undefined && process.stderr.write("\r\u001b[2K"))))
      const text = render(result, args.json ? "json" : args.format, args.top)
      if (Option.isSome(args.out)) {
        yield* writeFileAtomic(args.out.value, text)
        process.stderr.write(`wrote ${args.out.value}\n`)
      } else process.stdout.write(text)
      for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`)
      if (result.rows.rejected > 0) {
        const first = result.files.flatMap((f) => f.rejectedExamples)[0]
        process.stderr.write(
          `warning: ${result.rows.rejected} of ${result.rows.read} rows rejected and left out (listed in the report${first === undefined ? "" : `; first at ${first.file}:${first.line}: ${first.problem}`}); use --strict to stop at the first\n`
        )
        process.exitCode = ExitCode.findings
      }
    })
  )

/**
 * Entry point of the separate `dist/trade-run.cjs` bundle, which `sovmap trade` loads with `require`:
 * it runs the verb on its own runtime, so the main bundle holds neither the screen nor the HS names.
 * Aborting `signal` interrupts the read.
 */
export const main = (args: TradeArgs, signal?: AbortSignal): Promise<void> =>
  Effect.runPromise(runTrade(args).pipe(Effect.provide(NodeServices.layer)), signal === undefined ? undefined : { signal })
