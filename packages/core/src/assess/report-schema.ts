/**
 * The assessment report as a schema: what `sovmap assess --format json` prints, version 2.
 *
 * @module
 */
import * as z from "zod"
import { Evidence, LawKind, OfferingCategory } from "../kb/schema.js"
import { Criticality, Weighting } from "../manifest/schema.js"

const Share = z.number().min(0).max(1)
const Weight = z.number().min(0)
const Tier = z.enum(["home", "partners", "other", "restricted"])

const ForeignShareSchema = z.strictObject({
  totalWeight: Weight,
  foreignWeight: Weight,
  foreignShare: Share,
  byJurisdiction: z.array(z.strictObject({ jurisdiction: z.string(), weight: Weight, share: Share, home: z.boolean() }))
})

const ConcentrationSchema = z.strictObject({
  groups: z.int().min(1),
  totalWeight: Weight,
  hhi: Share,
  hhiPoints: z.number().min(0).max(10_000),
  band: z.enum(["unconcentrated", "moderately concentrated", "highly concentrated"]),
  cr1: Share,
  cr4: Share,
  effectiveNumber: z.number().min(1),
  entropy: z.number().min(0),
  normalisedEntropy: Share.nullable(),
  shares: z.array(z.strictObject({ key: z.string(), weight: Weight, share: Share }))
})

/**
 * The zod schema of an assessment report (`reportVersion: 2`). Strict: a report with a field the schema
 * does not know fails, so the schema and the report cannot drift apart unnoticed.
 *
 * @example
 * ```ts
 * import { AssessmentReport } from "@sovmap/core"
 * declare const json: string
 * const ok = AssessmentReport.safeParse(JSON.parse(json)).success
 * ```
 * @category assessment
 * @since 0.2.0
 */
export const AssessmentReport = z.strictObject({
  reportVersion: z.literal(2),
  inputs: z.strictObject({
    manifest: z.strictObject({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/).optional() }),
    knowledgeBase: z.strictObject({ version: z.string() }),
    weighting: Weighting,
    controlThreshold: z.number().gt(0).lt(1),
    asOf: z.string().nullable(),
    policy: z.strictObject({
      id: z.string(),
      version: z.string(),
      file: z.string().nullable(),
      basedOn: z.strictObject({ id: z.string(), version: z.string() }).nullable(),
      weights: z.strictObject({
        foreignControl: Weight,
        legalExposure: Weight,
        dataLocation: Weight,
        concentration: Weight,
        alignment: Weight,
        lockIn: Weight
      }),
      partners: z.string().nullable(),
      restricted: z.array(z.string()),
      tierRisk: z.strictObject({ home: Share, partners: Share, other: Share, restricted: Share })
    })
  }),
  organisation: z.strictObject({ name: z.string(), country: z.string(), sector: z.string().optional() }),
  home: z.strictObject({ bloc: z.string(), name: z.string(), members: z.array(z.string()) }),
  dependencies: z.array(
    z.strictObject({
      id: z.string(),
      system: z.string(),
      systemName: z.string().optional(),
      offering: z.string(),
      offeringName: z.string(),
      category: OfferingCategory,
      market: z.string().nullable(),
      brand: z.string(),
      operator: z.string(),
      operatorJurisdiction: z.string(),
      controller: z.string(),
      controllerName: z.string(),
      controlJurisdiction: z.string(),
      controlChain: z.array(z.strictObject({ entity: z.string(), jurisdiction: z.string(), parentShare: Share.optional() })),
      criticality: Criticality,
      spend: Weight.optional(),
      data: z.string().optional(),
      dataLocations: z.array(z.string()),
      dataLocationsFrom: z.enum(["manifest", "offering", "unknown"]),
      weight: Weight,
      note: z.string().optional()
    })
  ),
  metrics: z.strictObject({
    foreignShare: ForeignShareSchema,
    foreignShareByOperator: ForeignShareSchema,
    foreignShareByDataLocation: ForeignShareSchema.extend({ coverage: Share }).nullable(),
    foreignShareByBloc: z.array(z.strictObject({ bloc: z.string(), weight: Weight, share: Share, foreignWeight: Weight, foreignShare: Share })),
    concentration: z.strictObject({
      byVendor: ConcentrationSchema,
      byJurisdiction: ConcentrationSchema,
      byCategory: z.array(z.strictObject({ category: OfferingCategory, byVendor: ConcentrationSchema, byJurisdiction: ConcentrationSchema }))
    }),
    legalExposure: z.strictObject({
      asOf: z.string().nullable(),
      totalWeight: Weight,
      laws: z.array(
        z.strictObject({
          law: z.string(),
          name: z.string(),
          jurisdiction: z.string(),
          kind: LawKind,
          foreign: z.boolean(),
          weight: Weight,
          share: Share,
          dependencies: z.array(z.strictObject({ id: z.string(), weight: Weight, links: z.array(z.enum(["hq", "parent", "operator", "data-location"])) }))
        })
      ),
      byKind: z.array(z.strictObject({ kind: LawKind, weight: Weight, share: Share, laws: z.array(z.string()) })),
      foreignWeight: Weight,
      foreignShare: Share,
      notInForce: z.array(z.string())
    }),
    alignment: z.strictObject({
      totalWeight: Weight,
      tiers: z.array(z.strictObject({ tier: Tier, weight: Weight, share: Share, jurisdictions: z.array(z.string()) })),
      risk: Share
    }),
    lockIn: z.strictObject({
      index: Share,
      withoutHomeOption: Share,
      declaredSwitchingCost: Weight,
      longestSwitchingMonths: Weight.nullable(),
      dependencies: z.array(
        z.strictObject({
          id: z.string(),
          weight: Weight,
          tier: Tier,
          bestTier: Tier,
          lockIn: Share,
          homeOptions: z.array(z.string()),
          partnerOptions: z.array(z.string()),
          switchingCost: Weight.nullable(),
          switchingMonths: Weight.nullable()
        })
      )
    }),
    score: z.strictObject({
      score: z.number().min(0).max(100),
      components: z.array(z.strictObject({ id: z.string(), risk: Share, weight: Weight, normalisedWeight: Share, pointsLost: z.number().min(0).max(100) })),
      missing: z.array(z.string())
    })
  }),
  overlays: z.strictObject({ entities: z.array(z.string()), offerings: z.array(z.string()), blocs: z.array(z.string()), laws: z.array(z.string()) }),
  sources: z.array(z.strictObject({ record: z.string(), url: z.string(), retrieved: z.string(), evidence: Evidence, note: z.string().optional() })),
  warnings: z.array(z.string()),
  scenarios: z.strictObject({
    candidates: z.number().int().min(0),
    totalWeight: Weight,
    top: z.array(
      z.strictObject({
        cut: z.strictObject({ kind: z.enum(["jurisdiction", "bloc", "vendor", "law"]), id: z.string() }),
        label: z.string(),
        loss: Weight,
        lossShare: Share,
        lostSystems: z.number().int().min(0)
      })
    )
  }),
  spofs: z.array(
    z.strictObject({
      node: z.string(),
      kind: z.string(),
      id: z.string(),
      name: z.string(),
      systems: z.array(z.string()),
      weight: Weight
    })
  )
})

/**
 * The JSON Schema (draft 2020-12) of the assessment report, generated from {@link AssessmentReport}.
 *
 * @example
 * ```ts
 * import { reportJsonSchema } from "@sovmap/core"
 *
 * reportJsonSchema().title // "sovmap assessment report"
 * ```
 * @category assessment
 * @since 0.2.0
 */
export const reportJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(AssessmentReport, { io: "output", target: "draft-2020-12" }),
  title: "sovmap assessment report"
})
