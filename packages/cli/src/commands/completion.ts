import * as Effect from "effect/Effect"
import { Argument, Command, Completions } from "effect/cli"

const shells = ["bash", "zsh", "fish", "powershell"] as const

/** `sovmap completion <shell>`; takes the root command lazily because the root contains this command. */
export const completion = (root: () => Command.Command.Any) =>
  Command.make("completion", { shell: Argument.Literals("shell", shells).pipe(Argument.withDescription(`Shell: ${shells.join(", ")}`)) }, ({ shell }) =>
    Effect.sync(() => {
      process.stdout.write(Completions.generate("sovmap", shell, Completions.fromCommand(root())))
    })
  ).pipe(
    Command.withDescription("Print a shell completion script for sovmap's commands, flags and choices."),
    Command.withExamples([
      { command: "sovmap completion bash > ~/.local/share/bash-completion/completions/sovmap", description: "bash (bash-completion loads it on demand)" },
      { command: "sovmap completion zsh > \"${fpath[1]}/_sovmap\"", description: "zsh: a directory on $fpath, then restart the shell" },
      { command: "sovmap completion fish > ~/.config/fish/completions/sovmap.fish", description: "fish" }
    ])
  )
