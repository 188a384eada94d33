import { describe, expect, it } from 'vitest'
import { createRng, pick, shuffle } from '@/domain/random'

describe('createRng', () => {
  it.each([42, 'session-1', 0, -7.5])('replays the same sequence for seed %s', (seed) => {
    const a = createRng(seed)
    const b = createRng(seed)
    const xs = Array.from({ length: 100 }, () => a())
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs)
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
    }
  })

  it('differs between seeds and spreads values', () => {
    expect(createRng(1)()).not.toBe(createRng(2)())
    const r = createRng('spread')
    const buckets = new Array<number>(10).fill(0)
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(r() * 10)]!++
    for (const b of buckets) expect(b).toBeGreaterThan(850)
  })
})

describe('shuffle / pick', () => {
  it('returns a new permutation and leaves the input alone', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8]
    const out = shuffle(items, createRng(3))
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect([...out].sort()).toEqual(items)
    expect(out).not.toEqual(items)
    expect(shuffle(items, createRng(3))).toEqual(out)
  })

  it('picks a member, or undefined from nothing', () => {
    expect([1, 2, 3]).toContain(pick([1, 2, 3], createRng(9)))
    expect(pick([], createRng(9))).toBeUndefined()
  })
})
