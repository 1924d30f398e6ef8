/**
 * The registry of JSON Schemas that sovmap publishes: one entry per input or output format, by name.
 * `sovmap schema <name>` prints them and `scripts/write-schemas.mjs` writes them to `schema/<name>.schema.json`.
 *
 * @module
 */
import { csfAnswersJsonSchema, csfFloorsJsonSchema } from "./csf/json-schema.js"
import { knowledgeBaseJsonSchemas } from "./kb/json-schema.js"
import { manifestJsonSchema } from "./manifest/json-schema.js"
import { reportJsonSchema } from "./assess/report-schema.js"
import { policyJsonSchema } from "./policy/json-schema.js"

/**
 * JSON Schemas by name, each a thunk so that nothing is generated until asked for. To publish a schema,
 * add one line here (`policy: policyJsonSchema,`).
 *
 * @example
 * ```ts
 * import { jsonSchemas } from "@sovmap/core"
 *
 * jsonSchemas.manifest().title // "sovmap manifest"
 * ```
 * @category schemas
 * @since 0.2.0
 */
export const jsonSchemas = {
  manifest: manifestJsonSchema,
  report: reportJsonSchema,
  policy: policyJsonSchema,
  "csf-answers": csfAnswersJsonSchema,
  "csf-floors": csfFloorsJsonSchema,
  entity: () => knowledgeBaseJsonSchemas().entity,
  offering: () => knowledgeBaseJsonSchemas().offering,
  bloc: () => knowledgeBaseJsonSchemas().bloc,
  law: () => knowledgeBaseJsonSchemas().law,
  adequacy: () => knowledgeBaseJsonSchemas().adequacy
} as const satisfies Readonly<Record<string, () => Record<string, unknown>>>

/**
 * Name of a published JSON Schema.
 *
 * @example
 * ```ts
 * import { jsonSchemaNames, jsonSchemaPath, jsonSchemas, type JsonSchemaName } from "@sovmap/core"
 *
 * const name: JsonSchemaName = "policy"
 * jsonSchemas[name]().title // "sovmap policy"
 * jsonSchemaPath(name) // "schema/policy.schema.json"
 * jsonSchemaNames().length // 10
 * ```
 * @category schemas
 * @since 0.2.0
 */
export type JsonSchemaName = keyof typeof jsonSchemas

/**
 * Names of the published JSON Schemas, in registry order.
 *
 * @example
 * ```ts
 * import { jsonSchemaNames } from "@sovmap/core"
 *
 * jsonSchemaNames().includes("manifest") // true
 * ```
 * @category schemas
 * @since 0.2.0
 */
export const jsonSchemaNames = (): ReadonlyArray<JsonSchemaName> => Object.keys(jsonSchemas) as Array<JsonSchemaName>

/**
 * Path of a published schema inside the `@sovmap/core` package, for `$schema` references from a project
 * (`node_modules/@sovmap/core/schema/manifest.schema.json`).
 *
 * @example
 * ```ts
 * import { jsonSchemaPath } from "@sovmap/core"
 *
 * jsonSchemaPath("manifest") // "schema/manifest.schema.json"
 * ```
 * @category schemas
 * @since 0.2.0
 */
export const jsonSchemaPath = (name: JsonSchemaName): string => `schema/${name}.schema.json`
