/**
 * Inert text in HTML: every value that came from input is escaped, and only `http(s)` URLs become links.
 *
 * @module
 */

/**
 * A fragment of HTML that is safe to insert as is: built by {@link html} (which escapes every value it
 * interpolates) or by a component of this module. Plain strings are never trusted.
 *
 * @example
 * ```ts
 * import { html, SafeHtml } from "@sovmap/core"
 *
 * const name = html`<strong>${"AT&T"}</strong>`
 * name instanceof SafeHtml // true
 * html`<td>${name}</td>`.value // "<td><strong>AT&amp;T</strong></td>": a SafeHtml is inserted as is
 * html`<td>${name.value}</td>`.value // "<td>&lt;strong&gt;AT&amp;amp;T&lt;/strong&gt;</td>": a string is escaped
 * ```
 * @category renderers
 * @since 0.2.0
 */
export class SafeHtml {
  /** @internal */
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/**
 * Escapes the five characters that matter in HTML text and double- or single-quoted attribute values
 * (`& < > " '`, per the HTML standard's serialisation rules and OWASP's XSS prevention rule #1).
 *
 * @example
 * ```ts
 * import { escapeHtml } from "@sovmap/core"
 *
 * escapeHtml("<img src=x onerror=alert(1)>") // "&lt;img src=x onerror=alert(1)&gt;"
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"))

const interpolate = (value: unknown): string => {
  if (value instanceof SafeHtml) return value.value
  if (value === undefined || value === null || value === false) return ""
  if (Array.isArray(value)) return value.map(interpolate).join("")
  return escapeHtml(String(value))
}

/**
 * Tagged template that builds {@link SafeHtml}: literal parts are kept, every interpolated value is
 * escaped unless it is itself `SafeHtml`; arrays are joined; `undefined`, `null` and `false` print nothing.
 * Attribute values must be written in double quotes.
 *
 * @example
 * ```ts
 * import { html } from "@sovmap/core"
 *
 * const name = "<script>alert(1)</script>"
 * html`<p title="${name}">${name}</p>`.value
 * // '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>'
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const html = (strings: TemplateStringsArray, ...values: ReadonlyArray<unknown>): SafeHtml => {
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) out += interpolate(values[i]) + strings[i + 1]!
  return new SafeHtml(out)
}

/**
 * Whether a URL may become a link: absolute `http:` or `https:` with no whitespace, quotes, angle
 * brackets or control characters. Everything else (`javascript:`, `data:`, relative paths) stays text.
 *
 * @example
 * ```ts
 * import { isSafeLinkUrl } from "@sovmap/core"
 *
 * isSafeLinkUrl("https://example.org/a") // true
 * isSafeLinkUrl("javascript:alert(1)") // false
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const isSafeLinkUrl = (url: string): boolean => /^https?:\/\/[^\s"'<>`\\\u0000-\u001f\u007f]+$/i.test(url)

/**
 * A link to an `http(s)` URL (opened without referrer or opener), or the URL as inert text when it is
 * anything else.
 *
 * @example
 * ```ts
 * import { externalLink } from "@sovmap/core"
 *
 * externalLink("javascript:alert(1)").value // '<span class="url">javascript:alert(1)</span>'
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const externalLink = (url: string, text: string = url): SafeHtml =>
  isSafeLinkUrl(url) ? html`<a href="${url}" rel="noopener noreferrer">${text}</a>` : html`<span class="url">${text === url ? url : `${text} (${url})`}</span>`
