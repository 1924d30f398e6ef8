// Number formatting shared by the HTML components: fixed decimals, thin-space thousands, no locale data,
// so the same assessment gives the same bytes on every machine.

/** `0.5762…` → `57.6 %`. */
export const formatPercent = (share: number, decimals = 1): string => `${(share * 100).toFixed(decimals)} %`

/** `3965000` → `3 965 000` (narrow no-break space, as SI and ISO 80000-1 group digits). */
export const formatNumber = (value: number, decimals = 0): string => {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split(".")
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f")
  return `${value < 0 ? "−" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`
}

/** Signed difference, e.g. `+1.5` or `−0.25`; zero prints `0`. */
export const formatDelta = (delta: number, format: (n: number) => string): string =>
  delta === 0 ? format(0) : `${delta > 0 ? "+" : "−"}${format(Math.abs(delta))}`
