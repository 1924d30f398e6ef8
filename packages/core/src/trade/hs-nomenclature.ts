/**
 * Names of HS products, chapters and sections (Harmonized System 2022, with the HS 2017 subheadings that
 * HS 2022 dropped), compiled at build from the open-data mirror of UN Comtrade's classification at
 * https://github.com/datasets/harmonized-system (ODC-PDDL-1.0; commits and retrieval date in
 * {@link hsNomenclatureSource}).
 *
 * @module
 */
import { hsChapters, hsProducts2017Only, hsProducts2022, hsSections, hsSource } from "../generated/hs-nomenclature.js"

interface Tables {
  readonly products: Map<string, { readonly name: string; readonly edition: "HS2022" | "HS2017" }>
  readonly chapters: Map<string, { readonly name: string; readonly section: string }>
  readonly sections: Map<string, string>
}

let tables: Tables | undefined

const load = (): Tables => {
  if (tables !== undefined) return tables
  const rows = (text: string) => text.split("\n").map((line) => line.split("\t"))
  const products = new Map<string, { name: string; edition: "HS2022" | "HS2017" }>()
  for (const [code, name] of rows(hsProducts2022)) products.set(code!, { name: name!, edition: "HS2022" })
  for (const [code, name] of rows(hsProducts2017Only)) products.set(code!, { name: name!, edition: "HS2017" })
  const chapters = new Map(rows(hsChapters).map(([code, section, name]) => [code!, { name: name!, section: section! }] as const))
  const sections = new Map(rows(hsSections).map(([code, name]) => [code!, name!] as const))
  return (tables = { products, chapters, sections })
}

/**
 * Provenance of the HS names: repository, licence, commit of each file, retrieval date, evidence level.
 *
 * @example
 * ```ts
 * import { hsNomenclatureSource } from "@sovmap/core"
 *
 * hsNomenclatureSource.repository // "https://github.com/datasets/harmonized-system"
 * ```
 * @category trade
 * @since 0.2.0
 */
export const hsNomenclatureSource = hsSource

/**
 * Describes an HS6 code: its name (HS 2022, else HS 2017), chapter (first two digits) and section (Roman
 * numeral), each with its name. Unknown codes (e.g. BACI's legacy `9999AA`) get `undefined` names.
 *
 * @example
 * ```ts
 * import { describeHsProduct } from "@sovmap/core"
 *
 * const d = describeHsProduct("854231")
 * d.chapter // "85"
 * d.section // "XVI"
 * d.name?.startsWith("Electronic integrated circuits; processors and controllers") // true
 * ```
 * @category trade
 * @since 0.2.0
 */
export const describeHsProduct = (
  code: string
): {
  readonly code: string
  readonly name: string | undefined
  readonly edition: "HS2022" | "HS2017" | undefined
  readonly chapter: string
  readonly chapterName: string | undefined
  readonly section: string | undefined
  readonly sectionName: string | undefined
} => {
  const t = load()
  const product = t.products.get(code)
  const chapter = code.slice(0, 2)
  const ch = t.chapters.get(chapter)
  return {
    code,
    name: product?.name,
    edition: product?.edition,
    chapter,
    chapterName: ch?.name,
    section: ch?.section,
    sectionName: ch === undefined ? undefined : t.sections.get(ch.section)
  }
}
