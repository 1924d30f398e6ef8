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
 * @example
 * ```ts
 * import { decodeSbom, detectSbomFormat, type SbomFormat } from "@sovmap/core"
 *
 * const text = "SPDXVersion: SPDX-2.3\nSPDXID: SPDXRef-DOCUMENT\n"
 * const format: SbomFormat | undefined = detectSbomFormat(text) // "spdx-tag-value"
 * decodeSbom(text, "app.spdx", format).format // "spdx-tag-value"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export type SbomFormat = "cyclonedx-json" | "cyclonedx-xml" | "spdx-json" | "spdx-tag-value"

/**
 * A party an SBOM names for a component, with its role: CycloneDX `supplier`, `manufacturer`, `publisher`,
 * `author(s)`, a service `provider`; SPDX `PackageSupplier`, `PackageOriginator`.
 *
 * @example
 * ```ts
 * import { decodeSbom } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"commons-lang3","supplier":{"name":"The Apache Software Foundation"}}]}', "bom.json")
 * sbom.components[0]?.declared // [{ role: "supplier", name: "The Apache Software Foundation" }]
 * ```
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
 * @example
 * ```ts
 * import { createCycloneDxJsonReader } from "@sovmap/core"
 *
 * const reader = createCycloneDxJsonReader("bom.json")
 * reader.push('{"bomFormat":"CycloneDX","specVersion":"1.6",\n"components":[\n  {"name":"a"}]}')
 * reader.end().components[0]?.location // { line: 3, column: 3, path: "components[0]" }
 * ```
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
 * @example
 * ```ts
 * import { decodeSbom } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"bom-ref":"lang3","name":"commons-lang3","version":"3.9","purl":"pkg:maven/org.apache.commons/commons-lang3@3.9"}]}', "bom.json")
 * const [lang3] = sbom.components
 * lang3?.ref // "lang3"
 * lang3?.kind // "component"
 * lang3?.purl // "pkg:maven/org.apache.commons/commons-lang3@3.9"
 * ```
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
 * @example
 * ```ts
 * import { decodeSbom } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"bom-ref":"app","name":"app"},{"bom-ref":"lib","name":"lib"}],"dependencies":[{"ref":"app","dependsOn":["lib"]}]}', "bom.json")
 * sbom.edges // [{ from: "app", to: "lib", kind: "depends-on" }]
 * ```
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
 * @example
 * ```ts
 * import { decodeSbom, type SbomDocument } from "@sovmap/core"
 *
 * const doc: SbomDocument = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"bom-ref":"a","name":"a"}],"dependencies":[{"ref":"a","dependsOn":["b"]}]}', "bom.json")
 * doc.format // "cyclonedx-json"
 * doc.components.length // 1
 * doc.edges.length // 0: the edge to the unknown bom-ref `b` is left out…
 * doc.problems[0]?.message // …and reported: "dependency refers to unknown bom-ref `b`; edge a → b left out"
 * ```
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
