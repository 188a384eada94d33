/**
 * Damerau–Levenshtein distance (optimal string alignment: adjacent swaps count as one edit), bounded:
 * only the diagonal band of width 2·max + 1 is computed and the scan stops as soon as every cell of a
 * row exceeds `max`. Cost O(n · max), so a 1,000-character answer costs a few thousand steps.
 *
 * @returns the distance, or `max + 1` when it is larger than `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0
  const n = a.length
  const m = b.length
  if (Math.abs(n - m) > max) return max + 1
  if (n === 0 || m === 0) return Math.max(n, m)
  const over = max + 1
  let prev2 = new Array<number>(m + 1).fill(over)
  let prev = new Array<number>(m + 1).fill(over)
  let cur = new Array<number>(m + 1).fill(over)
  for (let j = 0; j <= Math.min(m, max); j++) prev[j] = j
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max)
    const to = Math.min(m, i + max)
    cur.fill(over, Math.max(0, from - 1), Math.min(m, to + 1) + 1)
    cur[0] = i <= max ? i : over
    let rowMin = cur[0]
    const ai = a.charCodeAt(i - 1)
    for (let j = from; j <= to; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, (prev2[j - 2] as number) + 1)
      }
      if (d > over) d = over
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return over
    const t = prev2
    prev2 = prev
    prev = cur
    cur = t
  }
  return Math.min(prev[m] as number, over)
}
