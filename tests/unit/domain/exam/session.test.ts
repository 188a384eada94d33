import { describe, expect, it } from 'vitest'
import { deckDay } from '@/domain/deck/counts'
import { examContext, examDeckDay } from '@/domain/exam'
import { appScheduler } from '@/domain/scheduling/scheduler'
import type { MemoryCard } from '@/domain/scheduling/types'
import { localDayNumber } from '@/domain/time'

const TZ = 'Asia/Ho_Chi_Minh'
const DAY = 86_400_000
const NOW = Date.UTC(2026, 2, 10, 8, 0)
const TODAY = localDayNumber(NOW, TZ)

/** Ten facts: four met a month ago (due in months), six never met. */
function deck() {
  const s = appScheduler(0.9)
  const factIds = Array.from({ length: 10 }, (_, i) => `f${i}`)
  const cards = new Map<string, MemoryCard>()
  for (const id of factIds.slice(0, 4)) {
    let card = s.review(s.newCard(id, NOW - 60 * DAY), 'easy', NOW - 60 * DAY)
    card = s.review(card, 'easy', card.due)
    cards.set(id, card)
  }
  return { factIds, cards }
}

describe("a deck's day under its exam", () => {
  const { factIds, cards } = deck()
  const options = { now: NOW, timeZone: TZ, newPerDay: 1, introducedToday: 0 }

  it('without the exam, not every met fact is due today and one new fact comes', () => {
    const day = deckDay(factIds, cards, options)
    expect(day.due).toBeLessThan(4)
    expect(day).toMatchObject({ new: 1, learned: 4, total: 10 })
  })

  it('with the exam tomorrow, every met fact is due today and all six new ones come', () => {
    const exam = examContext({ now: NOW, timeZone: TZ, examDay: TODAY + 1, target: 0.9 })
    expect(examDeckDay(factIds, cards, { ...options, exam })).toEqual({ due: 4, new: 6, learned: 4, total: 10 })
  })

  it('new facts met today count against the exam’s pace as against the learner’s own limit', () => {
    const exam = examContext({ now: NOW, timeZone: TZ, examDay: TODAY + 7, target: 0.9 })
    // Six facts over five introduction days (the last one two days before the exam): two today, one already met.
    expect(examDeckDay(factIds, cards, { ...options, introducedToday: 1, exam }).new).toBe(1)
  })
})
