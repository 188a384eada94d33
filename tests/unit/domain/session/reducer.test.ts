import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { answerItem, finishSession, startSession, undoLast, currentItem, isComplete } from '@/domain/session/reducer'
import { createScheduler } from '@/domain/scheduling/scheduler'
import { GRADES, type Grade, type MemoryCard, type ReviewLogEntry } from '@/domain/scheduling/types'
import type { SessionItem, SessionState } from '@/domain/session/types'
import { NOW } from '../../../fixtures/engine/cards'

const stamp = (id: string) => ({ id, deckId: 'article', retention: 0.9 })

const scheduler = createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: true })
const items: SessionItem[] = ['a', 'b', 'c', 'd'].map((f) => ({ factId: f, questionId: `${f}:mcq` }))
const outcomeOf = (g: Grade) => (g === 'again' ? 'wrong' : g === 'hard' ? 'almost' : 'correct')

/** A tiny in-memory store playing the app's part: applies writes and restores. */
function run(mode: 'review' | 'practice', grades: Grade[], undoAt: Set<number>) {
  const cards = new Map<string, MemoryCard>()
  const log: ReviewLogEntry[] = []
  let state: SessionState = startSession(items, mode, NOW)
  let now = NOW
  const snapshots: string[] = []
  grades.forEach((grade, i) => {
    const item = currentItem(state)
    if (!item) return
    snapshots.push(JSON.stringify({ state, cards: [...cards], log }))
    now += 7_000
    const res = answerItem(state, { grade, outcome: outcomeOf(grade), durationMs: 7_000 }, cards.get(item.factId), scheduler, now, stamp(`${i}`))
    state = res.state
    if (res.write) {
      cards.set(res.write.card.factId, res.write.card)
      log.push(res.write.entry)
    }
    if (undoAt.has(i)) {
      const u = undoLast(state)
      state = u.state
      if (u.restore) {
        if (u.restore.previous) cards.set(u.restore.factId, u.restore.previous)
        else cards.delete(u.restore.factId)
        const at = log.findIndex((e) => e.id === u.restore!.entryId)
        log.splice(at, 1)
      }
      expect(JSON.stringify({ state, cards: [...cards], log })).toBe(snapshots.at(-1))
      snapshots.pop()
    }
  })
  return { state, cards, log }
}

describe('session reducer', () => {
  it('writes a card and a log entry per answer in review mode', () => {
    const { state, cards, log } = run('review', ['good', 'again', 'hard', 'easy'], new Set())
    expect(isComplete(state)).toBe(true)
    expect(cards.size).toBe(4)
    expect(log.map((e) => e.previous)).toEqual([null, null, null, null])
    expect(log[1]).toMatchObject({ factId: 'b', grade: 'again', outcome: 'wrong', durationMs: 7_000 })
    expect(new Set(log.map((e) => e.id)).size).toBe(4)
  })

  it('restores the exact earlier state on undo, whatever the history', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Grade>(...GRADES), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 3 })),
        (grades, undo) => {
          run('review', grades, new Set(undo))
        },
      ),
    )
  })

  it('restores a card that existed before, not a fresh one', () => {
    const card = scheduler.review(scheduler.newCard('a', NOW - 86_400_000), 'good', NOW - 86_400_000)
    const state = startSession(items, 'review', NOW)
    const res = answerItem(state, { grade: 'again', outcome: 'wrong', durationMs: 1 }, card, scheduler, NOW, stamp('x'))
    expect(res.write!.entry.previous).toEqual(card)
    const u = undoLast(res.state)
    expect(u.restore).toEqual({ factId: 'a', previous: card, entryId: 'x' })
    expect(u.state).toEqual(state)
  })

  it('never writes in practice mode', () => {
    const { state, cards, log } = run('practice', ['good', 'again', 'easy'], new Set([1]))
    expect(cards.size).toBe(0)
    expect(log).toEqual([])
    expect(state.answers.length).toBe(2)
    expect(undoLast(state).restore).toBeUndefined()
  })

  it('keeps the state serialisable and drops duplicate facts', () => {
    const state = startSession([...items, items[0]!], 'review', NOW)
    expect(state.items.length).toBe(4)
    const res = answerItem(state, { grade: 'good', outcome: 'correct', durationMs: 5, response: { kind: 'mcq', choice: 1 } }, undefined, scheduler, NOW, stamp('1'))
    expect(JSON.parse(JSON.stringify(res.state))).toEqual(res.state)
  })

  it('rejects the card of another fact', () => {
    const state = startSession(items, 'review', NOW)
    expect(() => answerItem(state, { grade: 'good', outcome: 'correct', durationMs: 1 }, scheduler.newCard('zzz', NOW), scheduler, NOW, stamp('1'))).toThrow(/card of zzz given for a/)
  })

  it('summarises outcomes and lists mistakes', () => {
    const { state } = run('review', ['good', 'again', 'hard', 'good'], new Set())
    const s = finishSession(state)
    expect(s).toMatchObject({ total: 4, answered: 4, counts: { correct: 2, wrong: 1, almost: 1, self: 0 }, durationMs: 28_000 })
    expect(s.mistakes.map((m) => m.factId)).toEqual(['b', 'c'])
    expect(s.grades).toEqual({ again: 1, hard: 1, good: 2, easy: 0 })
  })

  it('ignores answers past the end and undo of nothing', () => {
    const { state } = run('review', ['good', 'good', 'good', 'good'], new Set())
    expect(answerItem(state, { grade: 'good', outcome: 'correct', durationMs: 1 }, undefined, scheduler, NOW, stamp('z'))).toEqual({ state })
    const empty = startSession([], 'review', NOW)
    expect(undoLast(empty)).toEqual({ state: empty })
  })
})
