import { describe, expect, it } from 'vitest'
import { deckDay, factsWithinDailyLimits, newIntroducedByDeck } from '@/domain/deck/counts'
import type { MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'

const NOW = Date.UTC(2026, 11, 1, 10)
const TZ = 'UTC'
const card = (factId: string, due: number, state: MemoryCard['state'] = 'review') =>
  ({ factId, state, due, stability: 2, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, lastReview: NOW - 86_400_000 }) as MemoryCard
const entry = (deckId: string, at: number, previous: MemoryCard | null) => ({ id: `${at}-x`, deckId, factId: 'x', reviewedAt: at, previous }) as unknown as ReviewLogEntry

describe('deck counts', () => {
  const cards = new Map([
    ['a.1', card('a.1', NOW - 1)],
    ['a.2', card('a.2', NOW + 3 * 3_600_000)],
    ['a.3', card('a.3', NOW + 2 * 86_400_000)],
    ['a.4', card('a.4', NOW - 1, 'new')],
    ['b.1', card('b.1', NOW - 1)],
  ])

  it('counts due before the day ends, learned, and new within what is left of the limit', () => {
    const ids = ['a.1', 'a.2', 'a.3', 'a.4', 'a.5', 'a.6', 'a.7']
    expect(deckDay(ids, cards, { now: NOW, timeZone: TZ, newPerDay: 10, introducedToday: 0 })).toEqual({ due: 2, new: 3, learned: 4, total: 7 })
    expect(deckDay(ids, cards, { now: NOW, timeZone: TZ, newPerDay: 10, introducedToday: 9 }).new).toBe(1)
    expect(deckDay(ids, cards, { now: NOW, timeZone: TZ, newPerDay: 10, introducedToday: 12 }).new).toBe(0)
    expect(deckDay([], cards, { now: NOW, timeZone: TZ, newPerDay: 10, introducedToday: 0 })).toEqual({ due: 0, new: 0, learned: 0, total: 0 })
  })

  it('counts new facts introduced today per deck, not answers to known ones or yesterday’s', () => {
    const log = [entry('a', NOW - 1000, null), entry('a', NOW - 900, card('x', 0, 'new')), entry('b', NOW - 800, null), entry('a', NOW - 700, card('x', 0)), entry('a', NOW - 86_400_000, null)]
    expect(Object.fromEntries(newIntroducedByDeck(log, NOW, TZ))).toEqual({ a: 2, b: 1 })
  })

  it('lets a session over decks draw every known fact and each deck’s allowed new ones, in order', () => {
    const f = (id: string) => ({ id })
    const out = factsWithinDailyLimits(
      [
        { facts: [f('a.1'), f('a.5'), f('a.6'), f('a.7')], newLeft: 2 },
        { facts: [f('b.1'), f('b.2')], newLeft: 0 },
        { facts: [f('c.1')], newLeft: -3 },
      ],
      cards,
    )
    expect(out.map((x) => x.id)).toEqual(['a.1', 'a.5', 'a.6', 'b.1'])
  })
})
