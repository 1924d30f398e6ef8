/**
 * Cut-off scenarios, sweeps and single points of failure as Effects.
 *
 * @module
 */
import {
  buildDependencyGraph,
  evaluateScenario,
  findSinglePointsOfFailure,
  SovmapError,
  sweepScenarios,
  type Cut,
  type ScenarioOptions,
  type ScenarioResult,
  type SinglePointOfFailure,
  type SinglePointsOfFailureOptions,
  type SweepResult,
  type UnknownCutTargetError
} from "@sovmap/core"
import * as Effect from "effect/Effect"
import type { LoadedManifest } from "./effect.js"

const attempt = <A, E>(f: () => A): Effect.Effect<A, E> =>
  Effect.try({
    try: f,
    catch: (error) => {
      if (error instanceof SovmapError) return error as E
      throw error
    }
  })

/**
 * Evaluates one cut-off scenario (a jurisdiction, bloc, vendor or law) on a loaded manifest: lost systems,
 * criticality-weighted loss and the broken paths that explain it. Fails with `UnknownCutTargetError`
 * (listing close matches) for an id the knowledge base does not know.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { loadManifest, scenario } from "@sovmap/sdk/effect"
 *
 * const program = Effect.flatMap(loadManifest("sovmap.yaml"), (m) => scenario(m, { kind: "jurisdiction", id: "US" }))
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const scenario = (loaded: LoadedManifest, cut: Cut, options: ScenarioOptions = {}): Effect.Effect<ScenarioResult, UnknownCutTargetError> =>
  attempt(() => evaluateScenario(buildDependencyGraph(loaded.manifest, loaded.knowledgeBase), cut, options))

/**
 * Ranks every jurisdiction, vendor, bloc and law by the loss its cut-off would cause.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { loadManifest, sweep } from "@sovmap/sdk/effect"
 *
 * const program = Effect.flatMap(loadManifest("examples/region-nordlys/sovmap.yaml"), (loaded) => sweep(loaded))
 * const { rows } = await Effect.runPromise(program.pipe(Effect.provide(NodeServices.layer)))
 * rows[0]?.label // "Group of Seven (bloc g7)": the most damaging cut
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const sweep = (loaded: LoadedManifest, options: ScenarioOptions = {}): Effect.Effect<SweepResult> =>
  Effect.sync(() => sweepScenarios(buildDependencyGraph(loaded.manifest, loaded.knowledgeBase), options))

/**
 * The offerings, vendors and jurisdictions whose loss alone takes down a critical system.
 *
 * @example
 * ```ts
 * import { NodeServices } from "@effect/platform-node"
 * import { Effect } from "effect"
 * import { loadManifest, singlePointsOfFailure } from "@sovmap/sdk/effect"
 *
 * const program = Effect.flatMap(loadManifest("examples/region-nordlys/sovmap.yaml"), (loaded) => singlePointsOfFailure(loaded))
 * for (const spof of await Effect.runPromise(program.pipe(Effect.provide(NodeServices.layer)))) console.log(spof.node, spof.systems)
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const singlePointsOfFailure = (loaded: LoadedManifest, options: SinglePointsOfFailureOptions = {}): Effect.Effect<ReadonlyArray<SinglePointOfFailure>> =>
  Effect.sync(() => findSinglePointsOfFailure(buildDependencyGraph(loaded.manifest, loaded.knowledgeBase), options))
