import { describe, expect, it } from 'vitest'
import type { Topic } from '@/domain/bank/types'
import type { MemoryCard } from '@/domain/scheduling/types'
import { masteryByTopic } from '@/domain/stats'
import { makeCard } from '../../../fixtures/engine/cards'
import { DAY } from './factories'

const now = Date.UTC(2026, 10, 26, 12)
const fact = (id: string, topic: Topic) => ({ id, topic })

describe('masteryByTopic', () => {
  it('sorts facts into new, learning, young and mature, in the bank topic order', () => {
    const facts = [
      fact('a', 'ceasefire'), fact('b', 'ceasefire'), fact('c', 'ceasefire'), fact('d', 'ceasefire'),
      fact('e', 'ceasefire'), fact('f', 'ceasefire'), fact('g', 'ceasefire'),
      fact('h', 'sochi-talks'),
    ]
    const cards = new Map<string, MemoryCard>([
      ['b', makeCard({ state: 'new' })],
      ['c', makeCard({ state: 'learning', stability: 1, lastReview: now })],
      ['d', makeCard({ state: 'relearning', stability: 1, lastReview: now })],
      ['e', makeCard({ stability: 20.99, lastReview: now })],
      ['f', makeCard({ stability: 21, lastReview: now - 21 * DAY })],
      ['g', makeCard({ stability: 100, lastReview: now })],
    ])
    const rows = masteryByTopic(facts, cards, now)
    expect(rows.map((r) => r.topic)).toEqual(['sochi-talks', 'ceasefire'])
    expect(rows[0]).toEqual({ topic: 'sochi-talks', total: 1, new: 1, learning: 0, young: 0, mature: 0, averageRecall: null })
    expect(rows[1]).toMatchObject({ total: 7, new: 2, learning: 2, young: 1, mature: 2 })
    // Four facts reviewed just now (recall 1) and one exactly its stability ago (recall 0.9).
    expect(rows[1]?.averageRecall).toBeCloseTo((4 + 0.9) / 5, 6)
  })

  it('is empty without facts', () => {
    expect(masteryByTopic([], new Map(), now)).toEqual([])
  })
})
