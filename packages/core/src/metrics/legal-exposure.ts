/**
 * Legal exposure: which laws with extraterritorial reach can reach which dependencies, and through which
 * link.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"
import type { Law, LawKind } from "../kb/schema.js"

/**
 * The link through which a law reaches a dependency: the ultimate controller's headquarters (`hq`), a
 * controlling parent in the chain (`parent`), the operator's headquarters (`operator`), or a data location
 * (`data-location`).
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, exposureLinks, type ExposureLink } from "@sovmap/core"
 *
 * const cloudAct = builtinKnowledgeBase().laws.get("us-cloud-act")!
 * // A dependency operated in Ireland by a subsidiary of a US group, its data in Ireland
 * const target = { id: "crm", weight: 1, controlJurisdiction: "US", operatorJurisdiction: "IE", parentJurisdictions: ["US"], dataLocations: ["IE"] }
 * const links: ReadonlyArray<ExposureLink> = exposureLinks(cloudAct, target)
 * links // ["hq", "parent"]: reached through its US owners, not through where the data is
 * ```
 * @category metrics
 * @since 0.2.0
 */
export type ExposureLink = "hq" | "parent" | "operator" | "data-location"

const LINK_ORDER: ReadonlyArray<ExposureLink> = ["hq", "parent", "operator", "data-location"]

/**
 * A dependency as legal exposure sees it.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, legalExposure, type ExposureTarget } from "@sovmap/core"
 *
 * // A dependency operated in Germany by a subsidiary of a US group, its data kept in Germany
 * const target: ExposureTarget = {
 *   id: "crm/example-saas",
 *   weight: 1,
 *   controlJurisdiction: "US",
 *   operatorJurisdiction: "DE",
 *   parentJurisdictions: ["US"],
 *   dataLocations: ["DE"]
 * }
 * legalExposure([target], [builtinKnowledgeBase().laws.get("us-cloud-act")!], { home: new Set(["DE", "FR"]) }).foreignShare // 1
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface ExposureTarget {
  /** Identifies the dependency in the result (e.g. `system/offering`). */
  readonly id: string
  readonly weight: number
  /** Headquarters of the ultimate controller. */
  readonly controlJurisdiction: string
  /** Headquarters of the operating entity. */
  readonly operatorJurisdiction: string
  /** Headquarters of every controlling parent above the operator, up to and including the ultimate controller. */
  readonly parentJurisdictions: ReadonlyArray<string>
  readonly dataLocations: ReadonlyArray<string>
}

/**
 * One dependency a law reaches.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, legalExposure, type ExposedDependency } from "@sovmap/core"
 *
 * const cloudAct = builtinKnowledgeBase().laws.get("us-cloud-act")!
 * const target = { id: "crm/a", weight: 1, controlJurisdiction: "US", operatorJurisdiction: "IE", parentJurisdictions: ["US"], dataLocations: ["IE"] }
 * const reached: ReadonlyArray<ExposedDependency> = legalExposure([target], [cloudAct], { home: new Set(["IE"]) }).laws[0]?.dependencies ?? []
 * reached.map((d) => `${d.id} via ${d.links.join(", ")}`) // ["crm/a via hq, parent"]
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface ExposedDependency {
  readonly id: string
  readonly weight: number
  /** Every link through which the law reaches it, in the order hq, parent, operator, data-location. */
  readonly links: ReadonlyArray<ExposureLink>
}

/**
 * The reach of one law over the dependencies.
 *
 * @example
 * ```ts
 * import { blocMembers, builtinKnowledgeBase, legalExposure, type LawExposure } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const target = { id: "crm/a", weight: 1, controlJurisdiction: "US", operatorJurisdiction: "IE", parentJurisdictions: ["US"], dataLocations: ["IE"] }
 * const laws: ReadonlyArray<LawExposure> = legalExposure([target], kb.laws.values(), { home: blocMembers(kb.blocs.get("eu27")!) }).laws
 * for (const law of laws) console.log(`${law.name} (${law.jurisdiction}, ${law.kind}): ${law.dependencies.length} dependency`)
 * laws.find((l) => l.law === "us-cloud-act")?.foreign // true: the US is outside the EU home
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface LawExposure {
  readonly law: string
  readonly name: string
  readonly jurisdiction: string
  readonly kind: LawKind
  /** Whether the law's jurisdiction is outside the home set. */
  readonly foreign: boolean
  /** Weight of the dependencies the law reaches (each counted once). */
  readonly weight: number
  /** weight / total weight. */
  readonly share: number
  readonly dependencies: ReadonlyArray<ExposedDependency>
}

/**
 * Exposure to the foreign laws of one kind.
 *
 * @example
 * ```ts
 * import { blocMembers, builtinKnowledgeBase, legalExposure, type KindExposure } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const targets = [
 *   { id: "crm/a", weight: 3, controlJurisdiction: "US", operatorJurisdiction: "IE", parentJurisdictions: ["US"], dataLocations: ["IE"] },
 *   { id: "mail/b", weight: 1, controlJurisdiction: "FR", operatorJurisdiction: "FR", parentJurisdictions: [], dataLocations: ["FR"] }
 * ]
 * const byKind: ReadonlyArray<KindExposure> = legalExposure(targets, kb.laws.values(), { home: blocMembers(kb.blocs.get("eu27")!) }).byKind
 * byKind.find((k) => k.kind === "data-access")?.share // 0.75: the US-controlled dependency
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface KindExposure {
  readonly kind: LawKind
  /** Weight of dependencies reached by at least one foreign law of this kind (counted once). */
  readonly weight: number
  readonly share: number
  /** Ids of the foreign laws of this kind that reach anything. */
  readonly laws: ReadonlyArray<string>
}

/**
 * Legal exposure of a set of dependencies.
 *
 * @example
 * ```ts
 * import { assess } from "@sovmap/sdk"
 * import type { LegalExposure } from "@sovmap/core"
 *
 * const { metrics } = await assess("examples/region-nordlys/sovmap.yaml")
 * const exposure: LegalExposure = metrics.legalExposure
 * console.log(`${(exposure.foreignShare * 100).toFixed(1)} % of the weight is within reach of a foreign law`)
 * for (const law of exposure.laws.filter((l) => l.foreign)) console.log(law.name, law.kind, law.share)
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface LegalExposure {
  /** Date at which laws were taken to be in force, or `null` when no date was given (all laws count). */
  readonly asOf: string | null
  readonly totalWeight: number
  /** Laws in force that reach at least one dependency, by weight (largest first, ties by id). */
  readonly laws: ReadonlyArray<LawExposure>
  /** Totals over foreign laws, one row per kind, in the order data-access, service-cutoff, export-restriction, sanctions. */
  readonly byKind: ReadonlyArray<KindExposure>
  /** Weight reached by at least one foreign law of any kind. */
  readonly foreignWeight: number
  /** foreignWeight / total weight. */
  readonly foreignShare: number
  /** Ids of laws left out because they were not in force at `asOf`. */
  readonly notInForce: ReadonlyArray<string>
}

const KINDS: ReadonlyArray<LawKind> = ["data-access", "service-cutoff", "export-restriction", "sanctions"]

/**
 * Whether a law is in force on a date: `from ≤ asOf` and (`to` absent or `asOf < to`; `to` is exclusive).
 *
 * @example
 * ```ts
 * import { lawInForce } from "@sovmap/core"
 *
 * lawInForce({ inForce: { from: "2018-03-23" } }, "2026-11-22") // true
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const lawInForce = (law: Pick<Law, "inForce">, asOf: string): boolean =>
  law.inForce.from <= asOf && (law.inForce.to === undefined || asOf < law.inForce.to)

/**
 * The links through which one law reaches one dependency. Rules (DESIGN.md "Control resolution" and the
 * `LawReach` contract): reach `hq` → the controller's HQ (`hq`) and the operator's HQ (`operator`);
 * `subsidiary-abroad` → any controlling parent headquartered in the jurisdiction (`parent`);
 * `possession-custody-control` → `hq`, `parent` or `operator`, whatever the data location; `data-location`
 * → a data location in the jurisdiction (`data-location`).
 *
 * @example
 * ```ts
 * import { exposureLinks } from "@sovmap/core"
 *
 * exposureLinks(
 *   { jurisdiction: "US", reach: ["possession-custody-control"] },
 *   { id: "x", weight: 1, controlJurisdiction: "US", operatorJurisdiction: "DE", parentJurisdictions: ["US"], dataLocations: ["DE"] }
 * ) // ["hq", "parent"]
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const exposureLinks = (law: Pick<Law, "jurisdiction" | "reach">, target: ExposureTarget): ReadonlyArray<ExposureLink> => {
  const j = law.jurisdiction
  const links = new Set<ExposureLink>()
  const hq = target.controlJurisdiction === j
  const operator = target.operatorJurisdiction === j
  const parent = target.parentJurisdictions.includes(j)
  for (const reach of law.reach) {
    if (reach === "hq" || reach === "possession-custody-control") {
      if (hq) links.add("hq")
      if (operator) links.add("operator")
    }
    if ((reach === "subsidiary-abroad" || reach === "possession-custody-control") && parent) links.add("parent")
    if (reach === "data-location" && target.dataLocations.includes(j)) links.add("data-location")
  }
  return LINK_ORDER.filter((l) => links.has(l))
}

/**
 * For each law in force, the weight of the dependencies it can reach and through which links; and, over
 * the laws of foreign jurisdictions, the weight reached by kind (data access, cut-off, export restriction,
 * sanctions) and in total. A dependency reached by several laws counts once in each total.
 *
 * Formula: `exposure_L = Σ_{d : links(L, d) ≠ ∅} w_d / Σ_d w_d`; `exposure_kind = Σ_{d : ∃ foreign L of kind,
 * links(L, d) ≠ ∅} w_d / Σ_d w_d`. Link rules: {@link exposureLinks}. Laws count only when in force at `asOf`
 * ({@link lawInForce}); without `asOf` every law counts.
 *
 * Throws {@link MetricInputError} when there is no positive weight, or a weight is negative or not finite.
 *
 * @example
 * ```ts
 * import { legalExposure } from "@sovmap/core"
 *
 * const r = legalExposure(
 *   [
 *     { id: "a", weight: 3, controlJurisdiction: "US", operatorJurisdiction: "US", parentJurisdictions: [], dataLocations: ["IE"] },
 *     { id: "b", weight: 1, controlJurisdiction: "FR", operatorJurisdiction: "FR", parentJurisdictions: [], dataLocations: ["FR"] }
 *   ],
 *   [{ id: "us-cloud-act", name: "CLOUD Act", jurisdiction: "US", kind: "data-access", reach: ["possession-custody-control"], inForce: { from: "2018-03-23" } }],
 *   { home: new Set(["FR", "IE"]), asOf: "2026-11-22" }
 * )
 * r.foreignShare // 0.75
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const legalExposure = (
  targets: ReadonlyArray<ExposureTarget>,
  laws: Iterable<Pick<Law, "id" | "name" | "jurisdiction" | "kind" | "reach" | "inForce"> & { readonly shortName?: string | undefined }>,
  options: { readonly home: ReadonlySet<string>; readonly asOf?: string | undefined }
): LegalExposure => {
  let total = 0
  targets.forEach((t, i) => {
    if (typeof t.weight !== "number" || !Number.isFinite(t.weight) || t.weight < 0) {
      throw new MetricInputError([{ file: "<input>", path: `[${i}].weight`, message: `weight of \`${t.id}\` must be a finite number ≥ 0, got ${String(t.weight)}` }])
    }
    total += t.weight
  })
  if (total === 0) {
    throw new MetricInputError([{ file: "<input>", message: "legal exposure of an empty or all-zero distribution is undefined", hint: "give at least one dependency a positive weight" }])
  }
  const asOf = options.asOf
  const rows: Array<LawExposure> = []
  const notInForce: Array<string> = []
  const reachedByKind = new Map<LawKind, { ids: Set<number>; laws: Array<string> }>()
  const reachedForeign = new Set<number>()
  for (const law of laws) {
    if (asOf !== undefined && !lawInForce(law, asOf)) {
      notInForce.push(law.id)
      continue
    }
    const dependencies: Array<ExposedDependency> = []
    const foreign = !options.home.has(law.jurisdiction)
    let weight = 0
    targets.forEach((t, i) => {
      if (t.weight === 0) return
      const links = exposureLinks(law, t)
      if (links.length === 0) return
      dependencies.push({ id: t.id, weight: t.weight, links })
      weight += t.weight
      if (foreign) {
        reachedForeign.add(i)
        const entry = reachedByKind.get(law.kind) ?? { ids: new Set<number>(), laws: [] }
        entry.ids.add(i)
        reachedByKind.set(law.kind, entry)
      }
    })
    if (dependencies.length === 0) continue
    if (foreign) reachedByKind.get(law.kind)!.laws.push(law.id)
    rows.push({ law: law.id, name: law.shortName ?? law.name, jurisdiction: law.jurisdiction, kind: law.kind, foreign, weight, share: weight / total, dependencies })
  }
  rows.sort((a, b) => b.weight - a.weight || (a.law < b.law ? -1 : a.law > b.law ? 1 : 0))
  // Subset sums in ascending index order, the order of the total, so that no share rounds above 1.
  const sumOf = (indices: Iterable<number>) => [...indices].sort((x, y) => x - y).reduce((s, i) => s + targets[i]!.weight, 0)
  const byKind = KINDS.map((kind) => {
    const entry = reachedByKind.get(kind)
    const weight = sumOf(entry?.ids ?? [])
    return { kind, weight, share: weight / total, laws: [...(entry?.laws ?? [])].sort() }
  })
  const foreignWeight = sumOf(reachedForeign)
  return { asOf: asOf ?? null, totalWeight: total, laws: rows, byKind, foreignWeight, foreignShare: foreignWeight / total, notInForce: notInForce.sort() }
}
