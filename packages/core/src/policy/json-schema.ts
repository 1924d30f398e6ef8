/**
 * JSON Schema of the policy file.
 *
 * @module
 */
import * as z from "zod"
import { Policy } from "./schema.js"

/**
 * The JSON Schema (draft 2020-12) of the policy file's input form, generated from the zod schema that
 * decodes policies.
 *
 * @example
 * ```ts
 * import { policyJsonSchema } from "@sovmap/core"
 *
 * policyJsonSchema().title // "sovmap policy"
 * ```
 * @category policy
 * @since 0.2.0
 */
export const policyJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(Policy, { io: "input", target: "draft-2020-12" }),
  title: "sovmap policy"
})
