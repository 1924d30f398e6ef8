/**
 * World choropleth map, rendered to static SVG at report time.
 *
 * @module
 */
import type { Feature, FeatureCollection, Geometry } from "geojson"
import { geoEqualEarth, geoPath } from "d3-geo"
import { feature } from "topojson-client"
import type { GeometryCollection, Topology } from "topojson-specification"
import worldTopology from "../../generated/world-110m.js"
import type { Country } from "../../kb/schema.js"
import { html, type SafeHtml } from "./escape.js"
import { chartFigure } from "./figure.js"
import { EMPTY_COLOUR, sequentialColour } from "./palette.js"

/**
 * Input of {@link choroplethMap}.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, choroplethMap, type ChoroplethInput } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const { metrics } = await assess("examples/region-nordlys/sovmap.yaml")
 * const input: ChoroplethInput = {
 *   id: "control-map",
 *   title: "Where control lies",
 *   summary: "Weight by the country of the ultimate controller.",
 *   values: new Map(metrics.foreignShare.byJurisdiction.map((r) => [r.jurisdiction, r.share])),
 *   countries: builtinKnowledgeBase().countries.values(),
 *   format: (v) => `${(v * 100).toFixed(1)} %`,
 *   legend: "Share of weighted dependencies"
 * }
 * choroplethMap(input).value.includes('data-country="US" data-value=') // true: the US is shaded
 * ```
 * @category renderers
 * @since 0.2.0
 */
export interface ChoroplethInput {
  readonly id: string
  readonly title: string
  readonly summary: string
  /** Value per ISO 3166-1 alpha-2 code; countries not listed (or 0) are drawn as empty. */
  readonly values: ReadonlyMap<string, number>
  /** ISO 3166-1 codes, to join alpha-2 values to the map's numeric ids. */
  readonly countries: Iterable<Country>
  readonly format: (value: number) => string
  /** Caption of the colour legend, e.g. `Share of weighted dependencies`. */
  readonly legend: string
}

const WIDTH = 960
const MAP_HEIGHT = 430
const LEGEND_HEIGHT = 46

interface BaseMap {
  readonly shapes: ReadonlyArray<{ readonly numeric: string | undefined; readonly name: string; readonly d: string }>
}

let baseMap: BaseMap | undefined

// Projecting 176 outlines takes a few milliseconds; the result depends on nothing but the shipped
// topology, so it is computed once.
const projectedWorld = (): BaseMap => {
  if (baseMap !== undefined) return baseMap
  const topology = worldTopology as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
  // Equal Earth (Šavrič, Patterson & Jenny 2018) is equal-area, so the area a country covers on the map is
  // proportional to its real area — the property a choropleth needs not to exaggerate high latitudes.
  const projection = geoEqualEarth().fitSize([WIDTH, MAP_HEIGHT], world)
  const path = geoPath(projection).digits(1)
  baseMap = {
    shapes: world.features.map((f: Feature<Geometry, { name: string }>) => ({
      numeric: f.id === undefined ? undefined : String(f.id),
      name: f.properties.name,
      d: path(f) ?? ""
    }))
  }
  return baseMap
}

/**
 * Renders a world map whose countries are shaded by a value (e.g. the weight of dependencies controlled
 * from each jurisdiction), as inline SVG: Natural Earth 1:110m outlines (world-atlas), Equal Earth
 * projection (d3-geo), sequential cividis colours from 0 to the largest value, a colour legend, a tooltip
 * per country, and a text alternative listing every shaded country with its value.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, choroplethMap } from "@sovmap/core"
 *
 * choroplethMap({
 *   id: "map",
 *   title: "Control jurisdictions",
 *   summary: "Weight by the country of the ultimate controller.",
 *   values: new Map([["US", 0.58], ["FR", 0.3], ["DE", 0.12]]),
 *   countries: builtinKnowledgeBase().countries.values(),
 *   format: (v) => `${(v * 100).toFixed(1)} %`,
 *   legend: "Share of weight"
 * }).value
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const choroplethMap = (input: ChoroplethInput): SafeHtml => {
  const byNumeric = new Map<string, Country>()
  const byAlpha2 = new Map<string, Country>()
  for (const country of input.countries) {
    byNumeric.set(country.numeric, country)
    byAlpha2.set(country.alpha2, country)
  }
  const max = Math.max(0, ...input.values.values())
  const drawn = new Set<string>()
  const shapes = projectedWorld().shapes.map((shape) => {
    const country = shape.numeric === undefined ? undefined : byNumeric.get(shape.numeric)
    const value = country === undefined ? undefined : input.values.get(country.alpha2)
    const shaded = value !== undefined && value > 0 && max > 0
    if (shaded) drawn.add(country!.alpha2)
    const name = country?.name ?? shape.name
    const label = shaded ? `${name}: ${input.format(value)}` : name
    return html`<path d="${shape.d}" fill="${shaded ? sequentialColour(value / max) : EMPTY_COLOUR}"${country === undefined ? "" : html` data-country="${country.alpha2}"`}${shaded ? html` data-value="${value}"` : ""}><title>${label}</title></path>`
  })
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => html`<stop offset="${t * 100}%" stop-color="${sequentialColour(t)}"></stop>`)
  const legendY = MAP_HEIGHT + 10
  const gradientId = `${input.id.replace(/[^A-Za-z0-9-]/g, "-")}-gradient`
  const legend = html`<g class="map-legend"><defs><linearGradient id="${gradientId}">${stops}</linearGradient></defs>
<text x="0" y="${legendY + 11}">${input.legend}</text>
<rect x="250" y="${legendY}" width="240" height="14" fill="url(#${gradientId})" stroke="#555" stroke-width="0.5"></rect>
<text x="250" y="${legendY + 30}" text-anchor="start">${max > 0 ? input.format(0) : ""}</text>
<text x="490" y="${legendY + 30}" text-anchor="end">${max > 0 ? input.format(max) : ""}</text>
<rect x="520" y="${legendY}" width="14" height="14" fill="${EMPTY_COLOUR}" stroke="#555" stroke-width="0.5"></rect>
<text x="540" y="${legendY + 11}">none</text></g>`
  // Values whose country has no outline at this scale (small states) are still named in the text alternative.
  const listed = [...input.values.entries()]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, v]) => `${byAlpha2.get(code)?.name ?? code}: ${input.format(v)}${drawn.has(code) ? "" : " (not drawn at this scale)"}`)
  const description = `${input.summary} ${listed.length === 0 ? "No country has weight." : `${listed.join("; ")}.`}`
  return chartFigure(
    { id: input.id, title: input.title, description, width: WIDTH, height: MAP_HEIGHT + LEGEND_HEIGHT, kind: "map" },
    html`<g class="countries" stroke="#fff" stroke-width="0.4">${shapes}</g>${legend}`
  )
}
