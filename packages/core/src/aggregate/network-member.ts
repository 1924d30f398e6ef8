/**
 * One member of a network: the part of its assessment that a network view needs.
 *
 * @module
 */
import type { Assessment } from "../assess/assess.js"

/**
 * What a network view reads from one member's assessment: its dependencies (with the controller and
 * control jurisdiction each resolves to), its home jurisdictions, its scenario sweep and its single points
 * of failure. Built from an {@link Assessment} or a decoded JSON report with {@link networkMember}.
 *
 * @example
 * ```ts
 * import type { NetworkMember } from "@sovmap/core"
 *
 * const member: NetworkMember = {
 *   key: "Org A", asOf: "2026-01-01", home: ["FR", "DE"],
 *   dependencies: [{ offering: "aws-ec2", offeringName: "Amazon EC2", controller: "amazon", controllerName: "Amazon", controlJurisdiction: "US", weight: 1 }],
 *   scenarios: [], spofs: []
 * }
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface NetworkMember {
  /** Identity of the member (its organisation name): never published unless members are named explicitly. */
  readonly key: string
  /** Date of the assessment (`asOf`), or `null`; the year keys the time series. */
  readonly asOf: string | null
  /** Jurisdictions of the member's home bloc: a dependency controlled outside them is foreign. */
  readonly home: ReadonlyArray<string>
  readonly dependencies: ReadonlyArray<{
    readonly offering: string
    readonly offeringName: string
    readonly controller: string
    readonly controllerName: string
    readonly controlJurisdiction: string
    readonly weight: number
  }>
  /** The member's sweep rows with a loss (`kind:id` of the cut, its label and loss share 0..1). */
  readonly scenarios: ReadonlyArray<{ readonly cut: string; readonly label: string; readonly lossShare: number }>
  /** The member's single points of failure (`kind:id` node and display name). */
  readonly spofs: ReadonlyArray<{ readonly node: string; readonly name: string }>
}

/** The fields of an assessment (or its JSON report) that {@link networkMember} reads. */
type AssessmentLike = Pick<Assessment, "organisation" | "home" | "dependencies"> & {
  readonly inputs: { readonly asOf: string | null }
  readonly scenarios: { readonly top: ReadonlyArray<{ readonly cut: { readonly kind: string; readonly id: string }; readonly label: string; readonly lossShare: number }> }
  readonly spofs: ReadonlyArray<{ readonly node: string; readonly name: string }>
}

/**
 * Extracts the network view's inputs from an assessment (or a JSON report decoded with `AssessmentReport`).
 *
 * @example
 * ```ts
 * import { assess, builtinKnowledgeBase, decodeManifest, networkMember, resolveManifest } from "@sovmap/core"
 *
 * const m = decodeManifest("sovmap: 1\norganisation: { name: Org A, country: FR }\nsystems:\n  - { id: web, name: Web, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n", "a.yaml")
 * networkMember(assess(m.value, resolveManifest(m, builtinKnowledgeBase()))).key // "Org A"
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const networkMember = (assessment: AssessmentLike): NetworkMember => ({
  key: assessment.organisation.name,
  asOf: assessment.inputs.asOf,
  home: assessment.home.members,
  dependencies: assessment.dependencies.map((d) => ({
    offering: d.offering,
    offeringName: d.offeringName,
    controller: d.controller,
    controllerName: d.controllerName,
    controlJurisdiction: d.controlJurisdiction,
    weight: d.weight
  })),
  scenarios: assessment.scenarios.top.map((r) => ({ cut: `${r.cut.kind}:${r.cut.id}`, label: r.label, lossShare: r.lossShare })),
  spofs: assessment.spofs.map((s) => ({ node: s.node, name: s.name }))
})
