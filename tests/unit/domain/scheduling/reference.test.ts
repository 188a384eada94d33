import { describe, expect, it } from 'vitest'
import { createScheduler } from '@/domain/scheduling/scheduler'
import type { Grade, MemoryCard } from '@/domain/scheduling/types'

const DAY = 86_400_000
const noFuzz = (enableShortTerm = true) =>
  createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: false, enableShortTerm })

const letters: Record<string, Grade> = { A: 'again', H: 'hard', G: 'good', E: 'easy' }

describe('reference outputs (py-fsrs, fsrs-rs)', () => {
  it('reproduces scheduled_days for G,G,G,G,G,G,A,A,G,G,G,G,G, each on its due date', () => {
    const s = noFuzz()
    let now = Date.UTC(2022, 10, 29, 12, 30)
    let card = s.newCard('f', now)
    const days: number[] = []
    for (const l of 'GGGGGGAAGGGGG') {
      card = s.review(card, letters[l]!, now)
      days.push(card.scheduledDays)
      now = card.due
    }
    expect(days).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
  })

  it.each([
    [true, 53.62691, 6.3574867],
    [false, 53.335106, 6.3574867],
  ])('memory state after Again, Good×5 gaps of 0,0,1,3,8,21 days (short-term %s)', (shortTerm, S, D) => {
    const s = noFuzz(shortTerm)
    const start = Date.UTC(2022, 10, 29, 12, 30)
    let card: MemoryCard = s.newCard('f', start)
    const grades: Grade[] = ['again', 'good', 'good', 'good', 'good', 'good']
    // fsrs-rs counts delta_t between consecutive reviews, so the review days are the running sum.
    let day = 0
    ;[0, 0, 1, 3, 8, 21].forEach((gap, i) => {
      day += gap
      card = s.review(card, grades[i]!, start + day * DAY)
    })
    expect(card.stability).toBeCloseTo(S, 4)
    expect(card.difficulty).toBeCloseTo(D, 4)
  })

  it('gives the four first-review stabilities of a new card', () => {
    const s = noFuzz()
    const now = Date.UTC(2022, 10, 29, 12, 30)
    const p = s.preview(s.newCard('f', now), now)
    const got = (['again', 'hard', 'good', 'easy'] as const).map((g) => p[g].card.stability)
    ;[0.212, 1.2931, 2.3065, 8.2956].forEach((want, i) => expect(got[i]).toBeCloseTo(want, 4))
  })

  it('brings difficulty to 1.0 after ten Easy answers', () => {
    const s = noFuzz()
    let now = Date.UTC(2022, 10, 29, 12, 30)
    let card = s.newCard('f', now)
    for (let i = 0; i < 10; i++) {
      card = s.review(card, 'easy', now)
      now = card.due
    }
    expect(card.difficulty).toBe(1)
  })
})
