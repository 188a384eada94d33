/**
 * Seeded randomness for the domain. Every random choice takes an `Rng` argument, so a failing test
 * replays exactly from its seed and the domain never reaches for `Math.random`.
 */

/** Returns numbers in [0, 1). */
export type Rng = () => number

/** FNV-1a over UTF-16 code units: turns a string seed into a 32-bit state. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * Mulberry32: 32 bits of state, a full period of 2^32 and good enough statistics for shuffling and
 * picking questions; it is not for cryptography.
 *
 * @example createRng('session-42')() // the same number every run
 */
export function createRng(seed: number | string): Rng {
  let state = typeof seed === 'number' && Number.isFinite(seed) ? seed >>> 0 : hashSeed(String(seed))
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [0, n). */
export function randomInt(n: number, rng: Rng): number {
  return Math.min(n - 1, Math.floor(rng() * n))
}

/** A shuffled copy (Fisher–Yates); the input is left as it was. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1, rng)
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

/** One item, or undefined for an empty list. */
export function pick<T>(items: readonly T[], rng: Rng): T | undefined {
  return items.length === 0 ? undefined : items[randomInt(items.length, rng)]
}
