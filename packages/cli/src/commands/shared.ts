import { SovmapError } from "@sovmap/sdk"
import * as Effect from "effect/Effect"
import { Argument, Flag } from "effect/cli"
import { exitCodeOf, printDiagnostics } from "../output.js"

export const manifestArgument = Argument.String("manifest").pipe(
  Argument.withDescription("Path of the manifest (sovmap.yaml), or - to read standard input")
)

export const formatFlag = Flag.Literals("format", ["md", "json", "html"]).pipe(
  Flag.withAlias("f"),
  Flag.withDescription("Output format: md (Markdown), json, or html (one self-contained page with charts and a world map)"),
  Flag.withDefault("md" as const)
)

export const jsonFlag = Flag.Boolean("json").pipe(Flag.withDescription("Shorthand for --format json"), Flag.withDefault(false))

export const outFlag = Flag.String("out").pipe(
  Flag.withAlias("o"),
  Flag.withDescription("Write the output to this file (atomically) instead of standard output"),
  Flag.optional
)

/** Turns a sovmap error into printed diagnostics and an exit code; lets anything else through. */
export const reportUserErrors = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<void, never, R> =>
  effect.pipe(
    Effect.asVoid,
    Effect.catch((error: unknown) =>
      Effect.sync(() => {
        if (!(error instanceof SovmapError)) throw error
        printDiagnostics(error)
        process.exitCode = exitCodeOf(error)
      })
    )
  ) as Effect.Effect<void, never, R>
