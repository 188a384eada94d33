import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildQuiz, quizCapacity } from '@/domain/quiz/build'
import { createRng } from '@/domain/random'
import type { Question, QuestionKind, Topic } from '@/domain/bank/types'
import { QUESTION_KINDS, TOPICS } from '@/domain/bank/types'

function makeQuestion(factId: string, kind: QuestionKind, topic: Topic): Question {
  const base = { id: `${factId}:${kind}`, factId, topic, sentenceIndex: 0, prompt: `? ${factId}` }
  // Only the fields the quiz builder reads matter here.
  return { ...base, kind, statement: 's', answer: true } as unknown as Question
}

const bank: Question[] = []
for (let f = 0; f < 40; f++) {
  const topic = TOPICS[f % TOPICS.length]!
  for (const kind of QUESTION_KINDS.slice(0, 1 + (f % QUESTION_KINDS.length))) bank.push(makeQuestion(`f${f}`, kind, topic))
}
const byId = new Map(bank.map((q) => [q.id, q]))

describe('buildQuiz', () => {
  it.each([
    { count: 10, kinds: [], topics: [], expected: 10 },
    { count: 100, kinds: [], topics: [], expected: 40 },
    { count: 0, kinds: [], topics: [], expected: 0 },
    { count: 10, kinds: ['matching'] as QuestionKind[], topics: [], expected: quizCapacity(bank, ['matching'], []) },
    { count: 50, kinds: [], topics: ['ceasefire'] as Topic[], expected: 5 },
  ])('asks min(count, capacity) facts: $count of kinds $kinds topics $topics', ({ count, kinds, topics, expected }) => {
    expect(buildQuiz({ questions: bank, count, kinds, topics, rng: createRng(1) })).toHaveLength(Math.min(count, expected))
  })

  it('never asks a fact twice, and keeps to the chosen kinds and topics', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.subarray([...QUESTION_KINDS]),
        fc.subarray([...TOPICS]),
        fc.integer(),
        (count, kinds, topics, seed) => {
          const items = buildQuiz({ questions: bank, count, kinds, topics, rng: createRng(seed) })
          expect(new Set(items.map((i) => i.factId)).size).toBe(items.length)
          for (const item of items) {
            const q = byId.get(item.questionId)!
            expect(q.factId).toBe(item.factId)
            if (kinds.length) expect(kinds).toContain(q.kind)
            if (topics.length) expect(topics).toContain(q.topic)
          }
        },
      ),
    )
  })

  it('is the same quiz for the same seed', () => {
    const a = buildQuiz({ questions: bank, count: 12, kinds: [], topics: [], rng: createRng('x') })
    const b = buildQuiz({ questions: bank, count: 12, kinds: [], topics: [], rng: createRng('x') })
    expect(a).toEqual(b)
  })
})
