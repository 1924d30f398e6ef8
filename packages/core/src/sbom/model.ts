/**
 * The format-independent model of an SBOM that every reader produces: components, the parties the SBOM
 * declares for them, and dependency edges.
 *
 * @module
 */
import type { Diagnostic } from "../errors.js"

/**
 * SBOM formats sovmap reads.
 *
 * @category sbom
 * @since 0.2.0
 */
export type SbomFormat = "cyclonedx-json" | "cyclonedx-xml" | "spdx-json" | "spdx-tag-value"

/**
 * A party an SBOM names for a component, with its role: CycloneDX `supplier`, `manufacturer`, `publisher`,
 * `author(s)`, a service `provider`; SPDX `PackageSupplier`, `PackageOriginator`.
 *
 * @category sbom
 * @since 0.2.0
 */
export interface DeclaredParty {
  readonly role: "supplier" | "manufacturer" | "publisher" | "author" | "provider" | "originator"
  readonly name: string
  /** ISO 3166-1 alpha-2 country of the party's address, when the SBOM gives one (CycloneDX 1.5+). */
  readonly country?: string | undefined
  /** `organization` or `person` when the format says (SPDX `Organization:` / `Person:`). */
  readonly kind?: "organization" | "person" | undefined
}

/**
 * Where in the input a record starts.
 *
 * @category sbom
 * @since 0.2.0
 */
export interface SourceLocation {
  readonly line: number
  readonly column: number
  /** Dotted path in the document, e.g. `components[17]`. */
  readonly path: string
}

/**
 * A component (or service, or SPDX package) of an SBOM.
 *
 * @category sbom
 * @since 0.2.0
 */
export interface SbomComponent {
  /** Identifier unique within the SBOM: the `bom-ref`, SPDX id, or a generated `#<path>` when absent. */
  readonly ref: string
  readonly name: string
  readonly kind: "component" | "service"
  readonly type?: string | undefined
  readonly group?: string | undefined
  readonly version?: string | undefined
  readonly purl?: string | undefined
  readonly vcs?: string | undefined
  readonly declared: ReadonlyArray<DeclaredParty>
  /** Ref of the component this one is nested in (CycloneDX assemblies). */
  readonly parent?: string | undefined
  readonly location?: SourceLocation | undefined
}

/**
 * A directed edge between two components: `from` depends on or contains `to`.
 *
 * @category sbom
 * @since 0.2.0
 */
export interface SbomEdge {
  readonly from: string
  readonly to: string
  readonly kind: "depends-on" | "contains"
}

/**
 * An SBOM read into sovmap's model. `problems` are things that did not stop the import but a reader
 * should know: dependency references to unknown components (their edges are left out and counted here),
 * purls that cannot be parsed.
 *
 * @category sbom
 * @since 0.2.0
 */
export interface SbomDocument {
  readonly file: string
  readonly format: SbomFormat
  readonly specVersion: string
  readonly serialNumber?: string | undefined
  /** The component the SBOM describes (CycloneDX `metadata.component`, SPDX `DESCRIBES` target). */
  readonly subject?: SbomComponent | undefined
  readonly components: ReadonlyArray<SbomComponent>
  readonly edges: ReadonlyArray<SbomEdge>
  readonly problems: ReadonlyArray<Diagnostic>
}
