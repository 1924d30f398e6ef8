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
 * @category manifest
 * @since 0.1.0
 */
export const Criticality = z.enum(["critical", "high", "medium", "low"])

/** @category manifest @since 0.1.0 */
export type Criticality = z.output<typeof Criticality>

/**
 * Classification of the data a dependency processes, from least to most sensitive.
 *
 * @category manifest
 * @since 0.1.0
 */
export const DataClassification = z.enum(["public", "internal", "personal", "restricted"])

/**
 * How dependencies are weighted in every metric: by criticality, by annual spend, or by both (spend ×
 * criticality weight).
 *
 * @category manifest
 * @since 0.1.0
 */
export const Weighting = z.enum(["criticality", "spend", "both"])

/** @category manifest @since 0.1.0 */
export type Weighting = z.output<typeof Weighting>

/**
 * One dependency of a system on an offering.
 *
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

/** @category manifest @since 0.1.0 */
export type Dependency = z.output<typeof Dependency>

/**
 * A system or business function of the organisation.
 *
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

/** @category manifest @since 0.1.0 */
export type System = z.output<typeof System>

/**
 * The manifest, version 1.
 *
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
  laws: z.array(Law).optional()
})

/** @category manifest @since 0.1.0 */
export type Manifest = z.output<typeof Manifest>

/** @category manifest @since 0.1.0 */
export type ManifestInput = z.input<typeof Manifest>
