/**
 * The assessment: manifest + knowledge base → a plain-data result that every renderer reads.
 *
 * @module
 */
import { UnknownReferenceError } from "../errors.js"
import { blocMembers } from "../kb/bloc.js"
import { DEFAULT_CONTROL_THRESHOLD, resolveControl, type ControlLink } from "../kb/control.js"
import type { KnowledgeBase } from "../kb/knowledge-base.js"
import type { OfferingCategory, Source } from "../kb/schema.js"
import type { Criticality, Manifest, Weighting } from "../manifest/schema.js"
import { foreignShareByJurisdiction, type ForeignShare } from "../metrics/foreign-share.js"
import type { Progress } from "../progress.js"
import { CRITICALITY_WEIGHTS } from "./criticality.js"
import { buildDependencyGraph } from "../graph/dependency-graph.js"
import { summariseScenarios, type ScenarioSummary } from "../graph/scenario-summary.js"
import type { SinglePointOfFailure } from "../graph/single-points-of-failure.js"

/**
 * Version of the assessment result format; bumped on any incompatible change.
 *
 * @category assessment
 * @since 0.1.0
 */
export const REPORT_VERSION = 1

/**
 * One dependency, resolved to the entities and jurisdictions behind it.
 *
 * @category assessment
 * @since 0.1.0
 */
export interface ResolvedDependency {
  readonly system: string
  /** Display name of the system (from the manifest). */
  readonly systemName?: string | undefined
  readonly offering: string
  readonly offeringName: string
  readonly category: OfferingCategory
  readonly brand: string
  readonly operator: string
  readonly operatorJurisdiction: string
  readonly controller: string
  readonly controllerName: string
  readonly controlJurisdiction: string
  readonly controlChain: ReadonlyArray<ControlLink>
  readonly criticality: Criticality
  readonly spend?: number | undefined
  readonly data?: string | undefined
  readonly dataLocations: ReadonlyArray<string>
  readonly weight: number
  /** The manifest's note on this dependency. */
  readonly note?: string | undefined
}

/**
 * A cited fact that the assessment used, with the record it supports.
 *
 * @category assessment
 * @since 0.1.0
 */
export interface CitedSource extends Source {
  readonly record: string
}

/**
 * The result of an assessment: plain data, deterministic for the same inputs.
 *
 * @category assessment
 * @since 0.1.0
 */
export interface Assessment {
  readonly reportVersion: typeof REPORT_VERSION
  readonly inputs: {
    readonly manifest: { readonly file: string; readonly sha256?: string | undefined }
    readonly knowledgeBase: { readonly version: string }
    readonly weighting: Weighting
    readonly controlThreshold: number
  }
  readonly organisation: Manifest["organisation"]
  readonly home: { readonly bloc: string; readonly name: string; readonly members: ReadonlyArray<string> }
  readonly dependencies: ReadonlyArray<ResolvedDependency>
  readonly metrics: {
    readonly foreignShare: ForeignShare
  }
  /** Knowledge-base records that the manifest added or replaced: local assumptions, not cited facts. */
  readonly overlays: KnowledgeBase["overlaid"]
  readonly sources: ReadonlyArray<CitedSource>
  readonly warnings: ReadonlyArray<string>
  /** Cut-off sweep: the jurisdictions, blocs, vendors and laws whose cut would cost the most. */
  readonly scenarios: ScenarioSummary
  /** Single points of failure of the critical systems. */
  readonly spofs: ReadonlyArray<SinglePointOfFailure>
}

/**
 * Options of {@link assess}.
 *
 * @category assessment
 * @since 0.1.0
 */
export interface AssessOptions {
  /** Name of the manifest, for the report. */
  readonly file?: string
  /** SHA-256 of the manifest bytes, computed by the caller (core does no I/O). */
  readonly sha256?: string
  /** Hears the stage `assessing`, counted in dependencies resolved. */
  readonly onProgress?: Progress
}

// Dependencies between two progress reports.
const DEPENDENCIES_PER_REPORT = 4096

/**
 * Assesses a manifest against a knowledge base that already contains the manifest's overlays (see
 * `resolveManifest`): resolves every dependency to its operator and ultimate controller, weights it,
 * and computes the metrics.
 *
 * @example
 * ```ts
 * import { assess, builtinKnowledgeBase, decodeManifest, resolveManifest } from "@sovmap/core"
 *
 * const manifest = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-cloud }, { offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const result = assess(manifest.value, resolveManifest(manifest, builtinKnowledgeBase()))
 * result.metrics.foreignShare.foreignShare // 0.5
 * ```
 * @category assessment
 * @since 0.1.0
 */
export const assess = (manifest: Manifest, kb: KnowledgeBase, options: AssessOptions = {}): Assessment => {
  const threshold = manifest.controlThreshold ?? DEFAULT_CONTROL_THRESHOLD
  const bloc = kb.blocs.get(manifest.home)
  if (bloc === undefined) {
    throw new UnknownReferenceError([{ file: options.file ?? "<manifest>", path: "home", message: `unknown bloc \`${manifest.home}\``, hint: "resolve the manifest with `resolveManifest` first" }])
  }
  const home = blocMembers(bloc)
  const cited = new Map<string, CitedSource>()
  const cite = (record: string, sources: ReadonlyArray<Source>) => {
    for (const source of sources) cited.set(`${record} ${source.url}`, { record, ...source })
  }
  cite(`bloc:${bloc.id}`, bloc.sources)

  const dependencies: Array<ResolvedDependency> = []
  const { onProgress } = options
  const total = onProgress === undefined ? 0 : manifest.systems.reduce((n, s) => n + s.dependencies.length, 0)
  onProgress?.({ stage: "assessing", done: 0, total, unit: "dependencies" })
  for (const system of manifest.systems) {
    for (const dependency of system.dependencies) {
      const offering = kb.offerings.get(dependency.offering)
      if (offering === undefined) {
        throw new UnknownReferenceError([{ file: options.file ?? "<manifest>", message: `unknown offering \`${dependency.offering}\``, hint: "resolve the manifest with `resolveManifest` first" }])
      }
      const operator = kb.entities.get(offering.operator)!
      const control = resolveControl(kb, offering.operator, threshold)
      const controller = kb.entities.get(control.controller)!
      cite(`offering:${offering.id}`, offering.sources)
      for (const link of control.chain) cite(`entity:${link.entity}`, kb.entities.get(link.entity)!.sources)
      const criticality = dependency.criticality ?? system.criticality
      const spend = dependency.spend ?? 0
      const weight =
        manifest.weighting === "criticality" ? CRITICALITY_WEIGHTS[criticality] : manifest.weighting === "spend" ? spend : spend * CRITICALITY_WEIGHTS[criticality]
      dependencies.push({
        system: system.id,
        systemName: system.name,
        offering: offering.id,
        offeringName: offering.name,
        category: offering.category,
        brand: offering.brand,
        operator: operator.id,
        operatorJurisdiction: operator.hq,
        controller: controller.id,
        controllerName: controller.name,
        controlJurisdiction: control.jurisdiction,
        controlChain: control.chain,
        criticality,
        spend: dependency.spend,
        data: dependency.data,
        dataLocations: dependency.dataLocations ?? [],
        weight,
        note: dependency.note
      })
      if (onProgress !== undefined && dependencies.length % DEPENDENCIES_PER_REPORT === 0) onProgress({ stage: "assessing", done: dependencies.length, total, unit: "dependencies" })
    }
  }
  onProgress?.({ stage: "assessing", done: total, total, unit: "dependencies" })
  const warnings: Array<string> = []
  const overlays = kb.overlaid
  const overlayCount = overlays.entities.length + overlays.offerings.length + overlays.blocs.length + overlays.laws.length
  if (overlayCount > 0) warnings.push(`${overlayCount} knowledge-base record(s) come from the manifest, not from the cited dataset`)

  return {
    reportVersion: REPORT_VERSION,
    inputs: {
      manifest: { file: options.file ?? "<manifest>", sha256: options.sha256 },
      knowledgeBase: { version: kb.version },
      weighting: manifest.weighting,
      controlThreshold: threshold
    },
    organisation: manifest.organisation,
    home: { bloc: bloc.id, name: bloc.name, members: [...home].sort() },
    dependencies,
    metrics: {
      foreignShare: foreignShareByJurisdiction(
        dependencies.map((d) => ({ jurisdiction: d.controlJurisdiction, weight: d.weight })),
        home
      )
    },
    overlays,
    sources: [...cited.values()].sort((a, b) => (a.record < b.record ? -1 : a.record > b.record ? 1 : a.url < b.url ? -1 : 1)),
    warnings,
    ...summariseScenarios(buildDependencyGraph(manifest, kb))
  }
}
