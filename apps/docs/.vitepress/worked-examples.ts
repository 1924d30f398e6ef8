// Helpers for worked examples that the code computes at docs build time. A page's data loader
// (`<page>.data.ts` beside the page, see apps/docs/README.md) calls the built packages through these
// helpers and returns display-ready strings, so a page's numbers are recomputed on every build and cannot
// drift from the code.
import { fileURLToPath } from "node:url"
import { assess, type Assessment } from "@sovmap/sdk"

/** Absolute path of a file in the repository, from its repository-relative path. */
export const repoFile = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url))

/** The bundled example organisation's manifest (the one the README assesses). */
export const EXAMPLE_MANIFEST = "examples/region-nordlys/sovmap.yaml"

/** Assesses a manifest of the repository (default: the bundled example) with the built SDK. */
export const assessExample = (path: string = EXAMPLE_MANIFEST): Promise<Assessment> => assess(repoFile(path))

/** A share in 0..1 as a percentage with `digits` decimals, as the reports print it: `0.5763` → `57.6 %`. */
export const percent = (share: number, digits = 1): string => `${(share * 100).toFixed(digits)} %`

/** A number with thousands separators: `2285000` → `2,285,000`. */
export const grouped = (value: number, maximumFractionDigits = 2): string => value.toLocaleString("en-GB", { maximumFractionDigits })
