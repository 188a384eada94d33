import { createRng, shuffle } from '@/domain/random'

/**
 * A seeded shuffle that never hands back the given order (for two or more items): a question that
 * starts already solved teaches nothing.
 */
export function shuffleNotIdentity<T>(items: readonly T[], seed: number): T[] {
  const out = shuffle(items, createRng(seed))
  if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift() as T)
  return out
}
