/**
 * JSON Schemas of the knowledge-base records, for editors and for contributors' tooling.
 *
 * @module
 */
import * as z from "zod"
import { AdequacyDecision, Bloc, Entity, Law, Offering } from "./schema.js"

/**
 * The JSON Schemas (draft 2020-12, input form) of every knowledge-base record kind, generated from the
 * zod schemas that decode the data files, keyed by the file name they are written to in `schema/`.
 *
 * @example
 * ```ts
 * import { knowledgeBaseJsonSchemas } from "@sovmap/core"
 *
 * Object.keys(knowledgeBaseJsonSchemas()) // ["entity", "offering", "bloc", "law", "adequacy"]
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const knowledgeBaseJsonSchemas = (): Record<"entity" | "offering" | "bloc" | "law" | "adequacy", Record<string, unknown>> => {
  const of = (schema: z.ZodType, title: string) => ({ ...z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }), title })
  return {
    entity: of(Entity, "sovmap knowledge-base entity"),
    offering: of(Offering, "sovmap knowledge-base offering"),
    bloc: of(Bloc, "sovmap knowledge-base bloc"),
    law: of(Law, "sovmap knowledge-base law"),
    adequacy: of(AdequacyDecision, "sovmap knowledge-base adequacy decision")
  }
}
