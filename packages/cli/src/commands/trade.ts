import { join } from "node:path"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Argument, Command, Flag } from "effect/cli"
import { jsonFlag, outFlag } from "./shared.js"

const optionalNumber = (name: string, description: string) => Flag.Finite(name).pipe(Flag.withDescription(description), Flag.optional)

const flags = {
  files: Argument.String("files").pipe(
    Argument.withDescription("BACI files: CSV (t,i,j,k,v,q), the .zip as published (several years at once), or - for standard input"),
    Argument.variadic({ min: 1 })
  ),
  importers: Flag.String("importers").pipe(
    Flag.withDescription("Importer group: a bloc of the knowledge base (membership on 31 December of each year) or alpha-2 codes, e.g. DE,FR,IT"),
    Flag.withDefault("eu27")
  ),
  years: Flag.String("years").pipe(Flag.withDescription("Years to read, e.g. 2019,2021-2023 (default: all)"), Flag.optional),
  year: Flag.Int("year").pipe(Flag.withDescription("Year to screen (default: the latest read)"), Flag.optional),
  countryCodes: Flag.String("country-codes").pipe(
    Flag.withDescription("BACI country_codes_V*.csv (default: the one in the zip or beside the CSV, else ISO codes from the knowledge base)"),
    Flag.optional
  ),
  variant: Flag.Literals("variant", ["ec", "geodep"]).pipe(
    Flag.withDescription("ec: European Commission SWD(2021) 352; geodep: CEPII GeoDep (world-export HHI, persistence)"),
    Flag.withDefault("ec" as const)
  ),
  hhi: optionalNumber("hhi", "C1 threshold: extra-group supplier HHI (default 0.4)"),
  extraShare: optionalNumber("extra-share", "C2 threshold: extra-group share of imports (default 0.5)"),
  ratio: optionalNumber("ratio", "C3 threshold: extra-group imports / group exports (default 1)"),
  worldHhi: optionalNumber("world-hhi", "GeoDep C2' threshold: world-export HHI (default 0.4)"),
  ecosystems: Flag.String("ecosystems").pipe(Flag.withDescription("YAML mapping of ecosystems to HS codes, for a ranking per ecosystem"), Flag.optional),
  format: Flag.Literals("format", ["md", "json", "html"]).pipe(Flag.withAlias("f"), Flag.withDescription("Output format"), Flag.withDefault("md" as const)),
  json: jsonFlag,
  out: outFlag,
  top: Flag.Int("top").pipe(Flag.withDescription("Flagged products listed in md/html (default 25)"), Flag.withDefault(25)),
  strict: Flag.Boolean("strict").pipe(Flag.withDescription("Stop at the first row that cannot be used (default: count, report and skip it)"), Flag.withDefault(false)),
  columns: Flag.String("columns").pipe(
    Flag.withDescription("Generic CSV: header names, e.g. year=PERIOD,exporter=PARTNER,importer=DECLARANT,product=PRODUCT,value=VALUE"),
    Flag.optional
  ),
  delimiter: Flag.String("delimiter").pipe(Flag.withDescription("Generic CSV delimiter: , ; | or \\t (default ,)"), Flag.withDefault(",")),
  quiet: Flag.Boolean("quiet").pipe(Flag.withAlias("q"), Flag.withDescription("No progress on standard error"), Flag.withDefault(false))
}

export type TradeArgs = {
  readonly files: ReadonlyArray<string>
  readonly importers: string
  readonly years: Option.Option<string>
  readonly year: Option.Option<number>
  readonly countryCodes: Option.Option<string>
  readonly variant: "ec" | "geodep"
  readonly hhi: Option.Option<number>
  readonly extraShare: Option.Option<number>
  readonly ratio: Option.Option<number>
  readonly worldHhi: Option.Option<number>
  readonly ecosystems: Option.Option<string>
  readonly format: "md" | "json" | "html"
  readonly json: boolean
  readonly out: Option.Option<string>
  readonly top: number
  readonly strict: boolean
  readonly columns: Option.Option<string>
  readonly delimiter: string
  readonly quiet: boolean
}

// The screen (scanner, HS names, zip reader) is a separate bundle, dist/trade-run.cjs, loaded only when this
// verb runs: the main bundle stays small and other verbs start fast. A computed path keeps the bundler from
// inlining it.
export const trade = Command.make("trade", flags, (args) =>
  Effect.flatMap(
    Effect.sync(() => require(join(__dirname, "trade-run.cjs")) as typeof import("./trade-run.js")),
    (m) => Effect.tryPromise({ try: (signal) => m.main(args, signal), catch: (error) => error })
  ).pipe(Effect.orDie)
).pipe(
  Command.withDescription(
    "Screen bilateral trade data (BACI) for strategic dependencies of an importer group: per HS6 product, supplier concentration, extra-group share and imports vs exports. Exit 1 when rows had to be rejected."
  ),
  Command.withExamples([
    { command: "sovmap trade BACI_HS17_V202501.zip --years 2023", description: "EU27 screen of 2023, Markdown on standard output" },
    { command: "sovmap trade BACI_HS17_V202501.zip --variant geodep --years 2021-2023 --format html --out screen.html", description: "CEPII GeoDep variant with persistence, as an HTML page" },
    { command: "sovmap trade comext.csv --columns year=PERIOD,exporter=PARTNER,importer=REPORTER,product=PRODUCT,value=VALUE --delimiter ';'", description: "A generic CSV through a column mapping" }
  ])
)
