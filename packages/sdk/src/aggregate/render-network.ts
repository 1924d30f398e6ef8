/**
 * Rendering of a network view in the SDK's report formats.
 *
 * @module
 */
import { renderNetworkHtml, renderNetworkJson, renderNetworkMarkdown, type NetworkView } from "@sovmap/core"

/**
 * Renders a network view as JSON, Markdown or a self-contained HTML page.
 *
 * @example
 * ```ts
 * import { aggregateFiles, renderNetwork } from "@sovmap/sdk"
 *
 * const { view } = await aggregateFiles(["examples/network/members"])
 * renderNetwork(view, "md").startsWith("# Network view") // true
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const renderNetwork = (view: NetworkView, format: "json" | "md" | "html"): string =>
  format === "json" ? renderNetworkJson(view) : format === "html" ? renderNetworkHtml(view) : renderNetworkMarkdown(view)
