import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildSession, interleaveByTopic, toSessionItems, questionsByFact } from '@/domain/session/build'
import { createRng } from '@/domain/random'
import { retrievabilityAt } from '@/domain/scheduling/scheduler'
import type { MemoryCard } from '@/domain/scheduling/types'
import type { Topic } from '@/domain/bank/types'
import { endOfLocalDay } from '@/domain/time'
import { DAY, NOW, makeCard } from '../../../fixtures/engine/cards'
import { makeCollection } from '../../../fixtures/engine/facts'
import { makeQuestions } from '../../../fixtures/engine/questions'

const TZ = 'Asia/Ho_Chi_Minh'
const base = { now: NOW, timeZone: TZ, newPerDay: 10, newIntroducedToday: 0, length: 20, mode: 'review' as const }

const isNew = (card: MemoryCard | undefined) => !card || card.state === 'new'

describe('buildSession (review)', () => {
  const params = fc.record({
    seed: fc.integer(),
    n: fc.integer({ min: 0, max: 300 }),
    length: fc.integer({ min: 0, max: 60 }),
    newPerDay: fc.integer({ min: 0, max: 30 }),
    introduced: fc.integer({ min: 0, max: 40 }),
  })

  it('takes no fact twice, due before new, respects the new limit and the length', () => {
    fc.assert(
      fc.property(params, ({ seed, n, length, newPerDay, introduced }) => {
        const rng = createRng(seed)
        const { facts, cards } = makeCollection(n, NOW, rng)
        const ids = buildSession({ ...base, facts, cards, length, newPerDay, newIntroducedToday: introduced, rng })
        expect(new Set(ids).size).toBe(ids.length)
        expect(ids.length).toBeLessThanOrEqual(length)
        const kinds = ids.map((id) => (isNew(cards.get(id)) ? 'new' : 'due'))
        expect(kinds.join(',')).toMatch(/^(due,?)*(new,?)*$/)
        expect(kinds.filter((k) => k === 'new').length).toBeLessThanOrEqual(Math.max(0, newPerDay - introduced))
        const dayEnd = endOfLocalDay(NOW, TZ)
        const dueAll = facts.filter((f) => !isNew(cards.get(f.id)) && cards.get(f.id)!.due < dayEnd)
        for (const id of ids) if (!isNew(cards.get(id))) expect(cards.get(id)!.due).toBeLessThan(dayEnd)
        // As many due facts as fit, and the ones left out are no more at risk than the ones taken.
        const taken = ids.filter((id) => !isNew(cards.get(id)))
        expect(taken.length).toBe(Math.min(length, dueAll.length))
        const worstTaken = Math.max(...taken.map((id) => retrievabilityAt(cards.get(id)!, NOW)))
        for (const f of dueAll) {
          if (!taken.includes(f.id)) expect(retrievabilityAt(cards.get(f.id)!, NOW)).toBeGreaterThanOrEqual(worstTaken)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('orders due facts by retrievability when topics allow', () => {
    const facts = [1, 2, 3].map((i) => ({ id: `f-${i}`, topic: (['war-2020', 'ceasefire', 'positions'] as Topic[])[i - 1]! }))
    const cards = new Map([
      ['f-1', makeCard({ factId: 'f-1', stability: 50 })],
      ['f-2', makeCard({ factId: 'f-2', stability: 2 })],
      ['f-3', makeCard({ factId: 'f-3', stability: 10 })],
    ])
    expect(buildSession({ ...base, facts, cards, rng: createRng(1) })).toEqual(['f-2', 'f-3', 'f-1'])
  })

  it('ignores cards of facts no longer in the bank', () => {
    const facts = [{ id: 'kept', topic: 'war-2020' as Topic }]
    const cards = new Map([
      ['gone', makeCard({ factId: 'gone', stability: 0.5 })],
      ['kept', makeCard({ factId: 'kept', stability: 50 })],
    ])
    expect(buildSession({ ...base, facts, cards, rng: createRng(1) })).toEqual(['kept'])
  })

  it('filters by topic', () => {
    const { facts, cards } = makeCollection(200, NOW, createRng(5))
    const ids = buildSession({ ...base, facts, cards, rng: createRng(1), topics: ['war-2020'] })
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(facts.find((f) => f.id === id)!.topic).toBe('war-2020')
  })

  it('counts a card due at 23:59 local time as due, and one due at 00:01 as not, in three zones', () => {
    for (const [tz, now] of [
      ['UTC', Date.UTC(2026, 2, 10, 23, 30)],
      ['Pacific/Auckland', Date.UTC(2026, 3, 4, 10, 30)], // the night DST ends
      ['America/Los_Angeles', Date.UTC(2026, 2, 8, 7, 30)], // the night DST starts
    ] as const) {
      const facts = [{ id: 'a', topic: 'war-2020' as Topic }, { id: 'b', topic: 'ceasefire' as Topic }]
      const cards = new Map([
        ['a', makeCard({ factId: 'a', due: now + 29 * 60_000 })],
        ['b', makeCard({ factId: 'b', due: now + 31 * 60_000 })],
      ])
      expect(buildSession({ ...base, timeZone: tz, now, facts, cards, rng: createRng(1), newPerDay: 0 })).toEqual(['a'])
    }
  })
})

describe('buildSession (practice)', () => {
  it('takes due, then weakest, then new, and leaves every card unchanged', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 80 }), (seed, length) => {
        const { facts, cards } = makeCollection(150, NOW, createRng(seed))
        const before = JSON.stringify([...cards])
        const ids = buildSession({ ...base, mode: 'practice', facts, cards, length, rng: createRng(seed), newPerDay: 0 })
        expect(JSON.stringify([...cards])).toBe(before)
        expect(new Set(ids).size).toBe(ids.length)
        expect(ids.length).toBe(Math.min(length, facts.length))
        const dayEnd = endOfLocalDay(NOW, TZ)
        const group = (id: string) => {
          const c = cards.get(id)
          return isNew(c) ? 2 : c!.due < dayEnd ? 0 : 1
        }
        const groups = ids.map(group)
        expect(groups).toEqual([...groups].sort())
      }),
      { numRuns: 100 },
    )
  })
})

describe('interleaveByTopic', () => {
  const f = (topics: string) => [...topics].map((t, i) => ({ id: `${i}`, topic: t as Topic }))
  const clashes = (xs: { topic: Topic }[]) => xs.filter((x, i) => i > 0 && xs[i - 1]!.topic === x.topic).length

  it.each([
    ['aaabbb', 0],
    ['aaaabbbc', 0],
    ['aabbcc', 0],
    ['aaaab', 2],
    ['abc', 0],
  ])('%s → %i neighbours of the same topic', (topics, want) => {
    const out = interleaveByTopic(f(topics))
    expect(out.length).toBe(topics.length)
    expect(clashes(out)).toBe(want)
  })
})

describe('toSessionItems', () => {
  it('gives one question per fact, never two about the same fact', () => {
    const questions = questionsByFact(['a', 'b', 'c'].flatMap((id) => makeQuestions(id)))
    const items = toSessionItems(['a', 'b', 'a', 'c', 'none'], questions, new Map(), createRng(4))
    expect(items.map((i) => i.factId)).toEqual(['a', 'b', 'c'])
    for (const it of items) expect(it.questionId.startsWith(`${it.factId}:`)).toBe(true)
  })

  it('marks a struggling fact, and only it, with an easier question', () => {
    const questions = questionsByFact(['a', 'b', 'c'].flatMap((id) => makeQuestions(id)))
    const cards = new Map([
      ['a', makeCard({ factId: 'a', lapses: 5, stability: 2, due: NOW })],
      ['b', makeCard({ factId: 'b', lapses: 5, stability: 30, due: NOW })],
    ])
    const items = toSessionItems(['a', 'b', 'c'], questions, cards, createRng(4))
    expect(items.map((i) => [i.factId, i.struggling ?? false])).toEqual([['a', true], ['b', false], ['c', false]])
    // Plain data: no key at all when not struggling, so saved sessions keep their shape.
    expect(Object.keys(items[1]!)).toEqual(['factId', 'questionId'])
    expect(['mcq', 'matching', 'timeline']).toContain(items[0]!.questionId.split(':')[1])
  })

  it('moves a stable fact to recall questions', () => {
    const questions = questionsByFact(makeQuestions('a'))
    const cards = new Map([['a', makeCard({ factId: 'a', stability: 100, due: NOW - DAY })]])
    const kind = toSessionItems(['a'], questions, cards, createRng(4))[0]!.questionId.split(':')[1]
    expect(['typed', 'list']).toContain(kind)
  })
})
