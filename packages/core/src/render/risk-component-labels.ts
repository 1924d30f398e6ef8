/**
 * Names of the composite score's risk components, shared by the Markdown and HTML renderers.
 *
 * @module
 */

/**
 * Display names of the composite score's risk components.
 *
 * @example
 * ```ts
 * import { RISK_COMPONENT_LABELS } from "@sovmap/core"
 *
 * RISK_COMPONENT_LABELS.lockIn // "Lock-in"
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const RISK_COMPONENT_LABELS: Readonly<Record<string, string>> = {
  foreignControl: "Foreign control",
  legalExposure: "Legal exposure",
  dataLocation: "Data location",
  concentration: "Vendor concentration",
  alignment: "Alignment",
  lockIn: "Lock-in"
}
