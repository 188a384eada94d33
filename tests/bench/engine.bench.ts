import { bench, describe } from 'vitest'
import { checkTyped } from '@/domain/answer/check'
import { gradeResponse } from '@/domain/answer/grade'
import { createRng } from '@/domain/random'
import { createScheduler } from '@/domain/scheduling/scheduler'
import { buildSession } from '@/domain/session/build'
import { NOW } from '../fixtures/engine/cards'
import { makeCollection } from '../fixtures/engine/facts'
import { accepted, makeQuestions } from '../fixtures/engine/questions'

const TZ = 'Asia/Ho_Chi_Minh'
const small = makeCollection(10_000, NOW, createRng('bench-10k'), 0.9, 0.3)
const large = makeCollection(100_000, NOW, createRng('bench-100k'), 0.9, 0.3)
const options = { now: NOW, timeZone: TZ, newPerDay: 15, newIntroducedToday: 3, length: 30, mode: 'review' as const }

describe('session building', () => {
  bench('10,000 facts', () => {
    buildSession({ ...options, ...small, rng: createRng(1) })
  })
  bench('100,000 facts', () => {
    buildSession({ ...options, ...large, rng: createRng(1) })
  })
})

const scheduler = createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: true })
const typed = makeQuestions('f-1').find((q) => q.kind === 'typed')!
const card = [...large.cards.values()].find((c) => c.state === 'review')!

describe('one answer', () => {
  bench('grade a typed answer and schedule it', () => {
    const r = gradeResponse(typed, { kind: 'typed', text: 'Xô chi' }, { diacritics: 'tones' })
    scheduler.review(card, r.grade, NOW)
  })
})

const answers = ['Sochi', 'sochi', 'Xô-chi', 'xo chi', 'Sochu', 'Baku', 'Thành phố Sochi của Nga', 'Soch']
const target = accepted('Sochi', 'text', ['Xô-chi', 'Xô Chi'])
const inputs = Array.from({ length: 10_000 }, (_, i) => answers[i % answers.length]!)

describe('typed answers', () => {
  bench('check 10,000 typed answers', () => {
    for (const input of inputs) checkTyped(input, target, 'tones')
  })
})
