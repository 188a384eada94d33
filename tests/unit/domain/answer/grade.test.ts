import { describe, expect, it } from 'vitest'
import { gradeResponse, selfGrade } from '@/domain/answer/grade'
import type { Response } from '@/domain/answer/types'
import type { Question } from '@/domain/bank/types'
import { makeQuestions } from '../../../fixtures/engine/questions'

const qs = makeQuestions('f-sochi')
const q = (kind: Question['kind']) => qs.find((x) => x.kind === kind)!
const tones = { diacritics: 'tones' } as const

describe('gradeResponse', () => {
  it.each<[Question['kind'], Response, string, string, number]>([
    ['mcq', { kind: 'mcq', choice: 1 }, 'correct', 'good', 1],
    ['mcq', { kind: 'mcq', choice: 0 }, 'wrong', 'again', 0],
    ['true-false', { kind: 'true-false', value: false }, 'correct', 'good', 1],
    ['true-false', { kind: 'true-false', value: true }, 'wrong', 'again', 0],
    ['typed', { kind: 'typed', text: 'sochi' }, 'correct', 'good', 1],
    ['typed', { kind: 'typed', text: 'Xo-chi' }, 'almost', 'hard', 0.5],
    ['typed', { kind: 'typed', text: 'Sochu' }, 'almost', 'hard', 0.5],
    ['typed', { kind: 'typed', text: 'Baku' }, 'wrong', 'again', 0],
    ['cloze', { kind: 'cloze', text: 'Sochi' }, 'correct', 'good', 1],
    ['list', { kind: 'list', text: 'Nga, Armenia và Azerbaijan' }, 'correct', 'good', 1],
    ['list', { kind: 'list', items: ['Nga', 'Armenia'] }, 'almost', 'hard', 2 / 3],
    ['list', { kind: 'list', text: 'Nga' }, 'wrong', 'again', 1 / 3],
    ['timeline', { kind: 'timeline', order: ['e1', 'e2', 'e3', 'e4'] }, 'correct', 'good', 1],
    ['timeline', { kind: 'timeline', order: ['e4', 'e1', 'e2', 'e3'] }, 'almost', 'hard', 0.75],
    ['timeline', { kind: 'timeline', order: ['e4', 'e3', 'e2', 'e1'] }, 'wrong', 'again', 0.25],
    ['timeline', { kind: 'timeline', order: ['e1', 'e1', 'e1', 'e1'] }, 'wrong', 'again', 0.25],
    ['matching', { kind: 'matching', pairs: { Putin: 'Tổng thống Nga', Aliyev: 'Tổng thống Azerbaijan', Pashinyan: 'Thủ tướng Armenia' } }, 'correct', 'good', 1],
    ['matching', { kind: 'matching', pairs: { Putin: 'Tổng thống Nga', Aliyev: 'Thủ tướng Armenia', Pashinyan: 'Tổng thống Azerbaijan' } }, 'wrong', 'again', 1 / 3],
    ['matching', { kind: 'matching', pairs: { Putin: 'Tổng thống Nga', Aliyev: 'Tổng thống Azerbaijan' } }, 'almost', 'hard', 2 / 3],
    // A response of the wrong kind is wrong, not an error.
    ['mcq', { kind: 'typed', text: 'Sochi' }, 'wrong', 'again', 0],
    ['typed', { kind: 'cloze', text: 'Sochi' }, 'wrong', 'again', 0],
  ])('%s %j → %s / %s', (kind, response, outcome, grade, score) => {
    const r = gradeResponse(q(kind), response, tones)
    expect(r.outcome).toBe(outcome)
    expect(r.grade).toBe(grade)
    expect(r.score).toBeCloseTo(score, 6)
    expect(r.expected.length).toBeGreaterThan(0)
  })

  it('hints at the diacritics under strict leniency and never returns easy', () => {
    const strict = gradeResponse(q('typed'), { kind: 'typed', text: 'xo chi' }, { diacritics: 'strict' })
    expect(strict).toMatchObject({ outcome: 'almost', grade: 'hard', hint: 'missing-diacritics', expected: 'Sochi' })
    for (const question of qs) {
      expect(gradeResponse(question, { kind: 'mcq', choice: 1 }, tones).grade).not.toBe('easy')
    }
  })

  it('reports per-item verdicts and extras for a list', () => {
    const r = gradeResponse(q('list'), { kind: 'list', text: 'Nga, Armenai, Iran' }, { diacritics: 'strict' })
    expect(r.items?.map((i) => i.verdict)).toEqual(['correct', 'almost', 'wrong'])
    expect(r.extras).toEqual(['Iran'])
    // The wrong item is the flaw to name first; the typo shows on its item.
    expect(r.hint).toBe('extra')
    expect(r.score).toBeCloseTo(0.5, 6)
    expect(r.outcome).toBe('almost')
  })

  it('marks the out-of-place timeline event, not the ones still in order', () => {
    const r = gradeResponse(q('timeline'), { kind: 'timeline', order: ['e4', 'e1', 'e2', 'e3'] }, tones)
    expect(r.items?.map((i) => i.verdict)).toEqual(['correct', 'correct', 'correct', 'wrong'])
  })

  it('never throws on a malformed response', () => {
    for (const question of qs) {
      for (const bad of [undefined, null, {}, { kind: question.kind }, { kind: 'list', items: [1, null] }]) {
        expect(() => gradeResponse(question, bad as unknown as Response, tones)).not.toThrow()
        expect(gradeResponse(question, bad as unknown as Response, tones).outcome).toBe('wrong')
      }
    }
  })

  it('grades 1,000-character adversarial answers of every kind without throwing', () => {
    const hostile = ['\ud800\udfff\udc00'.repeat(334), 'à\u0300\u0301'.repeat(334), ', và and ;'.repeat(100), '9/'.repeat(500)]
    for (const text of hostile) {
      for (const kind of ['typed', 'cloze'] as const) {
        expect(gradeResponse(q(kind), { kind, text }, tones).outcome).toBe('wrong')
      }
      expect(gradeResponse(q('list'), { kind: 'list', text }, tones).outcome).toBe('wrong')
      expect(gradeResponse(q('timeline'), { kind: 'timeline', order: Array.from(text) }, tones).outcome).toBe('wrong')
      expect(gradeResponse(q('matching'), { kind: 'matching', pairs: { [text]: text } }, tones).outcome).toBe('wrong')
    }
  })

  it('takes a flashcard self-grade as given, easy included', () => {
    expect(selfGrade('easy')).toEqual({ grade: 'easy', outcome: 'self' })
  })
})
