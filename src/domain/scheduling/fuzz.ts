/**
 * The fuzz factor ts-fsrs 5.4 draws for a review, worked out once per review instead of once per grade.
 *
 * ts-fsrs seeds Johannes Baagøe's Alea generator with the review's seed string and takes its first number, for each
 * of Hard, Good and Easy (three generators, one seed), and Alea hashes its seed three times over (Mash) to set up
 * a state of which the first number reads one part. Replaying a long log spent about two thirds of its time there.
 * `fuzzFactor` gives that first number from one hash of the seed; the scheduler draws it once per seed. The result
 * is the same number, bit for bit: stored cards were fuzzed by ts-fsrs, and every device must replay them alike
 * (tests/unit/domain/scheduling/fuzz.test.ts holds it against ts-fsrs's own generator).
 */

/** Mash's state at the start, and its step over one string (the state carries from one call to the next). */
const MASH_START = 4022871197
function mash(state: number, data: string): number {
  let n = state
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i)
    let h = 0.02519603282416938 * n
    n = h >>> 0
    h -= n
    h *= n
    n = h >>> 0
    h -= n
    n += h * 4294967296
  }
  return n
}
const unit = (n: number) => (n >>> 0) * 2.3283064365386963e-10

/**
 * Alea first hashes " " three times (the same for every seed) and keeps the first value as the state the first
 * number reads; then hashes the seed once per state word. Only the first word matters to the first number.
 */
const afterSpaces = mash(mash(mash(MASH_START, ' '), ' '), ' ')
const firstWord = unit(mash(MASH_START, ' '))

/** Alea's first number for `seed`, in [0, 1). */
export function fuzzFactor(seed: string): number {
  let s0 = firstWord - unit(mash(afterSpaces, seed))
  if (s0 < 0) s0 += 1
  const t = 2091639 * s0 + 2.3283064365386963e-10
  return t - (t | 0)
}
