/**
 * Enrichment: the SBOM written back as CycloneDX JSON, with sovmap's attribution on every component.
 *
 * @module
 */
import type { ComponentAttribution, SbomAttribution } from "./attribute.js"

/**
 * Names of the CycloneDX properties sovmap adds to each component and service. CycloneDX reserves
 * unprefixed names for its own taxonomy (cyclonedx.org "Property Taxonomy"), so ours carry the `sovmap:`
 * namespace.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises"
 * import { SOVMAP_PROPERTIES } from "@sovmap/core"
 *
 * SOVMAP_PROPERTIES.jurisdiction // "sovmap:control:jurisdiction"
 * // The jurisdictions in an SBOM written by `sovmap sbom bom.cdx.json --enrich bom.sovmap.cdx.json`:
 * const bom = JSON.parse(await readFile("bom.sovmap.cdx.json", "utf8")) as { components?: Array<{ name: string; properties?: Array<{ name: string; value: string }> }> }
 * for (const c of bom.components ?? []) console.log(c.name, c.properties?.find((p) => p.name === SOVMAP_PROPERTIES.jurisdiction)?.value)
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const SOVMAP_PROPERTIES = {
  method: "sovmap:attribution:method",
  confidence: "sovmap:attribution:confidence",
  entity: "sovmap:control:entity",
  controller: "sovmap:control:controller",
  jurisdiction: "sovmap:control:jurisdiction",
  rule: "sovmap:attribution:rule",
  evidence: "sovmap:attribution:evidence"
} as const

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v)

const propertiesOf = (a: ComponentAttribution): Array<{ name: string; value: string }> => {
  const out: Array<{ name: string; value: string }> = [
    { name: SOVMAP_PROPERTIES.method, value: a.method },
    { name: SOVMAP_PROPERTIES.confidence, value: a.confidence }
  ]
  const entity = a.entity ?? a.entityName
  if (entity !== undefined) out.push({ name: SOVMAP_PROPERTIES.entity, value: entity })
  if (a.controller !== undefined) out.push({ name: SOVMAP_PROPERTIES.controller, value: a.controller })
  if (a.jurisdiction !== undefined) out.push({ name: SOVMAP_PROPERTIES.jurisdiction, value: a.jurisdiction })
  if (a.rule !== undefined) out.push({ name: SOVMAP_PROPERTIES.rule, value: a.rule })
  out.push({ name: SOVMAP_PROPERTIES.evidence, value: a.evidence })
  return out
}

/**
 * Returns a copy of a CycloneDX JSON document (the parsed object) with sovmap properties on every
 * component, nested component, service and on `metadata.component`, matched by bom-ref (or by position
 * for components without one, as the reader named them). Earlier sovmap properties are replaced, others
 * kept. A 1.2 document becomes 1.3, the first version with `properties`; nothing else changes.
 *
 * @example
 * ```ts
 * import { attributeSbom, builtinKnowledgeBase, decodeSbom, enrichCycloneDx } from "@sovmap/core"
 *
 * const text = '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"core","purl":"pkg:npm/%40angular/core@17.0.0"}]}'
 * const enriched = enrichCycloneDx(JSON.parse(text), attributeSbom(decodeSbom(text, "bom.json"), builtinKnowledgeBase()))
 * // enriched.components[0].properties includes { name: "sovmap:control:jurisdiction", value: "US" }
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const enrichCycloneDx = (bom: unknown, attribution: SbomAttribution): Json => {
  if (!isObject(bom)) throw new TypeError("enrichCycloneDx expects a CycloneDX JSON object")
  const byRef = new Map(attribution.components.map((c) => [c.ref, c] as const))
  if (attribution.subject !== undefined) byRef.set(attribution.subject.ref, attribution.subject)
  const annotate = (value: unknown, path: string, nestedKey: "components" | "services"): unknown => {
    if (!isObject(value)) return value
    const ref = typeof value["bom-ref"] === "string" ? value["bom-ref"] : `#${path}`
    const a = byRef.get(ref)
    const out: Json = { ...value }
    if (a !== undefined) {
      const kept = Array.isArray(value["properties"]) ? value["properties"].filter((p) => !(isObject(p) && typeof p["name"] === "string" && p["name"].startsWith("sovmap:"))) : []
      out["properties"] = [...kept, ...propertiesOf(a)]
    }
    const nested = value[nestedKey]
    if (Array.isArray(nested)) out[nestedKey] = nested.map((c, i) => annotate(c, `${path}.${nestedKey}[${i}]`, nestedKey))
    return out
  }
  const out: Json = { ...bom }
  if (out["specVersion"] === "1.2") out["specVersion"] = "1.3"
  if (typeof out["$schema"] === "string") out["$schema"] = `http://cyclonedx.org/schema/bom-${String(out["specVersion"])}.schema.json`
  if (Array.isArray(bom["components"])) out["components"] = bom["components"].map((c, i) => annotate(c, `components[${i}]`, "components"))
  if (Array.isArray(bom["services"])) out["services"] = bom["services"].map((c, i) => annotate(c, `services[${i}]`, "services"))
  if (isObject(bom["metadata"]) && isObject(bom["metadata"]["component"])) {
    out["metadata"] = { ...bom["metadata"], component: annotate(bom["metadata"]["component"], "metadata.component", "components") }
  }
  return out
}
