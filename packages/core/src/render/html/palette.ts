/**
 * Colour-blind-safe colours of the HTML report.
 *
 * @module
 */
import { interpolateCividis } from "d3-scale-chromatic"

/**
 * The Okabe–Ito categorical palette (Okabe & Ito, "Color Universal Design", https://jfly.uni-koeln.de/color/;
 * republished by Wong, Nature Methods 8:441, 2011, doi:10.1038/nmeth.1618), chosen to stay distinguishable
 * under protanopia, deuteranopia and tritanopia. Black is left out: it is the text colour.
 *
 * @example
 * ```ts
 * import { OKABE_ITO } from "@sovmap/core"
 *
 * OKABE_ITO.blue // "#0072B2"
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7"
} as const

/** Series colours in the order charts use them. */
export const CATEGORICAL: ReadonlyArray<string> = [
  OKABE_ITO.vermillion,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.yellow,
  OKABE_ITO.blue
]

/** Home-bloc weight in every chart. */
export const HOME_COLOUR = OKABE_ITO.blue
/** Foreign weight in every chart. */
export const FOREIGN_COLOUR = OKABE_ITO.vermillion
/** Countries without weight on the map. */
export const EMPTY_COLOUR = "#e8e8e8"

/**
 * Sequential colour of a value in 0..1 on the cividis scale (Nuñez, Anderton & Renslow, PLOS ONE 13(7):
 * e0199239, 2018, doi:10.1371/journal.pone.0199239: optimised for viewers with and without colour-vision
 * deficiency), reversed so that more weight is darker.
 */
export const sequentialColour = (t: number): string => interpolateCividis(1 - Math.min(1, Math.max(0, t)))
