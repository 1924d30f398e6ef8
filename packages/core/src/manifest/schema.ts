/**
 * The manifest (`sovmap.yaml`): an organisation, its home bloc, its systems and what they depend on.
 *
 * @module
 */
import * as z from "zod"
import { Bloc, CountryCode, Entity, IsoDate, Law, Offering, RecordId } from "../kb/schema.js"

/**
 * How critical a system or dependency is to the organisation.
 *
 * @example
 * ```ts
 * import { Criticality } from "@sovmap/core"
 *
 * Criticality.parse("high") // "high"
 * Criticality.safeParse("urgent").success // false
 * Criticality.options // ["critical", "high", "medium", "low"]
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const Criticality = z.enum(["critical", "high", "medium", "low"])

/**
 * A Criticality as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs"
 * import { CRITICALITY_WEIGHTS, decodeManifest, type Criticality } from "@sovmap/core"
 *
 * const file = "examples/region-nordlys/sovmap.yaml"
 * const level: Criticality = decodeManifest(readFileSync(file, "utf8"), file).value.systems[0]!.criticality // "critical"
 * CRITICALITY_WEIGHTS[level] // 4
 * ```
 * @category manifest
 * @since 0.1.0
 */
export type Criticality = z.output<typeof Criticality>

/**
 * Classification of the data a dependency processes, from least to most sensitive.
 *
 * @example
 * ```ts
 * import { DataClassification } from "@sovmap/core"
 *
 * DataClassification.parse("personal") // "personal"
 * DataClassification.options.indexOf("restricted") // 3: the most sensitive
 * DataClassification.safeParse("secret").success // false
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const DataClassification = z.enum(["public", "internal", "personal", "restricted"])

/**
 * How dependencies are weighted in every metric: by criticality, by annual spend, or by both (spend ×
 * criticality weight).
 *
 * @example
 * ```ts
 * import { Weighting } from "@sovmap/core"
 *
 * Weighting.parse("spend") // "spend"
 * Weighting.safeParse("cost").success // false
 * Weighting.options // ["criticality", "spend", "both"]
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const Weighting = z.enum(["criticality", "spend", "both"])

/**
 * A Weighting as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs"
 * import { decodeManifest, type Weighting } from "@sovmap/core"
 *
 * const file = "examples/region-nordlys/sovmap.yaml"
 * const weighting: Weighting = decodeManifest(readFileSync(file, "utf8"), file).value.weighting // "both"
 * const needsSpend = weighting !== "criticality" // true: every dependency must give a `spend`
 * ```
 * @category manifest
 * @since 0.1.0
 */
export type Weighting = z.output<typeof Weighting>

/**
 * One dependency of a system on an offering.
 *
 * @example
 * ```ts
 * import { Dependency } from "@sovmap/core"
 *
 * const dependency = Dependency.parse({ offering: "aws-s3", spend: 35000, fallback: ["ovhcloud-public-cloud"] })
 * dependency.fallback // ["ovhcloud-public-cloud"]
 * Dependency.safeParse({ offering: "aws-s3", spend: -1 }).success // false: spend cannot be negative
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const Dependency = z.strictObject({
  /** Id of an offering in the knowledge base or in the manifest's `offerings`. */
  offering: RecordId,
  /** Overrides the system's criticality for this dependency. */
  criticality: Criticality.optional(),
  /** Annual spend, in the organisation's currency; required when weighting by spend. */
  spend: z.number().nonnegative().optional(),
  data: DataClassification.optional(),
  /** Countries where the data of this dependency is stored or processed. */
  dataLocations: z.array(CountryCode).optional(),
  /**
   * Offerings the system can switch to when this one fails: a declared fallback path. A cut-off scenario
   * counts the dependency as served when any fallback survives.
   */
  fallback: z.array(RecordId).optional(),
  /** Estimated one-off cost of switching away from this dependency, in the organisation's currency. */
  switchingCost: z.number().nonnegative().optional(),
  /** Estimated time to switch away from this dependency, in months. */
  switchingMonths: z.number().nonnegative().optional(),
  note: z.string().optional()
})

/**
 * A Dependency as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs"
 * import { decodeManifest, type Dependency } from "@sovmap/core"
 *
 * const file = "examples/region-nordlys/sovmap.yaml"
 * const dependencies: ReadonlyArray<Dependency> = decodeManifest(readFileSync(file, "utf8"), file).value.systems.flatMap((s) => s.dependencies)
 * dependencies.length // 11
 * dependencies.filter((d) => d.fallback !== undefined).map((d) => d.offering) // ["aws-s3", "aws-ec2", "openai-api"]
 * ```
 * @category manifest
 * @since 0.1.0
 */
export type Dependency = z.output<typeof Dependency>

/**
 * A system or business function of the organisation.
 *
 * @example
 * ```ts
 * import { System } from "@sovmap/core"
 *
 * const web = System.parse({ id: "web", name: "Website", criticality: "high", dependencies: [{ offering: "ovhcloud-public-cloud" }] })
 * web.dependencies[0]?.offering // "ovhcloud-public-cloud"
 * System.safeParse({ id: "web", name: "Website", criticality: "high", dependencies: [] }).error?.issues[0]?.message
 * // "at least one dependency per system"
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const System = z.strictObject({
  id: RecordId,
  name: z.string().min(1),
  criticality: Criticality,
  description: z.string().optional(),
  dependencies: z.array(Dependency).min(1, "at least one dependency per system")
})

/**
 * A System as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs"
 * import { decodeManifest, type System } from "@sovmap/core"
 *
 * const file = "examples/region-nordlys/sovmap.yaml"
 * const systems: ReadonlyArray<System> = decodeManifest(readFileSync(file, "utf8"), file).value.systems
 * systems.filter((s) => s.criticality === "critical").map((s) => s.id) // ["citizen-portal", "case-management"]
 * ```
 * @category manifest
 * @since 0.1.0
 */
export type System = z.output<typeof System>

/**
 * The manifest, version 1.
 *
 * @example
 * ```ts
 * import { Manifest } from "@sovmap/core"
 *
 * const manifest = Manifest.parse({
 *   sovmap: 1,
 *   organisation: { name: "Example", country: "FR" },
 *   systems: [{ id: "web", name: "Website", criticality: "high", dependencies: [{ offering: "ovhcloud-public-cloud" }] }]
 * })
 * manifest.home // "eu27" (the default)
 * manifest.weighting // "criticality" (the default)
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const Manifest = z.strictObject({
  /** Manifest format version. */
  sovmap: z.literal(1),
  organisation: z.strictObject({
    name: z.string().min(1),
    country: CountryCode,
    sector: z.string().optional()
  }),
  /** Id of the bloc whose members count as "home" (not foreign). */
  home: RecordId.default("eu27"),
  weighting: Weighting.default("criticality"),
  /** Date at which laws in force and bloc memberships are read (`YYYY-MM-DD`); default: the knowledge base's date. */
  asOf: IsoDate.optional(),
  /** Share of voting control above which a parent controls a subsidiary, 0..1. */
  controlThreshold: z.number().gt(0).lt(1).optional(),
  systems: z.array(System).min(1, "at least one system"),
  /** Offerings defined locally (added to, or replacing, knowledge-base records). */
  offerings: z.array(Offering).optional(),
  /** Entities defined locally (added to, or replacing, knowledge-base records). */
  entities: z.array(Entity).optional(),
  /** Blocs defined locally, e.g. your own "partners". */
  blocs: z.array(Bloc).optional(),
  /** Laws defined locally (added to, or replacing, knowledge-base records). */
  laws: z.array(Law).optional(),
  /** SBOMs of the organisation's software (CycloneDX or SPDX), paths relative to the manifest. */
  sboms: z
    .array(
      z.strictObject({
        path: z.string().min(1),
        /** Id of the system the software belongs to. */
        system: RecordId.optional(),
        criticality: Criticality.optional()
      })
    )
    .optional()
})

/**
 * A Manifest as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs"
 * import { decodeManifest, type Manifest } from "@sovmap/core"
 *
 * const file = "examples/region-nordlys/sovmap.yaml"
 * const manifest: Manifest = decodeManifest(readFileSync(file, "utf8"), file).value
 * manifest.organisation.country // "FR"
 * manifest.systems.length // 6
 * ```
 * @category manifest
 * @since 0.1.0
 */
export type Manifest = z.output<typeof Manifest>

/**
 * What the Manifest schema accepts, before its defaults are filled in.
 *
 * @example
 * ```ts
 * import { decodeManifest, Manifest, type ManifestInput } from "@sovmap/core"
 *
 * const input: ManifestInput = {
 *   sovmap: 1,
 *   organisation: { name: "Example", country: "FR" },
 *   systems: [{ id: "web", name: "Website", criticality: "high", dependencies: [{ offering: "ovhcloud-public-cloud" }] }]
 * }
 * Manifest.parse(input).home // "eu27": the default is filled in
 * decodeManifest(JSON.stringify(input), "sovmap.json").value.weighting // "criticality"
 * ```
 * @category manifest
 * @since 0.1.0
 */
export type ManifestInput = z.input<typeof Manifest>
