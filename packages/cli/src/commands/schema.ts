import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Argument, Command, Flag } from "effect/cli"
import { jsonSchemaNames, jsonSchemaPath, jsonSchemas } from "@sovmap/sdk"
import { outFlag, reportUserErrors, writeOutput } from "./shared.js"

const names = jsonSchemaNames()

export const schema = Command.make(
  "schema",
  {
    name: Argument.Literals("name", names as [string, ...Array<string>]).pipe(
      Argument.withDescription(`Which schema: ${names.join(", ")}. Without a name, lists them.`),
      Argument.optional
    ),
    json: Flag.Boolean("json").pipe(Flag.withDescription("List the schemas as JSON (without a name)"), Flag.withDefault(false)),
    out: outFlag
  },
  ({ name, json, out }) =>
    reportUserErrors(
      Option.match(name, {
        onNone: () =>
          writeOutput(
            json
              ? `${JSON.stringify(names.map((n) => ({ name: n, path: `@sovmap/core/${jsonSchemaPath(n)}` })))}\n`
              : names.map((n) => `${n.padEnd(12)} @sovmap/core/${jsonSchemaPath(n)}\n`).join(""),
            out
          ),
        onSome: (n) => writeOutput(`${JSON.stringify(jsonSchemas[n as keyof typeof jsonSchemas](), null, 2)}\n`, out)
      }).pipe(Effect.asVoid)
    )
).pipe(
  Command.withDescription(
    "Print the JSON Schema (draft 2020-12) of a sovmap file format, for editors and validators. The same schemas ship in the npm package under @sovmap/core/schema/."
  ),
  Command.withExamples([
    { command: "sovmap schema manifest > manifest.schema.json", description: "The manifest's schema" },
    { command: "sovmap schema", description: "List the schemas and where they are in node_modules" }
  ])
)
