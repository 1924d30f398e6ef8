/** Edit distance (Levenshtein) between two short strings, for "did you mean" hints. */
export const editDistance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** The candidates closest to `input` (at most `limit`), within a distance that still looks like a typo. */
export const closest = (input: string, candidates: Iterable<string>, limit = 3): Array<string> => {
  const needle = input.toLowerCase()
  const budget = Math.max(2, Math.floor(needle.length / 3))
  return [...candidates]
    .map((c) => ({ c, d: c.toLowerCase().includes(needle) && needle.length >= 3 ? 1 : editDistance(needle, c.toLowerCase()) }))
    .filter(({ d }) => d <= budget)
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1))
    .slice(0, limit)
    .map(({ c }) => c)
}

/** "did you mean `a`, `b`?" or undefined when nothing is close. */
export const didYouMean = (input: string, candidates: Iterable<string>): string | undefined => {
  const found = closest(input, candidates)
  return found.length === 0 ? undefined : `did you mean ${found.map((c) => `\`${c}\``).join(", ")}?`
}
