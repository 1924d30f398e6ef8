/**
 * `@sovmap/sdk`: map technology dependencies onto the companies and jurisdictions that control them.
 *
 * Promise functions for everyday use; the same programs as Effects in `@sovmap/sdk/effect`. Every
 * rejection is one of the exported, tagged error classes.
 *
 * @example
 * ```ts
 * import { assess, loadManifest, renderReport } from "@sovmap/sdk"
 *
 * const manifest = await loadManifest("sovmap.yaml")
 * const result = await assess(manifest)
 * console.log(renderReport(result, "md"))
 * ```
 * @module
 */
import * as NodeServices from "@effect/platform-node/NodeServices"
import type { Assessment, AssessmentDiff, LocatedPolicy, Policy, CsfAnswersFile, CsfReport, Cut, ScenarioOptions, ScenarioResult, SinglePointOfFailure, SinglePointsOfFailureOptions, SweepResult } from "@sovmap/core"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Programs from "./effect.js"

export * from "./errors.js"
export { renderReport, type LoadedManifest, type Progress, type ProgressOptions, type ProgressUpdate, type ReportFormat } from "./effect.js"
export type { Assessment, Manifest, Policy } from "@sovmap/core"
export { renderCsfReport, type CsfReportFormat, type ScoreCsfOptions } from "./csf.js"
import type { ScoreCsfOptions } from "./csf.js"
export type { CsfReport, CsfAnswersFile, CsfFloors } from "@sovmap/core"
export type { Cut, ScenarioOptions, ScenarioResult, SinglePointOfFailure, SinglePointsOfFailureOptions, SweepResult } from "@sovmap/core"
export { builtinKnowledgeBase, jsonSchemaNames, jsonSchemaPath, jsonSchemas, type JsonSchemaName } from "@sovmap/core"
export { renderDiff } from "./effect.js"
export { renderCheck, renderCheckAnnotations, type CheckResult } from "./check.js"
export type { PolicyCheck, PolicyBreach, PolicyRule, RuleVerdict } from "@sovmap/core"
export type { AssessmentDiff, ReportDocument } from "@sovmap/core"

const run = async <A, E>(effect: Effect.Effect<A, E, NodeServices.NodeServices>): Promise<A> => {
  const exit = await Effect.runPromiseExit(Effect.provide(effect, NodeServices.layer))
  if (Exit.isSuccess(exit)) return exit.value
  throw Cause.squash(exit.cause)
}

/**
 * Reads and decodes a manifest file (`-` reads standard input). Rejects with `FileReadError`,
 * `ManifestParseError`, `ManifestValidationError`, `UnknownReferenceError` or `KnowledgeBaseError`, each
 * with file, line and column. `options.onProgress` hears the stages `reading` … `resolving`.
 *
 * @category manifest
 * @since 0.1.0
 */
export const loadManifest = (path: string, options?: Programs.ProgressOptions): Promise<Programs.LoadedManifest> => run(Programs.loadManifest(path, options))

/**
 * Decodes manifest text you already hold (YAML or JSON), naming it `file` in messages.
 *
 * @category manifest
 * @since 0.1.0
 */
export const parseManifest = (text: string, file = "<manifest>", options?: Programs.ProgressOptions): Promise<Programs.LoadedManifest> =>
  run(Programs.parseManifest(text, file, options))

/**
 * Assesses a manifest: a loaded manifest, or a path to one; under the default policy, or a policy given
 * as a path (YAML/JSON, decoded with located errors) or as an object laid over the default.
 * `options.onProgress` hears every stage, from `reading` to `assessing` (see `Progress`).
 *
 * @example
 * ```ts
 * import { assess } from "@sovmap/sdk"
 *
 * const result = await assess("examples/region-nordlys/sovmap.yaml", { policy: "policy.yaml" })
 * result.metrics.score.score // composite sovereignty score, 0–100
 * result.inputs.policy.version // version of the policy used
 * ```
 * @category assessment
 * @since 0.1.0
 */
export const assess = (
  manifest: Programs.LoadedManifest | string,
  options: Programs.ProgressOptions & { readonly policy?: string | Policy; readonly asOf?: string } = {}
): Promise<Assessment> =>
  run(
    Effect.gen(function* () {
      const progress = options.onProgress === undefined ? {} : { onProgress: options.onProgress }
      const loaded = typeof manifest === "string" ? yield* Programs.loadManifest(manifest, progress) : manifest
      const policy = typeof options.policy === "string" ? yield* Programs.loadPolicy(options.policy) : options.policy
      return yield* Programs.assess(loaded, { ...progress, policy, asOf: options.asOf })
    })
  )

/**
 * Reads and decodes a policy file, rejecting with `FileReadError`, `PolicyParseError` or
 * `PolicyValidationError` (each with file, line and column).
 *
 * @category policy
 * @since 0.2.0
 */
export const loadPolicy = (path: string): Promise<LocatedPolicy> => run(Programs.loadPolicy(path))

/**
 * Writes text to a file atomically (temporary file + rename).
 *
 * @category io
 * @since 0.1.0
 */
export const writeFileAtomic = (path: string, text: string): Promise<void> => run(Programs.writeFileAtomic(path, text))

/**
 * Scores EU Cloud Sovereignty Framework answers — file paths or parsed answers documents — checks them
 * against SEAL floors when given, and ranks them. Rejects with `FileReadError`, `CsfParseError`,
 * `CsfValidationError` or `CsfIncompleteError`, each located at file:line:column.
 *
 * @example
 * ```ts
 * import { renderCsfReport, scoreCsf } from "@sovmap/sdk"
 *
 * const report = await scoreCsf(["examples/csf/hypothetical-eu-provider.yaml"], { floors: "examples/csf/floors-seal-2.yaml" })
 * console.log(renderCsfReport(report, "md"))
 * ```
 * @category csf
 * @since 0.2.0
 */
export const scoreCsf = (
  inputs: ReadonlyArray<string | CsfAnswersFile>,
  options: ScoreCsfOptions = {}
): Promise<CsfReport> => run(Programs.scoreCsf(inputs, options))
const loaded = (manifest: Programs.LoadedManifest | string) => (typeof manifest === "string" ? Programs.loadManifest(manifest) : Effect.succeed(manifest))

/**
 * Evaluates one cut-off scenario on a manifest (loaded, or a path): which systems lose service when a
 * jurisdiction, bloc, vendor or law is cut off, the criticality-weighted loss and the broken paths.
 * Rejects with `UnknownCutTargetError` (with close matches) for an unknown id.
 *
 * @example
 * ```ts
 * import { scenario } from "@sovmap/sdk"
 *
 * const r = await scenario("examples/region-nordlys/sovmap.yaml", { kind: "jurisdiction", id: "US" })
 * r.loss // criticality weight of the systems lost
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const scenario = (manifest: Programs.LoadedManifest | string, cut: Cut, options: ScenarioOptions = {}): Promise<ScenarioResult> =>
  run(Effect.flatMap(loaded(manifest), (m) => Programs.scenario(m, cut, options)))

/**
 * Ranks every jurisdiction, vendor, bloc and law by the loss its cut-off would cause.
 *
 * @example
 * ```ts
 * import { sweep } from "@sovmap/sdk"
 *
 * const { rows } = await sweep("examples/region-nordlys/sovmap.yaml")
 * rows[0]?.label // the most damaging cut
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const sweep = (manifest: Programs.LoadedManifest | string, options: ScenarioOptions = {}): Promise<SweepResult> =>
  run(Effect.flatMap(loaded(manifest), (m) => Programs.sweep(m, options)))

/**
 * The offerings, vendors and jurisdictions whose loss alone takes down a critical system.
 *
 * @example
 * ```ts
 * import { singlePointsOfFailure } from "@sovmap/sdk"
 *
 * const spofs = await singlePointsOfFailure("examples/region-nordlys/sovmap.yaml")
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const singlePointsOfFailure = (manifest: Programs.LoadedManifest | string, options: SinglePointsOfFailureOptions = {}): Promise<ReadonlyArray<SinglePointOfFailure>> =>
  run(Effect.flatMap(loaded(manifest), (m) => Programs.singlePointsOfFailure(m, options)))

/**
 * Compares two JSON assessment reports (paths; `-` reads standard input): every numeric metric, the
 * dependencies added, removed or changed, and the composite score when present. Rejects with
 * `FileReadError`, or `ReportDecodeError` for a file that is not a sovmap report of this format version.
 *
 * @example
 * ```ts
 * import { diffReports, renderDiff } from "@sovmap/sdk"
 *
 * const diff = await diffReports("before.json", "after.json")
 * console.log(renderDiff(diff, "md"))
 * ```
 * @category diff
 * @since 0.2.0
 */
export const diffReports = (before: string, after: string): Promise<AssessmentDiff> => run(Programs.diffReports(before, after))
export { aggregateTradeFiles, screenTradeFiles, type TradeProgress, type TradeReadOptions, type TradeScreenFileOptions } from "./trade/read-trade-files.js"
export { renderTradeHtml, renderTradeJson, renderTradeMarkdown, type TradeScreenResult } from "@sovmap/core"

/**
 * The CI gate: assesses a manifest (loaded, or a path) under a policy (a path, decoded with located
 * errors, or a decoded policy) and holds it to the policy's `rules:`. Resolves with the verdict and the
 * assessment; a broken rule is a result (`check.passed === false`), not a rejection. Rejects with
 * `FileReadError`, `PolicyParseError`, `PolicyValidationError` and the errors of `loadManifest`.
 *
 * @example
 * ```ts
 * import { check, renderCheck } from "@sovmap/sdk"
 *
 * const { check: result } = await check("examples/region-nordlys/sovmap.yaml", "examples/region-nordlys/policy.yaml")
 * if (!result.passed) console.log(renderCheck(result, "md"))
 * ```
 * @category policy
 * @since 0.2.0
 */
export const check = (
  manifest: Programs.LoadedManifest | string,
  policy: string | LocatedPolicy,
  options: { readonly asOf?: string } = {}
): Promise<Programs.CheckResult> =>
  run(
    Effect.gen(function* () {
      const loadedManifest = typeof manifest === "string" ? yield* Programs.loadManifest(manifest) : manifest
      const located = typeof policy === "string" ? yield* Programs.loadPolicy(policy) : policy
      return yield* Programs.check(loadedManifest, located, options)
    })
  )
