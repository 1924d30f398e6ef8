// A progress bar on standard error for work that takes more than about a second: drawn only when standard
// error is a terminal, throttled, erased when the work ends. Piped or redirected, it prints nothing at all.
import type { Progress, ProgressUpdate } from "@sovmap/sdk"
import { useColor } from "./output.js"

/** The part of a write stream the bar uses (process.stderr in the CLI, a fake in tests). */
export interface ProgressStream {
  readonly isTTY?: boolean | undefined
  readonly columns?: number | undefined
  write(text: string): unknown
}

export interface ProgressBarOptions {
  readonly stream?: ProgressStream
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Milliseconds; injectable for tests. */
  readonly now?: () => number
  /** Nothing is drawn before the work has run this long (ms). */
  readonly delayMs?: number
  /** Minimum time between two redraws of the same stage (ms). */
  readonly intervalMs?: number
}

export interface ProgressBar {
  /** Pass this to SDK functions. */
  readonly onProgress: Progress
  /** Erases the bar, if one was drawn; call before printing results or diagnostics. */
  readonly clear: () => void
}

const ERASE_LINE = "\r\u001b[2K"
const BAR_WIDTH = 24

const amount = (n: number): string =>
  n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e4 ? `${Math.round(n / 1e3)}k` : String(Math.round(n))

/** One line of the bar, without colour: `parsing [██████░░░░] 45% 5.4M/12.0M characters 3s`. */
export const progressLine = (update: ProgressUpdate, elapsedMs: number, color = false): string => {
  const seconds = `${Math.floor(elapsedMs / 1000)}s`
  const { done, total, unit } = update
  const stage = update.stage ?? "working"
  if (total === undefined || total <= 0) return `${stage}… ${done > 0 ? `${amount(done)} ${unit} ` : ""}${seconds}`
  const fraction = Math.min(1, Math.max(0, done / total))
  const filled = Math.round(fraction * BAR_WIDTH)
  const bar = "█".repeat(filled)
  const rest = "░".repeat(BAR_WIDTH - filled)
  const painted = color ? `\u001b[36m${bar}\u001b[0m${rest}` : `${bar}${rest}`
  return `${stage} ${painted} ${String(Math.floor(fraction * 100)).padStart(3)}% ${amount(done)}/${amount(total)} ${unit} ${seconds}`
}

/** Whether a bar may be drawn on this stream: a terminal that is not `TERM=dumb`. */
export const progressEnabled = (stream: ProgressStream, env: Readonly<Record<string, string | undefined>> = process.env): boolean =>
  stream.isTTY === true && env["TERM"] !== "dumb"

export const progressBar = (options: ProgressBarOptions = {}): ProgressBar => {
  const stream = options.stream ?? process.stderr
  if (!progressEnabled(stream, options.env)) return { onProgress: () => {}, clear: () => {} }
  const now = options.now ?? (() => performance.now())
  const delayMs = options.delayMs ?? 1000
  const intervalMs = options.intervalMs ?? 100
  const start = now()
  const color = useColor(stream, options.env)
  let drawn = false
  let lastDraw = -Infinity
  let lastStage = ""
  const onProgress: Progress = (update) => {
    const t = now()
    if (t - start < delayMs) return
    const finished = update.total !== undefined && update.done >= update.total
    const stage = update.stage ?? ""
    if (stage === lastStage && !finished && t - lastDraw < intervalMs) return
    // A pseudo-terminal without a size reports 0 columns.
    const width = Math.max(20, (stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80) - 1)
    const plain = progressLine(update, t - start)
    const line = plain.length > width ? plain.slice(0, width) : color ? progressLine(update, t - start, true) : plain
    stream.write(`${ERASE_LINE}${line}`)
    drawn = true
    lastDraw = t
    lastStage = stage
  }
  const clear = () => {
    if (drawn) stream.write(ERASE_LINE)
    drawn = false
  }
  return { onProgress, clear }
}
