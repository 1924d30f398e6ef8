import * as NodeServices from "@effect/platform-node/NodeServices"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { Command } from "effect/cli"
import { assess } from "./commands/assess.js"
import { sbom } from "./commands/sbom.js"
import { validate } from "./commands/validate.js"
import { ExitCode, red } from "./output.js"

const sovmap = Command.make("sovmap").pipe(
  Command.withDescription(
    "Map technology dependencies onto the companies and jurisdictions that control them. Exit codes: 0 ok, 1 findings or invalid input, 2 usage error, 3 input cannot be read."
  ),
  Command.withSubcommands([validate, assess, sbom])
)

export const main = async (argv: ReadonlyArray<string>, version: string): Promise<void> => {
  const exit = await Effect.runPromiseExit(Command.runWith(sovmap, { version })(argv).pipe(Effect.provide(NodeServices.layer)))
  if (Exit.isSuccess(exit)) return
  const error = Cause.squash(exit.cause)
  if (typeof error === "object" && error !== null && "_tag" in error && String((error as { _tag: string })._tag).length > 0 && !(error instanceof Error && process.env["SOVMAP_DEBUG"])) {
    // Parse errors of the command line were already printed by the CLI library.
    // `ShowHelp` carries the parse errors that made the library show help; without errors it was --help.
    const { _tag: tag, errors } = error as { _tag: string; errors?: ReadonlyArray<unknown> }
    if (tag !== "ShowHelp" || (errors?.length ?? 0) > 0) process.exitCode = ExitCode.usage
    return
  }
  process.stderr.write(`${red("internal error")}: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env["SOVMAP_DEBUG"]) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`)
  else process.stderr.write("This is a bug in sovmap. Re-run with SOVMAP_DEBUG=1 for details and report it.\n")
  process.exitCode = ExitCode.internal
}
