import { SovmapError, type Progress } from "@sovmap/sdk"
import { writeFileAtomic } from "@sovmap/sdk/effect"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Argument, Flag } from "effect/cli"
import { displayPath, exitCodeOf, printDiagnostics } from "../output.js"
import { progressBar } from "../progress.js"

export const manifestArgument = Argument.String("manifest").pipe(
  Argument.withDescription("Path of the manifest (sovmap.yaml), or - to read standard input")
)

/** A `--format/-f` flag over the formats a command can write; the first is the default. */
export const formatFlagOf = <const F extends string>(formats: readonly [F, ...Array<F>]) =>
  Flag.Literals("format", formats).pipe(
    Flag.withAlias("f"),
    Flag.withDescription(`Output format: ${formats.join(", ")} (default ${formats[0]})`),
    Flag.withDefault(formats[0])
  )

export const formatFlag = formatFlagOf(["md", "json", "html"])

export const jsonFlag = Flag.Boolean("json").pipe(Flag.withDescription("Shorthand for --format json"), Flag.withDefault(false))

/** `--json` for commands that have no other format: the result as one JSON document on standard output. */
export const jsonOnlyFlag = Flag.Boolean("json").pipe(Flag.withDescription("Print the result as JSON"), Flag.withDefault(false))

export const outFlag = Flag.String("out").pipe(
  Flag.withAlias("o"),
  Flag.withDescription("Write the output to this file (atomically) instead of standard output"),
  Flag.optional
)

/** The three output flags every verb that prints a result takes: `--format`, `--json`, `--out`. */
export const outputFlags = { format: formatFlag, json: jsonFlag, out: outFlag }

/** Writes a result to `--out` atomically (and says so on stderr), or to standard output. */
export const writeOutput = (text: string, out: Option.Option<string>) =>
  Option.isSome(out)
    ? writeFileAtomic(out.value, text).pipe(Effect.tap(() => Effect.sync(() => process.stderr.write(`wrote ${displayPath(out.value)}\n`))))
    : Effect.sync(() => {
        process.stdout.write(text)
      })

/**
 * Runs work with a progress bar on standard error (a terminal only, after about a second) and erases the
 * bar when the work ends, before anything else is printed.
 */
export const withProgress = <A, E, R>(work: (onProgress: Progress) => Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.suspend(() => {
    const bar = progressBar()
    return work(bar.onProgress).pipe(Effect.ensuring(Effect.sync(bar.clear)))
  })

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
