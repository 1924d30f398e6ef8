/**
 * The combined dependency graph of a network as flat rows, for export to a columnar engine.
 *
 * @module
 */
import { latestPerMember } from "./network-view.js"
import type { NetworkMember } from "./network-member.js"

/**
 * One edge of the combined graph: a member's dependency on an offering, with the controller and control
 * jurisdiction it resolves to. `member` is a pseudonymous number (1…n in the order of the members' keys),
 * never the member's name; `share` is the dependency's weight / the member's total weight.
 *
 * @example
 * ```ts
 * import { networkEdges, type NetworkEdge } from "@sovmap/core"
 * import { readNetwork } from "@sovmap/sdk"
 *
 * const { members } = await readNetwork(["examples/network/members"])
 * const edges: Array<NetworkEdge> = networkEdges(members)
 * edges.length // 32: every dependency of the 8 members' latest assessments
 * edges.filter((e) => e.member === 1 && e.foreign).map((e) => e.offering) // ["microsoft-365"]
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface NetworkEdge {
  readonly member: number
  readonly offering: string
  readonly controller: string
  readonly controlJurisdiction: string
  readonly foreign: boolean
  readonly weight: number
  readonly share: number
}

/**
 * Flattens the latest assessment of each member into edge rows: member-level data, for the network's own
 * analysts (DuckDB, Spark, BigQuery) — not for publication, since a row belongs to one member.
 *
 * @example
 * ```ts
 * import { networkEdges } from "@sovmap/core"
 *
 * networkEdges([{ key: "a", asOf: null, home: ["FR"], scenarios: [], spofs: [],
 *   dependencies: [{ offering: "aws-ec2", offeringName: "EC2", controller: "amazon", controllerName: "Amazon", controlJurisdiction: "US", weight: 2 }] }])
 * // [{ member: 1, offering: "aws-ec2", controller: "amazon", controlJurisdiction: "US", foreign: true, weight: 2, share: 1 }]
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const networkEdges = (members: ReadonlyArray<NetworkMember>): Array<NetworkEdge> => {
  const used = latestPerMember(members).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const rows: Array<NetworkEdge> = []
  used.forEach((m, i) => {
    const home = new Set(m.home)
    const total = m.dependencies.reduce((s, d) => s + d.weight, 0)
    for (const d of m.dependencies) {
      rows.push({
        member: i + 1,
        offering: d.offering,
        controller: d.controller,
        controlJurisdiction: d.controlJurisdiction,
        foreign: !home.has(d.controlJurisdiction),
        weight: d.weight,
        share: total > 0 ? d.weight / total : 0
      })
    }
  })
  return rows
}
