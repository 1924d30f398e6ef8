/**
 * What changed between two assessments: every numeric metric, the dependency set, the composite score.
 *
 * @module
 */
import type { ReportDocument } from "./report.js"

/**
 * A number that differs between two assessments (or exists in only one of them).
 *
 * @example
 * ```ts
 * import { diffReports } from "@sovmap/sdk"
 * import type { NumericChange } from "@sovmap/core"
 *
 * // Two reports written by `sovmap assess --format json`
 * const diff = await diffReports("before.json", "after.json")
 * const change: NumericChange | undefined = diff.metrics.find((m) => m.path === "foreignShare.foreignShare")
 * if (change?.delta !== undefined) console.log(`foreign share ${change.delta > 0 ? "up" : "down"} ${Math.abs(change.delta * 100).toFixed(1)} points`)
 * ```
 * @category diff
 * @since 0.2.0
 */
export interface NumericChange {
  /** Path under `metrics`, e.g. `foreignShare.byJurisdiction[US].share`. */
  readonly path: string
  readonly before?: number | undefined
  readonly after?: number | undefined
  /** after − before, when both exist. */
  readonly delta?: number | undefined
}

/**
 * One dependency as a comparison sees it.
 *
 * @example
 * ```ts
 * import { diffReports } from "@sovmap/sdk"
 * import type { DependencySnapshot } from "@sovmap/core"
 *
 * const diff = await diffReports("before.json", "after.json")
 * const added: ReadonlyArray<DependencySnapshot> = diff.dependencies.added
 * for (const d of added) console.log(`+ ${d.system}: ${d.offeringName} (${d.controllerName}, ${d.controlJurisdiction})`)
 * ```
 * @category diff
 * @since 0.2.0
 */
export interface DependencySnapshot {
  readonly system: string
  readonly offering: string
  readonly offeringName: string
  readonly controllerName: string
  readonly controlJurisdiction: string
  readonly weight: number
}

/**
 * A dependency present in both assessments whose weight or control jurisdiction changed.
 *
 * @example
 * ```ts
 * import { diffReports } from "@sovmap/sdk"
 * import type { DependencyChange } from "@sovmap/core"
 *
 * const diff = await diffReports("before.json", "after.json")
 * const moved: ReadonlyArray<DependencyChange> = diff.dependencies.changed.filter((c) => c.before.controlJurisdiction !== c.after.controlJurisdiction)
 * for (const { before, after } of moved) console.log(`${before.offering}: now controlled from ${after.controlJurisdiction}, was ${before.controlJurisdiction}`)
 * ```
 * @category diff
 * @since 0.2.0
 */
export interface DependencyChange {
  readonly before: DependencySnapshot
  readonly after: DependencySnapshot
}

/**
 * Identity of one assessment in a comparison.
 *
 * @example
 * ```ts
 * import { diffReports } from "@sovmap/sdk"
 * import type { AssessmentIdentity } from "@sovmap/core"
 *
 * const diff = await diffReports("before.json", "after.json")
 * const before: AssessmentIdentity = diff.before
 * if (before.knowledgeBase !== diff.after.knowledgeBase) console.warn("the knowledge base changed: some differences come from the data, not the manifest")
 * if (before.manifestSha256 === diff.after.manifestSha256) console.log(`${before.file}: same manifest, different results`)
 * ```
 * @category diff
 * @since 0.2.0
 */
export interface AssessmentIdentity {
  readonly file: string
  readonly organisation: string
  readonly manifestSha256?: string | undefined
  readonly knowledgeBase: string
}

/**
 * The difference between two assessments.
 *
 * @example
 * ```ts
 * import { diffReports, type AssessmentDiff } from "@sovmap/sdk"
 *
 * const diff: AssessmentDiff = await diffReports("before.json", "after.json")
 * console.log(`score ${diff.score?.before} → ${diff.score?.after}`)
 * console.log(`${diff.metrics.length} metrics changed, ${diff.unchangedMetrics} unchanged`)
 * console.log(`${diff.dependencies.added.length} dependencies added, ${diff.dependencies.removed.length} removed`)
 * ```
 * @category diff
 * @since 0.2.0
 */
export interface AssessmentDiff {
  readonly diffVersion: 1
  readonly before: AssessmentIdentity
  readonly after: AssessmentIdentity
  /** The composite score's change, when either report has one. */
  readonly score?: NumericChange | undefined
  /** Numeric leaves under `metrics` that differ, in path order. */
  readonly metrics: ReadonlyArray<NumericChange>
  /** How many numeric leaves are equal in both. */
  readonly unchangedMetrics: number
  readonly dependencies: {
    readonly added: ReadonlyArray<DependencySnapshot>
    readonly removed: ReadonlyArray<DependencySnapshot>
    readonly changed: ReadonlyArray<DependencyChange>
    readonly unchanged: number
  }
}

// Fields that name an element of a list of records: a row keyed by them keeps its identity when the list
// is re-sorted (e.g. `byJurisdiction` sorted by weight), so that the comparison matches like with like.
const IDENTITY_KEYS = ["id", "jurisdiction", "law", "bloc", "tier", "offering", "entity", "system", "country", "code", "kind", "name", "key"]

const identityOf = (value: unknown): string | undefined => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined
  for (const key of IDENTITY_KEYS) {
    const v = (value as Record<string, unknown>)[key]
    if (typeof v === "string" || typeof v === "number") return String(v)
  }
  return undefined
}

/**
 * Flattens every finite number in a JSON value to `path → number`. Object keys join with dots; list
 * elements are named by their identity field (`[US]`) when they have one, else by their index (`[0]`).
 *
 * @example
 * ```ts
 * import { numericLeaves } from "@sovmap/core"
 *
 * numericLeaves({ a: { b: 1 }, rows: [{ jurisdiction: "US", share: 0.5 }] })
 * // Map { "a.b" => 1, "rows[US].share" => 0.5 }
 * ```
 * @category diff
 * @since 0.2.0
 */
export const numericLeaves = (value: unknown, prefix = ""): Map<string, number> => {
  const out = new Map<string, number>()
  const walk = (v: unknown, path: string) => {
    if (typeof v === "number") {
      if (Number.isFinite(v)) out.set(path, v)
    } else if (Array.isArray(v)) {
      const seen = new Map<string, number>()
      v.forEach((item, i) => {
        const id = identityOf(item)
        let segment = id ?? String(i)
        if (id !== undefined) {
          const n = (seen.get(id) ?? 0) + 1
          seen.set(id, n)
          if (n > 1) segment = `${id}#${n}`
        }
        walk(item, `${path}[${segment}]`)
      })
    } else if (v !== null && typeof v === "object") {
      for (const [key, child] of Object.entries(v)) walk(child, path === "" ? key : `${path}.${key}`)
    }
  }
  walk(value, prefix)
  return out
}

/**
 * Where the composite score is looked for under `metrics`, in order: the first path present in either
 * report is compared.
 *
 * @example
 * ```ts
 * import { numericLeaves, SCORE_PATHS } from "@sovmap/core"
 *
 * SCORE_PATHS[0] // "score.score": where sovmap's own reports keep the composite score
 * const leaves = numericLeaves({ score: { score: 73.5, components: [] } })
 * SCORE_PATHS.find((path) => leaves.has(path)) // "score.score"
 * ```
 * @category diff
 * @since 0.2.0
 */
export const SCORE_PATHS: ReadonlyArray<string> = ["score.score", "score.value", "score", "composite.score", "composite.value", "compositeScore", "sovereigntyScore"]

const snapshot = (d: ReportDocument["dependencies"][number]): DependencySnapshot => ({
  system: d.system,
  offering: d.offering,
  offeringName: d.offeringName ?? d.offering,
  controllerName: d.controllerName ?? "",
  controlJurisdiction: d.controlJurisdiction,
  weight: d.weight
})

const keyed = (deps: ReportDocument["dependencies"]): Map<string, DependencySnapshot> => {
  const out = new Map<string, DependencySnapshot>()
  const seen = new Map<string, number>()
  for (const d of deps) {
    const base = `${d.system}\u0000${d.offering}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    out.set(`${base}\u0000${n}`, snapshot(d))
  }
  return out
}

const identity = (r: ReportDocument): AssessmentIdentity => ({
  file: r.inputs.manifest.file,
  organisation: r.organisation.name,
  manifestSha256: r.inputs.manifest.sha256,
  knowledgeBase: r.inputs.knowledgeBase.version
})

const byPath = (a: NumericChange, b: NumericChange) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)

/**
 * Compares two assessment reports: every numeric leaf under `metrics` (so metrics added later are
 * compared without code changes), the dependencies added, removed or changed (matched by system and
 * offering; changed = different weight or control jurisdiction), and the composite score when present
 * (first of {@link SCORE_PATHS}). Exact comparison: any difference in a number is reported.
 *
 * @example
 * ```ts
 * import { decodeReport, diffAssessments } from "@sovmap/core"
 * declare const beforeText: string, afterText: string
 *
 * const d = diffAssessments(decodeReport(beforeText, "before.json"), decodeReport(afterText, "after.json"))
 * d.metrics.find((m) => m.path === "foreignShare.foreignShare")?.delta
 * ```
 * @category diff
 * @since 0.2.0
 */
export const diffAssessments = (before: ReportDocument, after: ReportDocument): AssessmentDiff => {
  const b = numericLeaves(before.metrics)
  const a = numericLeaves(after.metrics)
  const metrics: Array<NumericChange> = []
  let unchangedMetrics = 0
  for (const path of new Set([...b.keys(), ...a.keys()])) {
    const x = b.get(path)
    const y = a.get(path)
    if (x !== undefined && y !== undefined && x === y) unchangedMetrics++
    else metrics.push({ path, before: x, after: y, delta: x !== undefined && y !== undefined ? y - x : undefined })
  }
  metrics.sort(byPath)
  const scorePath = SCORE_PATHS.find((p) => b.has(p) || a.has(p))
  const score =
    scorePath === undefined
      ? undefined
      : (metrics.find((m) => m.path === scorePath) ?? { path: scorePath, before: b.get(scorePath), after: a.get(scorePath), delta: 0 })

  const db = keyed(before.dependencies)
  const da = keyed(after.dependencies)
  const added: Array<DependencySnapshot> = []
  const removed: Array<DependencySnapshot> = []
  const changed: Array<DependencyChange> = []
  let unchanged = 0
  for (const [key, d] of db) {
    const next = da.get(key)
    if (next === undefined) removed.push(d)
    else if (next.weight !== d.weight || next.controlJurisdiction !== d.controlJurisdiction) changed.push({ before: d, after: next })
    else unchanged++
  }
  for (const [key, d] of da) if (!db.has(key)) added.push(d)

  return {
    diffVersion: 1,
    before: identity(before),
    after: identity(after),
    score,
    metrics,
    unchangedMetrics,
    dependencies: { added, removed, changed, unchanged }
  }
}
