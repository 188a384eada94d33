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
    ['no card', undefined, ['mcq', 'true-false', 'matching', 'timeline']],
    ['new', makeCard({ state: 'new', stability: 0 }), ['mcq', 'true-false', 'matching', 'timeline']],
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

  it('returns undefined for a fact without questions and names the stage', () => {
    expect(pickQuestion([], undefined, createRng(3))).toBeUndefined()
    expect(formatStage(makeCard({ stability: Number.NaN }))).toBe('recognition')
  })
})
