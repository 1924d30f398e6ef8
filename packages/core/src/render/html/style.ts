// The report's stylesheet: one inline <style> element, allowed by the Content-Security-Policy through its
// SHA-256 hash (no style attributes anywhere, so 'unsafe-inline' is not needed). Print rules keep charts
// whole on a page and print link targets.
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; --band: #f4f6f8; --home: #0072B2; --foreign: #D55E00; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1040px; padding: 24px 20px 64px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
header h1 { font-size: 1.7rem; margin: 0 0 4px; }
header p { margin: 0; color: var(--muted); }
nav ul { list-style: none; padding: 0; margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 6px 16px; }
nav a { color: var(--home); }
section { margin-top: 36px; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--rule); padding-bottom: 4px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; margin: 16px 0 0; }
.card { border: 1px solid var(--rule); border-radius: 8px; padding: 12px 14px; background: var(--band); }
.card dt { font-size: 0.85rem; color: var(--muted); }
.card dd { margin: 0; }
.card .value { font-size: 1.6rem; font-weight: 650; }
.card .detail { font-size: 0.85rem; color: var(--muted); }
figure.chart { margin: 16px 0; }
figure.chart figcaption { font-weight: 600; margin-bottom: 6px; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.axis text { fill: var(--muted); font-size: 11px; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 8px 0 0; }
.legend .swatch { display: inline-block; vertical-align: -1px; margin-right: 6px; }
.countries path:hover { stroke: #000; stroke-width: 1; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 12px 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
th, td { border-bottom: 1px solid var(--rule); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--band); }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button:focus-visible { outline: 2px solid var(--home); outline-offset: 2px; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.tag { display: inline-block; font-size: 0.75rem; border: 1px solid currentColor; border-radius: 4px; padding: 0 4px; }
.tag.home { color: var(--home); }
.tag.foreign { color: var(--foreign); }
.url { word-break: break-all; }
.warning { border-left: 4px solid var(--foreign); padding: 6px 12px; background: #fff4ec; }
ol.chain { margin: 0; padding-left: 18px; }
ol.sources li { margin-bottom: 4px; word-break: break-word; }
sup a { text-decoration: none; }
footer { margin-top: 48px; color: var(--muted); font-size: 0.85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav, th button::after { display: none; }
  section, figure.chart, table { break-inside: avoid; }
  h2 { break-after: avoid; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.8em; color: var(--muted); word-break: break-all; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
