import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Command, Flag } from "effect/cli"
import { renderScenarioMarkdown, type Cut, type SweepResult } from "@sovmap/core"
import { loadManifest, scenario as scenarioProgram, sweep as sweepProgram } from "@sovmap/sdk/effect"
import { ExitCode, red } from "../output.js"
import { formatFlag, jsonFlag, manifestArgument, outFlag, reportUserErrors, writeOutput } from "./shared.js"

const cutFlag = Flag.String("cut").pipe(Flag.withDescription("Cut off a jurisdiction (ISO 3166-1 alpha-2, e.g. US)"), Flag.optional)
const cutBlocFlag = Flag.String("cut-bloc").pipe(Flag.withDescription("Cut off every member of a bloc (e.g. eu27)"), Flag.optional)
const cutVendorFlag = Flag.String("cut-vendor").pipe(Flag.withDescription("Cut off a vendor (entity id) and its controlled subsidiaries"), Flag.optional)
const cutLawFlag = Flag.String("cut-law").pipe(Flag.withDescription("Cut off everything a law can reach (law id)"), Flag.optional)
const sweepFlag = Flag.Boolean("sweep").pipe(Flag.withDescription("Rank every jurisdiction, bloc, vendor and law by the loss its cut-off would cause"), Flag.withDefault(false))

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`

const sweepMarkdown = (s: SweepResult): string =>
  [
    "# Cut-off sweep",
    "",
    `${s.candidates} cuts evaluated; total criticality weight ${s.totalWeight}.`,
    "",
    "| Cut | Kind | Systems lost | Loss | Share |",
    "| --- | --- | ---: | ---: | ---: |",
    ...s.rows.map((r) => `| ${r.label.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`)} | ${r.cut.kind} | ${r.lostSystems} | ${r.loss} | ${percent(r.lossShare)} |`),
    ""
  ].join("\n")

export const scenario = Command.make(
  "scenario",
  {
    manifest: manifestArgument,
    cut: cutFlag,
    cutBloc: cutBlocFlag,
    cutVendor: cutVendorFlag,
    cutLaw: cutLawFlag,
    sweep: sweepFlag,
    format: formatFlag,
    json: jsonFlag,
    out: outFlag
  },
  ({ manifest, cut, cutBloc, cutVendor, cutLaw, sweep, format, json, out }) =>
    reportUserErrors(
      Effect.gen(function* () {
        const cuts: Array<Cut> = [
          ...Option.toArray(cut).map((id): Cut => ({ kind: "jurisdiction", id })),
          ...Option.toArray(cutBloc).map((id): Cut => ({ kind: "bloc", id })),
          ...Option.toArray(cutVendor).map((id): Cut => ({ kind: "vendor", id })),
          ...Option.toArray(cutLaw).map((id): Cut => ({ kind: "law", id }))
        ]
        if (cuts.length + (sweep ? 1 : 0) !== 1) {
          process.stderr.write(`${red("error")} give exactly one of --cut, --cut-bloc, --cut-vendor, --cut-law or --sweep\n  hint: sovmap scenario ${manifest} --cut US\n`)
          process.exitCode = ExitCode.usage
          return
        }
        const loaded = yield* loadManifest(manifest)
        const asJson = json || format === "json"
        let text: string
        if (sweep) {
          const result = yield* sweepProgram(loaded)
          text = asJson ? `${JSON.stringify(result, null, 2)}\n` : sweepMarkdown(result)
        } else {
          const result = yield* scenarioProgram(loaded, cuts[0]!)
          text = asJson ? `${JSON.stringify(result, null, 2)}\n` : renderScenarioMarkdown(result)
        }
        yield* writeOutput(text, out)
      })
    )
).pipe(
  Command.withDescription(
    "What breaks if a jurisdiction, bloc, vendor or law cuts you off: systems that lose service (fallbacks counted), criticality-weighted loss and the broken paths; or --sweep to rank every cut."
  ),
  Command.withExamples([
    { command: "sovmap scenario examples/region-nordlys/sovmap.yaml --cut US", description: "Cut off the United States" },
    { command: "sovmap scenario sovmap.yaml --cut-vendor microsoft --json", description: "Cut off Microsoft and its subsidiaries, as JSON" },
    { command: "sovmap scenario sovmap.yaml --sweep", description: "Rank every jurisdiction, bloc, vendor and law by loss" }
  ])
)
