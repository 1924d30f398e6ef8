/**
 * The network view: many members' assessments combined, with k-anonymity suppression and rounding.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"
import { concentration, type Concentration } from "../metrics/concentration.js"
import type { NetworkMember } from "./network-member.js"

/**
 * Version of the network view format.
 *
 * @example
 * ```ts
 * import { NETWORK_VIEW_VERSION } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const json: unknown = JSON.parse(await readFile("network.json", "utf8"))
 * const version = (json as { readonly networkVersion?: unknown }).networkVersion
 * if (version !== NETWORK_VIEW_VERSION) throw new Error(`network.json has format ${String(version)}, expected ${NETWORK_VIEW_VERSION}`)
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const NETWORK_VIEW_VERSION = 1

/**
 * The default k of the k-anonymity threshold: a cell built from fewer members is suppressed.
 *
 * @example
 * ```ts
 * import { aggregateNetwork, DEFAULT_NETWORK_K } from "@sovmap/core"
 * import { readNetwork } from "@sovmap/sdk"
 *
 * const { members } = await readNetwork(["examples/network/members"])
 * DEFAULT_NETWORK_K // 5
 * aggregateNetwork(members).k // 5: the default when no k is given
 * aggregateNetwork(members.slice(0, DEFAULT_NETWORK_K - 1)).suppressed // true: fewer than k members
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const DEFAULT_NETWORK_K = 5

/**
 * One published cell: a key shared by at least k members.
 *
 * `membersAtLeast` is the member count rounded down to a multiple of k; `memberEquivalents` is the sum of
 * the members' shares in this cell (each member counts 1 in total) rounded to a whole number; `share` is
 * `memberEquivalents / members.weighted`.
 *
 * @example
 * ```ts
 * import type { NetworkCell } from "@sovmap/core"
 * import { aggregateFiles } from "@sovmap/sdk"
 *
 * const { view } = await aggregateFiles(["examples/network/members"])
 * const top: NetworkCell | undefined = view.byJurisdiction[0]
 * top?.key // "US"
 * top?.memberEquivalents // 5 (of 8 members, each counting 1 in total)
 * top?.share // 0.625
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface NetworkCell {
  readonly key: string
  readonly name: string
  readonly membersAtLeast: number
  readonly memberEquivalents: number
  readonly share: number
}

/**
 * A cut-off scenario across the network.
 *
 * @example
 * ```ts
 * import type { NetworkScenario } from "@sovmap/core"
 * import { aggregateFiles } from "@sovmap/sdk"
 *
 * const { view } = await aggregateFiles(["examples/network/members"])
 * const us: NetworkScenario | undefined = view.scenarios.find((s) => s.cut === "jurisdiction:US")
 * us?.label // "United States of America (US)"
 * us?.memberEquivalentsLost // 6
 * us?.meanLossShare // 0.75
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface NetworkScenario {
  /** `kind:id` of the cut. */
  readonly cut: string
  readonly label: string
  /** Members that lose service under the cut, rounded down to a multiple of k. */
  readonly membersAtLeast: number
  /** Sum of the members' loss shares, rounded to a whole member. */
  readonly memberEquivalentsLost: number
  /** memberEquivalentsLost / members.weighted: the network's mean loss share (a lower bound, see the docs). */
  readonly meanLossShare: number
}

/**
 * A single point of failure shared by many members.
 *
 * @example
 * ```ts
 * import type { NetworkSpof } from "@sovmap/core"
 * import { aggregateFiles } from "@sovmap/sdk"
 *
 * const { view } = await aggregateFiles(["examples/network/members"])
 * const spofs: ReadonlyArray<NetworkSpof> = view.spofs
 * spofs.map((s) => `${s.node}: at least ${s.membersAtLeast} members`) // ["jurisdiction:US: at least 5 members"]
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface NetworkSpof {
  /** `kind:id` of the node. */
  readonly node: string
  readonly name: string
  readonly membersAtLeast: number
}

/**
 * One year of the time series.
 *
 * @example
 * ```ts
 * import type { NetworkPeriod } from "@sovmap/core"
 * import { aggregateFiles } from "@sovmap/sdk"
 *
 * const { view } = await aggregateFiles(["examples/network/members"])
 * const periods: ReadonlyArray<NetworkPeriod> = view.timeSeries
 * periods.map((p) => `${p.period}: ${p.members} members, foreign share ${p.foreignShare ?? "suppressed"}`)
 * // ["2025: 5 members, foreign share 0.8", "2026: 8 members, foreign share 0.625"]
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface NetworkPeriod {
  /** Year of the assessments' `asOf` (YYYY). */
  readonly period: string
  readonly members: number
  /** Foreign share of the year's members, rounded to whole member-equivalents (`null` when suppressed). */
  readonly foreignShare: number | null
}

/**
 * The network view: plain data, deterministic for the same members, safe to publish under its k.
 *
 * @example
 * ```ts
 * import type { NetworkView } from "@sovmap/core"
 * import { aggregateFiles } from "@sovmap/sdk"
 *
 * const view: NetworkView = (await aggregateFiles(["examples/network/members"])).view
 * view.members // { used: 8, weighted: 8, assessments: 13, names: null }
 * view.foreignShare // { memberEquivalents: 5, share: 0.625 }
 * view.byVendor.map((c) => c.key) // ["microsoft", "alphabet", "mistral"]: vendors used by at least k = 5 members
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface NetworkView {
  readonly networkVersion: typeof NETWORK_VIEW_VERSION
  readonly k: number
  readonly members: {
    /** Members used (distinct organisations; the latest assessment of each). */
    readonly used: number
    /** Members with a positive total weight: the denominator of every share. */
    readonly weighted: number
    /** Assessments read (including earlier years of the same organisation). */
    readonly assessments: number
    /** Sorted member names, only when asked for (`nameMembers`); otherwise `null`. */
    readonly names: ReadonlyArray<string> | null
  }
  /** True when fewer than k members were used: every cell and total is suppressed. */
  readonly suppressed: boolean
  /** Network foreign share (control jurisdiction outside each member's own home), rounded; `null` when suppressed. */
  readonly foreignShare: { readonly memberEquivalents: number; readonly share: number } | null
  /** Offerings used by at least k members, most shared first. */
  readonly sharedDependencies: ReadonlyArray<NetworkCell>
  readonly byVendor: ReadonlyArray<NetworkCell>
  readonly byJurisdiction: ReadonlyArray<NetworkCell>
  /** Concentration computed from the published vendor and jurisdiction cells only; `null` when none. */
  readonly concentration: { readonly byVendor: Concentration | null; readonly byJurisdiction: Concentration | null }
  readonly spofs: ReadonlyArray<NetworkSpof>
  readonly scenarios: ReadonlyArray<NetworkScenario>
  readonly timeSeries: ReadonlyArray<NetworkPeriod>
  /** Cells left out because fewer than k members contributed to them. */
  readonly suppressedCells: number
}

/**
 * Options of {@link aggregateNetwork}.
 *
 * @example
 * ```ts
 * import { aggregateNetwork, type AggregateNetworkOptions } from "@sovmap/core"
 * import { readNetwork } from "@sovmap/sdk"
 *
 * const { members } = await readNetwork(["examples/network/members"])
 * const options: AggregateNetworkOptions = { k: 8, nameMembers: true }
 * const view = aggregateNetwork(members, options)
 * view.members.names?.length // 8
 * view.byJurisdiction.map((c) => c.key) // ["US"]: the only control jurisdiction all 8 members use
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface AggregateNetworkOptions {
  /** Least number of members behind a published cell (default 5, at least 2). */
  readonly k?: number
  /** List the members' names in the view (default false: members stay anonymous). */
  readonly nameMembers?: boolean
}

interface Accumulator {
  name: string
  members: number
  equivalents: number
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

// Sums of shares accumulate float error (0.1 + 0.2); snap to 1e-9 before rounding to a whole member.
const wholeMembers = (x: number): number => Math.round(Math.round(x * 1e9) / 1e9)

const isLater = (a: string | null, b: string | null): boolean => (a ?? "") > (b ?? "")

/**
 * The latest assessment (greatest `asOf`; on a tie, the first given) of each member, in order of first
 * appearance: the assessments a network view's cells are built from.
 *
 * @example
 * ```ts
 * import { latestPerMember, type NetworkMember } from "@sovmap/core"
 *
 * const m = (asOf: string): NetworkMember => ({ key: "a", asOf, home: [], dependencies: [], scenarios: [], spofs: [] })
 * latestPerMember([m("2025-01-01"), m("2026-01-01")])[0]?.asOf // "2026-01-01"
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const latestPerMember = (members: ReadonlyArray<NetworkMember>): Array<NetworkMember> => {
  const latest = new Map<string, NetworkMember>()
  for (const m of members) {
    const seen = latest.get(m.key)
    if (seen === undefined || isLater(m.asOf, seen.asOf)) latest.set(m.key, m)
  }
  return [...latest.values()]
}

/**
 * Combines members' assessments into a network view. Each member counts once: its dependency weights are
 * normalised to shares summing to 1, so a cell's `memberEquivalents` is Σ over members of the member's share
 * in that cell. Privacy rules (documented in the network methodology): a cell with fewer than k
 * contributing members is left out; counts are published rounded down to a multiple of k and share sums
 * rounded to whole member-equivalents, so the difference between two views whose networks differ in one
 * member is at most one member-equivalent per cell and does not determine that member's figure; members
 * are not named unless `nameMembers` is set. Only the latest assessment (by `asOf`) of each member feeds
 * the cells; every assessment feeds the yearly time series.
 *
 * @example
 * ```ts
 * import { aggregateNetwork, type NetworkMember } from "@sovmap/core"
 *
 * const member = (key: string): NetworkMember => ({
 *   key, asOf: null, home: ["FR"], scenarios: [], spofs: [],
 *   dependencies: [{ offering: "aws-ec2", offeringName: "Amazon EC2", controller: "amazon", controllerName: "Amazon", controlJurisdiction: "US", weight: 1 }]
 * })
 * const view = aggregateNetwork(["a", "b", "c", "d", "e"].map(member))
 * view.foreignShare // { memberEquivalents: 5, share: 1 }
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const aggregateNetwork = (members: ReadonlyArray<NetworkMember>, options: AggregateNetworkOptions = {}): NetworkView => {
  const k = options.k ?? DEFAULT_NETWORK_K
  if (!Number.isInteger(k) || k < 2) {
    throw new MetricInputError([{ file: "<options>", path: "k", message: `k must be an integer ≥ 2, got ${String(k)}`, hint: "k = 1 would publish single members' figures" }])
  }
  const used = latestPerMember(members)
  const offerings = new Map<string, Accumulator>()
  const vendors = new Map<string, Accumulator>()
  const jurisdictions = new Map<string, Accumulator>()
  const scenarios = new Map<string, Accumulator>()
  const spofs = new Map<string, Accumulator>()
  let weighted = 0
  let foreignEquivalents = 0
  // One member's shares per key, then added to the network once: a member counts once per cell.
  const add = (into: Map<string, Accumulator>, local: Map<string, { name: string; weight: number }>, total: number) => {
    for (const [key, v] of local) {
      const acc = into.get(key) ?? { name: v.name, members: 0, equivalents: 0 }
      acc.members += 1
      acc.equivalents += total > 0 ? v.weight / total : 0
      into.set(key, acc)
    }
  }
  const foreignShareOf = (m: NetworkMember): { total: number; foreign: number } => {
    const home = new Set(m.home)
    let total = 0
    let foreign = 0
    for (const d of m.dependencies) {
      if (!Number.isFinite(d.weight) || d.weight < 0) {
        throw new MetricInputError([{ file: "<member>", path: "dependencies.weight", message: `a dependency weight must be a finite number ≥ 0, got ${String(d.weight)}` }])
      }
      total += d.weight
      if (!home.has(d.controlJurisdiction)) foreign += d.weight
    }
    return { total, foreign }
  }
  for (const m of used) {
    const { total, foreign } = foreignShareOf(m)
    if (total > 0) {
      weighted += 1
      foreignEquivalents += foreign / total
    }
    const o = new Map<string, { name: string; weight: number }>()
    const v = new Map<string, { name: string; weight: number }>()
    const j = new Map<string, { name: string; weight: number }>()
    for (const d of m.dependencies) {
      o.set(d.offering, { name: d.offeringName, weight: (o.get(d.offering)?.weight ?? 0) + d.weight })
      v.set(d.controller, { name: d.controllerName, weight: (v.get(d.controller)?.weight ?? 0) + d.weight })
      j.set(d.controlJurisdiction, { name: d.controlJurisdiction, weight: (j.get(d.controlJurisdiction)?.weight ?? 0) + d.weight })
    }
    add(offerings, o, total)
    add(vendors, v, total)
    add(jurisdictions, j, total)
    const s = new Map<string, { name: string; weight: number }>()
    for (const row of m.scenarios) s.set(row.cut, { name: row.label, weight: Math.max(s.get(row.cut)?.weight ?? 0, row.lossShare) })
    add(scenarios, s, 1)
    const p = new Map<string, { name: string; weight: number }>()
    for (const row of m.spofs) p.set(row.node, { name: row.name, weight: 0 })
    add(spofs, p, 0)
  }
  const suppressed = used.length < k
  let suppressedCells = 0
  const floorToK = (n: number) => Math.floor(n / k) * k
  const publish = <A>(from: Map<string, Accumulator>, cell: (key: string, acc: Accumulator) => A, order: (a: A, b: A) => number): Array<A> => {
    const out: Array<A> = []
    for (const [key, acc] of from) {
      if (suppressed || acc.members < k) suppressedCells += 1
      else out.push(cell(key, acc))
    }
    return out.sort(order)
  }
  const share = (eq: number) => (weighted === 0 ? 0 : eq / weighted)
  const toCell = (key: string, acc: Accumulator): NetworkCell => {
    const eq = wholeMembers(acc.equivalents)
    return { key, name: acc.name, membersAtLeast: floorToK(acc.members), memberEquivalents: eq, share: share(eq) }
  }
  const cellOrder = (a: NetworkCell, b: NetworkCell) => b.memberEquivalents - a.memberEquivalents || b.membersAtLeast - a.membersAtLeast || byKey(a.key, b.key)
  const sharedDependencies = publish(offerings, toCell, (a, b) => b.membersAtLeast - a.membersAtLeast || b.memberEquivalents - a.memberEquivalents || byKey(a.key, b.key))
  const byVendor = publish(vendors, toCell, cellOrder)
  const byJurisdiction = publish(jurisdictions, toCell, cellOrder)
  const concentrationOf = (cells: ReadonlyArray<NetworkCell>) => {
    const positive = cells.filter((c) => c.memberEquivalents > 0)
    return positive.length === 0 ? null : concentration(positive.map((c) => ({ key: c.key, weight: c.memberEquivalents })))
  }
  const networkScenarios = publish(
    scenarios,
    (cut, acc): NetworkScenario => {
      const eq = wholeMembers(acc.equivalents)
      return { cut, label: acc.name, membersAtLeast: floorToK(acc.members), memberEquivalentsLost: eq, meanLossShare: share(eq) }
    },
    (a, b) => b.memberEquivalentsLost - a.memberEquivalentsLost || b.membersAtLeast - a.membersAtLeast || byKey(a.cut, b.cut)
  )
  const networkSpofs = publish(
    spofs,
    (node, acc): NetworkSpof => ({ node, name: acc.name, membersAtLeast: floorToK(acc.members) }),
    (a, b) => b.membersAtLeast - a.membersAtLeast || byKey(a.node, b.node)
  )
  // Time series: the latest assessment of each member within each year.
  const years = new Map<string, Map<string, NetworkMember>>()
  for (const m of members) {
    if (m.asOf === null) continue
    const year = m.asOf.slice(0, 4)
    const inYear = years.get(year) ?? new Map<string, NetworkMember>()
    const seen = inYear.get(m.key)
    if (seen === undefined || isLater(m.asOf, seen.asOf)) inYear.set(m.key, m)
    years.set(year, inYear)
  }
  const timeSeries = [...years.entries()]
    .sort(([a], [b]) => byKey(a, b))
    .map(([period, inYear]): NetworkPeriod => {
      let n = 0
      let eq = 0
      for (const m of inYear.values()) {
        const { total, foreign } = foreignShareOf(m)
        if (total > 0) {
          n += 1
          eq += foreign / total
        }
      }
      if (inYear.size < k) suppressedCells += 1
      return { period, members: inYear.size, foreignShare: inYear.size < k || n === 0 ? null : wholeMembers(eq) / n }
    })
  const foreignEq = wholeMembers(foreignEquivalents)
  return {
    networkVersion: NETWORK_VIEW_VERSION,
    k,
    members: {
      used: used.length,
      weighted,
      assessments: members.length,
      names: options.nameMembers === true ? used.map((m) => m.key).sort(byKey) : null
    },
    suppressed,
    foreignShare: suppressed || weighted === 0 ? null : { memberEquivalents: foreignEq, share: share(foreignEq) },
    sharedDependencies,
    byVendor,
    byJurisdiction,
    concentration: { byVendor: concentrationOf(byVendor), byJurisdiction: concentrationOf(byJurisdiction) },
    spofs: networkSpofs,
    scenarios: networkScenarios,
    timeSeries,
    suppressedCells
  }
}
