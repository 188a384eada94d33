import { describe, expect, it } from 'vitest'
import { formatStage, pickQuestion } from '@/domain/session/format'
import { createRng } from '@/domain/random'
import type { MemoryCard } from '@/domain/scheduling/types'
import { makeCard } from '../../../fixtures/engine/cards'
import { makeQuestions } from '../../../fixtures/engine/questions'

const all = makeQuestions('f-x')
const only = (...kinds: string[]) => all.filter((q) => kinds.includes(q.kind))

describe('pickQuestion', () => {
  it.each<[string, MemoryCard | undefined, string[]]>([
    // First sight: the kinds that show their options; true/false comes once the fact is being learned.
    ['no card', undefined, ['mcq', 'matching', 'timeline']],
    ['new', makeCard({ state: 'new', stability: 0 }), ['mcq', 'matching', 'timeline']],
    ['learning', makeCard({ state: 'learning', stability: 30 }), ['mcq', 'true-false', 'matching', 'timeline']],
    ['relearning', makeCard({ state: 'relearning', stability: 30 }), ['mcq', 'true-false', 'matching', 'timeline']],
    ['review, S = 2', makeCard({ stability: 2 }), ['mcq', 'true-false', 'matching', 'timeline']],
    ['review, S = 3', makeCard({ stability: 3 }), ['cloze']],
    ['review, S = 21', makeCard({ stability: 21 }), ['cloze']],
    ['review, S = 22', makeCard({ stability: 22 }), ['typed', 'list']],
  ])('%s → %j', (_, card, kinds) => {
    const rng = createRng(1)
    const got = new Set(Array.from({ length: 60 }, () => pickQuestion(all, card, rng)!.kind))
    expect([...got].sort()).toEqual([...kinds].sort())
  })

  it.each([
    ['stable, no recall question → cloze', 40, only('mcq', 'cloze'), 'cloze'],
    ['stable, only recognition → recognition', 40, only('mcq'), 'mcq'],
    ['growing, no cloze → recognition', 10, only('mcq', 'typed'), 'mcq'],
    ['new, only typed → typed', 0, only('typed'), 'typed'],
  ])('%s', (_, stability, questions, kind) => {
    const card = stability ? makeCard({ stability }) : undefined
    expect(pickQuestion(questions, card, createRng(2))?.kind).toBe(kind)
  })

  it('on first sight, falls back to true/false only when the fact has no kind with options', () => {
    const statements = only('true-false', 'cloze')
    expect(pickQuestion(statements, undefined, createRng(5))?.kind).toBe('true-false')
    expect(pickQuestion(only('true-false', 'mcq'), makeCard({ state: 'new', stability: 0 }), createRng(5))?.kind).toBe('mcq')
  })

  it('chooses the kind first: two true/false statements and one multiple choice are asked about half and half', () => {
    const [mcq, tf] = [all.find((q) => q.kind === 'mcq')!, all.find((q) => q.kind === 'true-false')!]
    const questions = [mcq, { ...tf, id: 'f-x:tf-true' }, { ...tf, id: 'f-x:tf-false' }]
    const rng = createRng(6)
    const learning = makeCard({ state: 'learning', stability: 1 })
    const n = 2000
    let trueFalse = 0
    for (let i = 0; i < n; i++) if (pickQuestion(questions, learning, rng)!.kind === 'true-false') trueFalse++
    expect(trueFalse / n).toBeGreaterThan(0.45)
    expect(trueFalse / n).toBeLessThan(0.55)
  })

  // A struggling fact (four lapses or more, not recovered) is asked like a first sight, whatever its stability.
  it.each<[string, MemoryCard, string[]]>([
    ['struggling, relearning', makeCard({ state: 'relearning', lapses: 4, stability: 0.4 }), ['mcq', 'matching', 'timeline']],
    ['struggling, review, S = 2', makeCard({ lapses: 5, stability: 2 }), ['mcq', 'matching', 'timeline']],
    ['struggling, review, S = 6 (cloze by stability)', makeCard({ lapses: 6, stability: 6 }), ['mcq', 'matching', 'timeline']],
    ['struggling, relearning, S = 40 (recall by stability)', makeCard({ state: 'relearning', lapses: 9, stability: 40 }), ['mcq', 'matching', 'timeline']],
    ['three lapses, S = 2: not struggling', makeCard({ lapses: 3, stability: 2 }), ['mcq', 'true-false', 'matching', 'timeline']],
    ['four lapses, recovered (S = 7)', makeCard({ lapses: 4, stability: 7 }), ['cloze']],
  ])('%s → %j', (_, card, kinds) => {
    const rng = createRng(8)
    const got = new Set(Array.from({ length: 60 }, () => pickQuestion(all, card, rng)!.kind))
    expect([...got].sort()).toEqual([...kinds].sort())
  })

  it.each<[string, string[], string]>([
    ['only a statement to judge', ['true-false', 'cloze', 'typed'], 'true-false'],
    ['no recognition question at all: the next easier stage', ['cloze', 'typed'], 'cloze'],
    ['only recall', ['typed'], 'typed'],
  ])('a struggling fact with %s → %s', (_, kinds, kind) => {
    const card = makeCard({ lapses: 4, stability: 40, state: 'relearning' })
    expect(pickQuestion(only(...kinds), card, createRng(9))?.kind).toBe(kind)
  })

  it('returns undefined for a fact without questions and names the stage', () => {
    expect(pickQuestion([], undefined, createRng(3))).toBeUndefined()
    expect(formatStage(makeCard({ stability: Number.NaN }))).toBe('recognition')
  })
})
