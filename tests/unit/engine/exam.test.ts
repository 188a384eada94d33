import { describe, expect, it } from 'vitest'
import { planExam } from '@/domain/exam'
import { rebuildCards } from '@/domain/progress/replay'
import { localDayNumber, MS_PER_DAY, startOfDayNumber } from '@/domain/time'
import { memoryHarness } from '../persistence/harness'
import { bank, schedulerFor, T0, tab } from './devices'

const TZ = 'Asia/Ho_Chi_Minh'

/** Answers every item of a review session Good (flashcards-style self grade, so any question kind will do). */
async function studyAll(study: Awaited<ReturnType<typeof tab>>['study']) {
  study.startReview()
  let answered = 0
  while (study.item.value && !study.done.value) {
    await study.grade('good')
    study.next()
    answered++
  }
  return answered
}

describe('study toward an exam date, and even days, in the engines', () => {
  it('with an exam a week ahead the day brings more new facts than the learner’s limit, at the pace that introduces all in time', async () => {
    const clock = { now: T0 }
    const { progress, study } = await tab(memoryHarness.disk(), clock)
    const examDay = localDayNumber(T0, TZ) + 7
    await progress.updateSettings({ newPerDay: 2, exams: { article: examDay } })
    study.startReview('review', 200)
    const facts = bank.facts.length
    // Introductions end two days before the exam: six days from today's, each taking an even share.
    expect(study.session.value?.items.length).toBe(Math.ceil(facts / 6))
  })

  it('following the plan day by day introduces every fact before the exam and meets the predicted recall', async () => {
    const clock = { now: T0 }
    const { progress, study } = await tab(memoryHarness.disk(), clock)
    const today = localDayNumber(T0, TZ)
    const examDay = today + 7
    await progress.updateSettings({ newPerDay: 5, exams: { article: examDay } })
    for (let day = today; day < examDay; day++) {
      clock.now = startOfDayNumber(day, TZ) + 9 * 3_600_000
      // Learning steps come back minutes later: study again within the day until nothing is left.
      for (let round = 0; round < 6; round++) {
        if ((await studyAll(study)) === 0) break
        clock.now += 11 * 60_000
      }
    }
    const cards = progress.cards.value
    expect(bank.facts.every((f) => cards.get(f.id) && cards.get(f.id)!.state !== 'new')).toBe(true)
    const examMorning = startOfDayNumber(examDay, TZ) + 8 * 3_600_000
    const plan = planExam({ now: examMorning - 3_600_000, timeZone: TZ, examDay, target: 0.9, factIds: bank.facts.map((f) => f.id), cards, newPerDay: 5, newIntroducedToday: 0 })
    expect(plan.kind).toBe('ahead')
    if (plan.kind === 'ahead') {
      expect(plan.notIntroduced).toBe(0)
      expect(plan.recallIfStopped).toBeGreaterThanOrEqual(0.9)
    }
  })

  it('even days: a due date moves inside the fuzz range to the least loaded day, the entry says so, and replay puts it there again', async () => {
    const clock = { now: T0 }
    const { progress, study } = await tab(memoryHarness.disk(), clock)
    await progress.updateSettings({ newPerDay: 1000 })
    // Reviews far enough apart that intervals are fuzzed (three days and more).
    for (let day = 0; day < 60; day += 1) {
      clock.now = T0 + day * MS_PER_DAY
      for (let round = 0; round < 4; round++) {
        if ((await studyAll(study)) === 0) break
        clock.now += 11 * 60_000
      }
    }
    const log = progress.log.value
    const placed = log.filter((e) => e.days !== undefined)
    expect(placed.length).toBeGreaterThan(0)
    for (const e of placed) expect(e.next.scheduledDays).toBe(e.days)
    const rebuilt = rebuildCards(log, schedulerFor)
    for (const [key, card] of rebuilt) {
      const { deckId: _deck, ...memory } = card
      expect(progress.cards.value.get(key.split('/')[1]!)).toEqual(memory)
    }
  })
})
