/**
 * The exam plan of a deck, for Home and the deck screen: the countdown, the facts not yet introduced, the load
 * per day up to the exam and the recall predicted for the exam moment.
 *
 * The prediction follows the learner who keeps the plan: each day from today to the exam day, one session
 * answers Good to every card due by `examDue` and introduces the day's `examNewQuota` of new facts, in the
 * deck's order; a card in (re)learning is answered again at each step while the day lasts, as the app's next
 * session would. Today's session is at `now`, later ones at the start of their day, the exam day's before the
 * exam. Studying later in a day leaves at least as much recall at the exam (a later Good answer leaves more
 * stability and less time to forget), so the prediction is the cautious one.
 *
 * What it guarantees: every review card is reviewed in the final window, then again each next day up to the exam
 * morning while its recall at the exam falls short, and a Good answer never lowers stability. So each fact ends at
 * or above min(target, recall EXAM_HOUR hours after a review at its present stability): a new fact (stability 2.3
 * after its first Good) reaches any target up to 0.97; only a card weak today (under about 0.8 days of stability
 * for a target of 0.95, after many lapses) may miss it, and is counted in `belowTarget`.
 *
 * Facts do not depend on each other: the quota fixes each new fact's day from counts alone, and each fact is
 * then followed on its own, one `Scheduler.review` per answer, with no queue over the deck.
 */
import { appScheduler, retrievabilityAt, type Scheduler } from '../scheduling/scheduler'
import type { MemoryCard } from '../scheduling/types'
import { createDayOf } from '../stats/days'
import { MS_PER_DAY, startOfDayNumber } from '../time'
import { examContext, examDue, examNewQuota, type ExamContext, type ExamContextInput } from './rules'

export interface ExamPlanInput extends ExamContextInput {
  /** Every fact of the deck, in the order new facts are introduced. */
  factIds: readonly string[]
  /** Cards by fact id; a fact without one, or with a `new` one, is not yet introduced. */
  cards: ReadonlyMap<string, MemoryCard>
  /** The learner's own daily limit of new facts. */
  newPerDay: number
  /** New facts of this deck already met today (see `newIntroducedOnDay`). */
  newIntroducedToday: number
  /** The scheduler the learner studies with; `appScheduler(target)` when absent. */
  scheduler?: Scheduler
}

export interface ExamDayLoad {
  /** Local day number. */
  day: number
  /** New facts introduced that day. */
  newFacts: number
  /** Other facts answered that day (each counted once, whatever its steps). */
  reviews: number
}

/** The exam moment has passed (`daysLeft` ≤ 0): the deck is studied as usual. */
export interface ExamOver {
  kind: 'over'
  daysLeft: number
}

export interface ExamAhead {
  kind: 'ahead'
  /** Days until the exam day: 0 on the day itself, before the exam moment. */
  daysLeft: number
  /** The instant recall is predicted for. */
  examMoment: number
  /** Facts in the deck (ids counted once). */
  facts: number
  notIntroduced: number
  /** Today's new-fact limit, facts already introduced today included (`examNewQuota`). */
  newPerDay: number
  /** Today … the exam day. */
  days: ExamDayLoad[]
  /** Mean recall over every fact of the deck at the exam moment, when the plan is kept. */
  predictedRecall: number
  /** Facts whose own predicted recall falls short of the target (weak cards with too little time left). */
  belowTarget: number
  /** Mean recall at the exam moment if nothing more were studied; facts never met count 0. */
  recallIfStopped: number
}

export type ExamPlan = ExamOver | ExamAhead

let cached: { target: number; scheduler: Scheduler } | undefined

function schedulerFor(target: number): Scheduler {
  if (cached?.target !== target) cached = { target, scheduler: appScheduler(target) }
  return cached.scheduler
}

const whole = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0)

/**
 * The first instants of `count` days from `first`. `startOfDayNumber` reads the zone several times per day, a
 * year of it costs milliseconds: a day is taken as 24 hours after the previous one unless the fast `createDayOf`
 * says a change of offset made it shorter or longer.
 */
function dayStarts(first: number, count: number, timeZone: string): number[] {
  const dayOf = createDayOf(timeZone)
  const starts = [startOfDayNumber(first, timeZone)]
  for (let i = 1; i < count; i++) {
    const guess = (starts[i - 1] as number) + MS_PER_DAY
    const exact = dayOf(guess) === first + i && dayOf(guess - 1) === first + i - 1
    starts.push(exact ? guess : startOfDayNumber(first + i, timeZone))
  }
  return starts
}

/**
 * The plan from `now` to the exam; `{ kind: 'over' }` once the exam moment has passed. Throws a RangeError on the
 * inputs `examContext` rejects. An empty deck predicts a recall of 1 (nothing to forget).
 */
export function planExam(input: ExamPlanInput): ExamPlan {
  const exam = examContext(input)
  if (!exam.active) return { kind: 'over', daysLeft: exam.daysLeft }
  const { now, timeZone } = input
  const scheduler = input.scheduler ?? schedulerFor(exam.target)
  const last = exam.daysLeft
  const introducedToday = whole(input.newIntroducedToday)

  // starts[i] is the first instant of day today + i, up to the end of the exam day.
  const starts = dayStarts(exam.today, last + 2, timeZone)
  const sessionAt = (i: number) => (i === 0 ? now : (starts[i] as number))
  /** Index of the day holding `t`: 0 for anything before today, last + 1 for anything after the exam day. */
  const dayIndexOf = (t: number) => {
    let lo = 0
    let hi = last + 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= t) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const contexts: ExamContext[] = []
  for (let i = 0; i <= last; i++) contexts.push({ ...exam, today: exam.today + i, daysLeft: last - i })

  const days: ExamDayLoad[] = contexts.map((c) => ({ day: c.today, newFacts: 0, reviews: 0 }))
  let recallSum = 0
  let stoppedSum = 0
  let belowTarget = 0

  /** Follows one card from day index `from` (its introduction day when `introduced`) to the exam moment. */
  const follow = (start: MemoryCard, from: number, introduced: boolean) => {
    let card = start
    let day = from
    let countedDay = introduced ? from : -1
    let reviewedDay = -1
    for (;;) {
      let at: number
      if (card.state === 'review') {
        // Every rule brings a review card back a day later at the earliest; the bound keeps that true whatever
        // the data, so the walk always ends.
        day = Math.max(day, reviewedDay + 1)
        // The final day can only move later as the simulated today does, so this settles in a few steps.
        while (day <= last) {
          const dueDay = dayIndexOf(examDue(card, contexts[day] as ExamContext))
          if (dueDay <= day) break
          day = dueDay
        }
        if (day > last) break
        at = sessionAt(day)
      } else {
        day = Math.max(day, dayIndexOf(card.due))
        at = Math.max(sessionAt(day), card.due)
      }
      if (at >= exam.examMoment) break
      card = scheduler.review(card, 'good', at)
      reviewedDay = day
      if (day !== countedDay) {
        ;(days[day] as ExamDayLoad).reviews++
        countedDay = day
      }
    }
    const recall = retrievabilityAt(card, exam.examMoment)
    recallSum += recall
    if (recall < exam.target) belowTarget++
  }

  const ids = [...new Set(input.factIds)]
  const fresh: string[] = []
  for (const id of ids) {
    const card = input.cards.get(id)
    if (!card || card.state === 'new') {
      fresh.push(id)
      continue
    }
    stoppedSum += retrievabilityAt(card, exam.examMoment)
    follow(card, 0, false)
  }

  let next = 0
  for (let i = 0; i <= last && next < fresh.length; i++) {
    const metToday = i === 0 ? introducedToday : 0
    const quota = examNewQuota(contexts[i] as ExamContext, {
      notIntroduced: fresh.length - next,
      newIntroducedToday: metToday,
      newPerDay: input.newPerDay,
    })
    const count = Math.min(fresh.length - next, Math.max(0, quota - metToday))
    ;(days[i] as ExamDayLoad).newFacts = count
    const at = sessionAt(i)
    for (let k = 0; k < count; k++) {
      const id = fresh[next++] as string
      follow(scheduler.review(scheduler.newCard(id, at), 'good', at), i, true)
    }
  }

  return {
    kind: 'ahead',
    daysLeft: last,
    examMoment: exam.examMoment,
    facts: ids.length,
    notIntroduced: fresh.length,
    newPerDay: examNewQuota(exam, { notIntroduced: fresh.length, newIntroducedToday: introducedToday, newPerDay: input.newPerDay }),
    days,
    predictedRecall: ids.length ? recallSum / ids.length : 1,
    belowTarget,
    recallIfStopped: ids.length ? stoppedSum / ids.length : 1,
  }
}
