/**
 * Zod schemas of knowledge-base records: the boundary through which shipped data files and manifest
 * overlays enter. Every record carries at least one {@link Source}.
 *
 * @module
 */
import * as z from "zod"

/**
 * An ISO 3166-1 alpha-2 country code, upper case (validity against the ISO list is checked by
 * `validateKnowledgeBase`, which knows the list).
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code in upper case, such as `DE` or `US`")

/** @category knowledge base @since 0.1.0 */
export type CountryCode = z.output<typeof CountryCode>

/**
 * A calendar date written `YYYY-MM-DD`.
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "a date written YYYY-MM-DD")

/**
 * An identifier: lower-case letters, digits and dashes, starting with a letter or digit.
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const RecordId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "an id of lower-case letters, digits and dashes, such as `aws` or `eu27`")

/**
 * How well a fact is established, on the scale of the project's reference documents: `P` primary text
 * read, `S` two or more independent secondary sources agree, `S1` one secondary source, `UNVERIFIED` not
 * confirmed (shipped only with a note saying so).
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const Evidence = z.enum(["P", "S", "S1", "UNVERIFIED"])

/**
 * Where a fact comes from: a URL, the date it was retrieved, and how strong the evidence is.
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const Source = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  retrieved: IsoDate,
  evidence: Evidence.default("S1"),
  note: z.string().min(1).optional()
})

/** @category knowledge base @since 0.1.0 */
export type Source = z.output<typeof Source>

const Sources = z.array(Source).min(1, "at least one source (url + retrieved date) for every record")

/**
 * A parent link in an ownership chain: who holds the entity, with which share of control.
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const ParentLink = z.strictObject({
  id: RecordId,
  /** Share of voting control held by the parent, 0..1. */
  share: z.number().min(0).max(1).optional(),
  /** Explicit statement that the parent controls (or does not control) the entity, overriding the share. */
  controls: z.boolean().optional(),
  asOf: IsoDate.optional()
})

/** @category knowledge base @since 0.1.0 */
export type ParentLink = z.output<typeof ParentLink>

/**
 * What kind of organisation an entity is.
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const EntityKind = z.enum(["company", "foundation", "public-body", "state", "community", "person"])

/**
 * An organisation: where it is headquartered and who controls it.
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const Entity = z.strictObject({
  id: RecordId,
  name: z.string().min(1),
  kind: EntityKind,
  /** Country of the headquarters (effective seat). */
  hq: CountryCode,
  /** Country of incorporation, when it differs from the headquarters. */
  incorporated: CountryCode.optional(),
  parent: ParentLink.optional(),
  note: z.string().min(1).optional(),
  sources: Sources
})

/** @category knowledge base @since 0.1.0 */
export type Entity = z.output<typeof Entity>

/**
 * Kinds of offering sovmap maps.
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const OfferingCategory = z.enum(["cloud", "saas", "ai", "cdn", "security", "chip", "software", "network"])

/** @category knowledge base @since 0.1.0 */
export type OfferingCategory = z.output<typeof OfferingCategory>

/**
 * Something an entity supplies. The brand (whose name is on it) and the operator (who runs it and holds
 * the data) are kept apart: an EU-operated offer of a US brand has an EU operator.
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const Offering = z.strictObject({
  id: RecordId,
  name: z.string().min(1),
  category: OfferingCategory,
  /** Entity whose brand the offering carries. */
  brand: RecordId,
  /** Entity that operates the offering and contracts with customers. */
  operator: RecordId,
  /**
   * Market the offering competes in (`iaas`, `object-storage`, `office-suite`, `code-hosting`, `llm-api`,
   * `cdn` …). Offerings in the same market are alternatives to each other.
   */
  market: RecordId.optional(),
  /** Offerings this one runs on or needs in order to work (a SaaS on a hyperscaler, a model on a cloud). */
  runsOn: z.array(RecordId).optional(),
  /** Countries where the operator stores or processes customer data by default. */
  dataLocations: z.array(CountryCode).optional(),
  /** Certifications and qualifications the offering holds (SecNumCloud, C5, EUCS …), each with a source. */
  certifications: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        /** Date the certification was granted or last confirmed. */
        asOf: IsoDate.optional(),
        source: Source
      })
    )
    .optional(),
  /**
   * The offering's answers to the EU Cloud Sovereignty Framework, only when published with a source
   * (checked against the catalogue by `csfScoresForOfferings`).
   */
  csf: z
    .strictObject({
      framework: z.string().min(1),
      answers: z.record(z.string(), z.strictObject({ option: z.number().int().min(1), evidence: z.array(z.url({ protocol: /^https?$/ })).optional() })),
      source: Source
    })
    .optional(),
  note: z.string().min(1).optional(),
  sources: Sources
})

/** @category knowledge base @since 0.1.0 */
export type Offering = z.output<typeof Offering>

/**
 * What a law can compel: access to data, a service cut-off, an export restriction, or sanctions.
 *
 * @category knowledge base
 * @since 0.2.0
 */
export const LawKind = z.enum(["data-access", "service-cutoff", "export-restriction", "sanctions"])

/** @category knowledge base @since 0.2.0 */
export type LawKind = z.output<typeof LawKind>

/**
 * Whom a law reaches:
 * - `hq` — entities headquartered in the law's jurisdiction (the controller or the operator);
 * - `subsidiary-abroad` — entities anywhere that are controlled by a parent in the jurisdiction;
 * - `possession-custody-control` — any provider subject to the jurisdiction, for data in its possession,
 *   custody or control wherever the data is stored (the US CLOUD Act rule);
 * - `data-location` — data stored or processed on the jurisdiction's territory.
 *
 * @category knowledge base
 * @since 0.2.0
 */
export const LawReach = z.enum(["hq", "subsidiary-abroad", "possession-custody-control", "data-location"])

/** @category knowledge base @since 0.2.0 */
export type LawReach = z.output<typeof LawReach>

/**
 * A legal instrument with extraterritorial reach: US CLOUD Act, FISA Section 702, China's National
 * Intelligence Law …
 *
 * @category knowledge base
 * @since 0.2.0
 */
export const Law = z.strictObject({
  id: RecordId,
  name: z.string().min(1),
  /** Short name used in tables, such as `CLOUD Act`. */
  shortName: z.string().min(1).optional(),
  jurisdiction: CountryCode,
  kind: LawKind,
  reach: z.array(LawReach).min(1),
  /** Official citation, such as `18 U.S.C. § 2713`. */
  citation: z.string().min(1).optional(),
  inForce: z.strictObject({ from: IsoDate, to: IsoDate.optional() }),
  note: z.string().min(1).optional(),
  sources: Sources
})

/** @category knowledge base @since 0.2.0 */
export type Law = z.output<typeof Law>

/**
 * A European Commission adequacy decision under Article 45 GDPR: personal data may flow to the country (or,
 * for a partial decision, to the covered recipients) without further safeguards.
 *
 * @category knowledge base
 * @since 0.2.0
 */
export const AdequacyDecision = z.strictObject({
  id: RecordId,
  country: CountryCode,
  /** `full` for the whole country; `partial` when limited to some recipients (e.g. certified organisations). */
  scope: z.enum(["full", "partial"]),
  /** What the decision covers, in words, when the scope is partial. */
  scopeNote: z.string().min(1).optional(),
  /** Citation of the decision, such as `Commission Implementing Decision (EU) 2023/1795`. */
  decision: z.string().min(1),
  adopted: IsoDate,
  /** Date the decision ceased to apply (invalidated, repealed), if it did. */
  ended: IsoDate.optional(),
  /** Pending court challenges or reviews, in words. */
  status: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  sources: Sources
})

/** @category knowledge base @since 0.2.0 */
export type AdequacyDecision = z.output<typeof AdequacyDecision>

/**
 * A member of a bloc, with the dates of its membership when they matter.
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const BlocMember = z.strictObject({
  country: CountryCode,
  from: IsoDate.optional(),
  to: IsoDate.optional()
})

/**
 * A named set of jurisdictions: EU27, NATO, a user's "partners".
 *
 * @category knowledge base
 * @since 0.1.0
 */
export const Bloc = z.strictObject({
  id: RecordId,
  name: z.string().min(1),
  members: z.array(BlocMember).min(1),
  note: z.string().min(1).optional(),
  sources: Sources
})

/** @category knowledge base @since 0.1.0 */
export type Bloc = z.output<typeof Bloc>

/**
 * An ISO 3166-1 country: codes and English short name.
 *
 * @category knowledge base
 * @since 0.1.0
 */
export interface Country {
  readonly alpha2: string
  readonly alpha3: string
  readonly numeric: string
  readonly name: string
}
