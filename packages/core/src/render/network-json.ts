/**
 * JSON rendering of a network view.
 *
 * @module
 */
import type { NetworkView } from "../aggregate/network-view.js"

/**
 * Renders a network view as pretty-printed JSON (deterministic: the view's arrays are already sorted).
 *
 * @example
 * ```ts
 * import { aggregateNetwork, renderNetworkJson } from "@sovmap/core"
 *
 * JSON.parse(renderNetworkJson(aggregateNetwork([]))).networkVersion // 1
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const renderNetworkJson = (view: NetworkView): string => `${JSON.stringify(view, null, 2)}\n`
