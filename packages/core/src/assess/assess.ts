/**
 * The assessment: manifest + knowledge base + policy → a plain-data result that every renderer reads.
 *
 * @module
 */
import { PolicyValidationError, UnknownReferenceError, type Diagnostic } from "../errors.js"
import { didYouMean } from "../internal/suggest.js"
import { blocMembers } from "../kb/bloc.js"
import { DEFAULT_CONTROL_THRESHOLD, resolveControl, type ControlLink, type ControlResolution } from "../kb/control.js"
import type { KnowledgeBase } from "../kb/knowledge-base.js"
import type { OfferingCategory, Source } from "../kb/schema.js"
import type { Criticality, Manifest, Weighting } from "../manifest/schema.js"
import { alignment, alignmentTier, type Alignment, type AlignmentSets } from "../metrics/alignment.js"
import { compositeScore, type CompositeScore } from "../metrics/composite-score.js"
import { concentration, type Concentration } from "../metrics/concentration.js"
import { foreignShareByJurisdiction, type ForeignShare } from "../metrics/foreign-share.js"
import type { Progress } from "../progress.js"
import { foreignShareByBloc, type BlocShare } from "../metrics/foreign-share-by-bloc.js"
import { legalExposure, type LegalExposure } from "../metrics/legal-exposure.js"
import { lockIn, type LockIn, type SubstituteOption } from "../metrics/lock-in.js"
import { defaultPolicy } from "../policy/default-policy.js"
import { effectivePolicy, type EffectivePolicy } from "../policy/effective-policy.js"
import type { LocatedPolicy } from "../policy/decode.js"
import { RISK_COMPONENT_IDS, type Policy, type RiskComponentId } from "../policy/schema.js"
import { CRITICALITY_WEIGHTS } from "./criticality.js"
import { buildDependencyGraph } from "../graph/dependency-graph.js"
import { summariseScenarios, type ScenarioSummary } from "../graph/scenario-summary.js"
import type { SinglePointOfFailure } from "../graph/single-points-of-failure.js"
import { csfScoresForOfferings } from "../csf/offerings.js"
import { buildCsfReport, type CsfReport } from "../csf/report.js"

/**
 * Version of the assessment result format; bumped on any incompatible change. Version 2 adds the
 * concentration, legal-exposure, alignment, lock-in and composite-score metrics, `asOf` and the policy.
 *
 * @example
 * ```ts
 * import { REPORT_VERSION } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const report: unknown = JSON.parse(await readFile("report.json", "utf8"))
 * const version = (report as { readonly reportVersion?: unknown }).reportVersion
 * if (version !== REPORT_VERSION) throw new Error(`report.json has format ${String(version)}; this sovmap reads format ${REPORT_VERSION}`)
 * ```
 * @category assessment
 * @since 0.1.0
 */
export const REPORT_VERSION = 2

/**
 * One dependency, resolved to the entities and jurisdictions behind it.
 *
 * @example
 * ```ts
 * import type { ResolvedDependency } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const { dependencies } = await assess("examples/region-nordlys/sovmap.yaml")
 * const ec2: ResolvedDependency | undefined = dependencies.find((d) => d.offering === "aws-ec2")
 * ec2?.id // "data-platform/aws-ec2"
 * ec2?.controlChain.map((link) => `${link.entity} (${link.jurisdiction})`) // ["aws (US)", "amazon (US)"]
 * ec2?.weight // 780000: spend 260,000 × 3 (criticality high, weighting "both")
 * ```
 * @category assessment
 * @since 0.1.0
 */
export interface ResolvedDependency {
  /** `system/offering` (with `#n` appended when a system lists an offering twice): the key other sections use. */
  readonly id: string
  readonly system: string
  /** Display name of the system (from the manifest). */
  readonly systemName?: string | undefined
  readonly offering: string
  readonly offeringName: string
  readonly category: OfferingCategory
  /** Market of the offering in the knowledge base, when known. */
  readonly market: string | null
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
  /** Where the data is stored or processed: from the manifest, else from the offering record. */
  readonly dataLocations: ReadonlyArray<string>
  /** Where `dataLocations` comes from. */
  readonly dataLocationsFrom: "manifest" | "offering" | "unknown"
  readonly weight: number
  /** The manifest's note on this dependency. */
  readonly note?: string | undefined
}

/**
 * A cited fact that the assessment used, with the record it supports.
 *
 * @example
 * ```ts
 * import type { CitedSource } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const { sources } = await assess("examples/region-nordlys/sovmap.yaml")
 * const forEc2: Array<CitedSource> = sources.filter((s) => s.record === "offering:aws-ec2")
 * for (const s of forEc2) console.log(`${s.url} (retrieved ${s.retrieved}, evidence ${s.evidence})`)
 * ```
 * @category assessment
 * @since 0.1.0
 */
export interface CitedSource extends Source {
  readonly record: string
}

/**
 * Foreign share by data location, with the share of weight whose data location is known.
 *
 * @example
 * ```ts
 * import type { DataLocationShare } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const { metrics } = await assess("examples/region-nordlys/sovmap.yaml")
 * const byLocation: DataLocationShare | null = metrics.foreignShareByDataLocation
 * byLocation?.coverage // 1: every dependency's data location is known
 * byLocation?.byJurisdiction.filter((row) => !row.home).map((row) => row.jurisdiction) // ["US"]
 * ```
 * @category assessment
 * @since 0.2.0
 */
export interface DataLocationShare extends ForeignShare {
  /** Weight of dependencies with a known data location / total weight. */
  readonly coverage: number
}

/**
 * Concentration of one offering category.
 *
 * @example
 * ```ts
 * import { assess, builtinKnowledgeBase, decodeManifest, resolveManifest, type CategoryConcentration } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-cloud }, { offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const { byCategory } = assess(m.value, resolveManifest(m, builtinKnowledgeBase())).metrics.concentration
 * const cloud: CategoryConcentration | undefined = byCategory.find((c) => c.category === "cloud")
 * cloud?.byVendor.hhiPoints // 5000: two vendors, half the weight each
 * ```
 * @category assessment
 * @since 0.2.0
 */
export interface CategoryConcentration {
  readonly category: OfferingCategory
  readonly byVendor: Concentration
  readonly byJurisdiction: Concentration
}

/**
 * The metrics of an assessment.
 *
 * @example
 * ```ts
 * import { assess, builtinKnowledgeBase, decodeManifest, resolveManifest, type AssessmentMetrics } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-cloud }, { offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const metrics: AssessmentMetrics = assess(m.value, resolveManifest(m, builtinKnowledgeBase())).metrics
 * metrics.foreignShare.foreignShare // 0.5
 * metrics.concentration.byJurisdiction.shares.map((s) => s.key) // ["FR", "US"]
 * metrics.foreignShareByDataLocation // null: no data location declared
 * ```
 * @category assessment
 * @since 0.2.0
 */
export interface AssessmentMetrics {
  /** Foreign share by the ultimate controller's jurisdiction. */
  readonly foreignShare: ForeignShare
  /** Foreign share by the operating entity's jurisdiction. */
  readonly foreignShareByOperator: ForeignShare
  /** Foreign share by data location (a dependency's weight split evenly over its locations); `null` when no location is known. */
  readonly foreignShareByDataLocation: DataLocationShare | null
  /** For every bloc of the knowledge base (by id), the weight controlled from it and the foreign part of it. */
  readonly foreignShareByBloc: ReadonlyArray<BlocShare>
  readonly concentration: {
    /** Over ultimate controllers. */
    readonly byVendor: Concentration
    /** Over control jurisdictions. */
    readonly byJurisdiction: Concentration
    /** Per offering category (categories with positive weight, by name). */
    readonly byCategory: ReadonlyArray<CategoryConcentration>
  }
  readonly legalExposure: LegalExposure
  /** Weight by partner tier of the control jurisdiction. */
  readonly alignment: Alignment
  readonly lockIn: LockIn
  /** Composite sovereignty score, 0–100, with its breakdown by risk component. */
  readonly score: CompositeScore
}

/**
 * The result of an assessment: plain data, deterministic for the same inputs.
 *
 * @example
 * ```ts
 * import type { Assessment } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const result: Assessment = await assess("examples/region-nordlys/sovmap.yaml")
 * result.organisation.name // "Région Nordlys (fictional regional authority)"
 * result.home.bloc // "eu27"
 * result.inputs.weighting // "both"
 * result.dependencies.length // 11
 * ```
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
    /** Date at which laws and bloc memberships were read, or `null` when none was known (every law counted). */
    readonly asOf: string | null
    readonly policy: EffectivePolicy
  }
  readonly organisation: Manifest["organisation"]
  readonly home: { readonly bloc: string; readonly name: string; readonly members: ReadonlyArray<string> }
  readonly dependencies: ReadonlyArray<ResolvedDependency>
  readonly metrics: AssessmentMetrics
  /** Knowledge-base records that the manifest added or replaced: local assumptions, not cited facts. */
  readonly overlays: KnowledgeBase["overlaid"]
  readonly sources: ReadonlyArray<CitedSource>
  readonly warnings: ReadonlyArray<string>
  /** Cut-off sweep: the jurisdictions, blocs, vendors and laws whose cut would cost the most. */
  readonly scenarios: ScenarioSummary
  /** Single points of failure of the critical systems. */
  readonly spofs: ReadonlyArray<SinglePointOfFailure>
  /**
   * EU Cloud Sovereignty Framework scores of the offerings used that carry CSF answers (weight set
   * `csf-1.2.1`), side by side and ranked; absent when no offering used carries answers.
   */
  readonly csf?: CsfReport | undefined
}

/**
 * Options of {@link assess}.
 *
 * @example
 * ```ts
 * import { assess, builtinKnowledgeBase, decodeManifest, resolveManifest, type AssessOptions } from "@sovmap/core"
 * import { createHash } from "node:crypto"
 * import { readFile } from "node:fs/promises"
 *
 * const text = await readFile("examples/region-nordlys/sovmap.yaml", "utf8")
 * const m = decodeManifest(text, "sovmap.yaml")
 * const options: AssessOptions = { file: "sovmap.yaml", sha256: createHash("sha256").update(text).digest("hex"), asOf: "2025-01-01" }
 * const result = assess(m.value, resolveManifest(m, builtinKnowledgeBase()), options)
 * result.inputs.asOf // "2025-01-01"
 * ```
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
  /** Date at which laws in force and bloc memberships are read; overrides the manifest's `asOf`. */
  readonly asOf?: string
  /** A policy laid over the default policy: decoded from a file (`decodePolicy`) or given as an object. */
  readonly policy?: LocatedPolicy | Policy
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

// Dependencies between two progress reports.
const DEPENDENCIES_PER_REPORT = 4096

/**
 * Assesses a manifest against a knowledge base that already contains the manifest's overlays (see
 * `resolveManifest`): resolves every dependency to its operator and ultimate controller, weights it
 * (criticality, spend or both, as the manifest says), and computes every metric — foreign shares,
 * concentration, legal exposure, alignment, lock-in and the composite score under the policy.
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
 * result.metrics.score.score // composite score, 0–100
 * ```
 * @category assessment
 * @since 0.1.0
 */
export const assess = (manifest: Manifest, kb: KnowledgeBase, options: AssessOptions = {}): Assessment => {
  const file = options.file ?? "<manifest>"
  const threshold = manifest.controlThreshold ?? DEFAULT_CONTROL_THRESHOLD
  const bloc = kb.blocs.get(manifest.home)
  if (bloc === undefined) {
    throw new UnknownReferenceError([{ file, path: "home", message: `unknown bloc \`${manifest.home}\``, hint: "resolve the manifest with `resolveManifest` first" }])
  }
  const asOf = options.asOf ?? manifest.asOf ?? kb.date ?? null
  const membersAt = (b: Parameters<typeof blocMembers>[0]) => (asOf === null ? blocMembers(b) : blocMembers(b, asOf))
  const home = membersAt(bloc)
  const warnings: Array<string> = []
  const cited = new Map<string, CitedSource>()
  const cite = (record: string, sources: ReadonlyArray<Source>) => {
    for (const source of sources) cited.set(`${record} ${source.url}`, { record, ...source })
  }
  cite(`bloc:${bloc.id}`, bloc.sources)
  if (asOf === null) warnings.push("no `asOf` date and none in the knowledge base: every law is counted whatever its dates")

  // Policy: the user's, laid over the default.
  const userPolicy = options.policy === undefined ? undefined : "value" in options.policy ? options.policy : { value: options.policy, file: "<policy>", locate: () => undefined }
  const policy = effectivePolicy(defaultPolicy(), userPolicy?.value, userPolicy?.file)
  let partners: ReadonlySet<string> = new Set()
  if (policy.partners !== null) {
    const partnerBloc = kb.blocs.get(policy.partners)
    if (partnerBloc !== undefined) {
      partners = membersAt(partnerBloc)
      cite(`bloc:${partnerBloc.id}`, partnerBloc.sources)
    } else if (userPolicy?.value.alignment?.partners !== undefined) {
      const d: Diagnostic = {
        file: userPolicy.file,
        ...(userPolicy.locate(["alignment", "partners"]) ?? {}),
        path: "alignment.partners",
        message: `unknown bloc \`${policy.partners}\``,
        expected: "a bloc id of the knowledge base or of the manifest's `blocs:`",
        hint: didYouMean(policy.partners, kb.blocs.keys()) ?? "define the bloc under `blocs:` in the manifest, or set `partners: null`"
      }
      throw new PolicyValidationError([d])
    } else {
      warnings.push(`the policy's partner bloc \`${policy.partners}\` is not in the knowledge base: no jurisdiction is in the partner tier`)
    }
  }
  const sets: AlignmentSets = { home, partners, restricted: new Set(policy.restricted) }

  // Resolution of every dependency.
  const controlCache = new Map<string, ControlResolution>()
  const control = (entity: string) => {
    let r = controlCache.get(entity)
    if (r === undefined) {
      r = resolveControl(kb, entity, threshold)
      controlCache.set(entity, r)
    }
    return r
  }
  const citeControl = (r: ControlResolution) => {
    for (const link of r.chain) cite(`entity:${link.entity}`, kb.entities.get(link.entity)!.sources)
  }
  const dependencies: Array<ResolvedDependency> = []
  const { onProgress } = options
  const total = onProgress === undefined ? 0 : manifest.systems.reduce((n, s) => n + s.dependencies.length, 0)
  onProgress?.({ stage: "assessing", done: 0, total, unit: "dependencies" })
  const parentsOf: Array<ReadonlyArray<string>> = []
  const ids = new Map<string, number>()
  for (const system of manifest.systems) {
    for (const dependency of system.dependencies) {
      const offering = kb.offerings.get(dependency.offering)
      if (offering === undefined) {
        throw new UnknownReferenceError([{ file, message: `unknown offering \`${dependency.offering}\``, hint: "resolve the manifest with `resolveManifest` first" }])
      }
      const operator = kb.entities.get(offering.operator)!
      const resolution = control(offering.operator)
      const controller = kb.entities.get(resolution.controller)!
      cite(`offering:${offering.id}`, offering.sources)
      citeControl(resolution)
      const criticality = dependency.criticality ?? system.criticality
      const spend = dependency.spend ?? 0
      const weight =
        manifest.weighting === "criticality" ? CRITICALITY_WEIGHTS[criticality] : manifest.weighting === "spend" ? spend : spend * CRITICALITY_WEIGHTS[criticality]
      const baseId = `${system.id}/${offering.id}`
      const seen = ids.get(baseId) ?? 0
      ids.set(baseId, seen + 1)
      const dataLocations = dependency.dataLocations ?? offering.dataLocations ?? []
      dependencies.push({
        id: seen === 0 ? baseId : `${baseId}#${seen + 1}`,
        system: system.id,
        systemName: system.name,
        offering: offering.id,
        offeringName: offering.name,
        category: offering.category,
        market: offering.market ?? null,
        brand: offering.brand,
        operator: operator.id,
        operatorJurisdiction: operator.hq,
        controller: controller.id,
        controllerName: controller.name,
        controlJurisdiction: resolution.jurisdiction,
        controlChain: resolution.chain,
        criticality,
        spend: dependency.spend,
        data: dependency.data,
        dataLocations,
        dataLocationsFrom: dependency.dataLocations !== undefined ? "manifest" : offering.dataLocations !== undefined ? "offering" : "unknown",
        weight,
        note: dependency.note
      })
      parentsOf.push(resolution.chain.slice(1).map((l) => l.jurisdiction))
      if (onProgress !== undefined && dependencies.length % DEPENDENCIES_PER_REPORT === 0) onProgress({ stage: "assessing", done: dependencies.length, total, unit: "dependencies" })
    }
  }
  onProgress?.({ stage: "assessing", done: total, total, unit: "dependencies" })
  const overlays = kb.overlaid
  const overlayCount = overlays.entities.length + overlays.offerings.length + overlays.blocs.length + overlays.laws.length
  if (overlayCount > 0) warnings.push(`${overlayCount} knowledge-base record(s) come from the manifest, not from the cited dataset`)

  // Foreign shares.
  const foreignShare = foreignShareByJurisdiction(dependencies.map((d) => ({ jurisdiction: d.controlJurisdiction, weight: d.weight })), home)
  const foreignShareByOperator = foreignShareByJurisdiction(dependencies.map((d) => ({ jurisdiction: d.operatorJurisdiction, weight: d.weight })), home)
  const located = dependencies.filter((d) => d.dataLocations.length > 0 && d.weight > 0)
  const locatedWeight = located.reduce((s, d) => s + d.weight, 0)
  const foreignShareByDataLocation: DataLocationShare | null =
    locatedWeight === 0
      ? null
      : {
          // A dependency's weight is split evenly over its data locations: sovmap's rule, documented in the methodology.
          ...foreignShareByJurisdiction(
            located.flatMap((d) => d.dataLocations.map((j) => ({ jurisdiction: j, weight: d.weight / d.dataLocations.length }))),
            home
          ),
          // The two sums run over the weights in different orders; rounding must not push coverage above 1.
          coverage: located.length === dependencies.filter((d) => d.weight > 0).length ? 1 : Math.min(1, locatedWeight / foreignShare.totalWeight)
        }
  if (foreignShareByDataLocation === null) warnings.push("no dependency has a known data location: the data-location share is left out of the score")
  else if (foreignShareByDataLocation.coverage < 1) warnings.push(`data location unknown for ${((1 - foreignShareByDataLocation.coverage) * 100).toFixed(1)} % of the weight`)
  const blocs = [...kb.blocs.values()].sort((a, b) => byString(a.id, b.id))
  const foreignByBloc = foreignShareByBloc(
    dependencies.map((d) => ({ jurisdiction: d.controlJurisdiction, weight: d.weight })),
    blocs.map((b) => ({ id: b.id, members: membersAt(b) })),
    home
  )

  // Concentration.
  const categories = [...new Set(dependencies.filter((d) => d.weight > 0).map((d) => d.category))].sort(byString)
  const concentrationOf = (ds: ReadonlyArray<ResolvedDependency>) => ({
    byVendor: concentration(ds.map((d) => ({ key: d.controller, weight: d.weight }))),
    byJurisdiction: concentration(ds.map((d) => ({ key: d.controlJurisdiction, weight: d.weight })))
  })
  const concentrationMetrics = {
    ...concentrationOf(dependencies),
    byCategory: categories.map((category) => ({ category, ...concentrationOf(dependencies.filter((d) => d.category === category)) }))
  }

  // Legal exposure.
  const laws = [...kb.laws.values()].sort((a, b) => byString(a.id, b.id))
  const exposure = legalExposure(
    dependencies.map((d, i) => ({
      id: d.id,
      weight: d.weight,
      controlJurisdiction: d.controlJurisdiction,
      operatorJurisdiction: d.operatorJurisdiction,
      parentJurisdictions: parentsOf[i]!,
      dataLocations: d.dataLocations
    })),
    laws,
    { home, asOf: asOf ?? undefined }
  )
  for (const row of exposure.laws) cite(`law:${row.law}`, kb.laws.get(row.law)!.sources)
  const lawsInForce = laws.length - exposure.notInForce.length
  if (lawsInForce === 0) warnings.push("the knowledge base has no law in force at this date: legal exposure is left out of the score")

  // Alignment and lock-in.
  const tierOf = (jurisdiction: string) => alignmentTier(jurisdiction, sets)
  const alignmentMetric = alignment(dependencies.map((d) => ({ jurisdiction: d.controlJurisdiction, weight: d.weight })), sets, policy.tierRisk)
  const byMarket = new Map<string, Array<string>>()
  for (const o of [...kb.offerings.values()].sort((a, b) => byString(a.id, b.id))) {
    if (o.market === undefined) continue
    byMarket.set(o.market, [...(byMarket.get(o.market) ?? []), o.id])
  }
  let assessable = 0
  const unknownFallbacks = new Set<string>()
  const lockInMetric = lockIn(
    manifest.systems.flatMap((system) => system.dependencies).map((dependency, i) => {
      const d = dependencies[i]!
      const options: Array<SubstituteOption> = []
      const optionOf = (id: string, via: SubstituteOption["via"]) => {
        const o = kb.offerings.get(id)!
        const r = control(o.operator)
        return { offering: id, tier: tierOf(r.jurisdiction), via, resolution: r, sources: o.sources }
      }
      const alternatives = d.market === null ? [] : (byMarket.get(d.market) ?? []).filter((id) => id !== d.offering)
      const fallbacks = (dependency.fallback ?? []).filter((id) => {
        if (kb.offerings.has(id)) return true
        unknownFallbacks.add(id)
        return false
      })
      if (d.market !== null || fallbacks.length > 0) assessable++
      for (const [id, via] of [...alternatives.map((id) => [id, "market"] as const), ...fallbacks.map((id) => [id, "fallback"] as const)]) {
        const o = optionOf(id, via)
        options.push({ offering: o.offering, tier: o.tier, via: o.via })
        if (o.tier === "home" || o.tier === "partners") {
          cite(`offering:${id}`, o.sources)
          citeControl(o.resolution)
        }
      }
      return { id: d.id, weight: d.weight, tier: tierOf(d.controlJurisdiction), options, switchingCost: dependency.switchingCost, switchingMonths: dependency.switchingMonths }
    }),
    policy.tierRisk
  )
  if (unknownFallbacks.size > 0) warnings.push(`fallback offering(s) not in the knowledge base, ignored: ${[...unknownFallbacks].sort().join(", ")}`)
  if (assessable === 0) warnings.push("no dependency has a known market or a declared fallback: lock-in is left out of the score")

  // Composite score.
  const risks: Record<RiskComponentId, number | undefined> = {
    foreignControl: foreignShare.foreignShare,
    legalExposure: lawsInForce === 0 ? undefined : exposure.foreignShare,
    dataLocation: foreignShareByDataLocation?.foreignShare,
    concentration: concentrationMetrics.byVendor.hhi,
    alignment: alignmentMetric.risk,
    lockIn: assessable === 0 ? undefined : lockInMetric.index
  }
  const score = compositeScore(RISK_COMPONENT_IDS.map((id) => ({ id, risk: risks[id], weight: policy.weights[id] })))
  for (const r of defaultPolicy().rationale ?? []) if (r.source !== undefined) cite(`policy:${r.item}`, [r.source])

  // CSF scores of the offerings used that carry answers, in the order they are first used.
  const csfScores = csfScoresForOfferings(kb, dependencies.map((d) => d.offering))
  for (const s of csfScores) {
    const o = kb.offerings.get(s.offering)!
    if (o.csf !== undefined) cite(`csf:${o.id}`, [o.csf.source])
  }

  return {
    reportVersion: REPORT_VERSION,
    inputs: {
      manifest: { file, sha256: options.sha256 },
      knowledgeBase: { version: kb.version },
      weighting: manifest.weighting,
      controlThreshold: threshold,
      asOf,
      policy
    },
    organisation: manifest.organisation,
    home: { bloc: bloc.id, name: bloc.name, members: [...home].sort() },
    dependencies,
    metrics: {
      foreignShare,
      foreignShareByOperator,
      foreignShareByDataLocation,
      foreignShareByBloc: foreignByBloc,
      concentration: concentrationMetrics,
      legalExposure: exposure,
      alignment: alignmentMetric,
      lockIn: lockInMetric,
      score
    },
    overlays,
    sources: [...cited.values()].sort((a, b) => byString(a.record, b.record) || byString(a.url, b.url)),
    warnings,
    ...summariseScenarios(buildDependencyGraph(manifest, kb)),
    ...(csfScores.length === 0 ? {} : { csf: buildCsfReport(csfScores.map(({ offering: _, ...score }) => score)) })
  }
}
