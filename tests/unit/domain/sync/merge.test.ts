import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rebuildCards } from '@/domain/progress/replay'
import { cardKey } from '@/domain/progress/types'
import type { ReviewLogEntry } from '@/domain/scheduling/types'
import { finishMerge, mergeInOrder, mergeInto, planMerge, runPlan, splitPlan } from '@/domain/sync/merge'
import { applyEntry } from '@/domain/progress/replay'
import { answers, schedulerFor, T0 } from '../../../fixtures/sync-answers'

const grade = fc.constantFrom('again' as const, 'hard' as const, 'good' as const, 'easy' as const)
const byId = (a: ReviewLogEntry, b: ReviewLogEntry) => (a.id < b.id ? -1 : 1)
const keyOf = (e: ReviewLogEntry) => cardKey(e.deckId, e.factId)

describe('two runs of answers in id order merged', () => {
  it('into the first in place gives what a new merged run gives, the same as a sort (property)', () => {
    const run = fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 40 }).map((ns) => ns.sort((x, y) => x - y))
    fc.assert(
      fc.property(run, run, (xs, ys) => {
        const entry = (n: number, from: string) => ({ ...answers(from, ['f-a'], ['good'], T0)[0]!, id: `${String(n).padStart(4, '0')}-${from}` })
        const a = xs.map((n) => entry(n, 'a'))
        const b = ys.map((n) => entry(n, 'b'))
        const expected = mergeInOrder(a, b)
        expect(expected.map((e) => e.id)).toEqual([...a, ...b].map((e) => e.id).sort())
        const target = a.slice()
        expect(mergeInto(target, b)).toBe(target)
        expect(target).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })

  it('into a long log, looking at a few of its answers, not at every one after the first added', () => {
    const entry = (n: number, from: string) => ({ ...answers(from, ['f-a'], ['good'], T0)[0]!, id: `${String(n).padStart(6, '0')}-${from}` })
    let looked = 0
    // Each id read counted: what comparing an answer costs.
    const counted = (e: ReviewLogEntry): ReviewLogEntry => Object.defineProperty({ ...e }, 'id', { get: () => (looked++, e.id), enumerable: true })
    const log = Array.from({ length: 10_000 }, (_, i) => counted(entry(2 * i, 'a')))
    // Ten answers near the log's start, as another device's answers of months ago land.
    const part = Array.from({ length: 10 }, (_, i) => counted(entry(2 * i + 101, 'b')))
    const expected = mergeInOrder(log, part).map((e) => e.id)
    looked = 0
    mergeInto(log, part)
    expect(looked).toBeLessThan(1_000)
    expect(log.map((e) => e.id)).toEqual(expected)
  })
})

describe('a merge worked out while the learner answers', () => {
  it('stores the cards of a replay of the final log, whatever was answered meanwhile (property)', () => {
    fc.assert(
      fc.property(
        fc.array(grade, { minLength: 0, maxLength: 14 }),
        fc.array(grade, { minLength: 1, maxLength: 14 }),
        fc.array(grade, { minLength: 0, maxLength: 4 }),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.boolean(),
        (gLocal, gIncoming, gMeanwhile, offset, later, undoneAt, echo) => {
          const log = answers('phone', ['f-a', 'f-b', 'f-c'], gLocal, T0)
          const incoming = answers('desk', ['f-b', 'f-c', 'f-d'], gIncoming, T0 + offset * 3_600_000)
          // Answers undone where they were given: some of the log's (and of the pull's, which are then not added).
          const removed = undoneAt.map((i) => [...log, ...incoming][i % (log.length + incoming.length)]!.id)
          const undone = new Set(removed)
          // Answered here while the plan was worked out: after every answer held here, maybe before some incoming;
          // maybe one of the incoming itself (never one undone: it would have to be undone before it was given).
          const start = (log.at(-1)?.reviewedAt ?? T0) + 1 + later * 600_000
          const echoed = echo ? incoming.filter((e) => !undone.has(e.id)).slice(0, 1) : []
          const meanwhile = [...answers('phone', ['f-c', 'f-d'], gMeanwhile, start).map((e) => ({ ...e, id: `${e.id}x` })), ...echoed]
          const plan = runPlan(planMerge(log, incoming, removed, schedulerFor))
          const held = [...log, ...meanwhile]
          const final = new Map([...held.filter((e) => !undone.has(e.id)), ...incoming.filter((e) => !undone.has(e.id))].map((e) => [e.id, e]))
          if (!plan) {
            expect(incoming.every((e) => undone.has(e.id) || log.some((l) => l.id === e.id))).toBe(true)
            return
          }
          const write = finishMerge(plan, held, meanwhile, schedulerFor)
          // Nothing stored twice: an answer held here is not added again.
          const heldIds = new Set(held.map((e) => e.id))
          expect(write.entries.filter((e) => heldIds.has(e.id))).toEqual([])
          expect([...write.entries].sort(byId)).toEqual(write.entries)
          const after = [...held.filter((e) => !write.removed.includes(e.id)), ...write.entries]
          expect(after.map((e) => e.id).sort()).toEqual([...final.keys()].sort())
          // Every touched fact's card is the replay of the whole final log; a fact left unanswered loses its card.
          const replay = rebuildCards(after, schedulerFor)
          for (const card of write.cards) expect(card).toEqual(replay.get(cardKey(card.deckId, card.factId)))
          for (const key of plan.touched) {
            const dropped = write.dropCards.some((d) => cardKey(d.deckId, d.factId) === key)
            expect(dropped).toBe(!after.some((e) => keyOf(e) === key))
            if (!dropped) expect(write.cards.some((c) => cardKey(c.deckId, c.factId) === key)).toBe(true)
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('stored in parts of a few answers, with answers between the parts, every card is a replay of the log after each part (property)', () => {
    fc.assert(
      fc.property(
        fc.array(grade, { minLength: 0, maxLength: 16 }),
        fc.array(grade, { minLength: 1, maxLength: 24 }),
        fc.array(fc.option(grade, { nil: undefined }), { maxLength: 8 }),
        fc.integer({ min: -30, max: 30 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 8 }),
        (gLocal, gIncoming, between, offset, undoneAt, size, spread) => {
          const facts = ['f-a', 'f-b', 'f-c', 'f-d', 'f-e']
          const log = answers('phone', facts, gLocal, T0)
          const incoming = answers('desk', ['f-b', 'f-c', 'f-d', 'f-e'], gIncoming, T0 + offset * 3_600_000)
          const removed = undoneAt.map((i) => log[i % Math.max(1, log.length)]?.id).filter((id): id is string => !!id)
          const plan = runPlan(planMerge(log, incoming, removed, schedulerFor))
          if (!plan) return
          const parts = runPlan(splitPlan(plan, size, schedulerFor, spread))
          // No part bigger than asked, unless it holds one fact's answers alone: its undone ones, or its new ones
          // in `spread` parts at most. A fact's parts follow one another; every answer of the plan is in one part.
          const done = new Set<string>()
          let previous = new Set<string>()
          const answersOf = (key: string) => [...plan.entries, ...plan.gone].filter((e) => keyOf(e) === key).length
          for (const part of parts) {
            for (const key of part.touched) expect(done.has(key) && !previous.has(key)).toBe(false)
            for (const key of part.touched) done.add(key)
            previous = part.touched
            const n = part.entries.length + part.gone.length
            const [key] = part.touched
            if (part.touched.size > 1) expect(n).toBeLessThanOrEqual(size)
            else expect(part.entries.length).toBeLessThanOrEqual(Math.max(size, Math.ceil(answersOf(key!) / spread)))
          }
          for (const key of plan.touched) expect(parts.filter((p) => p.touched.has(key) && p.entries.length > 0).length).toBeLessThanOrEqual(spread)
          expect([...done].sort()).toEqual([...plan.touched].sort())
          expect(parts.flatMap((p) => p.entries).sort(byId)).toEqual(plan.entries)
          expect(parts.flatMap((p) => p.gone).map((e) => e.id).sort()).toEqual(plan.gone.map((e) => e.id).sort())
          // The store: the log and the cards as a device holds them, an answer now and then between two parts.
          let held = [...log]
          const cards = rebuildCards(held, schedulerFor)
          const added: ReviewLogEntry[] = []
          let at = Math.max(T0, ...incoming.map((e) => e.reviewedAt), ...log.map((e) => e.reviewedAt)) + 60_000
          parts.forEach((part, i) => {
            const g = between[i]
            if (g) {
              const factId = facts[i % facts.length]!
              const [e] = answers('phone', [factId], [g], (at += 60_000))
              const answer = { ...e!, id: `${e!.id}-${i}` }
              const key = cardKey('article', factId)
              cards.set(key, { ...applyEntry(cards.get(key), answer, schedulerFor)!, deckId: 'article' })
              held.push(answer)
              added.push(answer)
            }
            const write = finishMerge(part, held, added, schedulerFor)
            held = [...held.filter((e) => !write.removed.includes(e.id)), ...write.entries].sort(byId)
            for (const d of write.dropCards) cards.delete(cardKey(d.deckId, d.factId))
            for (const c of write.cards) cards.set(cardKey(c.deckId, c.factId), c)
            expect(cards).toEqual(rebuildCards(held, schedulerFor))
          })
          expect(held.length).toBe(log.length - new Set(removed).size + plan.entries.length + added.length)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('yields after every replay, so that an answer gets through between two', () => {
    const log = answers('phone', ['f-a', 'f-b'], Array.from({ length: 3000 }, () => 'good' as const), T0)
    const incoming = answers('desk', ['f-a', 'f-b'], Array.from({ length: 3000 }, () => 'hard' as const), T0 + 1)
    const steps = planMerge(log, incoming, [], schedulerFor)
    let yields = 0
    for (let step = steps.next(); !step.done; step = steps.next()) yields++
    expect(yields).toBeGreaterThanOrEqual(6000)
    // Cut in parts, each fact's card replayed for every part but its last: as often again, and more.
    const plan = runPlan(planMerge(log, incoming, [], schedulerFor))!
    const split = splitPlan(plan, 10, schedulerFor)
    let splitYields = 0
    let step = split.next()
    for (; !step.done; step = split.next()) splitYields++
    expect(step.value).toHaveLength(8)
    expect(splitYields).toBeGreaterThanOrEqual(6000)
  })
})
