/**
 * JSON Schemas of the CSF input files, for editors and other tools.
 *
 * @module
 */
import * as z from "zod"
import { CsfAnswersFile } from "./answers.js"
import { CsfFloorsFile } from "./tender.js"

/**
 * The JSON Schema (draft 2020-12) of a CSF answers file, generated from the zod schema that decodes it.
 *
 * @example
 * ```ts
 * import { csfAnswersJsonSchema } from "@sovmap/core"
 *
 * csfAnswersJsonSchema().title // "sovmap CSF answers"
 * ```
 * @category csf
 * @since 0.2.0
 */
export const csfAnswersJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(CsfAnswersFile, { io: "input", target: "draft-2020-12" }),
  title: "sovmap CSF answers"
})

/**
 * The JSON Schema (draft 2020-12) of a CSF floors file.
 *
 * @example
 * ```ts
 * import { csfFloorsJsonSchema } from "@sovmap/core"
 *
 * csfFloorsJsonSchema().title // "sovmap CSF floors"
 * ```
 * @category csf
 * @since 0.2.0
 */
export const csfFloorsJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(CsfFloorsFile, { io: "input", target: "draft-2020-12" }),
  title: "sovmap CSF floors"
})
