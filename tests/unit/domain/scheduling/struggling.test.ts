import { describe, expect, it } from 'vitest'
import { QUESTION_KINDS, type QuestionKind } from '@/domain/bank/types'
import { createScheduler } from '@/domain/scheduling/scheduler'
import type { MemoryCard, MemoryState } from '@/domain/scheduling/types'
import {
  easierFormats,
  isStruggling,
  STRUGGLING_LAPSES,
  STRUGGLING_UNTIL_STABILITY_DAYS,
  strugglingFacts,
} from '@/domain/struggling'

const T0 = Date.UTC(2026, 0, 5, 8, 0)
const DAY = 86_400_000

const card = (lapses: number, state: MemoryState, stability: number, factId = 'f'): MemoryCard => ({
  factId, state, due: T0, stability, difficulty: state === 'new' ? 0 : 9.5, elapsedDays: 1, scheduledDays: 1,
  learningSteps: 0, reps: lapses * 3 + 2, lapses, lastReview: state === 'new' ? undefined : T0 - DAY,
})

describe('isStruggling', () => {
  it('marks from four lapses', () => {
    expect(STRUGGLING_LAPSES).toBe(4)
    expect(STRUGGLING_UNTIL_STABILITY_DAYS).toBe(7)
  })

  it.each<[string, MemoryCard | undefined, boolean]>([
    ['no card', undefined, false],
    ['a new card', card(0, 'new', 0), false],
    ['three lapses, being relearned', card(3, 'relearning', 0.5), false],
    ['three lapses, weak', card(3, 'review', 1), false],
    ['four lapses, being relearned', card(4, 'relearning', 0.5), true],
    ['four lapses, weak', card(4, 'review', 1), true],
    ['four lapses, just under a week', card(4, 'review', 6.99), true],
    ['four lapses, a week of stability: recovered', card(4, 'review', 7), false],
    ['four lapses, mature', card(4, 'review', 30), false],
    ['ten lapses, recovered', card(10, 'review', 120), false],
    ['ten lapses, forgotten again though stability stayed high', card(10, 'relearning', 120), true],
  ])('%s: %s', (_name, c, want) => {
    expect(isStruggling(c)).toBe(want)
  })

  it('follows a real history: marked at the fourth lapse, out after a run of recalls, back at the next lapse', () => {
    const s = createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: true })
    let c = s.newCard('f-hard', T0)
    let now = T0
    const answer = (grade: 'again' | 'good') => {
      c = s.review(c, grade, now)
      now = c.due
    }
    answer('good')
    answer('good')
    const seen: boolean[] = []
    for (let lapse = 1; lapse <= 4; lapse++) {
      answer('good')
      answer('again')
      seen.push(isStruggling(c))
      answer('good')
    }
    expect(seen).toEqual([false, false, false, true])
    expect(c.lapses).toBe(4)
    let recalls = 0
    while (isStruggling(c) && recalls < 20) {
      answer('good')
      recalls++
    }
    expect(recalls).toBeGreaterThanOrEqual(2)
    expect(recalls).toBeLessThanOrEqual(8)
    expect(c.stability).toBeGreaterThanOrEqual(STRUGGLING_UNTIL_STABILITY_DAYS)
    answer('again')
    expect(isStruggling(c)).toBe(true)
  })
})

describe('strugglingFacts', () => {
  it('lists only struggling cards, most troubled first: more lapses, then lower stability, then fact id', () => {
    const cards = [
      card(4, 'review', 3, 'f-four-3'),
      card(2, 'relearning', 0.2, 'f-two'),
      card(6, 'review', 5, 'f-six-5'),
      card(4, 'review', 1, 'f-four-1-b'),
      card(9, 'review', 50, 'f-recovered'),
      card(6, 'relearning', 0.4, 'f-six-0.4'),
      card(4, 'review', 1, 'f-four-1-a'),
    ]
    expect(strugglingFacts(cards).map((c) => c.factId)).toEqual(['f-six-0.4', 'f-six-5', 'f-four-1-a', 'f-four-1-b', 'f-four-3'])
  })

  it('keeps what the cards carry (a stored card keeps its deck) and takes any iterable', () => {
    const stored = new Map([['d/f', { ...card(5, 'review', 2), deckId: 'd' }]])
    expect(strugglingFacts(stored.values())).toEqual([{ ...card(5, 'review', 2), deckId: 'd' }])
    expect(strugglingFacts([])).toEqual([])
  })
})

describe('easierFormats', () => {
  it.each<[QuestionKind[], QuestionKind[]]>([
    [['typed', 'mcq', 'cloze'], ['mcq', 'cloze', 'typed']],
    [['true-false', 'matching'], ['matching', 'true-false']],
    [['list', 'typed', 'list'], ['typed', 'list']],
    [['cloze'], ['cloze']],
    [[], []],
  ])('orders %j as %j', (kinds, want) => {
    expect(easierFormats(kinds)).toEqual(want)
  })

  it('orders every question kind: recognition with options, true/false, cloze, then recall', () => {
    expect(easierFormats(QUESTION_KINDS)).toEqual(['mcq', 'matching', 'timeline', 'true-false', 'cloze', 'typed', 'list'])
  })
})
