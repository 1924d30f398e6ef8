// Terminal conventions: results on stdout, diagnostics on stderr, colour only on a TTY and never with
// NO_COLOR (FORCE_COLOR forces it), paths relative to the working directory.
import { isAbsolute, normalize, relative, sep } from "node:path"
import { formatDiagnostic, type SovmapError } from "@sovmap/sdk"

/** Exit codes, documented in `sovmap --help` and the docs. */
export const ExitCode = { ok: 0, findings: 1, usage: 2, unreadable: 3, internal: 70 } as const

export const useColor = (stream: { readonly isTTY?: boolean | undefined }, env: Readonly<Record<string, string | undefined>> = process.env): boolean => {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false
  const force = env["FORCE_COLOR"]
  if (force !== undefined) return force !== "0" && force !== "false"
  return stream.isTTY === true
}

const paint = (stream: NodeJS.WriteStream, code: string, text: string) => (useColor(stream) ? `\u001b[${code}m${text}\u001b[0m` : text)

export const red = (text: string) => paint(process.stderr, "31", text)
export const green = (text: string) => paint(process.stdout, "32", text)
export const bold = (text: string) => paint(process.stderr, "1", text)

/**
 * A path as messages show it: relative to the working directory when it lies inside it (so an absolute
 * path the user typed, or one a tool built, reads `examples/x.yaml`), otherwise as given. Names such as
 * `<stdin>` pass through.
 */
export const displayPath = (file: string, cwd: string = process.cwd()): string => {
  if (file.startsWith("<") || file === "-") return file
  if (!isAbsolute(file)) return normalize(file)
  const rel = relative(cwd, file)
  return rel === "" ? "." : rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? file : rel
}

export const printDiagnostics = (error: SovmapError): void => {
  const lines = error.diagnostics.map((d) => {
    const [first, ...rest] = formatDiagnostic({ ...d, file: displayPath(d.file) }).split("\n")
    return [`${red("error")} ${bold(first!)}`, ...rest].join("\n")
  })
  process.stderr.write(`${lines.join("\n")}\n`)
  if (error.diagnostics.length > 1) process.stderr.write(`${error.diagnostics.length} problems\n`)
}

export const exitCodeOf = (error: SovmapError): number =>
  error._tag === "FileReadError" ? ExitCode.unreadable : error._tag === "UnknownCutTargetError" ? ExitCode.usage : ExitCode.findings
