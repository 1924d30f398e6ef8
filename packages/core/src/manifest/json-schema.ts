/**
 * JSON Schema of the manifest, for editors (`# yaml-language-server: $schema=…`) and other tools.
 *
 * @module
 */
import * as z from "zod"
import { Manifest } from "./schema.js"

/**
 * The JSON Schema (draft 2020-12) of the manifest's input form, generated from the same zod schema that
 * decodes manifests, so the two cannot disagree.
 *
 * @example
 * ```ts
 * import { manifestJsonSchema } from "@sovmap/core"
 *
 * const schema = manifestJsonSchema()
 * schema.title // "sovmap manifest"
 * ```
 * @category manifest
 * @since 0.1.0
 */
export const manifestJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(Manifest, { io: "input", target: "draft-2020-12" }),
  title: "sovmap manifest"
})
