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
 * @example
 * ```ts
 * import { CountryCode } from "@sovmap/core"
 *
 * CountryCode.safeParse("DE").success // true
 * CountryCode.safeParse("de").success // false: upper case only
 * CountryCode.safeParse("UK").success // true: well-formed; `checkReferences` reports that it is not ISO 3166-1
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code in upper case, such as `DE` or `US`")

/**
 * A CountryCode as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type CountryCode } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const hq: CountryCode | undefined = kb.entities.get("hetzner")?.hq // "DE"
 * kb.countries.get(hq ?? "")?.name // "Germany"
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export type CountryCode = z.output<typeof CountryCode>

/**
 * A calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@sovmap/core"
 *
 * IsoDate.parse("2026-11-23") // "2026-11-23"
 * IsoDate.safeParse("23/11/2026").success // false
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "a date written YYYY-MM-DD")

/**
 * An identifier: lower-case letters, digits and dashes, starting with a letter or digit.
 *
 * @example
 * ```ts
 * import { RecordId } from "@sovmap/core"
 *
 * RecordId.parse("eu27") // "eu27"
 * RecordId.safeParse("EU 27").error?.issues[0]?.message // "an id of lower-case letters, digits and dashes, such as `aws` or `eu27`"
 * ```
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
 * @example
 * ```ts
 * import { Evidence } from "@sovmap/core"
 *
 * Evidence.options // ["P", "S", "S1", "UNVERIFIED"]
 * Evidence.safeParse("high").success // false
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const Evidence = z.enum(["P", "S", "S1", "UNVERIFIED"])

/**
 * Where a fact comes from: a URL, the date it was retrieved, and how strong the evidence is.
 *
 * @example
 * ```ts
 * import { Source } from "@sovmap/core"
 *
 * const source = Source.parse({ url: "https://example.org/annual-report", retrieved: "2026-11-23" })
 * source.evidence // "S1" (the default)
 * Source.safeParse({ url: "ftp://example.org/annual-report", retrieved: "2026-11-23" }).success // false: http(s) only
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const Source = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  retrieved: IsoDate,
  evidence: Evidence.default("S1"),
  note: z.string().min(1).optional()
})

/**
 * A Source as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type Source } from "@sovmap/core"
 *
 * const sources: ReadonlyArray<Source> = builtinKnowledgeBase().offerings.get("aws-s3")?.sources ?? []
 * sources.map((s) => `${s.url} (${s.evidence}, retrieved ${s.retrieved})`)
 * // ["https://docs.amazonaws.cn/s3/index.md (P, retrieved 2026-11-23)"]
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export type Source = z.output<typeof Source>

const Sources = z.array(Source).min(1, "at least one source (url + retrieved date) for every record")

/**
 * A parent link in an ownership chain: who holds the entity, with which share of control.
 *
 * @example
 * ```ts
 * import { ParentLink } from "@sovmap/core"
 *
 * ParentLink.parse({ id: "united-internet", share: 0.638, asOf: "2023-02-08" }).share // 0.638
 * ParentLink.safeParse({ id: "united-internet", share: 63.8 }).success // false: a share is 0..1
 * ```
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

/**
 * A ParentLink as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type ParentLink } from "@sovmap/core"
 *
 * const link: ParentLink | undefined = builtinKnowledgeBase().entities.get("ionos")?.parent
 * link // { id: "united-internet", share: 0.638, asOf: "2023-02-08" }
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export type ParentLink = z.output<typeof ParentLink>

/**
 * What kind of organisation an entity is.
 *
 * @example
 * ```ts
 * import { EntityKind } from "@sovmap/core"
 *
 * EntityKind.options // ["company", "foundation", "public-body", "state", "community", "person"]
 * EntityKind.safeParse("ngo").success // false
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const EntityKind = z.enum(["company", "foundation", "public-body", "state", "community", "person"])

/**
 * An organisation: where it is headquartered and who controls it.
 *
 * @example
 * ```ts
 * import { Entity } from "@sovmap/core"
 *
 * const source = { url: "https://example.org/nordlys-it", retrieved: "2026-11-23" }
 * const entity = Entity.parse({ id: "nordlys-it", name: "Région Nordlys IT", kind: "public-body", hq: "FR", sources: [source] })
 * entity.sources[0]?.evidence // "S1" (the default)
 * Entity.safeParse({ ...entity, sources: [] }).error?.issues[0]?.message // "at least one source (url + retrieved date) for every record"
 * ```
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

/**
 * A Entity as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type Entity } from "@sovmap/core"
 *
 * const ionos: Entity | undefined = builtinKnowledgeBase().entities.get("ionos")
 * ionos?.name // "IONOS Group SE"
 * ionos?.hq // "DE"
 * ionos?.parent?.id // "united-internet"
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export type Entity = z.output<typeof Entity>

/**
 * Kinds of offering sovmap maps.
 *
 * @example
 * ```ts
 * import { OfferingCategory } from "@sovmap/core"
 *
 * OfferingCategory.options // ["cloud", "saas", "ai", "cdn", "security", "chip", "software", "network"]
 * OfferingCategory.safeParse("iaas").success // false: `iaas` is a market, not a category
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const OfferingCategory = z.enum(["cloud", "saas", "ai", "cdn", "security", "chip", "software", "network"])

/**
 * A OfferingCategory as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type OfferingCategory } from "@sovmap/core"
 *
 * const ofCategory = (category: OfferingCategory) => [...builtinKnowledgeBase().offerings.values()].filter((o) => o.category === category).map((o) => o.id)
 * ofCategory("cdn") // ["akamai-cdn", "bunny-cdn", "cloudflare-cdn", "fastly-cdn", "gcore-cdn"]
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export type OfferingCategory = z.output<typeof OfferingCategory>

/**
 * Something an entity supplies. The brand (whose name is on it) and the operator (who runs it and holds
 * the data) are kept apart: an EU-operated offer of a US brand has an EU operator.
 *
 * @example
 * ```ts
 * import { Offering } from "@sovmap/core"
 *
 * const offering = Offering.parse({
 *   id: "nordlys-dc", name: "In-house data centre", category: "cloud", brand: "nordlys-it", operator: "nordlys-it",
 *   dataLocations: ["FR"], sources: [{ url: "https://example.org/nordlys-it", retrieved: "2026-11-23" }]
 * })
 * offering.dataLocations // ["FR"]
 * Offering.safeParse({ ...offering, category: "datacentre" }).success // false: not an OfferingCategory
 * ```
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

/**
 * A Offering as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type Offering } from "@sovmap/core"
 *
 * const bleu: Offering | undefined = builtinKnowledgeBase().offerings.get("bleu-azure")
 * bleu?.brand // "microsoft": whose name is on it
 * bleu?.operator // "bleu": who runs it and holds the data
 * bleu?.dataLocations // ["FR"]
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export type Offering = z.output<typeof Offering>

/**
 * What a law can compel: access to data, a service cut-off, an export restriction, or sanctions.
 *
 * @example
 * ```ts
 * import { LawKind } from "@sovmap/core"
 *
 * LawKind.options // ["data-access", "service-cutoff", "export-restriction", "sanctions"]
 * LawKind.safeParse("espionage").success // false
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const LawKind = z.enum(["data-access", "service-cutoff", "export-restriction", "sanctions"])

/**
 * A LawKind as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type LawKind } from "@sovmap/core"
 *
 * const lawsOfKind = (kind: LawKind) => [...builtinKnowledgeBase().laws.values()].filter((l) => l.kind === kind).map((l) => l.id)
 * lawsOfKind("export-restriction") // ["us-ear"]
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export type LawKind = z.output<typeof LawKind>

/**
 * Whom a law reaches:
 * - `hq` — entities headquartered in the law's jurisdiction (the controller or the operator);
 * - `subsidiary-abroad` — entities anywhere that are controlled by a parent in the jurisdiction;
 * - `possession-custody-control` — any provider subject to the jurisdiction, for data in its possession,
 *   custody or control wherever the data is stored (the US CLOUD Act rule);
 * - `data-location` — data stored or processed on the jurisdiction's territory.
 *
 * @example
 * ```ts
 * import { LawReach } from "@sovmap/core"
 *
 * LawReach.options // ["hq", "subsidiary-abroad", "possession-custody-control", "data-location"]
 * LawReach.safeParse("worldwide").success // false
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const LawReach = z.enum(["hq", "subsidiary-abroad", "possession-custody-control", "data-location"])

/**
 * A LawReach as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type LawReach } from "@sovmap/core"
 *
 * const reach: ReadonlyArray<LawReach> = builtinKnowledgeBase().laws.get("us-cloud-act")?.reach ?? []
 * reach // ["hq", "subsidiary-abroad", "possession-custody-control"]
 * reach.includes("data-location") // false
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export type LawReach = z.output<typeof LawReach>

/**
 * A legal instrument with extraterritorial reach: US CLOUD Act, FISA Section 702, China's National
 * Intelligence Law …
 *
 * @example
 * ```ts
 * import { Law } from "@sovmap/core"
 *
 * // The shipped record of the CLOUD Act, abridged.
 * const law = Law.parse({
 *   id: "us-cloud-act", name: "Clarifying Lawful Overseas Use of Data Act", shortName: "CLOUD Act", jurisdiction: "US",
 *   kind: "data-access", reach: ["hq", "subsidiary-abroad", "possession-custody-control"], inForce: { from: "2018-03-23" },
 *   sources: [{ url: "https://lexbuild.dev/usc/title-18/chapter-121/section-2713", retrieved: "2026-11-22", evidence: "P" }]
 * })
 * law.inForce.to // undefined: no end date
 * Law.safeParse({ ...law, reach: [] }).success // false: a law reaches someone
 * ```
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

/**
 * A Law as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type Law } from "@sovmap/core"
 *
 * const act: Law | undefined = builtinKnowledgeBase().laws.get("us-cloud-act")
 * act?.jurisdiction // "US"
 * act?.kind // "data-access"
 * act?.inForce.from // "2018-03-23"
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export type Law = z.output<typeof Law>

/**
 * A European Commission adequacy decision under Article 45 GDPR: personal data may flow to the country (or,
 * for a partial decision, to the covered recipients) without further safeguards.
 *
 * @example
 * ```ts
 * import { AdequacyDecision } from "@sovmap/core"
 *
 * // The shipped record of Switzerland's decision, abridged.
 * const decision = AdequacyDecision.parse({
 *   id: "adequacy-ch", country: "CH", scope: "full", decision: "Commission Decision 2000/518/EC", adopted: "2000-07-26",
 *   sources: [{ url: "https://cnpd.public.lu/en/dossiers-thematiques/transferts-internationaux-donnees-personnelles/transferts-dehors-eee-protection-adequate.html", retrieved: "2026-11-22", evidence: "S" }]
 * })
 * decision.ended // undefined
 * AdequacyDecision.safeParse({ ...decision, scope: "sectoral" }).success // false: `full` or `partial`
 * ```
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

/**
 * A AdequacyDecision as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type AdequacyDecision } from "@sovmap/core"
 *
 * const dpf: AdequacyDecision | undefined = builtinKnowledgeBase().adequacy.get("adequacy-us-dpf")
 * dpf?.country // "US"
 * dpf?.scope // "partial"
 * dpf?.adopted // "2023-07-10"
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export type AdequacyDecision = z.output<typeof AdequacyDecision>

/**
 * A member of a bloc, with the dates of its membership when they matter.
 *
 * @example
 * ```ts
 * import { BlocMember } from "@sovmap/core"
 *
 * // The United Kingdom in the shipped eu27 bloc.
 * const gb = BlocMember.parse({ country: "GB", from: "1973-01-01", to: "2020-02-01" })
 * gb.to // "2020-02-01"
 * BlocMember.safeParse({ country: "GB", to: "31 January 2020" }).success // false: dates are YYYY-MM-DD
 * ```
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
 * @example
 * ```ts
 * import { Bloc } from "@sovmap/core"
 *
 * const source = { url: "https://example.org/procurement-policy", retrieved: "2026-11-23" }
 * const bloc = Bloc.parse({ id: "our-partners", name: "Our partners", members: [{ country: "CH" }, { country: "NO" }], sources: [source] })
 * bloc.members.map((m) => m.country) // ["CH", "NO"]
 * Bloc.safeParse({ ...bloc, members: [] }).success // false: at least one member
 * ```
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

/**
 * A Bloc as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { blocMembers, builtinKnowledgeBase, type Bloc } from "@sovmap/core"
 *
 * const eu: Bloc | undefined = builtinKnowledgeBase().blocs.get("eu27")
 * eu?.members.length // 28: the United Kingdom is listed, until 2020-02-01
 * blocMembers(eu!).size // 27 members today
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export type Bloc = z.output<typeof Bloc>

/**
 * An ISO 3166-1 country: codes and English short name.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type Country } from "@sovmap/core"
 *
 * const de: Country | undefined = builtinKnowledgeBase().countries.get("DE")
 * de // { alpha2: "DE", alpha3: "DEU", numeric: "276", name: "Germany" }
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export interface Country {
  readonly alpha2: string
  readonly alpha3: string
  readonly numeric: string
  readonly name: string
}
